// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TokensService at the wire: exact requests, every status mapping, and the misbehaving servers a
// real server library cannot imitate (resets mid-body, wrong content types, slow drips, redirects,
// oversized bodies), against a raw loopback QTcpServer.
#include "api/jsoncodec.h"
#include "api/tokensservice.h"
#include "rawhttpserver.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace TokenDesk;

namespace {

const QString Secret =
    QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
const QByteArray JsonType = "Content-Type: application/json; charset=utf-8";
const QByteArray MetadataBody = R"({"id":"dt0c01.ST2EY72KQINMH574WMNVI7YN","name":"MyToken","revoked":false})";

template<class T>
struct Capture
{
    int calls = 0;
    ApiResult<T> result;
    Qt::HANDLE thread = nullptr;
    std::function<void(const ApiResult<T> &)> callback()
    {
        return [this](const ApiResult<T> &r) {
            ++calls;
            result = r;
            thread = QThread::currentThreadId();
        };
    }
};

} // namespace

class TestTokensServiceWire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void list_sendsQueryHeadersAndParsesOffTheGuiThread();
    void list_decodesABodyCutAnywhere();
    void list_rejectsLimitOutOfRangeWithoutSending_data();
    void list_rejectsLimitOutOfRangeWithoutSending();
    void get_percentEncodesIdInPath_data();
    void get_percentEncodesIdInPath();
    void bodies_carryJsonContentTypeAndExactJson();
    void statuses_mapToErrors_data();
    void statuses_mapToErrors();
    void rateLimited_parsesResetHeaders_data();
    void rateLimited_parsesResetHeaders();
    void rateLimited_hugeRetryAfter_isClampedNotOverflowed_data();
    void rateLimited_hugeRetryAfter_isClampedNotOverflowed();
    void rateLimitHeaders_areReported();
    void create_derivesIdFromLocationOrSecret_data();
    void create_derivesIdFromLocationOrSecret();
    void create_requiresTokenBody();
    void delete_ignoresBodyOn204AndEmitsPublicId();
    void resetMidBody_isNetworkError();
    void connectionRefused_isNetworkError();
    void noAnswer_timesOut();
    void slowDrip_timesOutAtTheDeadline();
    void oversizedBody_isBounded_data();
    void oversizedBody_isBounded();
    void redirect_toAnotherHost_isRefused();
    void cancel_dropsTheCallback();
    void cancel_duringListParse_dropsTheResult();
    void contextDestroyed_dropsTheCallback();
    void missingConnection_failsWithoutSending();

private:
    // Waits for a follow-up request to complete: everything queued before it has been processed.
    void settle();
    ConnectionSettings settings(int timeoutMs = 5000) const;

    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokensService> m_service;
};

void TestTokensServiceWire::init()
{
    m_server = std::make_unique<RawHttpServer>();
    QVERIFY(m_server->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<TokensService>(m_nam.get());
    m_service->setConnection(settings());
}

void TestTokensServiceWire::cleanup()
{
    m_service.reset();
    m_nam.reset();
    m_server.reset();
}

ConnectionSettings TestTokensServiceWire::settings(int timeoutMs) const
{
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_server->baseUrl());
    s.apiToken = Secret;
    s.timeoutMs = timeoutMs;
    return s;
}

void TestTokensServiceWire::settle()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, RawHttpServer::response(200, "OK", {JsonType}, MetadataBody));
    });
    Capture<TokenMetadata> probe;
    m_service->getToken(QStringLiteral("probe"), nullptr, probe.callback());
    QTRY_COMPARE_WITH_TIMEOUT(probe.calls, 1, 10000);
    QVERIFY(probe.result.ok());
}

