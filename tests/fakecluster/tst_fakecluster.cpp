// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Behaviour of the fake Dynatrace cluster, over real HTTP with a plain QNetworkAccessManager.
#include "fakecluster.h"
#include "fakehttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TokenDesk::Fake;
using TokenDesk::FakeTest::HttpClient;
using TokenDesk::FakeTest::HttpResult;

namespace {

constexpr qint64 kNow = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kDay = 86'400'000;
const QStringList kClusterTokenManagement{QStringLiteral("ClusterTokenManagement")};

QStringList ids(const HttpResult &result)
{
    QStringList out;
    const QJsonArray values = result.json().value(QLatin1String("values")).toArray();
    for (const QJsonValue &v : values)
        out.append(v.toObject().value(QLatin1String("id")).toString());
    return out;
}

QStringList violationPaths(const HttpResult &result)
{
    QStringList out;
    const QJsonArray violations = result.error().value(QLatin1String("constraintViolations")).toArray();
    for (const QJsonValue &v : violations)
        out.append(v.toObject().value(QLatin1String("path")).toString());
    return out;
}

QString violationLocation(const HttpResult &result)
{
    const QJsonArray violations = result.error().value(QLatin1String("constraintViolations")).toArray();
    return violations.isEmpty() ? QString()
                                : violations.first().toObject().value(QLatin1String("parameterLocation")).toString();
}

} // namespace

class TestFakeCluster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void list_defaultAndExplicitLimits_data();
    void list_defaultAndExplicitLimits();
    void list_invalidQuery_is400_data();
    void list_invalidQuery_is400();
    void list_returnsStubsWithIdAndNameOnlyInCreationOrder();
    void list_filtersByUserExactly();
    void list_permissionsMustAllMatch_data();
    void list_permissionsMustAllMatch();
    void list_fromToFilterOnLastUseAndExcludeNeverUsed_data();
    void list_fromToFilterOnLastUseAndExcludeNeverUsed();

    void get_returnsMetadataOmittingAbsentValues();
    void get_acceptsTheSecretAsId();
    void get_unknownToken_is404WithoutEchoingSecrets();

    void auth_cases_data();
    void auth_cases();
    void auth_updatesLastUseOfTheCallingToken();
    void auth_revokedAndExpiredTokensStayVisible();
    void lookup_needsAnyScopeByDefaultAndIsConfigurable();
    void lookup_invalidBodies_are400_data();
    void lookup_invalidBodies_are400();
    void lookup_unknownSecret_is404();

    void create_returnsSecretLocationAndCallerOwnership();
    void create_honoursAccept_data();
    void create_honoursAccept();
    void create_expiresInUnits_data();
    void create_expiresInUnits();
    void create_invalidBodies_are400_data();
    void create_invalidBodies_are400();

    void update_changesOnlyPresentFields();
    void update_emptyBodyChangesNothing();
    void update_coercesBooleanStrings();
    void update_rejectsOwnTokenUnknownAndBadBodies();

    void delete_byIdAndBySecret();
    void delete_rejectsOwnTokenAndUnknown();

    void unknownPathsAndMethods_are404_data();
    void unknownPathsAndMethods_are404();

    void rateLimit_answers429WithHeaders();
    void rateLimitHeaders_onEveryResponse();

    void faults_eachKind_data();
    void faults_eachKind();
    void faults_dropClosesWithoutAnswering();
    void faults_lastCountRequestsThenNormal();
    void faults_anyEndpointAppliesEverywhere();
    void requestRecording_keepsLastBodyHeaderAndQuery();

    void seeding_isDeterministic();
    void seeding_hasVariety();
    void stateFile_roundTrips();

private:
    HttpResult getAs(const QString &secret, const QString &path) { return m_http->send("GET", path, {}, {}, secret); }

    std::unique_ptr<FakeCluster> m_cluster;
    std::unique_ptr<HttpClient> m_http;
    SeededToken m_admin;
};

void TestFakeCluster::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.fake.info=false"));
}

void TestFakeCluster::init()
{
    m_cluster = std::make_unique<FakeCluster>();
    m_cluster->setFixedTime(kNow);
    SeedOptions seed;
    seed.tokens = 200;
    seed.nowMs = kNow;
    QVERIFY2(m_cluster->start({}, seed), qPrintable(m_cluster->errorString()));
    m_admin = m_cluster->adminToken();
    m_http = std::make_unique<HttpClient>(m_cluster->baseUrl(), m_admin.secret);
}

void TestFakeCluster::cleanup()
{
    m_http.reset();
    m_cluster.reset();
}

// --- List ---------------------------------------------------------------------------------------

void TestFakeCluster::list_defaultAndExplicitLimits_data()
{
    QTest::addColumn<int>("seeded");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("default is 1000") << 1500 << QString() << 1000;
    QTest::newRow("default, fewer tokens") << 200 << QString() << 200;
    QTest::newRow("limit=0") << 200 << QStringLiteral("?limit=0") << 0;
    QTest::newRow("limit=7") << 200 << QStringLiteral("?limit=7") << 7;
    QTest::newRow("limit=max") << 1500 << QStringLiteral("?limit=1000000") << 1500;
}

void TestFakeCluster::list_defaultAndExplicitLimits()
{
    QFETCH(int, seeded);
    QFETCH(QString, query);
    QFETCH(int, expected);
    if (seeded != 200) {
        SeedOptions seed;
        seed.tokens = seeded;
        seed.nowMs = kNow;
        QVERIFY(m_cluster->start({}, seed));
        m_http = std::make_unique<HttpClient>(m_cluster->baseUrl(), m_cluster->adminToken().secret);
    }
    const HttpResult r = m_http->get(QStringLiteral("/tokens") + query);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r).size(), expected);
}

void TestFakeCluster::list_invalidQuery_is400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("path");
    QTest::newRow("limit negative") << QStringLiteral("limit=-1") << QStringLiteral("limit");
    QTest::newRow("limit above max") << QStringLiteral("limit=1000001") << QStringLiteral("limit");
    QTest::newRow("limit not a number") << QStringLiteral("limit=abc") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << QStringLiteral("limit");
    QTest::newRow("limit fraction") << QStringLiteral("limit=1.5") << QStringLiteral("limit");
    QTest::newRow("unknown permission") << QStringLiteral("permissions=DataExport") << QStringLiteral("permissions");
    QTest::newRow("from not a number") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::newRow("to not a number") << QStringLiteral("to=1e3") << QStringLiteral("to");
}

