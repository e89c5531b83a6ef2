// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Conformance of the fake cluster to the spec (api/cluster-v2-tokens.openapi.yaml, converted to JSON at
// build time): a scripted set of requests covering every operation and every status the fake produces,
// each response checked for a declared status, a declared content type and a body matching its schema.
// The validator itself is tested against wrong bodies first.
#include "fakecluster.h"
#include "fakehttp.h"
#include "schemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>

#include <memory>

using namespace TokenDesk::Fake;
using TokenDesk::FakeTest::HttpClient;
using TokenDesk::FakeTest::HttpResult;
using TokenDesk::FakeTest::SchemaValidator;

namespace {

const QString kList = QStringLiteral("/tokens");
const QString kById = QStringLiteral("/tokens/{id}");
const QString kLookup = QStringLiteral("/tokens/lookup");

struct Scenario
{
    QString pathTemplate;
    QByteArray method;
    int status;
};

// Every scenario of the script: (operation, expected status). Kept in one table so that the coverage
// test can compare it with what the spec declares.
const QList<QPair<QString, Scenario>> &scenarios()
{
    static const QList<QPair<QString, Scenario>> all = {
        {QStringLiteral("list 200"), {kList, "GET", 200}},
        {QStringLiteral("list 200 filtered"), {kList, "GET", 200}},
        {QStringLiteral("list 200 empty"), {kList, "GET", 200}},
        {QStringLiteral("list 400 limit"), {kList, "GET", 400}},
        {QStringLiteral("list 400 permission"), {kList, "GET", 400}},
        {QStringLiteral("list 401 missing"), {kList, "GET", 401}},
        {QStringLiteral("list 401 unknown"), {kList, "GET", 401}},
        {QStringLiteral("list 403 scope"), {kList, "GET", 403}},
        {QStringLiteral("list 429"), {kList, "GET", 429}},
        {QStringLiteral("list 500 fault"), {kList, "GET", 500}},
        {QStringLiteral("list 556 fault"), {kList, "GET", 556}},
        {QStringLiteral("get 200"), {kById, "GET", 200}},
        {QStringLiteral("get 200 revoked expired"), {kById, "GET", 200}},
        {QStringLiteral("get 200 by secret"), {kById, "GET", 200}},
        {QStringLiteral("get 404"), {kById, "GET", 404}},
        {QStringLiteral("get 401"), {kById, "GET", 401}},
        {QStringLiteral("get 403"), {kById, "GET", 403}},
        {QStringLiteral("lookup 200"), {kLookup, "POST", 200}},
        {QStringLiteral("lookup 400"), {kLookup, "POST", 400}},
        {QStringLiteral("lookup 404"), {kLookup, "POST", 404}},
        {QStringLiteral("lookup 401"), {kLookup, "POST", 401}},
        {QStringLiteral("lookup 403 configured"), {kLookup, "POST", 403}},
        {QStringLiteral("create 201 json"), {kList, "POST", 201}},
        {QStringLiteral("create 201 go client accept"), {kList, "POST", 201}},
        {QStringLiteral("create 201 plain"), {kList, "POST", 201}},
        {QStringLiteral("create 201 csv header"), {kList, "POST", 201}},
        {QStringLiteral("create 201 csv no header"), {kList, "POST", 201}},
        {QStringLiteral("create 400"), {kList, "POST", 400}},
        {QStringLiteral("create 400 not json"), {kList, "POST", 400}},
        {QStringLiteral("create 401"), {kList, "POST", 401}},
        {QStringLiteral("create 403"), {kList, "POST", 403}},
        {QStringLiteral("update 204"), {kById, "PUT", 204}},
        {QStringLiteral("update 204 empty"), {kById, "PUT", 204}},
        {QStringLiteral("update 400 self"), {kById, "PUT", 400}},
        {QStringLiteral("update 400 body"), {kById, "PUT", 400}},
        {QStringLiteral("update 404"), {kById, "PUT", 404}},
        {QStringLiteral("update 401"), {kById, "PUT", 401}},
        {QStringLiteral("delete 204"), {kById, "DELETE", 204}},
        {QStringLiteral("delete 204 by secret"), {kById, "DELETE", 204}},
        {QStringLiteral("delete 400 self"), {kById, "DELETE", 400}},
        {QStringLiteral("delete 404"), {kById, "DELETE", 404}},
        {QStringLiteral("delete 403"), {kById, "DELETE", 403}},
        {QStringLiteral("unknown path 404"), {QStringLiteral("/environments"), "GET", 404}},
        {QStringLiteral("wrong method 404"), {kList, "PATCH", 404}},
    };
    return all;
}

QJsonObject loadSpec()
{
    QFile file(QStringLiteral(TOKENDESK_SPEC_JSON));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestFakeConformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validator_acceptsAndRejectsBodies_data();
    void validator_acceptsAndRejectsBodies();
    void validator_checksStatusAndContentType_data();
    void validator_checksStatusAndContentType();

    void scenarios_coverEveryDeclaredResponse();
    void response_conformsToSpec_data();
    void response_conformsToSpec();

private:
    HttpResult run(const QString &scenario);

    QJsonObject m_spec;
    std::unique_ptr<SchemaValidator> m_validator;
    std::unique_ptr<FakeCluster> m_cluster;
    std::unique_ptr<HttpClient> m_http;
    SeededToken m_admin;
    SeededToken m_other;   // ClusterTokenManagement, owner "ops"
    SeededToken m_noScope; // settings.read only
    SeededToken m_revoked; // revoked and expired
};

void TestFakeConformance::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.fake.info=false"));
    m_spec = loadSpec();
    QVERIFY2(m_spec.contains(QLatin1String("paths")), TOKENDESK_SPEC_JSON);
    m_validator = std::make_unique<SchemaValidator>(m_spec);
}