void TestTokensServiceWire::list_sendsQueryHeadersAndParsesOffTheGuiThread()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(
            socket, RawHttpServer::response(200, "OK", {JsonType}, R"({"values":[{"id":"a","name":"A"},{"id":"b"}]})"));
    });
    ListQuery query;
    query.limit = 5;
    query.user = QStringLiteral("a b&c=d+é");
    query.permissions = QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")};
    query.fromMs = 1554076800000;
    query.toMs = 1554163200000;
    Capture<StubList> capture;
    m_service->listTokens(query, this, capture.callback());
    QCOMPARE(m_service->pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);

    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    QCOMPARE(capture.result.value->size(), 2);
    QCOMPARE(capture.result.value->at(0), (TokenStub{QStringLiteral("a"), QStringLiteral("A"), std::nullopt}));
    QCOMPARE(capture.thread, QThread::currentThreadId()); // delivered on the GUI thread
    QCOMPARE(m_service->pendingCount(), 0);

    QCOMPARE(m_server->requests().size(), 1);
    const QByteArray request = m_server->requests().constFirst();
    QCOMPARE(RawHttpServer::requestLine(request),
             QByteArray("GET /api/cluster/v2/tokens?limit=5&user=a%20b%26c%3Dd%2B%C3%A9"
                        "&permissions=ClusterTokenManagement&permissions=settings.read"
                        "&from=1554076800000&to=1554163200000 HTTP/1.1"));
    QCOMPARE(RawHttpServer::header(request, "Authorization"), QByteArray("Api-Token ") + Secret.toLatin1());
    QCOMPARE(RawHttpServer::header(request, "Accept"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(RawHttpServer::header(request, "Content-Type").isNull());
    QVERIFY(RawHttpServer::header(request, "User-Agent").startsWith("TokenDesk/"));
}

void TestTokensServiceWire::list_decodesABodyCutAnywhere()
{
    // Given a list body with fields the spec does not name yet (it promises that Dynatrace may add
    // some), written to the socket in pieces that cut its numbers in two, with a Content-Length so
    // that the list is decoded while it arrives
    QByteArray body = R"({"totalCount":123456789,"values":[)";
    for (int i = 0; i < 50; ++i) {
        body += (i ? "," : "") + QByteArray(R"({"id":"dt0c01.)") + QByteArray::number(i) + R"(","name":"n)" +
                QByteArray::number(i) + R"(","description":"d","createdAt":1700000000123,"weight":12345.678})";
    }
    body += R"(],"pageSize":1000,"ratio":-1.25e+3})";
    QList<qsizetype> cuts{18, body.indexOf("00000123") + 2, body.indexOf("345.678") + 3, body.indexOf("1000,") + 2,
                          body.indexOf("-1.25e+3") + 4};
    m_server->setHandler([body, cuts](QTcpSocket *socket, const QByteArray &) {
        const QByteArray whole = RawHttpServer::response(200, "OK", {JsonType}, body);
        const qsizetype head = whole.size() - body.size();
        socket->write(whole.left(head + cuts.constFirst()));
        socket->flush();
        // One piece every 30 ms: each arrives on its own and is decoded before the next.
        for (qsizetype i = 0; i < cuts.size(); ++i) {
            const qsizetype from = head + cuts.at(i);
            const qsizetype to = i + 1 < cuts.size() ? head + cuts.at(i + 1) : whole.size();
            QTimer::singleShot(int(30 * (i + 1)), socket, [socket, piece = whole.mid(from, to - from)] {
                socket->write(piece);
                socket->flush();
            });
        }
        QTimer::singleShot(int(30 * (cuts.size() + 1)), socket, [socket] { socket->disconnectFromHost(); });
    });

    // When the list is requested
    Capture<StubList> capture;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);

    // Then every token is listed, as if the body had come in one piece
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    QCOMPARE(capture.result.value->size(), 50);
    QCOMPARE(*capture.result.value, *Json::decodeStubList(body));
    QCOMPARE(capture.result.value->name(49), QStringLiteral("n49"));
}

void TestTokensServiceWire::list_rejectsLimitOutOfRangeWithoutSending_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("1000000") << 1000000 << true;
    QTest::newRow("1000001") << 1000001 << false;
}

void TestTokensServiceWire::list_rejectsLimitOutOfRangeWithoutSending()
{
    QFETCH(int, limit);
    QFETCH(bool, valid);
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, RawHttpServer::response(200, "OK", {JsonType}, R"({"values":[]})"));
    });
    ListQuery query;
    query.limit = limit;
    Capture<StubList> capture;
    m_service->listTokens(query, this, capture.callback());
    QCOMPARE(capture.calls, 0); // never called back synchronously
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.ok(), valid);
    QCOMPARE(m_server->requests().size(), valid ? 1 : 0);
    if (!valid) {
        QCOMPARE(capture.result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(capture.result.error.toString(),
                 QStringLiteral("List tokens failed: invalid request — the limit must be between 1 and %1 "
                                "(got %2)")
                     .arg(QLocale().toString(ListQuery::MaxLimit))
                     .arg(limit));
    } else {
        QVERIFY(RawHttpServer::requestLine(m_server->requests().constFirst())
                    .contains(QByteArray("?limit=" + QByteArray::number(limit) + " ")));
    }
}