void TestFakeCluster::list_invalidQuery_is400()
{
    QFETCH(QString, query);
    QFETCH(QString, path);
    const HttpResult r = m_http->get(QStringLiteral("/tokens?") + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.error().value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(r.error().value(QLatin1String("message")).toString(), QStringLiteral("Constraints violated."));
    QCOMPARE(violationPaths(r), QStringList{path});
    QCOMPARE(violationLocation(r), QStringLiteral("QUERY"));
}

void TestFakeCluster::list_returnsStubsWithIdAndNameOnlyInCreationOrder()
{
    const SeededToken added =
        m_cluster->addToken(QStringLiteral("newest"), QStringLiteral("zoe"), kClusterTokenManagement);
    const HttpResult first = m_http->get(QStringLiteral("/tokens?limit=1000000"));
    const HttpResult second = m_http->get(QStringLiteral("/tokens?limit=1000000"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, second.body);
    const QJsonArray values = first.json().value(QLatin1String("values")).toArray();
    QCOMPARE(values.size(), 201);
    QCOMPARE(values.first().toObject().value(QLatin1String("id")).toString(), m_admin.id);
    QCOMPARE(values.last().toObject().value(QLatin1String("id")).toString(), added.id);
    QCOMPARE(values.last().toObject().value(QLatin1String("name")).toString(), QStringLiteral("newest"));
    const QRegularExpression idFormat(QStringLiteral("^dt0c01\\.[A-Z2-7]{24}$"));
    for (const QJsonValue &v : values) {
        const QJsonObject stub = v.toObject();
        QCOMPARE(stub.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QVERIFY(idFormat.match(stub.value(QLatin1String("id")).toString()).hasMatch());
    }
}

void TestFakeCluster::list_filtersByUserExactly()
{
    const SeededToken a = m_cluster->addToken(QStringLiteral("a"), QStringLiteral("zed.owner"), {});
    const SeededToken b = m_cluster->addToken(QStringLiteral("b"), QStringLiteral("zed.owner"), {});
    m_cluster->addToken(QStringLiteral("c"), QStringLiteral("Zed.Owner"), {});
    QCOMPARE(ids(m_http->get(QStringLiteral("/tokens?user=zed.owner"))), (QStringList{a.id, b.id}));
    QCOMPARE(ids(m_http->get(QStringLiteral("/tokens?user=zed"))), QStringList());
    QCOMPARE(ids(m_http->get(QStringLiteral("/tokens?user=nobody"))).size(), 0);
    const QStringList admins = ids(m_http->get(QStringLiteral("/tokens?user=admin&limit=1000000")));
    QVERIFY(admins.contains(m_admin.id));
    for (const QString &id : admins)
        QCOMPARE(m_cluster->tokenInfo(id)->owner, QStringLiteral("admin"));
}

void TestFakeCluster::list_permissionsMustAllMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("one") << QStringLiteral("permissions=settings.read")
                         << QStringList{QStringLiteral("r"), QStringLiteral("rw")};
    QTest::newRow("two, all of") << QStringLiteral("permissions=settings.read&permissions=settings.write")
                                 << QStringList{QStringLiteral("rw")};
    QTest::newRow("none") << QString() << QStringList{QStringLiteral("r"), QStringLiteral("w"), QStringLiteral("rw")};
    QTest::newRow("no match") << QStringLiteral("permissions=Nodekeeper") << QStringList();
}

void TestFakeCluster::list_permissionsMustAllMatch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedNames);
    const QString read = QStringLiteral("settings.read");
    const QString write = QStringLiteral("settings.write");
    m_cluster->addToken(QStringLiteral("r"), QStringLiteral("perm.owner"), {read});
    m_cluster->addToken(QStringLiteral("w"), QStringLiteral("perm.owner"), {write});
    m_cluster->addToken(QStringLiteral("rw"), QStringLiteral("perm.owner"), {write, read});
    const HttpResult r = m_http->get(QStringLiteral("/tokens?user=perm.owner&") + query);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &v : r.json().value(QLatin1String("values")).toArray())
        names.append(v.toObject().value(QLatin1String("name")).toString());
    QCOMPARE(names, expectedNames);
}

void TestFakeCluster::list_fromToFilterOnLastUseAndExcludeNeverUsed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("no time filter") << QString()
                                    << QStringList{QStringLiteral("t1000"), QStringLiteral("t2000"),
                                                   QStringLiteral("t3000"), QStringLiteral("never")};
    QTest::newRow("from") << QStringLiteral("from=1500")
                          << QStringList{QStringLiteral("t2000"), QStringLiteral("t3000")};
    QTest::newRow("to") << QStringLiteral("to=2500") << QStringList{QStringLiteral("t1000"), QStringLiteral("t2000")};
    QTest::newRow("from and to") << QStringLiteral("from=1500&to=2500") << QStringList{QStringLiteral("t2000")};
    QTest::newRow("from=0 excludes never used")
        << QStringLiteral("from=0")
        << QStringList{QStringLiteral("t1000"), QStringLiteral("t2000"), QStringLiteral("t3000")};
    QTest::newRow("bounds inclusive") << QStringLiteral("from=2000&to=3000")
                                      << QStringList{QStringLiteral("t2000"), QStringLiteral("t3000")};
}

void TestFakeCluster::list_fromToFilterOnLastUseAndExcludeNeverUsed()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedNames);
    const QString owner = QStringLiteral("time.owner");
    m_cluster->addToken(QStringLiteral("t1000"), owner, {}, {}, 1000);
    m_cluster->addToken(QStringLiteral("t2000"), owner, {}, {}, 2000);
    m_cluster->addToken(QStringLiteral("t3000"), owner, {}, {}, 3000);
    m_cluster->addToken(QStringLiteral("never"), owner, {});
    const HttpResult r = m_http->get(QStringLiteral("/tokens?user=time.owner&") + query);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &v : r.json().value(QLatin1String("values")).toArray())
        names.append(v.toObject().value(QLatin1String("name")).toString());
    QCOMPARE(names, expectedNames);
}

// --- Get ----------------------------------------------------------------------------------------

void TestFakeCluster::get_returnsMetadataOmittingAbsentValues()
{
    const SeededToken full = m_cluster->addToken(
        QStringLiteral("Zürich \"ops\""), QStringLiteral("carol"),
        {QStringLiteral("settings.write"), QStringLiteral("ClusterTokenManagement"), QStringLiteral("apiTokens.read")},
        kNow + kDay, kNow - 5, true, kNow - kDay);
    const HttpResult r = m_http->get(QStringLiteral("/tokens/") + full.id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QJsonObject m = r.json();
    QCOMPARE(m.value(QLatin1String("id")).toString(), full.id);
    QCOMPARE(m.value(QLatin1String("name")).toString(), QStringLiteral("Zürich \"ops\""));
    QCOMPARE(m.value(QLatin1String("userId")).toString(), QStringLiteral("carol"));
    QCOMPARE(m.value(QLatin1String("revoked")).toBool(true), true);
    QCOMPARE(m.value(QLatin1String("created")).toInteger(), kNow - kDay);
    QCOMPARE(m.value(QLatin1String("expires")).toInteger(), kNow + kDay);
    QCOMPARE(m.value(QLatin1String("lastUse")).toInteger(), kNow - 5);
    QCOMPARE(m.value(QLatin1String("personalAccessToken")), QJsonValue(false));
    QCOMPARE(m.value(QLatin1String("scopes")).toArray(),
             QJsonArray({QStringLiteral("ClusterTokenManagement"), QStringLiteral("apiTokens.read"),
                         QStringLiteral("settings.write")}));
    QVERIFY(!r.body.contains(full.secret.toLatin1()));

    const SeededToken bare = m_cluster->addToken(QStringLiteral("bare"), QStringLiteral("carol"), {});
    const QJsonObject b = m_http->get(QStringLiteral("/tokens/") + bare.id).json();
    QVERIFY(!b.contains(QLatin1String("expires")));
    QVERIFY(!b.contains(QLatin1String("lastUse")));
    QCOMPARE(b.value(QLatin1String("revoked")), QJsonValue(false));
    QCOMPARE(b.value(QLatin1String("scopes")).toArray(), QJsonArray());
    QVERIFY(!m_http->get(QStringLiteral("/tokens/") + bare.id).body.contains("null"));
}

void TestFakeCluster::get_acceptsTheSecretAsId()
{
    const SeededToken t = m_cluster->addToken(QStringLiteral("by-secret"), QStringLiteral("carol"), {});
    const HttpResult r = m_http->get(QStringLiteral("/tokens/") + t.secret);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("id")).toString(), t.id);
}

