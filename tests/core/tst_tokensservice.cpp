// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TokensService against the fake cluster: every operation's success and failure statuses, rate
// limiting, timeouts, dropped connections, cancellation, the full create -> lookup -> update ->
// revoke -> delete story, and a leak check over every log line and error text.
#include "api/tokensservice.h"
#include "fakecluster.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::Fault;

namespace {

template<class T>
struct Capture
{
    int calls = 0;
    ApiResult<T> result;
    std::function<void(const ApiResult<T> &)> callback()
    {
        return [this](const ApiResult<T> &r) {
            ++calls;
            result = r;
        };
    }
};

// Everything any logging category prints while installed.
QStringList *g_captured = nullptr;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_captured)
        g_captured->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (g_previous)
        g_previous(type, context, message);
}

// The 64-character secret part of a dt0c01.<24>.<64> token.
QString secretPart(const QString &secret)
{
    return secret.mid(secret.lastIndexOf(QLatin1Char('.')) + 1);
}

} // namespace

class TestTokensService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void list_returnsEveryToken();
    void list_sendsFiltersAndLimit();
    void get_returnsMetadata();
    void lookup_findsTheCallerBySecret();
    void operations_mapFaultStatuses_data();
    void operations_mapFaultStatuses();
    void rateLimit_realThrottleGives429WithReset();
    void latency_beyondTimeout_timesOut();
    void droppedConnection_isNetworkError();
    void truncatedAndMalformedBodies_areParseErrors_data();
    void truncatedAndMalformedBodies_areParseErrors();
    void cancel_pendingLatency_noCallback();
    void contextDestroyed_noCallback();
    void request_headersAndEncodedIds();
    void fullStory_createLookupUpdateRevokeDelete();
    void secrets_neverReachLogsOrErrors();
    void list_millionTokens_measured();

private:
    void settle();
    ConnectionSettings settingsFor(const QString &secret, int timeoutMs = 10000) const;

    std::unique_ptr<Fake::FakeCluster> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokensService> m_service;
};

void TestTokensService::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.debug=true"));
}