void TestTokensServiceWire::get_percentEncodesIdInPath_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("new-format id") << QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN")
                                   << QByteArray("/api/cluster/v2/tokens/dt0c01.ST2EY72KQINMH574WMNVI7YN");
    QTest::newRow("uuid") << QStringLiteral("a6e91657-1fa7-4742-af40-39469b92bd65")
                          << QByteArray("/api/cluster/v2/tokens/a6e91657-1fa7-4742-af40-39469b92bd65");
    QTest::newRow("delimiters") << QStringLiteral("a/b c?d#e%f&g=h+i")
                                << QByteArray("/api/cluster/v2/tokens/a%2Fb%20c%3Fd%23e%25f%26g%3Dh%2Bi");
    QTest::newRow("unicode") << QStringLiteral("ä😀") << QByteArray("/api/cluster/v2/tokens/%C3%A4%F0%9F%98%80");
}

void TestTokensServiceWire::get_percentEncodesIdInPath()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, path);
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, RawHttpServer::response(200, "OK", {JsonType}, MetadataBody));
    });
    Capture<TokenMetadata> capture;
    m_service->getToken(id, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    QCOMPARE(capture.result.value->name, std::optional<QString>(QStringLiteral("MyToken")));
    QCOMPARE(RawHttpServer::requestLine(m_server->requests().constFirst()), "GET " + path + " HTTP/1.1");
}

void TestTokensServiceWire::bodies_carryJsonContentTypeAndExactJson()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &request) {
        const QByteArray line = RawHttpServer::requestLine(request);
        if (line.startsWith("POST /api/cluster/v2/tokens "))
            RawHttpServer::reply(socket, RawHttpServer::response(201, "Created", {JsonType}, R"({"token":"abc"})"));
        else if (line.startsWith("POST"))
            RawHttpServer::reply(socket, RawHttpServer::response(200, "OK", {JsonType}, MetadataBody));
        else
            RawHttpServer::reply(socket, RawHttpServer::response(204, "No Content", {}, QByteArray()));
    });
    CreateTokenRequest create{
        QStringLiteral("MyToken"), {QStringLiteral("DiagnosticExport")}, Duration{24, DurationUnit::Hours}};
    UpdateTokenRequest update{std::nullopt, true, std::nullopt};
    Capture<TokenSecret> created;
    Capture<TokenMetadata> looked;
    Capture<NoContent> updated, deleted;
    m_service->createToken(create, this, created.callback());
    QTRY_COMPARE_WITH_TIMEOUT(created.calls, 1, 10000);
    m_service->lookupToken(Secret, this, looked.callback());
    QTRY_COMPARE_WITH_TIMEOUT(looked.calls, 1, 10000);
    m_service->updateToken(QStringLiteral("dt0c01.X"), update, this, updated.callback());
    QTRY_COMPARE_WITH_TIMEOUT(updated.calls, 1, 10000);
    m_service->deleteToken(QStringLiteral("dt0c01.X"), this, deleted.callback());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.calls, 1, 10000);
    QVERIFY(created.result.ok() && looked.result.ok() && updated.result.ok() && deleted.result.ok());
    QCOMPARE(created.result.value->token, QStringLiteral("abc"));

    const QList<QByteArray> &requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    const QList<QByteArray> lines{"POST /api/cluster/v2/tokens HTTP/1.1", "POST /api/cluster/v2/tokens/lookup HTTP/1.1",
                                  "PUT /api/cluster/v2/tokens/dt0c01.X HTTP/1.1",
                                  "DELETE /api/cluster/v2/tokens/dt0c01.X HTTP/1.1"};
    const QList<QByteArray> bodies{
        R"({"name":"MyToken","scopes":["DiagnosticExport"],"expiresIn":{"value":24,"unit":"HOURS"}})",
        "{\"token\":\"" + Secret.toLatin1() + "\"}", R"({"revoked":true})", QByteArray()};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(RawHttpServer::requestLine(requests.at(i)), lines.at(i));
        QCOMPARE(RawHttpServer::body(requests.at(i)), bodies.at(i));
        QCOMPARE(RawHttpServer::header(requests.at(i), "Authorization"), "Api-Token " + Secret.toLatin1());
        QCOMPARE(RawHttpServer::header(requests.at(i), "Accept"), QByteArray("application/json; charset=utf-8"));
        if (i < 3)
            QCOMPARE(RawHttpServer::header(requests.at(i), "Content-Type"),
                     QByteArray("application/json; charset=utf-8"));
        else
            QVERIFY(RawHttpServer::header(requests.at(i), "Content-Type").isNull());
    }
}