void TestFakeConformance::init()
{
    m_cluster = std::make_unique<FakeCluster>();
    SeedOptions seed;
    seed.tokens = 120;
    QVERIFY(m_cluster->start({}, seed));
    m_admin = m_cluster->adminToken();
    m_other = m_cluster->addToken(QStringLiteral("ops \"team\" – Zürich"), QStringLiteral("ops"),
                                  {QStringLiteral("ClusterTokenManagement"), QStringLiteral("Nodekeeper")});
    m_noScope = m_cluster->addToken(QStringLiteral("reader"), QStringLiteral("ops"), {QStringLiteral("settings.read")});
    m_revoked = m_cluster->addToken(QStringLiteral("old"), QStringLiteral("ops"),
                                    {QStringLiteral("ClusterTokenManagement")}, 1'000, 500, true, 100);
    m_http = std::make_unique<HttpClient>(m_cluster->baseUrl(), m_admin.secret);
}

void TestFakeConformance::cleanup()
{
    m_http.reset();
    m_cluster.reset();
}

// --- The validator (a test of the test) ---------------------------------------------------------

void TestFakeConformance::validator_acceptsAndRejectsBodies_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("stubs ok") << "StubList" << QByteArray(R"({"values":[{"id":"a","name":"b"},{"id":"c"}]})") << true;
    QTest::newRow("stubs empty ok") << "StubList" << QByteArray(R"({"values":[]})") << true;
    QTest::newRow("stubs missing values") << "StubList" << QByteArray("{}") << false;
    QTest::newRow("stubs values not array") << "StubList" << QByteArray(R"({"values":{}})") << false;
    QTest::newRow("stub without id") << "StubList" << QByteArray(R"({"values":[{"name":"b"}]})") << false;
    QTest::newRow("stub id number") << "StubList" << QByteArray(R"({"values":[{"id":1}]})") << false;
    QTest::newRow("stub undeclared field")
        << "StubList" << QByteArray(R"({"values":[{"id":"a","owner":"x"}]})") << false;
    QTest::newRow("stub null name") << "StubList" << QByteArray(R"({"values":[{"id":"a","name":null}]})") << false;
    QTest::newRow("metadata ok") << "TokenMetadata"
                                 << QByteArray(R"({"id":"dt0c01.A","name":"n","userId":"u","revoked":false,)"
                                               R"("created":1554076800000,"expires":1554163200000,"lastUse":1,)"
                                               R"("scopes":["ClusterTokenManagement","settings.read"],)"
                                               R"("personalAccessToken":false})")
                                 << true;
    QTest::newRow("metadata unknown scope") << "TokenMetadata" << QByteArray(R"({"scopes":["DataExport"]})") << false;
    QTest::newRow("metadata created string") << "TokenMetadata" << QByteArray(R"({"created":"2019-04-01"})") << false;
    QTest::newRow("metadata created fraction") << "TokenMetadata" << QByteArray(R"({"created":1.5})") << false;
    QTest::newRow("metadata expires null") << "TokenMetadata" << QByteArray(R"({"expires":null})") << false;
    QTest::newRow("metadata revoked string") << "TokenMetadata" << QByteArray(R"({"revoked":"true"})") << false;
    QTest::newRow("metadata undeclared") << "TokenMetadata" << QByteArray(R"({"enabled":true})") << false;
    QTest::newRow("metadata is array") << "TokenMetadata" << QByteArray("[]") << false;
    QTest::newRow("envelope ok")
        << "ErrorEnvelope"
        << QByteArray(R"({"error":{"code":400,"message":"Constraints violated.","constraintViolations":)"
                      R"([{"path":"limit","message":"m","parameterLocation":"QUERY"}]}})")
        << true;
    QTest::newRow("envelope HEADER location")
        << "ErrorEnvelope"
        << QByteArray(R"({"error":{"code":400,"constraintViolations":[{"parameterLocation":"HEADER"}]}})") << false;
    QTest::newRow("envelope location null")
        << "ErrorEnvelope" << QByteArray(R"({"error":{"code":400,"constraintViolations":[{"location":null}]}})")
        << false;
    QTest::newRow("envelope code beyond int32")
        << "ErrorEnvelope" << QByteArray(R"({"error":{"code":4000000000}})") << false;
    QTest::newRow("envelope code string") << "ErrorEnvelope" << QByteArray(R"({"error":{"code":"400"}})") << false;
    QTest::newRow("token ok") << "Token" << QByteArray(R"({"token":"dt0c01.X.Y"})") << true;
    QTest::newRow("token missing") << "Token" << QByteArray(R"({"secret":"x"})") << false;
    QTest::newRow("token number") << "Token" << QByteArray(R"({"token":5})") << false;
}

