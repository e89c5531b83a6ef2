// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TokensService over HTTPS: an untrusted certificate fails as Kind::Tls, says which TLS failure it
// is and is offered for pinning where that makes sense; a CA file or a pinned SHA-256 fingerprint
// makes exactly that certificate trusted, and a pin refuses every other certificate, even a valid
// one. A change of those settings applies to the next request (no kept-alive connection is reused).
// And the rule for plain http: only this computer gets the API token without an explicit choice.
#include "api/tokensservice.h"
#include "api/transportsecurity.h"
#include "rawhttpserver.h"
#include "testcertificates.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {

const QByteArray MetadataBody = R"({"id":"dt0c01.ST2EY72KQINMH574WMNVI7YN","name":"MyToken"})";

struct Outcome
{
    ApiResult<TokenMetadata> result;
    int untrustedSignals = 0;
    QSslCertificate offered;
    QList<QSslError> errors;
    int requestsSeen = 0; // by the server
};

using Certificate = TestCertificate;

} // namespace

class TestTokensServiceTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificate_failsAsTlsAndIsOffered();
    void pinnedFingerprint_trustsExactlyThatCertificate_data();
    void pinnedFingerprint_trustsExactlyThatCertificate();
    void caFile_addsToTrustedCertificates();
    void unreadableCaFile_failsWithoutSending();

    void cleartextRule_data();
    void cleartextRule();
    void insecureHttp_toAnotherHost_sendsNothingUnlessAllowed();
    void tlsFailure_saysWhichProblemItIs_data();
    void tlsFailure_saysWhichProblemItIs();
    void pin_refusesAnotherCertificateEvenIfItVerifies();
    void pin_neverCoversAnExpiredCertificate();
    void tlsSettingsChange_appliesToTheNextRequest_data();
    void tlsSettingsChange_appliesToTheNextRequest();

private:
    bool makeCertificate(const QString &name, const QString &subject, const QString &altName, Certificate *out)
    {
        return makeTestCertificate(m_dir.path(), name, subject, altName, QString(), out);
    }
    // Runs one getToken against an HTTPS server presenting `certificate`.
    Outcome fetch(const Certificate &certificate, const ConnectionSettings &base);

    QTemporaryDir m_dir;
    Certificate m_matching;          // SAN IP:127.0.0.1, self-signed
    Certificate m_wrongHost;         // CN=wrong.example, self-signed
    Certificate m_ca;                // a CA
    Certificate m_caSigned;          // SAN IP:127.0.0.1, signed by m_ca
    Certificate m_caSignedWrongHost; // SAN DNS:wrong.example, signed by m_ca
    Certificate m_expired;           // SAN IP:127.0.0.1, self-signed, valid in January 2020
    Certificate m_notYetValid;       // SAN IP:127.0.0.1, self-signed, valid from 2099
};

void TestTokensServiceTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    QVERIFY2(makeCertificate(QStringLiteral("matching"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("IP:127.0.0.1"), &m_matching),
             "openssl could not make a test certificate (scripts/install-deps.sh installs openssl)");
    QVERIFY(makeCertificate(QStringLiteral("wronghost"), QStringLiteral("/CN=wrong.example"), QString(), &m_wrongHost));
    QVERIFY(makeTestCertificate(m_dir.path(), QStringLiteral("ca"), QStringLiteral("/CN=TokenDesk Test CA"), QString(),
                                QString(), &m_ca));
    QVERIFY(makeTestCertificate(m_dir.path(), QStringLiteral("casigned"), QStringLiteral("/CN=127.0.0.1"),
                                QStringLiteral("IP:127.0.0.1"), QStringLiteral("ca"), &m_caSigned));
    QVERIFY(makeTestCertificate(m_dir.path(), QStringLiteral("casignedwrong"), QStringLiteral("/CN=wrong.example"),
                                QStringLiteral("DNS:wrong.example"), QStringLiteral("ca"), &m_caSignedWrongHost));
    QVERIFY(makeDatedTestCertificate(m_dir.path(), QStringLiteral("expired"), QStringLiteral("/CN=127.0.0.1"),
                                     QStringLiteral("IP:127.0.0.1"), QStringLiteral("20200101000000Z"),
                                     QStringLiteral("20200102000000Z"), &m_expired));
    QVERIFY(makeDatedTestCertificate(m_dir.path(), QStringLiteral("future"), QStringLiteral("/CN=127.0.0.1"),
                                     QStringLiteral("IP:127.0.0.1"), QStringLiteral("20990101000000Z"),
                                     QStringLiteral("20990102000000Z"), &m_notYetValid));
}