void TestTokensServiceWire::statuses_mapToErrors_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text"); // the exact ApiError::toString()

    using R = RawHttpServer;
    const int Http = int(ApiError::Kind::Http);
    const int Parse = int(ApiError::Kind::Parse);
    QTest::newRow("400 with violations")
        << R::response(400, "Bad Request", {JsonType},
                       R"({"error":{"code":400,"message":"Constraints violated.","constraintViolations":[)"
                       R"({"path":"id","message":"invalid","parameterLocation":"PATH","location":null}]}})")
        << Http << 400
        << QStringLiteral("Get token failed: HTTP 400 Bad Request — Constraints violated. (id: invalid)");
    QTest::newRow("401") << R::response(401, "Unauthorized", {JsonType},
                                        R"({"error":{"code":401,"message":"Token Authentication failed"}})")
                         << Http << 401
                         << QStringLiteral("Get token failed: HTTP 401 Unauthorized — Token Authentication failed");
    QTest::newRow("401 without body")
        << R::response(401, "Unauthorized", {}, QByteArray()) << Http << 401
        << QStringLiteral("Get token failed: HTTP 401 Unauthorized — the API token was not accepted (missing, unknown, "
                          "revoked or expired)");
    QTest::newRow("403") << R::response(403, "Forbidden", {JsonType},
                                        R"({"error":{"code":403,"message":"Token is missing required scope."}})")
                         << Http << 403
                         << QStringLiteral("Get token failed: HTTP 403 Forbidden — Token is missing required scope.");
    QTest::newRow("404") << R::response(404, "Not Found", {JsonType},
                                        R"({"error":{"code":404,"message":"Token with ID x not found"}})")
                         << Http << 404
                         << QStringLiteral("Get token failed: HTTP 404 Not Found — Token with ID x not found");
    QTest::newRow("500 with HTML") << R::response(500, "Internal Server Error", {"Content-Type: text/html"},
                                                  "<html><body><h1>Oops</h1></body></html>")
                                   << Http << 500 << QStringLiteral("Get token failed: HTTP 500 Internal Server Error");
    QTest::newRow("500 with text") << R::response(500, "Internal Server Error", {"Content-Type: text/plain"},
                                                  "database\nunavailable")
                                   << Http << 500
                                   << QStringLiteral("Get token failed: HTTP 500 Internal Server Error — database "
                                                     "unavailable");
    QTest::newRow("556") << R::response(556, "Upgrade in progress", {}, QByteArray()) << Http << 556
                         << QStringLiteral("Get token failed: HTTP 556 Upgrade in progress — the cluster is being "
                                           "upgraded; try again later");
    QTest::newRow("other status") << R::response(418, "I'm a teapot", {}, QByteArray()) << Http << 418
                                  << QStringLiteral("Get token failed: HTTP 418");
    QTest::newRow("200 HTML") << R::response(200, "OK", {"Content-Type: text/html; charset=utf-8"},
                                             "<html>login</html>")
                              << Parse << 200
                              << QStringLiteral("Get token failed: invalid response (HTTP 200) — expected JSON, got "
                                                "text/html");
    QTest::newRow("200 empty") << R::response(200, "OK", {JsonType}, QByteArray()) << Parse << 200
                               << QStringLiteral("Get token failed: invalid response (HTTP 200) — empty response body "
                                                 "(expected TokenMetadata)");
    QTest::newRow("200 malformed") << R::response(200, "OK", {JsonType}, R"({"id":"a",)") << Parse << 200
                                   << QStringLiteral("Get token failed: invalid response (HTTP 200) — malformed "
                                                     "TokenMetadata: expected a field name in quotes, got the end of "
                                                     "the input at byte 10");
    QTest::newRow("200 wrong type") << R::response(200, "OK", {JsonType}, R"({"created":"yesterday"})") << Parse << 200
                                    << QStringLiteral("Get token failed: invalid response (HTTP 200) — malformed "
                                                      "TokenMetadata: created: expected an integer, got a string at "
                                                      "byte 11");
}