void TestFakeCluster::get_unknownToken_is404WithoutEchoingSecrets()
{
    const QString unknownId = QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA");
    const HttpResult r = m_http->get(QStringLiteral("/tokens/") + unknownId);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error().value(QLatin1String("code")).toInt(), 404);
    QVERIFY(r.error().value(QLatin1String("message")).toString().contains(unknownId));

    // A known public part with a wrong secret part: not found, and the secret is not echoed.
    const QString wrongSecret = m_admin.id + QStringLiteral(".") + QString(64, u'A');
    const HttpResult s = m_http->get(QStringLiteral("/tokens/") + wrongSecret);
    QCOMPARE(s.status, 404);
    QVERIFY(!s.body.contains(wrongSecret.toLatin1()));
    QVERIFY(!s.body.contains(QByteArray(64, 'A')));
}

// --- Auth ---------------------------------------------------------------------------------------

void TestFakeCluster::auth_cases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString failed = QStringLiteral("Token Authentication failed");
    QTest::newRow("no credentials") << "none" << 401 << QStringLiteral("Missing authorization parameter.");
    QTest::newRow("garbage") << "garbage" << 401 << failed;
    QTest::newRow("unknown well-formed secret") << "unknown" << 401 << failed;
    QTest::newRow("wrong scheme") << "bearer" << 401 << failed;
    QTest::newRow("revoked") << "revoked" << 401 << failed;
    QTest::newRow("expired") << "expired" << 401 << failed;
    QTest::newRow("missing scope") << "noscope" << 403
                                   << QStringLiteral("Token is missing required scope. Use one of: "
                                                     "ClusterTokenManagement (Cluster token management)");
    QTest::newRow("valid header") << "valid" << 200 << QString();
    QTest::newRow("valid api-token query") << "query" << 200 << QString();
    QTest::newRow("lower-case scheme") << "lowercase" << 200 << QString();
}

void TestFakeCluster::auth_cases()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString owner = QStringLiteral("auth.owner");
    QString path = QStringLiteral("/tokens?limit=1");
    QList<QPair<QByteArray, QByteArray>> headers;
    QString secret;
    if (kind == QLatin1String("garbage")) {
        secret = QStringLiteral("abcdefjhij1234567890");
    } else if (kind == QLatin1String("unknown")) {
        secret = QStringLiteral("dt0c01.") + QString(24, u'B') + QStringLiteral(".") + QString(64, u'C');
    } else if (kind == QLatin1String("bearer")) {
        headers.append({"Authorization", "Bearer " + m_admin.secret.toLatin1()});
    } else if (kind == QLatin1String("revoked")) {
        secret = m_cluster->addToken(QStringLiteral("r"), owner, kClusterTokenManagement, {}, {}, true).secret;
    } else if (kind == QLatin1String("expired")) {
        secret = m_cluster->addToken(QStringLiteral("e"), owner, kClusterTokenManagement, kNow - 1).secret;
    } else if (kind == QLatin1String("noscope")) {
        secret = m_cluster->addToken(QStringLiteral("n"), owner, {QStringLiteral("settings.read")}).secret;
    } else if (kind == QLatin1String("valid")) {
        secret = m_admin.secret;
    } else if (kind == QLatin1String("query")) {
        path += QStringLiteral("&api-token=") + m_admin.secret;
    } else if (kind == QLatin1String("lowercase")) {
        headers.append({"Authorization", "api-token " + m_admin.secret.toLatin1()});
    }
    const HttpResult r = m_http->send("GET", path, {}, headers, secret);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(r.error().value(QLatin1String("code")).toInt(), status);
        QCOMPARE(r.error().value(QLatin1String("message")).toString(), message);
    } else {
        QCOMPARE(ids(r).size(), 1);
    }
}

void TestFakeCluster::auth_updatesLastUseOfTheCallingToken()
{
    const SeededToken caller =
        m_cluster->addToken(QStringLiteral("caller"), QStringLiteral("x"), kClusterTokenManagement);
    QVERIFY(!m_cluster->tokenInfo(caller.id)->lastUse.has_value());
    m_cluster->setFixedTime(kNow + 1234);
    QCOMPARE(getAs(caller.secret, QStringLiteral("/tokens?limit=0")).status, 200);
    QCOMPARE(m_cluster->tokenInfo(caller.id)->lastUse, std::optional<qint64>(kNow + 1234));
    // Also visible through the API, and the admin's own lastUse moved with its call.
    const HttpResult r = m_http->get(QStringLiteral("/tokens/") + caller.id);
    QCOMPARE(r.json().value(QLatin1String("lastUse")).toInteger(), kNow + 1234);
    QCOMPARE(m_cluster->tokenInfo(m_admin.id)->lastUse, std::optional<qint64>(kNow + 1234));
    // A failed authentication does not count as use.
    const SeededToken revoked =
        m_cluster->addToken(QStringLiteral("rv"), QStringLiteral("x"), kClusterTokenManagement, {}, kNow - 10, true);
    QCOMPARE(getAs(revoked.secret, QStringLiteral("/tokens")).status, 401);
    QCOMPARE(m_cluster->tokenInfo(revoked.id)->lastUse, std::optional<qint64>(kNow - 10));
}

void TestFakeCluster::auth_revokedAndExpiredTokensStayVisible()
{
    const SeededToken revoked =
        m_cluster->addToken(QStringLiteral("revoked"), QStringLiteral("vis"), kClusterTokenManagement, {}, {}, true);
    const SeededToken expired =
        m_cluster->addToken(QStringLiteral("expired"), QStringLiteral("vis"), kClusterTokenManagement, kNow - kDay);
    QCOMPARE(getAs(revoked.secret, QStringLiteral("/tokens")).status, 401);
    QCOMPARE(getAs(expired.secret, QStringLiteral("/tokens")).status, 401);
    QCOMPARE(ids(m_http->get(QStringLiteral("/tokens?user=vis"))), (QStringList{revoked.id, expired.id}));
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + revoked.id).json().value(QLatin1String("revoked")),
             QJsonValue(true));
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + expired.id).json().value(QLatin1String("expires")).toInteger(),
             kNow - kDay);
    for (const SeededToken &t : {revoked, expired}) {
        const HttpResult r = m_http->post(QStringLiteral("/tokens/lookup"),
                                          QJsonDocument(QJsonObject{{QStringLiteral("token"), t.secret}}).toJson());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("id")).toString(), t.id);
    }
}

