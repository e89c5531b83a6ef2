// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One language at a time: every kind of failure of the service (network, TLS, timeout, the HTTP
// statuses the API documents, unparsable bodies, rate limiting, redirects, cancellation, requests
// refused before sending), read as the user reads it (ApiError::toString), in English and with the
// German translation loaded. In German no English word of ours is left; what the server wrote (the
// envelope's message and violations) is kept verbatim.
#include "api/apierror.h"
#include "api/tokensservice.h"
#include "i18n/translations.h"
#include "rawhttpserver.h"
#include "testcertificates.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace TokenDesk;

namespace {

const QString ApiToken = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.") + QString(64, QLatin1Char('S'));

// Words of the English texts that German never uses. Matched case-sensitively as whole words.
const QRegularExpression &englishMarkers()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(the|a|at|is|are|missing|field|quotes|character|of|by|for|no|not|to|with|within|without|after|between|"
        "failed|found|refused|expected|got|"
        "error|request|requests|response|cancelled|timed|out|exceeds|closed|answering|accepted|lacks|required|too|"
        "many|try|again|later|must|given|needs|least|one|unexpected|created|empty|trusted|available|short|bytes|"
        "redirects|followed|invalid|data|body|connection|certificate|network|upgraded|being|resets|limit|holds|"
        "contains|characters|cannot|sent|spaces|line|breaks|time|used|valid|address|set|malformed|starts|byte|"
        "Request|Bad|Unauthorized|Forbidden|Not|Found|Too|Many|Requests|Internal|Error|Upgrade|progress|"
        "Moved|Permanently|Temporary|Redirect|Timeout|Unavailable|Implemented|Conflict|Payload|Large)\\b"));
    return re;
}

QStringList englishWords(QString text, const QStringList &serverTexts)
{
    for (const QString &kept : serverTexts)
        text.remove(kept);
    QStringList words;
    QRegularExpressionMatchIterator it = englishMarkers().globalMatch(text);
    while (it.hasNext())
        words.append(it.next().captured(1));
    return words;
}

QByteArray envelope(int code, const QByteArray &message, const QByteArray &violations = QByteArray())
{
    QByteArray body = "{\"error\":{\"code\":" + QByteArray::number(code) + ",\"message\":\"" + message + '"';
    if (!violations.isEmpty())
        body += ",\"constraintViolations\":" + violations;
    return body + "}}";
}

} // namespace

class TstErrorLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyErrorKind_isGermanThroughout_data();
    void everyErrorKind_isGermanThroughout();
    void serverTexts_stayAsTheServerWroteThem();
    void reasonPhrases_areTranslated();
    void keyringTexts_followTheLanguage();

private:
    struct Scenario
    {
        ApiError::Kind kind;
        QStringList serverTexts; // what the server (or the test's environment) wrote: kept verbatim
        std::function<ApiError()> run;
    };
    QList<std::pair<const char *, Scenario>> scenarios();

    // Answers every request with `response` (nothing at all when it is null) and calls `call`.
    using Call = std::function<void(TokensService &, const std::function<void(const ApiError &)> &)>;
    ApiError fetch(const QByteArray &response, const Call &call,
                   const std::function<void(ConnectionSettings &)> &tweak = nullptr, RawHttpServer *server = nullptr);
    static Call getToken(const QString &id = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN"));
    static Call listTokens(const ListQuery &query = ListQuery());
    static Call createToken(const CreateTokenRequest &request);
    static Call lookupToken(const QString &secret);

    void german();
    void english();

    QTemporaryDir m_dir;
    TestCertificate m_selfSigned;
    TestCertificate m_wrongHost;
    QList<QTranslator *> m_translators;
};

void TstErrorLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(makeTestCertificate(m_dir.path(), QStringLiteral("self"), QStringLiteral("/CN=127.0.0.1"),
                                 QStringLiteral("IP:127.0.0.1"), QString(), &m_selfSigned),
             "openssl could not make a test certificate (scripts/install-deps.sh installs openssl)");
    QVERIFY(makeTestCertificate(m_dir.path(), QStringLiteral("wronghost"), QStringLiteral("/CN=wrong.example"),
                                QStringLiteral("DNS:wrong.example"), QString(), &m_wrongHost));
    // The German translation is embedded in every program that links the core.
    german();
    QVERIFY2(!m_translators.isEmpty(), "no German translation is embedded at :/i18n");
    QCOMPARE(TokensService::tr("List tokens"), QStringLiteral("Tokens auflisten"));
    english();
}

void TstErrorLanguage::cleanup()
{
    english();
}