Outcome TestTokensServiceTls::fetch(const Certificate &certificate, const ConnectionSettings &base)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate.certificate);
    tls.setPrivateKey(certificate.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    RawHttpServer server(tls);
    server.setHandler([](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket,
                             RawHttpServer::response(200, "OK", {"Content-Type: application/json"}, MetadataBody));
    });
    QNetworkAccessManager nam;
    TokensService service(&nam);
    ConnectionSettings settings = base;
    settings.baseUrl = TokensService::normalizeBaseUrl(server.baseUrl());
    settings.apiToken = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.") + QString(64, QLatin1Char('S'));
    settings.timeoutMs = 10000;
    service.setConnection(settings);
    Outcome outcome;
    connect(&service, &TokensService::untrustedCertificate, this,
            [&outcome](const QSslCertificate &offered, const QList<QSslError> &errors) {
                ++outcome.untrustedSignals;
                outcome.offered = offered;
                outcome.errors = errors;
            });
    int calls = 0;
    service.getToken(QStringLiteral("x"), nullptr, [&](const ApiResult<TokenMetadata> &r) {
        ++calls;
        outcome.result = r;
    });
    if (!QTest::qWaitFor([&] { return calls == 1; }, 15000))
        outcome.result.error.message = QStringLiteral("no callback");
    outcome.requestsSeen = int(server.requests().size());
    return outcome;
}

void TestTokensServiceTls::untrustedCertificate_failsAsTlsAndIsOffered()
{
    const Outcome outcome = fetch(m_matching, ConnectionSettings());
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error.kind, ApiError::Kind::Tls);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("is not trusted")),
             qPrintable(outcome.result.error.toString()));
    QCOMPARE(outcome.untrustedSignals, 1);
    QCOMPARE(outcome.offered, m_matching.certificate);
    QVERIFY(!outcome.errors.isEmpty());
}

void TestTokensServiceTls::pinnedFingerprint_trustsExactlyThatCertificate_data()
{
    QTest::addColumn<int>("presented"); // 0 = matching, 1 = wrong host
    QTest::addColumn<int>("pinned");    // 0 = matching, 1 = wrong host
    QTest::addColumn<bool>("ok");
    QTest::newRow("pin matches the self-signed certificate") << 0 << 0 << true;
    QTest::newRow("pin covers a host name mismatch of the same certificate") << 1 << 1 << true;
    QTest::newRow("pin of another certificate") << 0 << 1 << false;
    QTest::newRow("another certificate presented") << 1 << 0 << false;
}

void TestTokensServiceTls::pinnedFingerprint_trustsExactlyThatCertificate()
{
    QFETCH(int, presented);
    QFETCH(int, pinned);
    QFETCH(bool, ok);
    const Certificate &server = presented == 0 ? m_matching : m_wrongHost;
    const Certificate &pin = pinned == 0 ? m_matching : m_wrongHost;
    ConnectionSettings settings;
    // Colon-separated upper-case hex, as certificate viewers show it.
    const QByteArray hex = pin.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    settings.pinnedSha256 = hex;
    const Outcome outcome = fetch(server, settings);
    const ApiResult<TokenMetadata> &result = outcome.result;
    QCOMPARE(result.ok(), ok);
    QCOMPARE(outcome.untrustedSignals, ok ? 0 : 1);
    if (ok)
        QCOMPARE(result.value->name, std::optional<QString>(QStringLiteral("MyToken")));
    else
        QCOMPARE(result.error.kind, ApiError::Kind::Tls);
}