void TestTokensService::init()
{
    m_fake = std::make_unique<Fake::FakeCluster>();
    Fake::SeedOptions seed;
    seed.tokens = 50;
    QVERIFY2(m_fake->start({}, seed), qPrintable(m_fake->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<TokensService>(m_nam.get());
    m_service->setConnection(settingsFor(m_fake->adminToken().secret));
}

void TestTokensService::cleanup()
{
    m_service.reset();
    m_nam.reset();
    m_fake.reset();
}

ConnectionSettings TestTokensService::settingsFor(const QString &secret, int timeoutMs) const
{
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = secret;
    s.timeoutMs = timeoutMs;
    return s;
}

void TestTokensService::settle()
{
    Capture<TokenMetadata> probe;
    m_service->lookupToken(m_fake->adminToken().secret, nullptr, probe.callback());
    QTRY_COMPARE_WITH_TIMEOUT(probe.calls, 1, 10000);
}

void TestTokensService::list_returnsEveryToken()
{
    Capture<StubList> capture;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    QCOMPARE(capture.result.value->size(), m_fake->tokenCount());
    QSet<QString> ids;
    for (int row = 0; row < capture.result.value->size(); ++row) {
        const QString id = capture.result.value->id(row);
        QVERIFY(m_fake->hasToken(id));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), m_fake->tokenCount());
    QVERIFY(ids.contains(m_fake->adminToken().id));
}

void TestTokensService::list_sendsFiltersAndLimit()
{
    const Fake::SeededToken pete = m_fake->addToken(QStringLiteral("pete's"), QStringLiteral("pete"),
                                                    {QStringLiteral("settings.read"), QStringLiteral("settings.write")},
                                                    std::nullopt, qint64(1700000000000));
    m_fake->addToken(QStringLiteral("other"), QStringLiteral("pete"), {QStringLiteral("settings.read")}, std::nullopt,
                     qint64(1700000000000));

    ListQuery query;
    query.user = QStringLiteral("pete");
    query.permissions = QStringList{QStringLiteral("settings.read"), QStringLiteral("settings.write")};
    query.fromMs = 1600000000000;
    query.toMs = 1800000000000;
    Capture<StubList> filtered;
    m_service->listTokens(query, this, filtered.callback());
    QTRY_COMPARE_WITH_TIMEOUT(filtered.calls, 1, 10000);
    QVERIFY2(filtered.result.ok(), qPrintable(filtered.result.error.toString()));
    QCOMPARE(filtered.result.value->size(), 1);
    QCOMPARE(filtered.result.value->id(0), pete.id);
    QCOMPARE(filtered.result.value->name(0), QStringLiteral("pete's"));
    QCOMPARE(m_fake->lastRequestQuery(Endpoint::List),
             QStringLiteral("user=pete&permissions=settings.read&permissions=settings.write&from=1600000000000&to="
                            "1800000000000"));

    ListQuery limited;
    limited.limit = 5;
    Capture<StubList> five;
    m_service->listTokens(limited, this, five.callback());
    QTRY_COMPARE_WITH_TIMEOUT(five.calls, 1, 10000);
    QVERIFY(five.result.ok());
    QCOMPARE(five.result.value->size(), 5);
    QCOMPARE(m_fake->lastRequestQuery(Endpoint::List), QStringLiteral("limit=5"));
}

void TestTokensService::get_returnsMetadata()
{
    const Fake::SeededToken token =
        m_fake->addToken(QStringLiteral("reader"), QStringLiteral("alice"), {QStringLiteral("settings.read")},
                         qint64(4102444800000), std::nullopt, false, qint64(1554076800000));
    Capture<TokenMetadata> capture;
    m_service->getToken(token.id, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    const TokenMetadata &m = *capture.result.value;
    QCOMPARE(m.id, std::optional<QString>(token.id));
    QCOMPARE(m.name, std::optional<QString>(QStringLiteral("reader")));
    QCOMPARE(m.userId, std::optional<QString>(QStringLiteral("alice")));
    QCOMPARE(m.revoked, std::optional<bool>(false));
    QCOMPARE(m.created, std::optional<qint64>(1554076800000));
    QCOMPARE(m.expires, std::optional<qint64>(4102444800000));
    QCOMPARE(m.lastUse, std::nullopt); // never used
    QCOMPARE(m.scopes, std::optional<QStringList>(QStringList{QStringLiteral("settings.read")}));
}

void TestTokensService::lookup_findsTheCallerBySecret()
{
    Capture<TokenMetadata> capture;
    m_service->lookupToken(m_fake->adminToken().secret, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    QCOMPARE(capture.result.value->id, std::optional<QString>(m_fake->adminToken().id));
    QCOMPARE(capture.result.value->userId, std::optional<QString>(QStringLiteral("admin")));
}

void TestTokensService::operations_mapFaultStatuses_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    const QList<std::pair<Endpoint, const char *>> endpoints{
        {Endpoint::List, "list"},     {Endpoint::Get, "get"},       {Endpoint::Lookup, "lookup"},
        {Endpoint::Create, "create"}, {Endpoint::Update, "update"}, {Endpoint::Delete, "delete"}};
    for (const auto &[endpoint, name] : endpoints) {
        for (int status : {400, 401, 403, 404, 429, 500, 556}) {
            const int kind = int(status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Http);
            QTest::addRow("%s %d", name, status) << int(endpoint) << status << kind;
        }
    }
}

void TestTokensService::operations_mapFaultStatuses()
{
    QFETCH(int, endpoint);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = status;
    fault.message = QStringLiteral("injected %1").arg(status);
    m_fake->injectFault(Endpoint(endpoint), fault);

    QSignalSpy created(m_service.get(), &TokensService::tokenCreated);
    QSignalSpy updated(m_service.get(), &TokensService::tokenUpdated);
    QSignalSpy deleted(m_service.get(), &TokensService::tokenDeleted);
    ApiError error;
    bool ok = true;
    int calls = 0;
    auto keep = [&](const auto &result) {
        ++calls;
        ok = result.ok();
        error = result.error;
    };
    const QString id = m_fake->adminToken().id;
    switch (Endpoint(endpoint)) {
    case Endpoint::List:
        m_service->listTokens({}, this, keep);
        break;
    case Endpoint::Get:
        m_service->getToken(id, this, keep);
        break;
    case Endpoint::Lookup:
        m_service->lookupToken(m_fake->adminToken().secret, this, keep);
        break;
    case Endpoint::Create:
        m_service->createToken(CreateTokenRequest{QStringLiteral("x"), {QStringLiteral("settings.read")}, std::nullopt},
                               this, keep);
        break;
    case Endpoint::Update:
        m_service->updateToken(id, UpdateTokenRequest{QStringLiteral("y"), std::nullopt, std::nullopt}, this, keep);
        break;
    default:
        m_service->deleteToken(id, this, keep);
        break;
    }
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QVERIFY(!ok);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, QStringLiteral("injected %1").arg(status));
    QCOMPARE(error.code, std::optional<int>(status));
    QVERIFY(error.toString().contains(QStringLiteral("HTTP %1").arg(status)));
    if (status == 429)
        QVERIFY(error.rateLimitResetUs.has_value() && *error.rateLimitResetUs > qint64(1500000000) * 1000000);
    QCOMPARE(created.count() + updated.count() + deleted.count(), 0);
    QCOMPARE(m_service->pendingCount(), 0);
}

void TestTokensService::rateLimit_realThrottleGives429WithReset()
{
    m_fake->setRateLimitPerMinute(2);
    QSignalSpy seen(m_service.get(), &TokensService::rateLimitSeen);
    QList<ApiResult<TokenMetadata>> results;
    for (int i = 0; i < 3; ++i) {
        m_service->getToken(m_fake->adminToken().id, this,
                            [&results](const ApiResult<TokenMetadata> &r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), i + 1, 10000);
    }
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).ok());
    QVERIFY(!results.at(2).ok());
    const ApiError &error = results.at(2).error;
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.httpStatus, 429);
    QVERIFY(error.rateLimitResetUs.has_value());
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    QVERIFY(*error.rateLimitResetUs > nowUs - 1000000 && *error.rateLimitResetUs <= nowUs + 61000000);
    QCOMPARE(seen.count(), 3);
    QCOMPARE(seen.at(0).at(0).toInt(), 2);
    QCOMPARE(seen.at(0).at(1).toInt(), 1);
    QCOMPARE(seen.at(2).at(1).toInt(), 0);
}