void TestFakeCluster::lookup_needsAnyScopeByDefaultAndIsConfigurable()
{
    const SeededToken reader =
        m_cluster->addToken(QStringLiteral("reader"), QStringLiteral("l"), {QStringLiteral("settings.read")});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("token"), m_admin.secret}}).toJson();
    HttpResult r = m_http->send("POST", QStringLiteral("/tokens/lookup"), body, {}, reader.secret);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("id")).toString(), m_admin.id);
    QCOMPARE(r.json().value(QLatin1String("userId")).toString(), QStringLiteral("admin"));
    QVERIFY(!r.body.contains(m_admin.secret.toLatin1()));

    m_cluster->setLookupNeedsClusterTokenManagement(true);
    r = m_http->send("POST", QStringLiteral("/tokens/lookup"), body, {}, reader.secret);
    QCOMPARE(r.status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/tokens/lookup"), body).status, 200);
}

void TestFakeCluster::lookup_invalidBodies_are400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::newRow("not JSON") << QByteArray("token=abc") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("missing token") << QByteArray("{}") << QStringLiteral("token");
    QTest::newRow("null token") << QByteArray("{\"token\":null}") << QStringLiteral("token");
    QTest::newRow("number token") << QByteArray("{\"token\":42}") << QStringLiteral("token");
}

void TestFakeCluster::lookup_invalidBodies_are400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const HttpResult r = m_http->post(QStringLiteral("/tokens/lookup"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(QLatin1String("message")).toString(), QStringLiteral("Constraints violated."));
    QCOMPARE(violationPaths(r), QStringList{path});
    QCOMPARE(violationLocation(r), QStringLiteral("PAYLOAD_BODY"));
}

void TestFakeCluster::lookup_unknownSecret_is404()
{
    const QString unknown = QStringLiteral("dt0c01.") + QString(24, u'D') + QStringLiteral(".") + QString(64, u'E');
    const HttpResult r = m_http->post(QStringLiteral("/tokens/lookup"),
                                      QJsonDocument(QJsonObject{{QStringLiteral("token"), unknown}}).toJson());
    QCOMPARE(r.status, 404);
    QVERIFY(!r.body.contains(unknown.toLatin1()));
    // The public identifier alone is not a secret.
    const HttpResult byId = m_http->post(QStringLiteral("/tokens/lookup"),
                                         QJsonDocument(QJsonObject{{QStringLiteral("token"), m_admin.id}}).toJson());
    QCOMPARE(byId.status, 404);
}

// --- Create -------------------------------------------------------------------------------------

void TestFakeCluster::create_returnsSecretLocationAndCallerOwnership()
{
    const SeededToken carol =
        m_cluster->addToken(QStringLiteral("carol's"), QStringLiteral("carol"), kClusterTokenManagement);
    const int before = m_cluster->tokenCount();
    const HttpResult r = m_http->send(
        "POST", QStringLiteral("/tokens"),
        R"({"name":"MyToken","scopes":["DiagnosticExport","UnattendedInstall"],"expiresIn":{"value":24,"unit":"HOURS"}})",
        {}, carol.secret);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QString secret = r.json().value(QLatin1String("token")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^dt0c01\\.[A-Z2-7]{24}\\.[A-Z2-7]{64}$")).match(secret).hasMatch(),
             qPrintable(secret));
    QCOMPARE(QString::fromLatin1(r.header("Location")), secret.left(31));
    QCOMPARE(m_cluster->tokenCount(), before + 1);

    const auto info = m_cluster->tokenInfo(secret);
    QVERIFY(info.has_value());
    QCOMPARE(info->owner, QStringLiteral("carol"));
    QCOMPARE(info->name, QStringLiteral("MyToken"));
    QCOMPARE(info->created, kNow);
    QCOMPARE(info->expires, std::optional<qint64>(kNow + 24 * 3'600'000));
    QVERIFY(!info->lastUse.has_value());
    QCOMPARE(info->scopes, (QStringList{QStringLiteral("DiagnosticExport"), QStringLiteral("UnattendedInstall")}));
    QVERIFY(!info->revoked);

    // The new secret works (it has no ClusterTokenManagement: 403, not 401), duplicate names are fine.
    QCOMPARE(getAs(secret, QStringLiteral("/tokens")).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/tokens"), R"({"name":"MyToken","scopes":["Nodekeeper"]})").status, 201);
    const HttpResult noExpiry =
        m_http->post(QStringLiteral("/tokens"), R"({"name":"forever","scopes":["Nodekeeper"]})");
    QVERIFY(!m_cluster->tokenInfo(noExpiry.json().value(QLatin1String("token")).toString())->expires.has_value());
}

void TestFakeCluster::create_honoursAccept_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("shape");
    QTest::newRow("json") << QByteArray("application/json; charset=utf-8")
                          << QByteArray("application/json; charset=utf-8") << "json";
    QTest::newRow("go client list")
        << QByteArray("application/json; charset=utf-8,text/csv; header=present; charset=utf-8,text/csv; "
                      "header=absent; charset=utf-8,text/plain; charset=utf-8")
        << QByteArray("application/json; charset=utf-8") << "json";
    QTest::newRow("json listed last") << QByteArray("text/plain, application/json")
                                      << QByteArray("application/json; charset=utf-8") << "json";
    QTest::newRow("anything") << QByteArray("*/*") << QByteArray("application/json; charset=utf-8") << "json";
    QTest::newRow("text/plain only") << QByteArray("text/plain; charset=utf-8")
                                     << QByteArray("text/plain; charset=utf-8") << "plain";
    QTest::newRow("csv with header") << QByteArray("text/csv; header=present; charset=utf-8")
                                     << QByteArray("text/csv; header=present; charset=utf-8") << "csvheader";
    QTest::newRow("csv without header") << QByteArray("text/csv; header=absent; charset=utf-8")
                                        << QByteArray("text/csv; header=absent; charset=utf-8") << "plain";
}