void TestFakeConformance::validator_acceptsAndRejectsBodies()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QStringList errors = m_validator->validate(value, SchemaValidator::ref(schema));
    QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(QStringLiteral("; "))));
}

void TestFakeConformance::validator_checksStatusAndContentType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    const QByteArray json("application/json; charset=utf-8");
    const QByteArray envelope(R"({"error":{"code":404,"message":"x"}})");
    QTest::newRow("declared 404") << kById << "GET" << 404 << json << envelope << true;
    QTest::newRow("generic 401") << kList << "GET" << 401 << json << envelope << true;
    QTest::newRow("429") << kList << "GET" << 429 << json << envelope << true;
    QTest::newRow("405 not allowed") << kList << "GET" << 405 << json << envelope << false;
    QTest::newRow("418 not allowed") << kById << "DELETE" << 418 << json << envelope << false;
    QTest::newRow("201 on list") << kList << "GET" << 201 << json << QByteArray(R"({"token":"x"})") << false;
    QTest::newRow("wrong content type") << kById << "GET" << 200 << QByteArray("application/json") << QByteArray("{}")
                                        << false;
    QTest::newRow("html error") << kList << "GET" << 500 << QByteArray("text/html") << QByteArray("<html/>") << false;
    QTest::newRow("error not envelope") << kList << "GET" << 500 << json << QByteArray(R"({"error":"boom"})") << false;
    QTest::newRow("204 with body") << kById << "DELETE" << 204 << QByteArray() << QByteArray("{}") << false;
    QTest::newRow("204 empty") << kById << "DELETE" << 204 << QByteArray() << QByteArray() << true;
    QTest::newRow("body not JSON") << kById << "GET" << 200 << json << QByteArray("{\"id\":") << false;
    QTest::newRow("plain create") << kList << "POST" << 201 << QByteArray("text/plain; charset=utf-8")
                                  << QByteArray("dt0c01.X.Y") << true;
}

void TestFakeConformance::validator_checksStatusAndContentType()
{
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    const QStringList errors = m_validator->checkResponse(path, method, status, contentType, body);
    QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(QStringLiteral("; "))));
}

// --- The fake against the spec ------------------------------------------------------------------

void TestFakeConformance::scenarios_coverEveryDeclaredResponse()
{
    // Every operation of the spec and every status it declares is exercised by at least one scenario.
    QSet<QString> covered;
    for (const auto &s : scenarios())
        covered.insert(QStringLiteral("%1 %2 %3")
                           .arg(QString::fromLatin1(s.second.method).toLower(), s.second.pathTemplate)
                           .arg(s.second.status));
    const QJsonObject paths = m_spec.value(QLatin1String("paths")).toObject();
    int operations = 0;
    for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
        const QJsonObject methods = p.value().toObject();
        for (auto m = methods.constBegin(); m != methods.constEnd(); ++m) {
            ++operations;
            for (int status : m_validator->declaredStatuses(p.key(), m.key())) {
                const QString key = QStringLiteral("%1 %2 %3").arg(m.key(), p.key()).arg(status);
                QVERIFY2(covered.contains(key), qPrintable(QStringLiteral("not covered: ") + key));
            }
        }
    }
    QCOMPARE(operations, 6);
}