void TestTokensService::latency_beyondTimeout_timesOut()
{
    m_service->setConnection(settingsFor(m_fake->adminToken().secret, 300));
    Fault fault;
    fault.kind = Fault::Kind::Latency;
    fault.latencyMs = 3000;
    m_fake->injectFault(Endpoint::Get, fault);
    Capture<TokenMetadata> capture;
    QElapsedTimer timer;
    timer.start();
    m_service->getToken(m_fake->adminToken().id, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
}

void TestTokensService::droppedConnection_isNetworkError()
{
    Fault fault;
    fault.kind = Fault::Kind::DropConnection;
    m_fake->injectFault(Endpoint::List, fault);
    Capture<StubList> capture;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY(!capture.result.ok());
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(capture.result.error.httpStatus, 0);
    QCOMPARE(capture.result.error.toString(),
             QStringLiteral("List tokens failed: network error — the server closed the connection without answering"));
}

void TestTokensService::truncatedAndMalformedBodies_areParseErrors_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("endpoint");
    QTest::newRow("truncated list") << int(Fault::Kind::TruncatedBody) << int(Endpoint::List);
    QTest::newRow("truncated get") << int(Fault::Kind::TruncatedBody) << int(Endpoint::Get);
    QTest::newRow("malformed list") << int(Fault::Kind::MalformedJson) << int(Endpoint::List);
    QTest::newRow("malformed get") << int(Fault::Kind::MalformedJson) << int(Endpoint::Get);
    QTest::newRow("malformed create") << int(Fault::Kind::MalformedJson) << int(Endpoint::Create);
}

void TestTokensService::truncatedAndMalformedBodies_areParseErrors()
{
    QFETCH(int, fault);
    QFETCH(int, endpoint);
    Fault f;
    f.kind = Fault::Kind(fault);
    m_fake->injectFault(Endpoint(endpoint), f);
    ApiError error;
    int calls = 0;
    bool ok = true;
    auto keep = [&](const auto &result) {
        ++calls;
        ok = result.ok();
        error = result.error;
    };
    QSignalSpy created(m_service.get(), &TokensService::tokenCreated);
    if (Endpoint(endpoint) == Endpoint::List)
        m_service->listTokens({}, this, keep);
    else if (Endpoint(endpoint) == Endpoint::Get)
        m_service->getToken(m_fake->adminToken().id, this, keep);
    else
        m_service->createToken(CreateTokenRequest{QStringLiteral("x"), {QStringLiteral("settings.read")}, std::nullopt},
                               this, keep);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QVERIFY(!ok);
    QCOMPARE(error.kind, ApiError::Kind::Parse);
    QVERIFY2(error.message.startsWith(QLatin1String("malformed ")), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(QLatin1String(" at byte ")), qPrintable(error.toString()));
    QCOMPARE(created.count(), 0);
}