void TestTokensServiceWire::statuses_mapToErrors()
{
    QFETCH(QByteArray, response);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, text);
    m_server->setHandler(
        [response](QTcpSocket *socket, const QByteArray &) { RawHttpServer::reply(socket, response); });
    Capture<TokenMetadata> capture;
    m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY(!capture.result.ok());
    QCOMPARE(int(capture.result.error.kind), kind);
    QCOMPARE(capture.result.error.httpStatus, status);
    QCOMPARE(capture.result.error.operation, QStringLiteral("Get token"));
    QCOMPARE(capture.result.error.toString(), text);
}

void TestTokensServiceWire::rateLimited_parsesResetHeaders_data()
{
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<qint64>("expectedResetUs"); // -1: about now + 7 s (Retry-After), 0: absent
    QTest::newRow("X-RateLimit-Reset microseconds")
        << QList<QByteArray>{JsonType, "X-RateLimit-Limit: 50", "X-RateLimit-Remaining: 0",
                             "X-RateLimit-Reset: 1717000000000000"}
        << qint64(1717000000000000);
    QTest::newRow("Retry-After seconds fallback") << QList<QByteArray>{JsonType, "Retry-After: 7"} << qint64(-1);
    QTest::newRow("Retry-After HTTP date")
        << QList<QByteArray>{JsonType, "Retry-After: Wed, 29 May 2024 16:26:40 GMT"} << qint64(1717000000000000);
    QTest::newRow("no reset header") << QList<QByteArray>{JsonType} << qint64(0);
}

void TestTokensServiceWire::rateLimited_parsesResetHeaders()
{
    QFETCH(QList<QByteArray>, headers);
    QFETCH(qint64, expectedResetUs);
    m_server->setHandler([headers](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket,
                             RawHttpServer::response(429, "Too Many Requests", headers,
                                                     R"({"error":{"code":429,"message":"Too Many Requests"}})"));
    });
    Capture<StubList> capture;
    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    const qint64 after = QDateTime::currentMSecsSinceEpoch() * 1000;
    const ApiError &error = capture.result.error;
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.message, QStringLiteral("Too Many Requests"));
    if (expectedResetUs == 0) {
        QCOMPARE(error.rateLimitResetUs, std::nullopt);
    } else if (expectedResetUs < 0) {
        QVERIFY(error.rateLimitResetUs.has_value());
        QVERIFY(*error.rateLimitResetUs >= before + 7000000 && *error.rateLimitResetUs <= after + 7000000);
    } else {
        QCOMPARE(error.rateLimitResetUs, std::optional<qint64>(expectedResetUs));
        QVERIFY(error.toString().endsWith(QStringLiteral("the rate limit resets at 2024-05-29 16:26:40 UTC")));
    }
}

void TestTokensServiceWire::rateLimited_hugeRetryAfter_isClampedNotOverflowed_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807");
    QTest::newRow("just past the microsecond range") << QByteArray("9223372036855");
    QTest::newRow("ten years") << QByteArray("315360000");
}

void TestTokensServiceWire::rateLimited_hugeRetryAfter_isClampedNotOverflowed()
{
    QFETCH(QByteArray, retryAfter);
    // Given a 429 whose Retry-After (seconds) does not fit in microseconds since the epoch
    // (UBSan: signed overflow when it is scaled without a bound)
    m_server->setHandler([retryAfter](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket,
                             RawHttpServer::response(429, "Too Many Requests", {JsonType, "Retry-After: " + retryAfter},
                                                     R"({"error":{"code":429,"message":"Too Many Requests"}})"));
    });
    Capture<StubList> capture;
    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    // Then the reset lies ahead, at most a year away, and the error text still reads
    const ApiError &error = capture.result.error;
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QVERIFY(error.rateLimitResetUs.has_value());
    const qint64 yearUs = qint64(366) * 24 * 3600 * 1000000;
    QVERIFY2(*error.rateLimitResetUs > before && *error.rateLimitResetUs <= before + yearUs + 60000000,
             qPrintable(QString::number(*error.rateLimitResetUs)));
    QVERIFY(error.toString().contains(QStringLiteral("the rate limit resets at")));
}

void TestTokensServiceWire::rateLimitHeaders_areReported()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket,
                             RawHttpServer::response(200, "OK",
                                                     {JsonType, "X-RateLimit-Limit: 50", "X-RateLimit-Remaining: 49",
                                                      "X-RateLimit-Reset: 1717000000000000"},
                                                     MetadataBody));
    });
    QSignalSpy spy(m_service.get(), &TokensService::rateLimitSeen);
    Capture<TokenMetadata> capture;
    m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 50);
    QCOMPARE(spy.at(0).at(1).toInt(), 49);
    QCOMPARE(spy.at(0).at(2).toLongLong(), qint64(1717000000000000));
}

