// TokensService over HTTPS: an untrusted certificate fails as Kind::Tls and is offered for pinning;
// a CA file or a pinned SHA-256 fingerprint makes exactly that certificate trusted.
#include "api/tokensservice.h"
#include "rawhttpserver.h"
#include "testcertificates.h"

#include <QFile>
#include <QNetworkAccessManager>
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

private:
    bool makeCertificate(const QString &name, const QString &subject, const QString &altName, Certificate *out)
    {
        return makeTestCertificate(m_dir.path(), name, subject, altName, QString(), out);
    }
    // Runs one getToken against an HTTPS server presenting `certificate`.
    Outcome fetch(const Certificate &certificate, const ConnectionSettings &base);

    QTemporaryDir m_dir;
    Certificate m_matching;  // SAN IP:127.0.0.1, self-signed
    Certificate m_wrongHost; // CN=wrong.example, self-signed
};

void TestTokensServiceTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    QVERIFY2(makeCertificate(QStringLiteral("matching"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("IP:127.0.0.1"), &m_matching),
             "openssl could not make a test certificate (scripts/install-deps.sh installs openssl)");
    QVERIFY(makeCertificate(QStringLiteral("wronghost"), QStringLiteral("/CN=wrong.example"), QString(), &m_wrongHost));
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

QTEST_GUILESS_MAIN(TestTokensServiceTls)
#include "tst_tokensservice_tls.moc"