void TestTokensService::cancel_pendingLatency_noCallback()
{
    Fault fault;
    fault.kind = Fault::Kind::Latency;
    fault.latencyMs = 300;
    m_fake->injectFault(Endpoint::List, fault);
    Capture<StubList> capture;
    const TokensService::RequestId id = m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(Endpoint::List), 1, 10000);
    m_service->cancel(id);
    QCOMPARE(m_service->pendingCount(), 0);
    settle();
    QCOMPARE(capture.calls, 0);

    // cancelAll drops every pending request.
    Capture<StubList> a, b;
    m_service->listTokens({}, this, a.callback());
    m_service->getToken(m_fake->adminToken().id, this, [&b](const ApiResult<TokenMetadata> &) { ++b.calls; });
    QCOMPARE(m_service->pendingCount(), 2);
    m_service->cancelAll();
    QCOMPARE(m_service->pendingCount(), 0);
    settle();
    QCOMPARE(a.calls + b.calls, 0);
}

void TestTokensService::contextDestroyed_noCallback()
{
    Fault fault;
    fault.kind = Fault::Kind::Latency;
    fault.latencyMs = 200;
    m_fake->injectFault(Endpoint::Get, fault);
    auto *context = new QObject;
    Capture<TokenMetadata> capture;
    m_service->getToken(m_fake->adminToken().id, context, capture.callback());
    QCOMPARE(m_service->pendingCount(), 1);
    delete context;
    QCOMPARE(m_service->pendingCount(), 0);
    settle();
    QCOMPARE(capture.calls, 0);
}