void TestFakeCluster::create_honoursAccept()
{
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, shape);
    const HttpResult r = m_http->send("POST", QStringLiteral("/tokens"), R"({"name":"n","scopes":["Nodekeeper"]})",
                                      {{"Accept", accept}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Content-Type"), contentType);
    QString secret;
    if (shape == QLatin1String("json"))
        secret = r.json().value(QLatin1String("token")).toString();
    else if (shape == QLatin1String("plain"))
        secret = QString::fromLatin1(r.body);
    else if (r.body.startsWith("token\r\n"))
        secret = QString::fromLatin1(r.body.mid(7));
    QVERIFY2(m_cluster->hasToken(secret), r.body.constData());
    QCOMPARE(QString::fromLatin1(r.header("Location")), m_cluster->tokenInfo(secret)->id);
}

void TestFakeCluster::create_expiresInUnits_data()
{
    QTest::addColumn<QByteArray>("expiresIn");
    QTest::addColumn<qint64>("millis");
    QTest::newRow("default unit is MILLIS") << QByteArray(R"({"value":1500})") << qint64(1500);
    QTest::newRow("MILLIS") << QByteArray(R"({"value":7,"unit":"MILLIS"})") << qint64(7);
    QTest::newRow("SECONDS") << QByteArray(R"({"value":7,"unit":"SECONDS"})") << qint64(7000);
    QTest::newRow("MINUTES") << QByteArray(R"({"value":7,"unit":"MINUTES"})") << qint64(420'000);
    QTest::newRow("HOURS") << QByteArray(R"({"value":7,"unit":"HOURS"})") << qint64(25'200'000);
    QTest::newRow("DAYS") << QByteArray(R"({"value":7,"unit":"DAYS"})") << 7 * kDay;
    QTest::newRow("large but fine") << QByteArray(R"({"value":36500,"unit":"DAYS"})") << 36500 * kDay;
}

void TestFakeCluster::create_expiresInUnits()
{
    QFETCH(QByteArray, expiresIn);
    QFETCH(qint64, millis);
    const HttpResult r = m_http->post(QStringLiteral("/tokens"),
                                      R"({"name":"e","scopes":["Nodekeeper"],"expiresIn":)" + expiresIn + "}");
    QCOMPARE(r.status, 201);
    QCOMPARE(m_cluster->tokenInfo(r.json().value(QLatin1String("token")).toString())->expires,
             std::optional<qint64>(kNow + millis));
}

void TestFakeCluster::create_invalidBodies_are400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("not JSON") << QByteArray("name=x") << QStringList{QString()};
    QTest::newRow("array") << QByteArray("[1]") << QStringList{QString()};
    QTest::newRow("missing name") << QByteArray(R"({"scopes":["Nodekeeper"]})") << QStringList{QStringLiteral("name")};
    QTest::newRow("blank name") << QByteArray(R"({"name":"  ","scopes":["Nodekeeper"]})")
                                << QStringList{QStringLiteral("name")};
    QTest::newRow("name not a string") << QByteArray(R"({"name":5,"scopes":["Nodekeeper"]})")
                                       << QStringList{QStringLiteral("name")};
    QTest::newRow("missing scopes") << QByteArray(R"({"name":"x"})") << QStringList{QStringLiteral("scopes")};
    QTest::newRow("empty scopes") << QByteArray(R"({"name":"x","scopes":[]})") << QStringList{QStringLiteral("scopes")};
    QTest::newRow("scopes not array") << QByteArray(R"({"name":"x","scopes":"Nodekeeper"})")
                                      << QStringList{QStringLiteral("scopes")};
    QTest::newRow("unknown scope") << QByteArray(R"({"name":"x","scopes":["Nodekeeper","DataExport"]})")
                                   << QStringList{QStringLiteral("scopes[1]")};
    QTest::newRow("duplicate scope") << QByteArray(R"({"name":"x","scopes":["Nodekeeper","Nodekeeper"]})")
                                     << QStringList{QStringLiteral("scopes[1]")};
    QTest::newRow("scope not a string") << QByteArray(R"({"name":"x","scopes":[1]})")
                                        << QStringList{QStringLiteral("scopes[0]")};
    QTest::newRow("both missing") << QByteArray("{}") << QStringList{QStringLiteral("name"), QStringLiteral("scopes")};
    QTest::newRow("expiresIn not object") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":5})")
                                          << QStringList{QStringLiteral("expiresIn")};
    QTest::newRow("expiresIn without value") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{}})")
                                             << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("zero") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":0}})")
                          << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("negative") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":-5}})")
                              << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("fraction") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":1.5}})")
                              << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("string value") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":"5"}})")
                                  << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("overflow")
        << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":9223372036854775,"unit":"DAYS"}})")
        << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("beyond int64") << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":1e30}})")
                                  << QStringList{QStringLiteral("expiresIn.value")};
    QTest::newRow("unknown unit")
        << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":1,"unit":"WEEKS"}})")
        << QStringList{QStringLiteral("expiresIn.unit")};
    QTest::newRow("lower-case unit")
        << QByteArray(R"({"name":"x","scopes":["Nodekeeper"],"expiresIn":{"value":1,"unit":"days"}})")
        << QStringList{QStringLiteral("expiresIn.unit")};
}

void TestFakeCluster::create_invalidBodies_are400()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, paths);
    const int before = m_cluster->tokenCount();
    const HttpResult r = m_http->post(QStringLiteral("/tokens"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.error().value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(r.error().value(QLatin1String("message")).toString(), QStringLiteral("Constraints violated."));
    QCOMPARE(violationPaths(r), paths);
    QCOMPARE(violationLocation(r), QStringLiteral("PAYLOAD_BODY"));
    QCOMPARE(m_cluster->tokenCount(), before);
}

// --- Update -------------------------------------------------------------------------------------

void TestFakeCluster::update_changesOnlyPresentFields()
{
    const SeededToken t =
        m_cluster->addToken(QStringLiteral("old"), QStringLiteral("u"),
                            {QStringLiteral("Nodekeeper"), QStringLiteral("settings.read")}, kNow + kDay, kNow - 3);
    const QString path = QStringLiteral("/tokens/") + t.id;

    HttpResult r = m_http->put(path, R"({"name":"renamed"})");
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    auto info = m_cluster->tokenInfo(t.id);
    QCOMPARE(info->name, QStringLiteral("renamed"));
    QCOMPARE(info->scopes, (QStringList{QStringLiteral("Nodekeeper"), QStringLiteral("settings.read")}));
    QVERIFY(!info->revoked);

    QCOMPARE(m_http->put(path, R"({"revoked":true})").status, 204);
    info = m_cluster->tokenInfo(t.id);
    QVERIFY(info->revoked);
    QCOMPARE(info->name, QStringLiteral("renamed"));

    QCOMPARE(m_http->put(path, R"({"scopes":["apiTokens.write"]})").status, 204);
    info = m_cluster->tokenInfo(t.id);
    QCOMPARE(info->scopes, QStringList{QStringLiteral("apiTokens.write")}); // replaced, not merged
    QVERIFY(info->revoked);
    QCOMPARE(info->expires, std::optional<qint64>(kNow + kDay));
    QCOMPARE(info->lastUse, std::optional<qint64>(kNow - 3));

    QCOMPARE(m_http->put(path, R"({"revoked":false,"name":"back","scopes":[]})").status, 204);
    info = m_cluster->tokenInfo(t.id);
    QVERIFY(!info->revoked);
    QCOMPARE(info->name, QStringLiteral("back"));
    QCOMPARE(info->scopes, QStringList());

    // By secret too.
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + t.secret, R"({"name":"via secret"})").status, 204);
    QCOMPARE(m_cluster->tokenInfo(t.id)->name, QStringLiteral("via secret"));
}