void TestFakeConformance::response_conformsToSpec_data()
{
    QTest::addColumn<QString>("scenario");
    for (const auto &s : scenarios())
        QTest::newRow(qPrintable(s.first)) << s.first;
}

HttpResult TestFakeConformance::run(const QString &name)
{
    const QString none; // no Authorization header
    const auto lookupBody = [](const QString &token) {
        return QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact);
    };
    const QByteArray createBody(
        R"({"name":"conformance","scopes":["settings.read","apiTokens.read"],"expiresIn":{"value":30,"unit":"DAYS"}})");
    const QString unknownId = QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA");
    Fault fault;
    fault.kind = Fault::Kind::Status;

    if (name == QLatin1String("list 200"))
        return m_http->get(QStringLiteral("/tokens?limit=1000000"));
    if (name == QLatin1String("list 200 filtered"))
        return m_http->get(
            QStringLiteral("/tokens?user=ops&permissions=ClusterTokenManagement&from=0&to=9999999999999"));
    if (name == QLatin1String("list 200 empty"))
        return m_http->get(QStringLiteral("/tokens?user=nobody"));
    if (name == QLatin1String("list 400 limit"))
        return m_http->get(QStringLiteral("/tokens?limit=1000001"));
    if (name == QLatin1String("list 400 permission"))
        return m_http->get(QStringLiteral("/tokens?permissions=DataExport&from=x"));
    if (name == QLatin1String("list 401 missing"))
        return m_http->send("GET", kList, {}, {}, none);
    if (name == QLatin1String("list 401 unknown"))
        return m_http->send("GET", kList, {}, {}, m_revoked.secret);
    if (name == QLatin1String("list 403 scope"))
        return m_http->send("GET", kList, {}, {}, m_noScope.secret);
    if (name == QLatin1String("list 429")) {
        m_cluster->setRateLimitPerMinute(1);
        m_http->get(kList);
        return m_http->get(kList);
    }
    if (name == QLatin1String("list 500 fault") || name == QLatin1String("list 556 fault")) {
        fault.status = name.contains(QLatin1String("500")) ? 500 : 556;
        m_cluster->injectFault(Endpoint::List, fault);
        return m_http->get(kList);
    }
    if (name == QLatin1String("get 200"))
        return m_http->get(QStringLiteral("/tokens/") + m_other.id);
    if (name == QLatin1String("get 200 revoked expired"))
        return m_http->get(QStringLiteral("/tokens/") + m_revoked.id);
    if (name == QLatin1String("get 200 by secret"))
        return m_http->get(QStringLiteral("/tokens/") + m_admin.secret);
    if (name == QLatin1String("get 404"))
        return m_http->get(QStringLiteral("/tokens/") + unknownId);
    if (name == QLatin1String("get 401"))
        return m_http->send("GET", QStringLiteral("/tokens/") + m_other.id, {}, {}, none);
    if (name == QLatin1String("get 403"))
        return m_http->send("GET", QStringLiteral("/tokens/") + m_other.id, {}, {}, m_noScope.secret);
    if (name == QLatin1String("lookup 200"))
        return m_http->send("POST", kLookup, lookupBody(m_revoked.secret), {}, m_noScope.secret);
    if (name == QLatin1String("lookup 400"))
        return m_http->post(kLookup, R"({"token":17})");
    if (name == QLatin1String("lookup 404"))
        return m_http->post(kLookup, lookupBody(unknownId + QStringLiteral(".") + QString(64, u'Q')));
    if (name == QLatin1String("lookup 401"))
        return m_http->send("POST", kLookup, lookupBody(m_other.secret), {}, none);
    if (name == QLatin1String("lookup 403 configured")) {
        m_cluster->setLookupNeedsClusterTokenManagement(true);
        return m_http->send("POST", kLookup, lookupBody(m_other.secret), {}, m_noScope.secret);
    }
    if (name == QLatin1String("create 201 json"))
        return m_http->post(kList, createBody);
    if (name == QLatin1String("create 201 go client accept"))
        return m_http->send("POST", kList, createBody,
                            {{"Accept", "application/json; charset=utf-8,text/csv; header=present; charset=utf-8,"
                                        "text/csv; header=absent; charset=utf-8,text/plain; charset=utf-8"}});
    if (name == QLatin1String("create 201 plain"))
        return m_http->send("POST", kList, createBody, {{"Accept", "text/plain; charset=utf-8"}});
    if (name == QLatin1String("create 201 csv header"))
        return m_http->send("POST", kList, createBody, {{"Accept", "text/csv; header=present; charset=utf-8"}});
    if (name == QLatin1String("create 201 csv no header"))
        return m_http->send("POST", kList, createBody, {{"Accept", "text/csv; header=absent; charset=utf-8"}});
    if (name == QLatin1String("create 400"))
        return m_http->post(kList, R"({"name":"","scopes":["Bogus","Bogus"],"expiresIn":{"value":-1,"unit":"YEARS"}})");
    if (name == QLatin1String("create 400 not json"))
        return m_http->post(kList, "{");
    if (name == QLatin1String("create 401"))
        return m_http->send("POST", kList, createBody, {}, none);
    if (name == QLatin1String("create 403"))
        return m_http->send("POST", kList, createBody, {}, m_noScope.secret);
    if (name == QLatin1String("update 204"))
        return m_http->put(QStringLiteral("/tokens/") + m_other.id,
                           R"({"name":"x","revoked":true,"scopes":["Nodekeeper"]})");
    if (name == QLatin1String("update 204 empty"))
        return m_http->put(QStringLiteral("/tokens/") + m_other.id, "{}");
    if (name == QLatin1String("update 400 self"))
        return m_http->put(QStringLiteral("/tokens/") + m_admin.id, R"({"name":"x"})");
    if (name == QLatin1String("update 400 body"))
        return m_http->put(QStringLiteral("/tokens/") + m_other.id, R"({"revoked":42})");
    if (name == QLatin1String("update 404"))
        return m_http->put(QStringLiteral("/tokens/") + unknownId, "{}");
    if (name == QLatin1String("update 401"))
        return m_http->send("PUT", QStringLiteral("/tokens/") + m_other.id, "{}", {}, m_revoked.secret);
    if (name == QLatin1String("delete 204"))
        return m_http->del(QStringLiteral("/tokens/") + m_other.id);
    if (name == QLatin1String("delete 204 by secret"))
        return m_http->del(QStringLiteral("/tokens/") + m_noScope.secret);
    if (name == QLatin1String("delete 400 self"))
        return m_http->del(QStringLiteral("/tokens/") + m_admin.secret);
    if (name == QLatin1String("delete 404"))
        return m_http->del(QStringLiteral("/tokens/") + unknownId);
    if (name == QLatin1String("delete 403"))
        return m_http->send("DELETE", QStringLiteral("/tokens/") + m_other.id, {}, {}, m_noScope.secret);
    if (name == QLatin1String("unknown path 404"))
        return m_http->get(QStringLiteral("/environments"));
    if (name == QLatin1String("wrong method 404"))
        return m_http->send("PATCH", kList, "{}");
    return {};
}