void TstErrorLanguage::german()
{
    english();
    m_translators = Translations::install(QLocale(QLocale::German, QLocale::Germany), this);
}

void TstErrorLanguage::english()
{
    Translations::remove(m_translators);
    m_translators.clear();
}

TstErrorLanguage::Call TstErrorLanguage::getToken(const QString &id)
{
    return [id](TokensService &service, const std::function<void(const ApiError &)> &done) {
        service.getToken(id, nullptr, [done](const ApiResult<TokenMetadata> &r) { done(r.error); });
    };
}

TstErrorLanguage::Call TstErrorLanguage::listTokens(const ListQuery &query)
{
    return [query](TokensService &service, const std::function<void(const ApiError &)> &done) {
        service.listTokens(query, nullptr, [done](const ApiResult<StubList> &r) { done(r.error); });
    };
}

TstErrorLanguage::Call TstErrorLanguage::createToken(const CreateTokenRequest &request)
{
    return [request](TokensService &service, const std::function<void(const ApiError &)> &done) {
        service.createToken(request, nullptr, [done](const ApiResult<TokenSecret> &r) { done(r.error); });
    };
}

TstErrorLanguage::Call TstErrorLanguage::lookupToken(const QString &secret)
{
    return [secret](TokensService &service, const std::function<void(const ApiError &)> &done) {
        service.lookupToken(secret, nullptr, [done](const ApiResult<TokenMetadata> &r) { done(r.error); });
    };
}

ApiError TstErrorLanguage::fetch(const QByteArray &response, const Call &call,
                                 const std::function<void(ConnectionSettings &)> &tweak, RawHttpServer *server)
{
    RawHttpServer plain;
    RawHttpServer *used = server ? server : &plain;
    used->setHandler([response](QTcpSocket *socket, const QByteArray &) {
        if (!response.isNull())
            RawHttpServer::reply(socket, response);
    });
    QNetworkAccessManager nam;
    TokensService service(&nam);
    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(used->baseUrl());
    settings.apiToken = ApiToken;
    settings.timeoutMs = 10000;
    if (tweak)
        tweak(settings);
    service.setConnection(settings);
    ApiError error;
    int calls = 0;
    call(service, [&](const ApiError &e) {
        error = e;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000))
        error.message = QStringLiteral("no callback");
    return error;
}