void TestTokensServiceWire::create_derivesIdFromLocationOrSecret_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("bare id") << QByteArray("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX") << Secret
                             << QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX");
    QTest::newRow("URL") << QByteArray(
                                "https://cluster.example.com/api/cluster/v2/tokens/dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX")
                         << Secret << QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX");
    QTest::newRow("percent-encoded path")
        << QByteArray("/api/cluster/v2/tokens/a%2Fb") << QStringLiteral("oldsecret") << QStringLiteral("a/b");
    QTest::newRow("no Location, new-format secret")
        << QByteArray() << Secret << QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");
    QTest::newRow("no Location, old-format secret")
        << QByteArray() << QStringLiteral("abcdefjhij1234567890") << QString();
    QTest::newRow("Location holding a secret is masked")
        << Secret.toLatin1() << Secret << QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");
}

void TestTokensServiceWire::create_derivesIdFromLocationOrSecret()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, token);
    QFETCH(QString, expectedId);
    m_server->setHandler([location, token](QTcpSocket *socket, const QByteArray &) {
        QList<QByteArray> headers{JsonType};
        if (!location.isEmpty())
            headers.append("Location: " + location);
        RawHttpServer::reply(
            socket, RawHttpServer::response(201, "Created", headers, Json::encodeTokenSecret(TokenSecret{token})));
    });
    QSignalSpy created(m_service.get(), &TokensService::tokenCreated);
    Capture<TokenSecret> capture;
    m_service->createToken(CreateTokenRequest{QStringLiteral("n"), {QStringLiteral("settings.read")}, std::nullopt},
                           this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY2(capture.result.ok(), qPrintable(capture.result.error.toString()));
    QCOMPARE(capture.result.value->token, token);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toString(), expectedId);
}

void TestTokensServiceWire::create_requiresTokenBody()
{
    const QList<QByteArray> responses{
        RawHttpServer::response(201, "Created", {JsonType}, QByteArray()),
        RawHttpServer::response(201, "Created", {"Content-Type: text/plain; charset=utf-8"}, Secret.toLatin1()),
        RawHttpServer::response(201, "Created", {JsonType}, R"({"id":"x"})"),
        RawHttpServer::response(201, "Created", {JsonType}, R"({"token":""})"),
        RawHttpServer::response(204, "No Content", {}, QByteArray()),
    };
    QSignalSpy created(m_service.get(), &TokensService::tokenCreated);
    for (const QByteArray &response : responses) {
        m_server->setHandler(
            [response](QTcpSocket *socket, const QByteArray &) { RawHttpServer::reply(socket, response); });
        Capture<TokenSecret> capture;
        m_service->createToken(CreateTokenRequest{QStringLiteral("n"), {QStringLiteral("settings.read")}, std::nullopt},
                               this, capture.callback());
        QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
        QVERIFY(!capture.result.ok());
        QCOMPARE(capture.result.error.kind, ApiError::Kind::Parse);
        QVERIFY2(!capture.result.error.toString().contains(QStringLiteral("G3DFPBEJ")),
                 qPrintable(capture.result.error.toString()));
    }
    QCOMPARE(created.count(), 0);
}

void TestTokensServiceWire::delete_ignoresBodyOn204AndEmitsPublicId()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket,
                             RawHttpServer::response(204, "No Content", {"Content-Type: text/html"}, QByteArray()));
    });
    QSignalSpy deleted(m_service.get(), &TokensService::tokenDeleted);
    Capture<NoContent> byId, bySecret;
    m_service->deleteToken(QStringLiteral("dt0c01.ABC"), this, byId.callback());
    QTRY_COMPARE_WITH_TIMEOUT(byId.calls, 1, 10000);
    m_service->deleteToken(Secret, this, bySecret.callback());
    QTRY_COMPARE_WITH_TIMEOUT(bySecret.calls, 1, 10000);
    QVERIFY(byId.result.ok());
    QVERIFY(bySecret.result.ok());
    QCOMPARE(deleted.count(), 2);
    QCOMPARE(deleted.at(0).at(0).toString(), QStringLiteral("dt0c01.ABC"));
    QCOMPARE(deleted.at(1).at(0).toString(), QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN"));
}