void TestFakeCluster::update_emptyBodyChangesNothing()
{
    const SeededToken t =
        m_cluster->addToken(QStringLiteral("same"), QStringLiteral("u"), {QStringLiteral("Nodekeeper")}, {}, {}, true);
    const HttpResult before = m_http->get(QStringLiteral("/tokens/") + t.id);
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + t.id, "{}").status, 204);
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + t.id, R"({"name":null,"unknownField":1})").status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + t.id).body, before.body);
}

void TestFakeCluster::update_coercesBooleanStrings()
{
    const SeededToken t = m_cluster->addToken(QStringLiteral("s"), QStringLiteral("u"), {});
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + t.id, R"({"revoked":"true"})").status, 204);
    QVERIFY(m_cluster->tokenInfo(t.id)->revoked);
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + t.id, R"({"revoked":"false"})").status, 204);
    QVERIFY(!m_cluster->tokenInfo(t.id)->revoked);
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + t.id, R"({"revoked":"yes"})").status, 400);
}

void TestFakeCluster::update_rejectsOwnTokenUnknownAndBadBodies()
{
    HttpResult r = m_http->put(QStringLiteral("/tokens/") + m_admin.id, R"({"name":"me"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(QLatin1String("message")).toString(),
             QStringLiteral("You can't update the token you're using for authentication of the request."));
    QCOMPARE(m_http->put(QStringLiteral("/tokens/") + m_admin.secret, R"({"revoked":true})").status, 400);
    QCOMPARE(m_cluster->tokenInfo(m_admin.id)->name, QStringLiteral("tokendesk-admin"));
    QVERIFY(!m_cluster->tokenInfo(m_admin.id)->revoked);

    QCOMPARE(m_http->put(QStringLiteral("/tokens/dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA"), "{}").status, 404);

    const SeededToken t = m_cluster->addToken(QStringLiteral("t"), QStringLiteral("u"), {});
    const QString path = QStringLiteral("/tokens/") + t.id;
    for (const QByteArray &bad :
         {QByteArray("not json"), QByteArray(), QByteArray("[]"), QByteArray(R"({"name":7})"),
          QByteArray(R"({"name":""})"), QByteArray(R"({"revoked":1})"), QByteArray(R"({"scopes":"Nodekeeper"})"),
          QByteArray(R"({"scopes":["Bogus"]})"), QByteArray(R"({"scopes":["Nodekeeper","Nodekeeper"]})")}) {
        r = m_http->put(path, bad);
        QVERIFY2(r.status == 400, bad.constData());
        QCOMPARE(r.error().value(QLatin1String("message")).toString(), QStringLiteral("Constraints violated."));
    }
    QCOMPARE(m_cluster->tokenInfo(t.id)->name, QStringLiteral("t"));
}

// --- Delete -------------------------------------------------------------------------------------

void TestFakeCluster::delete_byIdAndBySecret()
{
    const SeededToken a = m_cluster->addToken(QStringLiteral("a"), QStringLiteral("d"), {});
    const SeededToken b = m_cluster->addToken(QStringLiteral("b"), QStringLiteral("d"), {});
    const int before = m_cluster->tokenCount();
    HttpResult r = m_http->del(QStringLiteral("/tokens/") + a.id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_http->del(QStringLiteral("/tokens/") + b.secret).status, 204);
    QCOMPARE(m_cluster->tokenCount(), before - 2);
    QVERIFY(!m_cluster->hasToken(a.id));
    QVERIFY(!m_cluster->hasToken(b.secret));
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + a.id).status, 404);
    QCOMPARE(m_http->del(QStringLiteral("/tokens/") + a.id).status, 404);
    QCOMPARE(ids(m_http->get(QStringLiteral("/tokens?user=d"))), QStringList());
    // A deleted token can no longer authenticate.
    QCOMPARE(getAs(b.secret, QStringLiteral("/tokens")).status, 401);
}