void TestTokensServiceTls::caFile_addsToTrustedCertificates()
{
    ConnectionSettings settings;
    settings.caFile = m_matching.certPath;
    const ApiResult<TokenMetadata> trusted = fetch(m_matching, settings).result;
    QVERIFY2(trusted.ok(), qPrintable(trusted.error.toString()));

    // The CA file trusts its own certificate only: another self-signed one still fails.
    const ApiResult<TokenMetadata> other = fetch(m_wrongHost, settings).result;
    QVERIFY(!other.ok());
    QCOMPARE(other.error.kind, ApiError::Kind::Tls);
}

void TestTokensServiceTls::unreadableCaFile_failsWithoutSending()
{
    ConnectionSettings settings;
    settings.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
    const ApiResult<TokenMetadata> result = fetch(m_matching, settings).result;
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(result.error.message.contains(QStringLiteral("holds no PEM certificate")),
             qPrintable(result.error.toString()));
}

void TestTokensServiceTls::cleartextRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("verdict");
    using C = Transport::Cleartext;
    QTest::newRow("https anywhere") << QStringLiteral("https://cluster.example.com") << false << int(C::Encrypted);
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << false << int(C::Loopback);
    QTest::newRow("LOCALHOST") << QStringLiteral("http://LOCALHOST") << false << int(C::Loopback);
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << false << int(C::Loopback);
    QTest::newRow("127.8.9.10") << QStringLiteral("http://127.8.9.10") << false << int(C::Loopback);
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8080") << false << int(C::Loopback);
    QTest::newRow("another host") << QStringLiteral("http://cluster.example.com") << false << int(C::Refused);
    QTest::newRow("another host, allowed") << QStringLiteral("http://cluster.example.com") << true << int(C::Allowed);
    QTest::newRow("private address") << QStringLiteral("http://10.0.0.5") << false << int(C::Refused);
    QTest::newRow("128.0.0.1") << QStringLiteral("http://128.0.0.1") << false << int(C::Refused);
    QTest::newRow("localhost as a subdomain")
        << QStringLiteral("http://localhost.evil.example") << false << int(C::Refused);
    QTest::newRow("127.0.0.1 as a subdomain") << QStringLiteral("http://127.0.0.1.nip.io") << false << int(C::Refused);
    QTest::newRow("::2") << QStringLiteral("http://[::2]") << false << int(C::Refused);
}

void TestTokensServiceTls::cleartextRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(int, verdict);
    const QUrl base = TokensService::normalizeBaseUrl(url);
    QVERIFY(base.isValid());
    QCOMPARE(int(Transport::cleartextVerdict(base, allowed)), verdict);
}