void TestTokensService::request_headersAndEncodedIds()
{
    Capture<TokenMetadata> capture;
    m_service->getToken(QStringLiteral("no such+token"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.error.httpStatus, 404); // routed as a get: the fake looked it up, found nothing
    QCOMPARE(m_fake->requestCount(Endpoint::Get), 1);
    QCOMPARE(m_fake->lastRequestHeader(Endpoint::Get, "authorization"),
             QByteArray("Api-Token ") + m_fake->adminToken().secret.toLatin1());
    QCOMPARE(m_fake->lastRequestHeader(Endpoint::Get, "accept"), QByteArray("application/json; charset=utf-8"));

    Capture<NoContent> updated;
    m_service->updateToken(QStringLiteral("no such+token"), UpdateTokenRequest{std::nullopt, true, std::nullopt}, this,
                           updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls, 1, 10000);
    QCOMPARE(m_fake->requestCount(Endpoint::Update), 1);
    QCOMPARE(m_fake->lastRequestHeader(Endpoint::Update, "content-type"),
             QByteArray("application/json; charset=utf-8"));
    QCOMPARE(m_fake->lastRequestBody(Endpoint::Update), QByteArray(R"({"revoked":true})"));
}

void TestTokensService::fullStory_createLookupUpdateRevokeDelete()
{
    QSignalSpy created(m_service.get(), &TokensService::tokenCreated);
    QSignalSpy updated(m_service.get(), &TokensService::tokenUpdated);
    QSignalSpy deleted(m_service.get(), &TokensService::tokenDeleted);
    const int before = m_fake->tokenCount();

    // Create
    Capture<TokenSecret> create;
    m_service->createToken(
        CreateTokenRequest{QStringLiteral("ci-pipeline"),
                           {QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")},
                           Duration{1, DurationUnit::Days}},
        this, create.callback());
    QTRY_COMPARE_WITH_TIMEOUT(create.calls, 1, 10000);
    QVERIFY2(create.result.ok(), qPrintable(create.result.error.toString()));
    const QString secret = create.result.value->token;
    const QString id = TokensService::identifierOf(secret);
    QVERIFY(id.startsWith(QLatin1String("dt0c01.")));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toString(), id);
    QCOMPARE(m_fake->tokenCount(), before + 1);

    // Lookup by secret
    Capture<TokenMetadata> lookup;
    m_service->lookupToken(secret, this, lookup.callback());
    QTRY_COMPARE_WITH_TIMEOUT(lookup.calls, 1, 10000);
    QVERIFY2(lookup.result.ok(), qPrintable(lookup.result.error.toString()));
    QCOMPARE(lookup.result.value->id, std::optional<QString>(id));
    QCOMPARE(lookup.result.value->name, std::optional<QString>(QStringLiteral("ci-pipeline")));
    QCOMPARE(lookup.result.value->userId, std::optional<QString>(QStringLiteral("admin")));
    QVERIFY(lookup.result.value->expires.has_value() && lookup.result.value->created.has_value());
    QCOMPARE(*lookup.result.value->expires - *lookup.result.value->created, qint64(24) * 3600 * 1000);

    // The new token works on its own
    QNetworkAccessManager nam2;
    TokensService asNewToken(&nam2);
    asNewToken.setConnection(settingsFor(secret));
    Capture<StubList> works;
    asNewToken.listTokens({}, this, works.callback());
    QTRY_COMPARE_WITH_TIMEOUT(works.calls, 1, 10000);
    QVERIFY2(works.result.ok(), qPrintable(works.result.error.toString()));

    // Update: rename and revoke
    const UpdateTokenRequest change{QStringLiteral("ci-pipeline (old)"), true, std::nullopt};
    Capture<NoContent> update;
    m_service->updateToken(id, change, this, update.callback());
    QTRY_COMPARE_WITH_TIMEOUT(update.calls, 1, 10000);
    QVERIFY2(update.result.ok(), qPrintable(update.result.error.toString()));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).toString(), id);
    QCOMPARE(updated.at(0).at(1).value<UpdateTokenRequest>(), change);

    Capture<TokenMetadata> get;
    m_service->getToken(id, this, get.callback());
    QTRY_COMPARE_WITH_TIMEOUT(get.calls, 1, 10000);
    QVERIFY(get.result.ok());
    QCOMPARE(get.result.value->revoked, std::optional<bool>(true));
    QCOMPARE(get.result.value->name, std::optional<QString>(QStringLiteral("ci-pipeline (old)")));
    QCOMPARE(get.result.value->scopes->size(), 2); // scopes untouched when absent

    // The revoked token is refused
    Capture<StubList> refused;
    asNewToken.listTokens({}, this, refused.callback());
    QTRY_COMPARE_WITH_TIMEOUT(refused.calls, 1, 10000);
    QVERIFY(!refused.result.ok());
    QCOMPARE(refused.result.error.kind, ApiError::Kind::Http);
    QCOMPARE(refused.result.error.httpStatus, 401);

    // Delete, then it is gone
    Capture<NoContent> remove;
    m_service->deleteToken(id, this, remove.callback());
    QTRY_COMPARE_WITH_TIMEOUT(remove.calls, 1, 10000);
    QVERIFY2(remove.result.ok(), qPrintable(remove.result.error.toString()));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), id);
    QVERIFY(!m_fake->hasToken(id));

    Capture<TokenMetadata> gone;
    m_service->getToken(id, this, gone.callback());
    QTRY_COMPARE_WITH_TIMEOUT(gone.calls, 1, 10000);
    QCOMPARE(gone.result.error.kind, ApiError::Kind::Http);
    QCOMPARE(gone.result.error.httpStatus, 404);
    QVERIFY(gone.result.error.toString().startsWith(QLatin1String("Get token failed: HTTP 404 Not Found")));
}