void TestFakeConformance::response_conformsToSpec()
{
    QFETCH(QString, scenario);
    Scenario expected{};
    for (const auto &s : scenarios()) {
        if (s.first == scenario)
            expected = s.second;
    }
    const HttpResult r = run(scenario);
    QVERIFY(r.finished);
    QCOMPARE(r.status, expected.status);
    const QStringList errors = m_validator->checkResponse(expected.pathTemplate, QString::fromLatin1(expected.method),
                                                          r.status, r.header("Content-Type"), r.body);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("\n"))));
    // Every error carries its own code in the envelope.
    if (r.status >= 400)
        QCOMPARE(r.error().value(QLatin1String("code")).toInt(), r.status);
    // Declared headers.
    if (r.status == 201) {
        QVERIFY(r.header("Location").startsWith("dt0c01."));
        QCOMPARE(r.header("Location").size(), 31);
    }
    QVERIFY(r.hasHeader("X-RateLimit-Limit"));
    QVERIFY(r.hasHeader("X-RateLimit-Remaining"));
    QVERIFY(r.hasHeader("X-RateLimit-Reset"));
    if (r.status == 429)
        QVERIFY(r.header("Retry-After").toInt() >= 1);
    // No secret in any answer except the create answer, which is its whole point.
    if (r.status != 201) {
        for (const SeededToken &t : {m_admin, m_other, m_noScope, m_revoked})
            QVERIFY(!r.body.contains(t.secret.toLatin1()));
    }
}

QTEST_GUILESS_MAIN(TestFakeConformance)
#include "tst_fakeconformance.moc"