QList<std::pair<const char *, TstErrorLanguage::Scenario>> TstErrorLanguage::scenarios()
{
    using K = ApiError::Kind;
    const auto status = [this](int code, const QByteArray &reason, const QList<QByteArray> &headers,
                               const QByteArray &body, const Call &call = getToken()) {
        return [this, code, reason, headers, body, call] {
            return fetch(RawHttpServer::response(code, reason, headers, body), call);
        };
    };
    const QList<QByteArray> html{"Content-Type: text/html"};
    const QList<QByteArray> json{"Content-Type: application/json"};
    const QByteArray violations =
        R"([{"path":"SERVER-PATH","message":"SERVER-VIOLATION","parameterLocation":"PAYLOAD_BODY"}])";
    CreateTokenRequest create;
    create.name = QStringLiteral("n");
    create.scopes = QStringList{QStringLiteral("ReadSyntheticData")};
    CreateTokenRequest noScopes;
    noScopes.name = QStringLiteral("n");
    ListQuery badLimit;
    badLimit.limit = 0;
    ListQuery fromAfterTo;
    fromAfterTo.fromMs = 2000;
    fromAfterTo.toMs = 1000;
    const QString host = QStringLiteral("127.0.0.1");

    return {
        {"network: connection refused",
         {K::Network,
          {host},
          [this] {
              QTcpServer closed;
              closed.listen(QHostAddress::LocalHost, 0);
              const quint16 port = closed.serverPort();
              closed.close();
              return fetch(QByteArray(), getToken(), [port](ConnectionSettings &s) {
                  s.baseUrl = TokensService::normalizeBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
              });
          }}},
        {"network: closed without an answer",
         {K::Network, {}, [this] { return fetch(QByteArrayLiteral(""), getToken()); }}},
        {"network: response cut short",
         {K::Network,
          {},
          [this] {
              return fetch(RawHttpServer::response(200, "OK", {"Content-Type: application/json", "Content-Length: 500"},
                                                   "{\"id\":\"x\""),
                           getToken());
          }}},
        {"TLS: untrusted certificate",
         {K::Tls,
          {host},
          [this] {
              QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
              tls.setLocalCertificate(m_selfSigned.certificate);
              tls.setPrivateKey(m_selfSigned.key);
              tls.setPeerVerifyMode(QSslSocket::VerifyNone);
              RawHttpServer server(tls);
              return fetch(RawHttpServer::response(200, "OK", {}, "{}"), getToken(), nullptr, &server);
          }}},
        {"TLS: certificate for another host",
         {K::Tls,
          {host, QStringLiteral("wrong.example")},
          [this] {
              QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
              tls.setLocalCertificate(m_wrongHost.certificate);
              tls.setPrivateKey(m_wrongHost.key);
              tls.setPeerVerifyMode(QSslSocket::VerifyNone);
              RawHttpServer server(tls);
              return fetch(RawHttpServer::response(200, "OK", {}, "{}"), getToken(), nullptr, &server);
          }}},
        {"TLS: CA file without a certificate",
         {K::InvalidRequest,
          {m_dir.filePath(QStringLiteral("junk.pem"))},
          [this] {
              QFile junk(m_dir.filePath(QStringLiteral("junk.pem")));
              if (junk.open(QIODevice::WriteOnly))
                  junk.write("junk\n");
              junk.close();
              return fetch(QByteArray(), getToken(), [&junk](ConnectionSettings &s) { s.caFile = junk.fileName(); });
          }}},
        {"TLS: pinned fingerprint is not SHA-256",
         {K::InvalidRequest,
          {},
          [this] { return fetch(QByteArray(), getToken(), [](ConnectionSettings &s) { s.pinnedSha256 = "abc"; }); }}},
        {"timeout",
         {K::Timeout,
          {},
          [this] { return fetch(QByteArray(), getToken(), [](ConnectionSettings &s) { s.timeoutMs = 300; }); }}},
        {"HTTP 400 with violations",
         {K::Http,
          {QStringLiteral("SERVER-MESSAGE"), QStringLiteral("SERVER-PATH"), QStringLiteral("SERVER-VIOLATION")},
          status(400, "Bad Request", json, envelope(400, "SERVER-MESSAGE", violations), createToken(create))}},
        {"HTTP 401", {K::Http, {}, status(401, "Unauthorized", html, "<html></html>")}},
        {"HTTP 403", {K::Http, {}, status(403, "Forbidden", html, "<html></html>")}},
        {"HTTP 404", {K::Http, {}, status(404, "Not Found", json, "")}},
        {"HTTP 429 (rate limited)",
         {K::RateLimited,
          {},
          status(429, "Too Many Requests",
                 {"Content-Type: text/html",
                  "X-RateLimit-Reset: " + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 60)},
                 "<html></html>", listTokens())}},
        {"HTTP 500", {K::Http, {}, status(500, "Internal Server Error", html, "<html><body>oops</body></html>")}},
        {"HTTP 556", {K::Http, {}, status(556, "Upgrade in progress", html, "")}},
        {"parse: not JSON", {K::Parse, {QStringLiteral("text/html")}, status(200, "OK", html, "<html></html>")}},
        {"parse: not a JSON object", {K::Parse, {}, status(200, "OK", json, "[1,2]")}},
        {"parse: malformed metadata",
         {K::Parse, {QStringLiteral("TokenMetadata")}, status(200, "OK", json, R"({"id":5})")}},
        {"parse: malformed list",
         {K::Parse,
          {QStringLiteral("StubList")},
          status(200, "OK", json, R"({"values":[{"name":"x"}]})", listTokens())}},
        {"parse: list not JSON at all",
         {K::Parse,
          {QStringLiteral("StubList")},
          status(200, "OK", json, R"({"values":[{"id":"a",}]})", listTokens())}},
        {"parse: empty body", {K::Parse, {QStringLiteral("TokenMetadata")}, status(200, "OK", json, "")}},
        {"parse: body too large",
         {K::Parse, {}, status(200, "OK", {"Content-Type: application/json", "Content-Length: 20971520"}, "")}},
        {"parse: unexpected success status", {K::Parse, {}, status(202, "Accepted", json, "{}", createToken(create))}},
        {"parse: empty token", {K::Parse, {}, status(201, "Created", json, "{\"token\":\"\"}", createToken(create))}},
        {"redirect",
         {K::Redirect,
          {QStringLiteral("http://elsewhere.example/api/cluster/v2/tokens")},
          status(302, "Found", {"Location: http://elsewhere.example/api/cluster/v2/tokens"}, "", listTokens())}},
        {"cancelled",
         {K::Cancelled,
          {},
          [] {
              ApiError error;
              error.kind = ApiError::Kind::Cancelled;
              error.operation = TokensService::tr("List tokens");
              return error;
          }}},
        {"invalid: limit",
         {K::InvalidRequest, {}, [this, badLimit] { return fetch(QByteArray(), listTokens(badLimit)); }}},
        {"invalid: from after to",
         {K::InvalidRequest, {}, [this, fromAfterTo] { return fetch(QByteArray(), listTokens(fromAfterTo)); }}},
        {"invalid: empty id", {K::InvalidRequest, {}, [this] { return fetch(QByteArray(), getToken(QString())); }}},
        {"invalid: empty secret",
         {K::InvalidRequest, {}, [this] { return fetch(QByteArray(), lookupToken(QString())); }}},
        {"invalid: no scope",
         {K::InvalidRequest, {}, [this, noScopes] { return fetch(QByteArray(), createToken(noScopes)); }}},
        {"invalid: API token with a space",
         {K::InvalidRequest,
          {},
          [this] {
              return fetch(QByteArray(), getToken(), [](ConnectionSettings &s) { s.apiToken = QStringLiteral("a b"); });
          }}},
        {"invalid: no API token",
         {K::InvalidRequest,
          {},
          [this] { return fetch(QByteArray(), getToken(), [](ConnectionSettings &s) { s.apiToken.clear(); }); }}},
        {"invalid: no cluster address",
         {K::InvalidRequest,
          {},
          [this] { return fetch(QByteArray(), getToken(), [](ConnectionSettings &s) { s.baseUrl = QUrl(); }); }}},
    };
}