void TestFakeCluster::delete_rejectsOwnTokenAndUnknown()
{
    HttpResult r = m_http->del(QStringLiteral("/tokens/") + m_admin.id);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(QLatin1String("message")).toString(),
             QStringLiteral("You can't delete the token you're using for authentication of the request."));
    QCOMPARE(m_http->del(QStringLiteral("/tokens/") + m_admin.secret).status, 400);
    QVERIFY(m_cluster->hasToken(m_admin.id));
    r = m_http->del(QStringLiteral("/tokens/dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error().value(QLatin1String("code")).toInt(), 404);
    QCOMPARE(m_http->del(QStringLiteral("/tokens/not-a-token")).status, 404);
}

void TestFakeCluster::unknownPathsAndMethods_are404_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/environments");
    QTest::newRow("nested id path") << QByteArray("GET") << QStringLiteral("/tokens/a/b");
    QTest::newRow("PATCH tokens") << QByteArray("PATCH") << QStringLiteral("/tokens");
    QTest::newRow("DELETE tokens") << QByteArray("DELETE") << QStringLiteral("/tokens");
    QTest::newRow("POST on an id") << QByteArray("POST") << QStringLiteral("/tokens/dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("trailing slash") << QByteArray("GET") << QStringLiteral("/tokens/");
}

void TestFakeCluster::unknownPathsAndMethods_are404()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const HttpResult r = m_http->send(verb, path, verb == "GET" || verb == "DELETE" ? QByteArray() : "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.error().value(QLatin1String("code")).toInt(), 404);
    QVERIFY(r.error().value(QLatin1String("constraintViolations")).isArray());
}

// --- Rate limit ---------------------------------------------------------------------------------

void TestFakeCluster::rateLimit_answers429WithHeaders()
{
    // 10 s into a minute: the window ends 50 s later.
    const qint64 now = (kNow / 60'000) * 60'000 + 10'000;
    m_cluster->setFixedTime(now);
    m_cluster->setRateLimitPerMinute(3);
    for (int i = 0; i < 3; ++i) {
        const HttpResult r = m_http->get(QStringLiteral("/tokens?limit=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(2 - i));
    }
    const HttpResult limited = m_http->get(QStringLiteral("/tokens?limit=1"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(limited.error().value(QLatin1String("code")).toInt(), 429);
    QCOMPARE(limited.error().value(QLatin1String("message")).toString(), QStringLiteral("Too Many Requests"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(limited.header("X-RateLimit-Reset"), QByteArray::number((now - 10'000 + 60'000) * 1000)); // µs
    QCOMPARE(limited.header("Retry-After"), QByteArray("50"));

    // The budget is per token; and the next minute starts afresh.
    const SeededToken other = m_cluster->addToken(QStringLiteral("o"), QStringLiteral("r"), kClusterTokenManagement);
    QCOMPARE(getAs(other.secret, QStringLiteral("/tokens?limit=1")).status, 200);
    m_cluster->setFixedTime(now + 50'000);
    QCOMPARE(m_http->get(QStringLiteral("/tokens?limit=1")).status, 200);
}

void TestFakeCluster::rateLimitHeaders_onEveryResponse()
{
    const QList<HttpResult> results = {
        m_http->get(QStringLiteral("/tokens")),
        m_http->send("GET", QStringLiteral("/tokens"), {}, {}, QString()),
        m_http->get(QStringLiteral("/tokens/dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA")),
        m_http->get(QStringLiteral("/nowhere")),
        m_http->post(QStringLiteral("/tokens"), "{}"),
    };
    for (const HttpResult &r : results) {
        QVERIFY(r.hasHeader("X-RateLimit-Limit"));
        QVERIFY(r.hasHeader("X-RateLimit-Remaining"));
        const qint64 reset = r.header("X-RateLimit-Reset").toLongLong();
        QVERIFY(reset > kNow * 1000 && reset <= (kNow + 60'000) * 1000);
    }
}

// --- Faults -------------------------------------------------------------------------------------

void TestFakeCluster::faults_eachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("latency") << static_cast<int>(Fault::Kind::Latency);
    QTest::newRow("status") << static_cast<int>(Fault::Kind::Status);
    QTest::newRow("truncated body") << static_cast<int>(Fault::Kind::TruncatedBody);
    QTest::newRow("malformed JSON") << static_cast<int>(Fault::Kind::MalformedJson);
    QTest::newRow("dropped connection") << static_cast<int>(Fault::Kind::DropConnection);
}

void TestFakeCluster::faults_eachKind()
{
    QFETCH(int, kind);
    const HttpResult normal = m_http->get(QStringLiteral("/tokens/") + m_admin.id);
    QCOMPARE(normal.status, 200);

    Fault fault;
    fault.kind = static_cast<Fault::Kind>(kind);
    fault.status = 556;
    fault.message = QStringLiteral("Upgrade in progress");
    fault.latencyMs = 400;
    fault.count = 1;
    m_cluster->injectFault(Endpoint::Get, fault);
    // Other endpoints are not affected.
    QCOMPARE(m_http->get(QStringLiteral("/tokens?limit=1")).status, 200);

    QElapsedTimer timer;
    timer.start();
    const HttpResult r = m_http->get(QStringLiteral("/tokens/") + m_admin.id);
    switch (fault.kind) {
    case Fault::Kind::Latency:
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("id")).toString(), m_admin.id);
        break;
    case Fault::Kind::Status:
        QCOMPARE(r.status, 556);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(r.error().value(QLatin1String("code")).toInt(), 556);
        QCOMPARE(r.error().value(QLatin1String("message")).toString(), QStringLiteral("Upgrade in progress"));
        break;
    case Fault::Kind::TruncatedBody:
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, normal.body.left(normal.body.size() / 2));
        QCOMPARE(r.header("Content-Length").toInt(), normal.body.size() / 2);
        QVERIFY(!r.isJson());
        break;
    case Fault::Kind::MalformedJson:
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
        break;
    case Fault::Kind::DropConnection:
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.networkError, QNetworkReply::RemoteHostClosedError);
        QVERIFY(r.body.isEmpty());
        // QNAM re-sent the request on its own (1 to 3 times); those re-sends were dropped too.
        QVERIFY(m_cluster->requestCount(Endpoint::Get) >= 3);
        // Other requests are served meanwhile; clearFaults() ends the re-send echo.
        QCOMPARE(m_http->get(QStringLiteral("/tokens?limit=1")).status, 200);
        m_cluster->clearFaults();
        break;
    case Fault::Kind::None:
        QFAIL("unexpected");
    }
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + m_admin.id).body, normal.body);
}

void TestFakeCluster::faults_dropClosesWithoutAnswering()
{
    Fault fault;
    fault.kind = Fault::Kind::DropConnection;
    m_cluster->injectFault(Endpoint::List, fault);
    const QByteArray request = "GET /api/cluster/v2/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Api-Token " +
                               m_admin.secret.toLatin1() + "\r\n\r\n";
    QTcpSocket socket;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_cluster->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(socket.readAll(), QByteArray());
    // A different request is served (count = 1); an identical one is taken for a client's automatic
    // re-send (QNetworkAccessManager does that) and dropped as well, until clearFaults().
    QCOMPARE(m_http->get(QStringLiteral("/tokens?limit=2")).status, 200);
    QTcpSocket again;
    QSignalSpy againDisconnected(&again, &QTcpSocket::disconnected);
    again.connectToHost(QHostAddress::LocalHost, m_cluster->port());
    QVERIFY(again.waitForConnected(5000));
    again.write(request);
    QVERIFY(againDisconnected.wait(5000));
    QCOMPARE(again.readAll(), QByteArray());
    m_cluster->clearFaults();
    QCOMPARE(m_http->get(QStringLiteral("/tokens")).status, 200);
    QCOMPARE(m_cluster->requestCount(Endpoint::List), 4);
}

void TestFakeCluster::faults_lastCountRequestsThenNormal()
{
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.count = 2;
    m_cluster->injectFault(Endpoint::List, fault);
    QSignalSpy served(m_cluster.get(), &FakeCluster::requestServed);
    QCOMPARE(m_http->get(QStringLiteral("/tokens")).status, 500);
    const HttpResult second = m_http->get(QStringLiteral("/tokens"));
    QCOMPARE(second.status, 500);
    QCOMPARE(second.error().value(QLatin1String("message")).toString(), QStringLiteral("Internal Server Error"));
    QCOMPARE(m_http->get(QStringLiteral("/tokens")).status, 200);
    QCOMPARE(served.count(), 3);
    QCOMPARE(served.at(0).at(0).value<Endpoint>(), Endpoint::List);
    QCOMPARE(served.at(1).at(1).toInt(), 500);
    QCOMPARE(served.at(2).at(1).toInt(), 200);

    // count < 0: until cleared.
    fault.count = -1;
    m_cluster->injectFault(Endpoint::List, fault);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_http->get(QStringLiteral("/tokens")).status, 500);
    m_cluster->clearFaults();
    QCOMPARE(m_http->get(QStringLiteral("/tokens")).status, 200);
    QCOMPARE(m_cluster->requestCount(Endpoint::List), 8);
}

void TestFakeCluster::faults_anyEndpointAppliesEverywhere()
{
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    fault.count = 3;
    m_cluster->injectFault(Endpoint::Any, fault);
    QCOMPARE(m_http->get(QStringLiteral("/tokens")).status, 503);
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + m_admin.id).status, 503);
    QCOMPARE(m_http->post(QStringLiteral("/tokens"), R"({"name":"x","scopes":["Nodekeeper"]})").status, 503);
    QCOMPARE(m_http->get(QStringLiteral("/tokens/") + m_admin.id).status, 200);
}

void TestFakeCluster::requestRecording_keepsLastBodyHeaderAndQuery()
{
    const QByteArray body = R"({"name":"rec","scopes":["Nodekeeper"]})";
    QCOMPARE(m_http->post(QStringLiteral("/tokens"), body).status, 201);
    QCOMPARE(m_http->get(QStringLiteral("/tokens?permissions=Nodekeeper&permissions=settings.read")).status, 200);
    QCOMPARE(m_cluster->lastRequestBody(Endpoint::Create), body);
    QCOMPARE(m_cluster->lastRequestHeader(Endpoint::Create, "content-type"),
             QByteArray("application/json; charset=utf-8"));
    QCOMPARE(m_cluster->lastRequestHeader(Endpoint::List, "AUTHORIZATION"), "Api-Token " + m_admin.secret.toLatin1());
    QCOMPARE(m_cluster->lastRequestQuery(Endpoint::List),
             QStringLiteral("permissions=Nodekeeper&permissions=settings.read"));
    QCOMPARE(m_cluster->requestCount(Endpoint::Create), 1);
    QCOMPARE(m_cluster->requestCount(Endpoint::List), 1);
    QCOMPARE(m_cluster->requestCount(Endpoint::Any), 2);
}

// --- Seeding and state --------------------------------------------------------------------------

void TestFakeCluster::seeding_isDeterministic()
{
    auto listAll = [](FakeCluster &cluster) {
        HttpClient http(cluster.baseUrl(), cluster.adminToken().secret);
        QByteArray all = http.get(QStringLiteral("/tokens?limit=1000000")).body;
        for (const QString &id : ids(http.get(QStringLiteral("/tokens?limit=50"))))
            all += http.get(QStringLiteral("/tokens/") + id).body;
        return all;
    };
    SeedOptions seed;
    seed.tokens = 300;
    seed.seed = 7;
    seed.nowMs = kNow;
    FakeCluster a;
    FakeCluster b;
    FakeCluster c;
    a.setFixedTime(kNow);
    b.setFixedTime(kNow);
    c.setFixedTime(kNow);
    QVERIFY(a.start({}, seed));
    QVERIFY(b.start({}, seed));
    seed.seed = 8;
    QVERIFY(c.start({}, seed));
    QCOMPARE(a.adminToken().secret, b.adminToken().secret);
    QVERIFY(a.adminToken().secret != c.adminToken().secret);
    const QByteArray listA = listAll(a);
    QCOMPARE(listAll(b), listA);
    QVERIFY(listAll(c) != listA);
    QCOMPARE(a.tokenCount(), 300);
}

void TestFakeCluster::seeding_hasVariety()
{
    const HttpResult r = m_http->get(QStringLiteral("/tokens?limit=1000000"));
    const QStringList all = ids(r);
    QCOMPARE(all.size(), 200);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 200);
    int revoked = 0, expired = 0, expiringSoon = 0, neverUsed = 0, neverExpires = 0, system = 0;
    QSet<QString> owners;
    QSet<QString> scopes;
    QSet<QString> names;
    for (const QString &id : all) {
        const auto info = m_cluster->tokenInfo(id);
        QVERIFY(info.has_value());
        revoked += info->revoked ? 1 : 0;
        expired += info->expires && *info->expires <= kNow ? 1 : 0;
        expiringSoon += info->expires && *info->expires > kNow && *info->expires <= kNow + 30 * kDay ? 1 : 0;
        neverExpires += info->expires ? 0 : 1;
        neverUsed += info->lastUse ? 0 : 1;
        system += info->name == QLatin1String("InstallerDownload") || info->name == QLatin1String("Mobile") ? 1 : 0;
        owners.insert(info->owner);
        names.insert(info->name);
        for (const QString &s : info->scopes)
            scopes.insert(s);
        QVERIFY(info->created <= kNow && info->created >= kNow - 731 * kDay);
        if (info->lastUse)
            QVERIFY(*info->lastUse >= info->created && *info->lastUse <= kNow);
    }
    QVERIFY(revoked > 0);
    QVERIFY(expired > 0);
    QVERIFY(expiringSoon > 0);
    QVERIFY(neverUsed > 1); // the admin token plus some seeded ones
    QVERIFY(neverExpires > 0);
    QVERIFY(system >= 2);
    QVERIFY2(owners.size() >= 6 && owners.size() <= 10, qPrintable(QString::number(owners.size())));
    QCOMPARE(scopes.size(), 16);
    QVERIFY(names.size() > 50);
    const auto admin = m_cluster->tokenInfo(m_admin.id);
    QCOMPARE(admin->name, QStringLiteral("tokendesk-admin"));
    QCOMPARE(admin->owner, QStringLiteral("admin"));
    QCOMPARE(admin->scopes.size(), 16);
    QVERIFY(!admin->expires.has_value());
}