void TestTokensServiceWire::resetMidBody_isNetworkError()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        const QByteArray full = RawHttpServer::response(200, "OK", {JsonType}, MetadataBody);
        socket->write(full.left(full.size() - 20));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
    });
    Capture<TokenMetadata> capture;
    m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QVERIFY(!capture.result.ok());
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Network);
    QVERIFY2(capture.result.error.message.contains(QStringLiteral("before the response was complete")) ||
                 capture.result.error.message.contains(QStringLiteral("cut short")),
             qPrintable(capture.result.error.toString()));
}

void TestTokensServiceWire::connectionRefused_isNetworkError()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    ConnectionSettings s = settings();
    s.baseUrl = TokensService::normalizeBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_service->setConnection(s);
    Capture<StubList> capture;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(capture.result.error.httpStatus, 0);
    QCOMPARE(capture.result.error.toString(),
             QStringLiteral("List tokens failed: network error — connection refused by 127.0.0.1:%1").arg(port));
}

void TestTokensServiceWire::noAnswer_timesOut()
{
    m_service->setConnection(settings(300));
    m_server->setHandler([](QTcpSocket *, const QByteArray &) {}); // accepts, never answers
    Capture<TokenMetadata> capture;
    QElapsedTimer timer;
    timer.start();
    m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_service->pendingCount(), 0);
}

void TestTokensServiceWire::slowDrip_timesOutAtTheDeadline()
{
    // One byte every 40 ms never trips the 400 ms inactivity timeout; the overall deadline ends it.
    m_service->setConnection(settings(400));
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *drip = new QTimer(socket);
        QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(40);
    });
    Capture<TokenMetadata> capture;
    QElapsedTimer timer;
    timer.start();
    m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(capture.result.error.message, QStringLiteral("no complete response within 400 ms"));
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
}

void TestTokensServiceWire::oversizedBody_isBounded_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length over the limit") << true;
    QTest::newRow("unannounced body streamed until close") << false;
}

void TestTokensServiceWire::oversizedBody_isBounded()
{
    QFETCH(bool, announced);
    const qint64 size = 3 * 1024 * 1024;
    m_server->setHandler([announced, size](QTcpSocket *socket, const QByteArray &) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
        if (announced)
            head += "Content-Length: " + QByteArray::number(size) + "\r\n";
        socket->write(head + "\r\n{\"id\":\"");
        socket->write(QByteArray(size - 10, 'a'));
        socket->write("\"}");
        socket->disconnectFromHost();
    });
    Capture<TokenMetadata> capture;
    m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 20000);
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Parse);
    QVERIFY2(capture.result.error.message.contains(QStringLiteral("exceeds the limit of 1 MiB")),
             qPrintable(capture.result.error.toString()));
}

void TestTokensServiceWire::redirect_toAnotherHost_isRefused()
{
    m_server->setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(
            socket, RawHttpServer::response(302, "Found", {"Location: https://evil.example.com/api/cluster/v2/tokens"},
                                            QByteArray()));
    });
    Capture<StubList> capture;
    m_service->listTokens({}, this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(capture.calls, 1, 10000);
    QCOMPARE(capture.result.error.kind, ApiError::Kind::Redirect);
    QCOMPARE(capture.result.error.httpStatus, 302);
    QCOMPARE(capture.result.error.toString(),
             QStringLiteral("List tokens failed: redirect refused (HTTP 302) — the server redirects to "
                            "https://evil.example.com/api/cluster/v2/tokens; redirects are not followed (check the "
                            "cluster address)"));
    QCOMPARE(m_server->requests().size(), 1); // not followed
}

void TestTokensServiceWire::cancel_dropsTheCallback()
{
    QList<QPointer<QTcpSocket>> held;
    m_server->setHandler([&held](QTcpSocket *socket, const QByteArray &) { held.append(socket); });
    Capture<TokenMetadata> capture;
    const TokensService::RequestId id = m_service->getToken(QStringLiteral("x"), this, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 10000);
    QCOMPARE(m_service->pendingCount(), 1);
    m_service->cancel(id);
    QCOMPARE(m_service->pendingCount(), 0);
    // The server answers after all; nothing may reach the callback.
    if (held.constFirst())
        RawHttpServer::reply(held.constFirst(), RawHttpServer::response(200, "OK", {JsonType}, MetadataBody));
    settle();
    QCOMPARE(capture.calls, 0);
    m_service->cancel(id); // cancelling twice is harmless
}