void TstErrorLanguage::everyErrorKind_isGermanThroughout_data()
{
    QTest::addColumn<int>("index");
    const auto all = scenarios();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).first) << i;
}

void TstErrorLanguage::everyErrorKind_isGermanThroughout()
{
    QFETCH(int, index);
    const Scenario scenario = scenarios().at(index).second;

    // English, the source language: the detector finds its words (so it would find them in German).
    english();
    const ApiError inEnglish = scenario.run();
    QCOMPARE(inEnglish.kind, scenario.kind);
    const QString english = inEnglish.toString();
    QVERIFY2(!englishWords(english, scenario.serverTexts).isEmpty(), qPrintable(english));

    // German: another text, without a single English word of ours.
    german();
    const ApiError inGerman = scenario.run();
    QCOMPARE(inGerman.kind, scenario.kind);
    const QString text = inGerman.toString();
    QVERIFY2(text != english, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("fehlgeschlagen")) || text.contains(QStringLiteral("abgebrochen")),
             qPrintable(text));
    const QStringList left = englishWords(text, scenario.serverTexts);
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("English words %1 in: %2").arg(left.join(QLatin1Char(',')), text)));
}

void TstErrorLanguage::serverTexts_stayAsTheServerWroteThem()
{
    german();
    CreateTokenRequest create;
    create.name = QStringLiteral("n");
    create.scopes = QStringList{QStringLiteral("ReadSyntheticData")};
    const QByteArray violations =
        R"([{"path":"name","message":"must not be blank","parameterLocation":"PAYLOAD_BODY"}])";
    const ApiError error = fetch(RawHttpServer::response(400, "Bad Request", {"Content-Type: application/json"},
                                                         envelope(400, "Token name is invalid", violations)),
                                 createToken(create));
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.message, QStringLiteral("Token name is invalid"));
    QCOMPARE(error.toString(), QStringLiteral("Token erstellen fehlgeschlagen: HTTP 400 Ungültige Anfrage — Token name "
                                              "is invalid (name: must not be blank)"));
}

void TstErrorLanguage::reasonPhrases_areTranslated()
{
    german();
    for (const int status :
         {400, 401, 403, 404, 405, 406, 408, 409, 413, 415, 422, 429, 500, 501, 502, 503, 504, 556}) {
        english();
        const QString english = ApiError::reasonPhrase(status);
        german();
        const QString text = ApiError::reasonPhrase(status);
        QVERIFY2(!text.isEmpty() && text != english, qPrintable(QString::number(status) + QLatin1Char(' ') + text));
    }
}

void TstErrorLanguage::keyringTexts_followTheLanguage()
{
    // The keyring library words its own failures ("no keychain service"); its translation is
    // loaded with ours when the system has it.
    if (QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                               QStringLiteral("qt6keychain/translations/qtkeychain_de.qm"))
            .isEmpty())
        QSKIP("qtkeychain ships no German translation on this system");
    german();
    QCOMPARE(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "No keychain service available"),
             QStringLiteral("Kein Schlüsselbund-Dienst verfügbar"));
}

QTEST_GUILESS_MAIN(TstErrorLanguage)
#include "tst_errorlanguage.moc"