void TestTokensService::secrets_neverReachLogsOrErrors()
{
    QStringList captured;
    g_captured = &captured;
    g_previous = qInstallMessageHandler(captureMessage);
    QStringList errors;
    QString createdSecret;
    const QString adminSecret = m_fake->adminToken().secret;
    {
        // Create (secret in the response), lookup and delete by secret (secret in the body and the path),
        // failures of each, and a secret-looking text echoed by the server.
        Capture<TokenSecret> create;
        m_service->createToken(
            CreateTokenRequest{QStringLiteral("leak-check"), {QStringLiteral("settings.read")}, std::nullopt}, this,
            create.callback());
        QTRY_COMPARE_WITH_TIMEOUT(create.calls, 1, 10000);
        QVERIFY(create.result.ok());
        createdSecret = create.result.value->token;

        Capture<TokenMetadata> lookup;
        m_service->lookupToken(createdSecret, this, lookup.callback());
        QTRY_COMPARE_WITH_TIMEOUT(lookup.calls, 1, 10000);
        QVERIFY(lookup.result.ok());

        Fault echo;
        echo.kind = Fault::Kind::Status;
        echo.status = 404;
        echo.message = QStringLiteral("Token ") + createdSecret + QStringLiteral(" not found");
        m_fake->injectFault(Endpoint::Lookup, echo);
        Capture<TokenMetadata> failedLookup;
        m_service->lookupToken(createdSecret, this, failedLookup.callback());
        QTRY_COMPARE_WITH_TIMEOUT(failedLookup.calls, 1, 10000);
        QVERIFY(!failedLookup.result.ok());
        errors.append(failedLookup.result.error.toString());
        errors.append(failedLookup.result.error.message);

        Fault malformed;
        malformed.kind = Fault::Kind::MalformedJson;
        m_fake->injectFault(Endpoint::Lookup, malformed);
        Capture<TokenMetadata> badBody;
        m_service->lookupToken(createdSecret, this, badBody.callback());
        QTRY_COMPARE_WITH_TIMEOUT(badBody.calls, 1, 10000);
        errors.append(badBody.result.error.toString());

        Capture<NoContent> removeBySecret;
        m_service->deleteToken(createdSecret, this, removeBySecret.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removeBySecret.calls, 1, 10000);
        QVERIFY2(removeBySecret.result.ok(), qPrintable(removeBySecret.result.error.toString()));

        Capture<NoContent> deleteAgain;
        m_service->deleteToken(createdSecret, this, deleteAgain.callback());
        QTRY_COMPARE_WITH_TIMEOUT(deleteAgain.calls, 1, 10000);
        QVERIFY(!deleteAgain.result.ok());
        errors.append(deleteAgain.result.error.toString());

        // The caller's own secret echoed back in an error.
        Fault echoAdmin;
        echoAdmin.kind = Fault::Kind::Status;
        echoAdmin.status = 401;
        echoAdmin.message = QStringLiteral("bad token ") + adminSecret;
        m_fake->injectFault(Endpoint::List, echoAdmin);
        Capture<StubList> list;
        m_service->listTokens({}, this, list.callback());
        QTRY_COMPARE_WITH_TIMEOUT(list.calls, 1, 10000);
        errors.append(list.result.error.toString());
        errors.append(list.result.error.message);
    }
    qInstallMessageHandler(g_previous);
    g_captured = nullptr;

    QVERIFY(!captured.isEmpty());
    QVERIFY2(std::any_of(captured.cbegin(), captured.cend(),
                         [](const QString &line) { return line.startsWith(QLatin1String("tokendesk.api ")); }),
             "the API logged nothing: the check would prove nothing");
    for (const QString &secret : {secretPart(adminSecret), secretPart(createdSecret)}) {
        QCOMPARE(secret.size(), 64);
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("secret in a log line: ") + line));
        for (const QString &text : std::as_const(errors))
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("secret in an error: ") + text));
    }
    // The redacted form still names the token.
    QVERIFY2(errors.constFirst().contains(TokensService::identifierOf(createdSecret)), qPrintable(errors.constFirst()));
}

void TestTokensService::list_millionTokens_measured()
{
    // A scale test: the sanitizer passes skip it (their test presets set this variable).
    if (qEnvironmentVariableIsSet("TOKENDESK_SKIP_SCALE_TESTS"))
        QSKIP("scale test: not run in the sanitizer passes");
    Fake::FakeCluster big;
    Fake::SeedOptions seed;
    seed.tokens = 1000000;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(big.start({}, seed), qPrintable(big.errorString()));
    qDebug("fake seeded with %d tokens in %lld ms", big.tokenCount(), qlonglong(timer.restart()));

    m_service->setConnection([&] {
        ConnectionSettings s;
        s.baseUrl = TokensService::normalizeBaseUrl(big.baseUrl());
        s.apiToken = big.adminToken().secret;
        s.timeoutMs = 60000;
        return s;
    }());
    ListQuery query;
    query.limit = ListQuery::MaxLimit;
    Capture<StubList> capture;
    m_service->listTokens(query, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 240000);
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    qDebug("listed %d tokens end to end in %lld ms (%lld bytes held)", capture.result.value->size(),
           qlonglong(timer.elapsed()), qlonglong(capture.result.value->memoryBytes()));
    QCOMPARE(capture.result.value->size(), 1000000);
    QVERIFY(big.hasToken(capture.result.value->id(999999)));
}

QTEST_GUILESS_MAIN(TestTokensService)
#include "tst_tokensservice.moc"