// The server is reached through an HTTP proxy on loopback, so that a request to a remote host name
// can be observed: without the explicit choice nothing at all reaches it.
void TestTokensServiceTls::insecureHttp_toAnotherHost_sendsNothingUnlessAllowed()
{
    for (const bool allow : {false, true}) {
        RawHttpServer proxy;
        proxy.setHandler([](QTcpSocket *socket, const QByteArray &) {
            RawHttpServer::reply(socket,
                                 RawHttpServer::response(200, "OK", {"Content-Type: application/json"}, MetadataBody));
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        TokensService service(&nam);
        ConnectionSettings settings;
        settings.baseUrl = TokensService::normalizeBaseUrl(QStringLiteral("http://cluster.example.com"));
        settings.apiToken = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.") + QString(64, QLatin1Char('S'));
        settings.allowInsecureHttp = allow;
        service.setConnection(settings);
        ApiResult<TokenMetadata> result;
        int calls = 0;
        service.getToken(QStringLiteral("x"), nullptr, [&](const ApiResult<TokenMetadata> &r) {
            ++calls;
            result = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        if (!allow) {
            QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
            QVERIFY2(result.error.message.contains(QStringLiteral("in clear")) &&
                         result.error.message.contains(QStringLiteral("cluster.example.com")),
                     qPrintable(result.error.toString()));
            QVERIFY(!result.error.message.contains(settings.apiToken));
            QCOMPARE(proxy.requests().size(), 0);
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error.toString()));
            QCOMPARE(proxy.requests().size(), 1);
            QVERIFY(RawHttpServer::requestLine(proxy.requests().constFirst()).contains("cluster.example.com"));
        }
    }
}

void TestTokensServiceTls::tlsFailure_saysWhichProblemItIs_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("withCaFile");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("neverSays");
    QTest::addColumn<bool>("canTrust");
    const QString selfSigned = QStringLiteral("self-signed");
    const QString mismatch = QStringLiteral("host name mismatch");
    const QString unknownIssuer = QStringLiteral("an authority this system does not trust");
    QTest::newRow("self-signed") << 0 << false << QStringList{selfSigned} << QStringList{mismatch, unknownIssuer}
                                 << true;
    QTest::newRow("self-signed for another host")
        << 1 << false << QStringList{selfSigned, QStringLiteral("valid for wrong.example, not for 127.0.0.1"), mismatch}
        << QStringList{unknownIssuer} << true;
    QTest::newRow("private CA not configured")
        << 2 << false << QStringList{QStringLiteral("issued by \u201CTokenDesk Test CA\u201D"), unknownIssuer}
        << QStringList{selfSigned, mismatch} << true;
    QTest::newRow("trusted CA, another host")
        << 3 << true << QStringList{QStringLiteral("valid for wrong.example, not for 127.0.0.1"), mismatch}
        << QStringList{selfSigned, unknownIssuer} << true;
    QTest::newRow("expired") << 4 << false << QStringList{QStringLiteral("expired on 2020-01-02T00:00:00Z")}
                             << QStringList{mismatch} << false;
    QTest::newRow("not yet valid") << 5 << false << QStringList{QStringLiteral("not valid before 2099-01-01T00:00:00Z")}
                                   << QStringList{mismatch} << false;
}

void TestTokensServiceTls::tlsFailure_saysWhichProblemItIs()
{
    QFETCH(int, which);
    QFETCH(bool, withCaFile);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    QFETCH(bool, canTrust);
    const Certificate *certificates[] = {&m_matching,          &m_wrongHost, &m_caSigned,
                                         &m_caSignedWrongHost, &m_expired,   &m_notYetValid};
    const Certificate &server = *certificates[which];
    ConnectionSettings settings;
    if (withCaFile)
        settings.caFile = m_ca.certPath;
    const Outcome outcome = fetch(server, settings);
    QCOMPARE(outcome.result.error.kind, ApiError::Kind::Tls);
    const QString message = outcome.result.error.message;
    for (const QString &words : says)
        QVERIFY2(message.contains(words), qPrintable(message));
    for (const QString &words : neverSays)
        QVERIFY2(!message.contains(words), qPrintable(message));
    QCOMPARE(outcome.requestsSeen, 0);
    // The certificate is offered with its errors; whether trusting it is offered follows the problem.
    QCOMPARE(outcome.untrustedSignals, 1);
    QCOMPARE(outcome.offered, server.certificate);
    const Transport::TlsDiagnosis diagnosis =
        Transport::diagnoseTls(QStringLiteral("127.0.0.1"), outcome.offered, outcome.errors);
    QCOMPARE(diagnosis.canTrust(), canTrust);
}

void TestTokensServiceTls::pin_refusesAnotherCertificateEvenIfItVerifies()
{
    // The chain verifies against the CA file...
    ConnectionSettings settings;
    settings.caFile = m_ca.certPath;
    const Outcome verified = fetch(m_caSigned, settings);
    QVERIFY2(verified.result.ok(), qPrintable(verified.result.error.toString()));

    // ...but the profile pinned another certificate: it is asked again, and nothing is sent.
    settings.pinnedSha256 = m_matching.certificate.digest(QCryptographicHash::Sha256).toHex();
    const Outcome outcome = fetch(m_caSigned, settings);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error.kind, ApiError::Kind::Tls);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("not the certificate trusted for this profile")),
             qPrintable(outcome.result.error.toString()));
    QCOMPARE(outcome.requestsSeen, 0);
    QCOMPARE(outcome.untrustedSignals, 1);
    QCOMPARE(outcome.offered, m_caSigned.certificate);
    const Transport::TlsDiagnosis diagnosis =
        Transport::diagnoseTls(QStringLiteral("127.0.0.1"), outcome.offered, outcome.errors, true);
    QVERIFY(diagnosis.has(Transport::TlsProblem::PinMismatch));
    QVERIFY(diagnosis.canTrust());

    // And pinning the presented certificate is accepted.
    settings.pinnedSha256 = m_caSigned.certificate.digest(QCryptographicHash::Sha256).toHex();
    const Outcome pinned = fetch(m_caSigned, settings);
    QVERIFY2(pinned.result.ok(), qPrintable(pinned.result.error.toString()));
}