void TestFakeCluster::stateFile_roundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("state.bin"));
    ServerOptions options;
    options.stateFile = file;
    SeedOptions seed;
    seed.tokens = 50;
    seed.nowMs = kNow;

    QString createdSecret;
    QString deletedId;
    QString adminSecret;
    {
        FakeCluster first;
        first.setFixedTime(kNow);
        QVERIFY(first.start(options, seed));
        QVERIFY(QFileInfo::exists(file));
        adminSecret = first.adminToken().secret;
        HttpClient http(first.baseUrl(), adminSecret);
        const HttpResult created = http.post(
            QStringLiteral("/tokens"), R"({"name":"persisted ✓","scopes":["settings.read"],"expiresIn":{"value":1}})");
        QCOMPARE(created.status, 201);
        createdSecret = created.json().value(QLatin1String("token")).toString();
        deletedId = ids(http.get(QStringLiteral("/tokens?limit=3"))).last();
        QCOMPARE(http.del(QStringLiteral("/tokens/") + deletedId).status, 204);
        QCOMPARE(http.put(QStringLiteral("/tokens/") + createdSecret, R"({"revoked":true})").status, 204);
        QCOMPARE(first.tokenCount(), 50);
    } // destruction flushes the debounced save

    FakeCluster second;
    seed.tokens = 10;
    seed.seed = 999; // ignored: the state file wins
    QVERIFY(second.start(options, seed));
    QCOMPARE(second.tokenCount(), 50);
    QCOMPARE(second.adminToken().secret, adminSecret);
    QVERIFY(!second.hasToken(deletedId));
    const auto info = second.tokenInfo(createdSecret);
    QVERIFY(info.has_value());
    QCOMPARE(info->name, QStringLiteral("persisted ✓"));
    QCOMPARE(info->expires, std::optional<qint64>(kNow + 1));
    QVERIFY(info->revoked);
    QCOMPARE(info->owner, QStringLiteral("admin"));
    QCOMPARE(info->scopes, QStringList{QStringLiteral("settings.read")});
    QVERIFY(info->lastUse == std::nullopt);
    QCOMPARE(second.tokenInfo(adminSecret)->lastUse, std::optional<qint64>(kNow));

    // A corrupt file is an error, not a silent reseed.
    QFile corrupt(dir.filePath(QStringLiteral("corrupt.bin")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("garbage");
    corrupt.close();
    FakeCluster third;
    options.stateFile = corrupt.fileName();
    QVERIFY(!third.start(options, seed));
    QVERIFY(!third.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeCluster)
#include "tst_fakecluster.moc"