void TestTokensServiceWire::cancel_duringListParse_dropsTheResult()
{
    QByteArray body("{\"values\":[");
    for (int i = 0; i < 200000; ++i)
        body += (i ? ",{\"id\":\"dt0c01." : "{\"id\":\"dt0c01.") + QByteArray::number(i).rightJustified(24, 'A') +
                "\",\"name\":\"token\"}";
    body += "]}";
    m_server->setHandler([body](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, RawHttpServer::response(200, "OK", {JsonType, "X-RateLimit-Limit: 9"}, body));
    });
    Capture<StubList> capture;
    const TokensService::RequestId id = m_service->listTokens({}, this, capture.callback());
    // rateLimitSeen fires when the body has arrived, just before the parse starts on a worker.
    connect(m_service.get(), &TokensService::rateLimitSeen, this,
            [this, id] { QTimer::singleShot(0, this, [this, id] { m_service->cancel(id); }); });
    QTRY_COMPARE_WITH_TIMEOUT(m_service->pendingCount(), 0, 10000);
    disconnect(m_service.get(), &TokensService::rateLimitSeen, this, nullptr);
    settle();
    QCOMPARE(capture.calls, 0);
}

void TestTokensServiceWire::contextDestroyed_dropsTheCallback()
{
    QList<QPointer<QTcpSocket>> held;
    m_server->setHandler([&held](QTcpSocket *socket, const QByteArray &) { held.append(socket); });
    auto *context = new QObject;
    Capture<TokenMetadata> capture;
    m_service->getToken(QStringLiteral("x"), context, capture.callback());
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 10000);
    delete context;
    QCOMPARE(m_service->pendingCount(), 0); // the request went with its context
    if (held.constFirst())
        RawHttpServer::reply(held.constFirst(), RawHttpServer::response(200, "OK", {JsonType}, MetadataBody));
    settle();
    QCOMPARE(capture.calls, 0);

    // A context destroyed after an immediate failure was queued: no callback either.
    auto *context2 = new QObject;
    ListQuery bad;
    bad.limit = 0;
    Capture<StubList> capture2;
    m_service->listTokens(bad, context2, capture2.callback());
    delete context2;
    settle();
    QCOMPARE(capture2.calls, 0);
}

void TestTokensServiceWire::missingConnection_failsWithoutSending()
{
    ConnectionSettings s = settings();
    s.apiToken.clear();
    m_service->setConnection(s);
    Capture<TokenMetadata> noToken;
    m_service->getToken(QStringLiteral("x"), this, noToken.callback());
    QTRY_COMPARE_WITH_TIMEOUT(noToken.calls, 1, 10000);
    QCOMPARE(noToken.result.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(noToken.result.error.message, QStringLiteral("No API token is set"));

    s = settings();
    s.apiToken = QStringLiteral("abc\r\nX-Injected: 1");
    m_service->setConnection(s);
    Capture<TokenMetadata> injected;
    m_service->getToken(QStringLiteral("x"), this, injected.callback());
    QTRY_COMPARE_WITH_TIMEOUT(injected.calls, 1, 10000);
    QCOMPARE(injected.result.error.kind, ApiError::Kind::InvalidRequest);

    s = settings();
    s.baseUrl = QUrl();
    m_service->setConnection(s);
    Capture<TokenMetadata> noUrl;
    m_service->getToken(QStringLiteral("x"), this, noUrl.callback());
    QTRY_COMPARE_WITH_TIMEOUT(noUrl.calls, 1, 10000);
    QCOMPARE(noUrl.result.error.message, QStringLiteral("No valid cluster address is set"));

    s = settings();
    s.pinnedSha256 = "not-hex";
    m_service->setConnection(s);
    Capture<TokenMetadata> badPin;
    m_service->getToken(QStringLiteral("x"), this, badPin.callback());
    QTRY_COMPARE_WITH_TIMEOUT(badPin.calls, 1, 10000);
    QCOMPARE(badPin.result.error.kind, ApiError::Kind::InvalidRequest);

    m_service->setConnection(settings());
    for (const QString &id : {QString(), QStringLiteral(" "), QStringLiteral("."), QStringLiteral("..")}) {
        Capture<TokenMetadata> got;
        Capture<NoContent> deleted;
        m_service->getToken(id, this, got.callback());
        m_service->deleteToken(id, this, deleted.callback());
        QTRY_COMPARE_WITH_TIMEOUT(got.calls + deleted.calls, 2, 10000);
        QCOMPARE(got.result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(deleted.result.error.toString(),
                 QStringLiteral("Delete token failed: invalid request — no valid token id given"));
    }

    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestTokensServiceWire)
#include "tst_tokensservice_wire.moc"