void TestTokensServiceTls::pin_neverCoversAnExpiredCertificate()
{
    for (const Certificate *certificate : {&m_expired, &m_notYetValid}) {
        ConnectionSettings settings;
        settings.pinnedSha256 = certificate->certificate.digest(QCryptographicHash::Sha256).toHex();
        const Outcome outcome = fetch(*certificate, settings);
        QVERIFY(!outcome.result.ok());
        QCOMPARE(outcome.result.error.kind, ApiError::Kind::Tls);
        QCOMPARE(outcome.requestsSeen, 0);
    }
}

void TestTokensServiceTls::tlsSettingsChange_appliesToTheNextRequest_data()
{
    QTest::addColumn<bool>("viaPin"); // else via the CA file
    QTest::newRow("another pin") << true;
    QTest::newRow("CA file removed") << false;
}

// The server keeps the connection alive. After the pin or CA file changes, the next request must
// not ride the connection that was accepted under the old settings.
void TestTokensServiceTls::tlsSettingsChange_appliesToTheNextRequest()
{
    QFETCH(bool, viaPin);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_matching.certificate);
    tls.setPrivateKey(m_matching.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    RawHttpServer server(tls);
    server.setHandler([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(MetadataBody.size()) + "\r\n\r\n" + MetadataBody);
    });
    QNetworkAccessManager nam;
    TokensService service(&nam);
    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(server.baseUrl());
    settings.apiToken = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.") + QString(64, QLatin1Char('S'));
    settings.timeoutMs = 10000;
    if (viaPin)
        settings.pinnedSha256 = m_matching.certificate.digest(QCryptographicHash::Sha256).toHex();
    else
        settings.caFile = m_matching.certPath;
    service.setConnection(settings);
    auto fetchOnce = [&service] {
        ApiResult<TokenMetadata> result;
        int calls = 0;
        service.getToken(QStringLiteral("x"), nullptr, [&](const ApiResult<TokenMetadata> &r) {
            ++calls;
            result = r;
        });
        if (!QTest::qWaitFor([&] { return calls == 1; }, 15000))
            result.error.message = QStringLiteral("no callback");
        return result;
    };
    const ApiResult<TokenMetadata> first = fetchOnce();
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    QCOMPARE(server.requests().size(), 1);

    if (viaPin)
        settings.pinnedSha256 = m_wrongHost.certificate.digest(QCryptographicHash::Sha256).toHex();
    else
        settings.caFile.clear();
    service.setConnection(settings);
    const ApiResult<TokenMetadata> second = fetchOnce();
    QVERIFY2(!second.ok(), "the request rode the connection accepted under the old TLS settings");
    QCOMPARE(second.error.kind, ApiError::Kind::Tls);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestTokensServiceTls)
#include "tst_tokensservice_tls.moc"
