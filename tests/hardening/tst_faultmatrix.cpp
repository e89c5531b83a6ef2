// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fault matrix (every way a cluster or the network can fail, tests/hardening/README.md), end to
// end through what a user meets: the main window's list refresh
// (the banner names the operation and the status, the table keeps its rows and details) and the
// create dialog (it stays open with everything typed, shows the error, and a create is sent exactly
// once: never retried automatically). Servers: a scripted raw loopback server (tests/core's
// RawHttpServer: statuses, resets, drips, redirects, junk), a QSslServer with certificates made by
// the openssl CLI at test time, and the fake cluster's own fault injection.
// Service-level details already asserted elsewhere are not repeated (see the matrix in
// tests/hardening/README.md).
#include "certificatedialog.h"
#include "createtokendialog.h"
#include "detailpane.h"
#include "fakecluster.h"
#include "hardeningfixtures.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "messagebanner.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "testcertificates.h"
#include "tokenoperations.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace TokenDesk;
using namespace TokenDesk::Hardening;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAsan = true;
#else
constexpr bool UnderAsan = false;
#endif
#else
constexpr bool UnderAsan = false;
#endif

using Behaviour = std::function<void(QTcpSocket *, const QByteArray &)>;

const int Http = int(ApiError::Kind::Http);
const int Parse = int(ApiError::Kind::Parse);
const int Network = int(ApiError::Kind::Network);
const int Timeout = int(ApiError::Kind::Timeout);
const int Redirect = int(ApiError::Kind::Redirect);
const int RateLimited = int(ApiError::Kind::RateLimited);

QByteArray envelope(int code, const QByteArray &message, const QByteArray &violations = QByteArray())
{
    QByteArray body = "{\"error\":{\"code\":" + QByteArray::number(code) + ",\"message\":\"" + message + '"';
    if (!violations.isEmpty())
        body += ",\"constraintViolations\":" + violations;
    return body + "}}";
}

Behaviour answer(const QByteArray &bytes)
{
    return [bytes](QTcpSocket *socket, const QByteArray &) { RawHttpServer::reply(socket, bytes); };
}

// The behaviours of the matrix rows that a raw socket is needed for, by name.
Behaviour behaviourFor(const QString &name)
{
    const qint64 resetUs = (QDateTime::currentMSecsSinceEpoch() + 300) * 1000;
    if (name == QLatin1String("401"))
        return answer(response(401, {JsonType}, envelope(401, "Token Authentication failed")));
    if (name == QLatin1String("403"))
        return answer(response(403, {JsonType}, envelope(403, "Token is missing required scope.")));
    if (name == QLatin1String("404"))
        return answer(response(404, {JsonType}, envelope(404, "Not found")));
    if (name == QLatin1String("400"))
        return answer(response(400, {JsonType},
                               envelope(400, "Constraints violated.",
                                        R"([{"path":"name","message":"must not be blank",)"
                                        R"("parameterLocation":"PAYLOAD_BODY","location":null}])")));
    if (name == QLatin1String("429"))
        return answer(response(429, {JsonType, "X-RateLimit-Reset: " + QByteArray::number(resetUs)},
                               envelope(429, "Too many requests")));
    if (name == QLatin1String("500"))
        return answer(response(500, {"Content-Type: text/html"}, "<html><body>proxy error</body></html>"));
    if (name == QLatin1String("556"))
        return answer(response(556, {}, QByteArray()));
    if (name == QLatin1String("reset mid-body")) {
        return [](QTcpSocket *socket, const QByteArray &) {
            const QByteArray full = response(200, {JsonType}, goodListBody());
            socket->write(full.left(full.size() - 20));
            socket->flush();
            QTimer::singleShot(50, socket, [socket] { socket->abort(); });
        };
    }
    if (name == QLatin1String("truncated JSON")) {
        const QByteArray body = goodListBody();
        return answer(response(200, {JsonType}, body.left(body.size() / 2)));
    }
    if (name == QLatin1String("malformed JSON"))
        return answer(response(200, {JsonType}, "{\"values\":[{\"id\":\"a\",}]}"));
    if (name == QLatin1String("non-JSON content type"))
        return answer(response(200, {"Content-Type: text/html; charset=utf-8"}, "<html>Please log in</html>"));
    if (name == QLatin1String("200 empty body"))
        return answer(response(200, {JsonType}, QByteArray()));
    if (name == QLatin1String("201 empty body"))
        return answer(response(201, {JsonType}, QByteArray()));
    if (name == QLatin1String("slow drip")) {
        return [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(40);
        };
    }
    if (name == QLatin1String("redirect to another host"))
        return answer(response(302, {"Location: https://evil.example.com/api/cluster/v2/tokens"}, QByteArray()));
    if (name == QLatin1String("redirect to plain http on another port"))
        return answer(response(307, {"Location: http://127.0.0.1:1/api/cluster/v2/tokens"}, QByteArray()));
    qFatal("unknown behaviour");
}

// Answers every request with `status`, `type` and `total` bytes of junk, streamed as the socket
// drains (never more than a few MB buffered), from its own thread.
class JunkServer final
{
public:
    JunkServer(int status, const QByteArray &type, qint64 total)
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_context,
            [this, status, type, total] {
                auto *server = new QTcpServer(m_context);
                server->listen(QHostAddress::LocalHost, 0);
                m_port = server->serverPort();
                QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server,
                                 [server, status, type, total] {
                                     while (QTcpSocket *socket = server->nextPendingConnection())
                                         serve(socket, status, type, total);
                                 });
            },
            Qt::BlockingQueuedConnection);
    }
    ~JunkServer()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    static void serve(QTcpSocket *socket, int status, const QByteArray &type, qint64 total)
    {
        auto request = std::make_shared<QByteArray>();
        auto sent = std::make_shared<qint64>(-1); // -1: the request is not complete yet
        auto pump = [socket, sent, total] {
            static const QByteArray chunk = [] {
                QByteArray c(1024 * 1024, '\0');
                for (qsizetype i = 0; i < c.size(); ++i)
                    c[i] = char((i * 7919) % 251);
                return c;
            }();
            while (*sent < total && socket->bytesToWrite() < 4 * chunk.size() &&
                   socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(chunk);
                *sent += chunk.size();
            }
            if (*sent >= total && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [=] {
            *request += socket->readAll();
            if (*sent >= 0 || !request->contains("\r\n\r\n"))
                return;
            *sent = 0;
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
                          "\r\nConnection: close\r\n\r\n");
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};

using Certificate = TestCertificate;

} // namespace

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listRefresh_faultKeepsTableAndNamesOperationAndStatus_data();
    void listRefresh_faultKeepsTableAndNamesOperationAndStatus();
    void listRefresh_connectionRefused_keepsTable();
    void createDialog_faultKeepsContentsAndIsSentOnce_data();
    void createDialog_faultKeepsContentsAndIsSentOnce();
    void details_rateLimited_retriedOnceAfterTheReset();
    void junkBody100MB_boundedMemoryAndClearError_data();
    void junkBody100MB_boundedMemoryAndClearError();
    void hugeFieldValues_areKeptWhole();
    void tenThousandScopes_modelAndDetailPane();
    void tls_selfSigned_refusedUnlessPinned();
    void tls_hostnameMismatch_refusedWithTrustedCa();
    void tls_redirectToPlainHttp_refused();
    void tls_certificateDialog_saysWhichProblem_data();
    void tls_certificateDialog_saysWhichProblem();
    void tls_pinIsSavedToTheProfileThatMetTheCertificate();
    void fakeCluster_faults_listAndCreate_data();
    void fakeCluster_faults_listAndCreate();

private:
    bool makeCertificate(const QString &name, const QString &subject, const QString &altName, const QString &caName,
                         Certificate *out)
    {
        return makeTestCertificate(m_dir.path(), name, subject, altName, caName, out);
    }
    QSslConfiguration serverTls(const Certificate &certificate) const;
    void connectWindow(const QString &baseUrl, int timeoutMs = 500, const QByteArray &pin = QByteArray(),
                       const QString &caFile = QString());
    // Connects the window and waits for the list and the details of every row.
    bool connectAndLoad(const QString &baseUrl, int timeoutMs = 500, const QByteArray &pin = QByteArray(),
                        const QString &caFile = QString());
    // Refreshes and returns the list error (or an ApiError of kind Cancelled when the list loaded).
    ApiError refreshExpectingFailure();
    void verifyTableKept();
    void verifyBanner(const ApiError &error, const QString &operation);

    QTemporaryDir m_dir;
    Certificate m_selfSigned; // CN/SAN 127.0.0.1, self-signed
    Certificate m_ca;         // a CA
    Certificate m_wrongHost;  // CN=wrong.example, signed by m_ca
    Certificate m_expired;    // CN/SAN 127.0.0.1, self-signed, valid in January 2020
    std::unique_ptr<ScriptedCluster> m_cluster;
    std::unique_ptr<MainWindow> m_window;
};

QSslConfiguration TestFaultMatrix::serverTls(const Certificate &certificate) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate.certificate);
    tls.setPrivateKey(certificate.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_faultmatrix"));
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(makeCertificate(QStringLiteral("self"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("IP:127.0.0.1"),
                             QString(), &m_selfSigned),
             "openssl could not make a test certificate (scripts/install-deps.sh installs openssl)");
    QVERIFY(
        makeCertificate(QStringLiteral("ca"), QStringLiteral("/CN=TokenDesk Test CA"), QString(), QString(), &m_ca));
    QVERIFY(makeCertificate(QStringLiteral("wronghost"), QStringLiteral("/CN=wrong.example"),
                            QStringLiteral("DNS:wrong.example"), QStringLiteral("ca"), &m_wrongHost));
    QVERIFY(makeDatedTestCertificate(m_dir.path(), QStringLiteral("expired"), QStringLiteral("/CN=127.0.0.1"),
                                     QStringLiteral("IP:127.0.0.1"), QStringLiteral("20200101000000Z"),
                                     QStringLiteral("20200102000000Z"), &m_expired));
}

void TestFaultMatrix::init()
{
    m_cluster = std::make_unique<ScriptedCluster>();
    QVERIFY(m_cluster->port() != 0);
    m_window = std::make_unique<MainWindow>(MainWindow::Options{});
    m_window->show();
    QVERIFY(connectAndLoad(m_cluster->baseUrl()));
}

void TestFaultMatrix::cleanup()
{
    m_window.reset();
    m_cluster.reset();
}

void TestFaultMatrix::connectWindow(const QString &baseUrl, int timeoutMs, const QByteArray &pin, const QString &caFile)
{
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(baseUrl);
    s.apiToken = adminSecret();
    s.timeoutMs = timeoutMs;
    s.pinnedSha256 = pin;
    s.caFile = caFile;
    m_window->connectTo(s, QString(), false);
}

bool TestFaultMatrix::connectAndLoad(const QString &baseUrl, int timeoutMs, const QByteArray &pin,
                                     const QString &caFile)
{
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    connectWindow(baseUrl, timeoutMs, pin, caFile);
    if (!loaded.wait(10000) || loaded.size() != 1)
        return false;
    return QTest::qWaitFor([this] { return m_window->session()->model()->loadedCount() == 3; }, 10000);
}

ApiError TestFaultMatrix::refreshExpectingFailure()
{
    QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    if (!QTest::qWaitFor([&] { return failed.size() + loaded.size() > 0; }, 20000) || failed.size() != 1) {
        ApiError none;
        none.kind = ApiError::Kind::Cancelled;
        return none;
    }
    return failed.at(0).at(0).value<ApiError>();
}

void TestFaultMatrix::verifyTableKept()
{
    TokenTableModel *model = m_window->session()->model();
    QCOMPARE(model->rowCount(), 3);
    QStringList ids;
    for (int row = 0; row < 3; ++row)
        ids << model->id(row);
    QCOMPARE(ids, goodIds());
    QCOMPARE(model->loadedCount(), 3); // the details stay too
    QTRY_COMPARE(m_window->proxy()->rowCount(), 3);
    QVERIFY(!m_window->isListLoading());
}

void TestFaultMatrix::verifyBanner(const ApiError &error, const QString &operation)
{
    MessageBanner *banner = WindowParts::banner(*m_window);
    QVERIFY(banner->isVisible());
    // Rate limiting is a warning (wait and retry); everything else an error.
    QCOMPARE(banner->level(),
             error.kind == ApiError::Kind::RateLimited ? MessageBanner::Level::Warning : MessageBanner::Level::Error);
    const QString text = banner->text();
    QVERIFY2(text.startsWith(operation + QStringLiteral(" failed: ")), qPrintable(text));
    if (error.httpStatus > 0)
        QVERIFY2(text.contains(QStringLiteral("HTTP ") + QString::number(error.httpStatus)), qPrintable(text));
    QVERIFY2(secretsIn(text + banner->details()).isEmpty(), qPrintable(text));
    QVERIFY(banner->isRetryVisible());
}

void TestFaultMatrix::listRefresh_faultKeepsTableAndNamesOperationAndStatus_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment"); // of the banner text

    QTest::newRow("401") << QStringLiteral("401") << Http << 401 << QStringLiteral("Token Authentication failed");
    QTest::newRow("403") << QStringLiteral("403") << Http << 403 << QStringLiteral("missing required scope");
    QTest::newRow("404") << QStringLiteral("404") << Http << 404 << QStringLiteral("Not Found");
    QTest::newRow("400 with violations") << QStringLiteral("400") << Http << 400
                                         << QStringLiteral("name: must not be blank");
    QTest::newRow("429 with X-RateLimit-Reset")
        << QStringLiteral("429") << RateLimited << 429 << QStringLiteral("HTTP 429");
    QTest::newRow("500 proxy page") << QStringLiteral("500") << Http << 500 << QStringLiteral("Internal Server Error");
    QTest::newRow("556") << QStringLiteral("556") << Http << 556 << QStringLiteral("upgraded");
    QTest::newRow("reset mid-body") << QStringLiteral("reset mid-body") << Network << -1
                                    << QStringLiteral("network error");
    QTest::newRow("truncated JSON") << QStringLiteral("truncated JSON") << Parse << 200
                                    << QStringLiteral("invalid response");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed JSON") << Parse << 200
                                    << QStringLiteral("malformed StubList");
    QTest::newRow("non-JSON content type")
        << QStringLiteral("non-JSON content type") << Parse << 200 << QStringLiteral("expected JSON, got text/html");
    QTest::newRow("200 with empty body") << QStringLiteral("200 empty body") << Parse << 200
                                         << QStringLiteral("empty document");
    QTest::newRow("slow drip past the timeout")
        << QStringLiteral("slow drip") << Timeout << -1 << QStringLiteral("timed out");
    QTest::newRow("redirect to another host")
        << QStringLiteral("redirect to another host") << Redirect << 302 << QStringLiteral("evil.example.com");
    QTest::newRow("redirect to plain http") << QStringLiteral("redirect to plain http on another port") << Redirect
                                            << 307 << QStringLiteral("redirect refused");
}

void TestFaultMatrix::listRefresh_faultKeepsTableAndNamesOperationAndStatus()
{
    QFETCH(QString, behaviour);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    m_cluster->list = behaviourFor(behaviour);
    const int listsBefore = m_cluster->listCount();

    const ApiError error = refreshExpectingFailure();
    QCOMPARE(int(error.kind), kind);
    if (status >= 0) // -1: a status line may or may not have arrived before the failure
        QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.operation, QStringLiteral("List tokens"));
    verifyBanner(error, QStringLiteral("List tokens"));
    QVERIFY2(WindowParts::banner(*m_window)->text().contains(fragment),
             qPrintable(WindowParts::banner(*m_window)->text()));
    verifyTableKept();
    // Refused redirects are not followed; the list is not retried by itself.
    QCOMPARE(m_cluster->listCount(), listsBefore + 1);

    // Retry (the banner's button) after the server recovered: the table is current again.
    m_cluster->resetRoutes();
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    Q_EMIT WindowParts::banner(*m_window)->retryRequested();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!WindowParts::banner(*m_window)->isVisible());
    QCOMPARE(m_window->session()->model()->rowCount(), 3);
}

void TestFaultMatrix::listRefresh_connectionRefused_keepsTable()
{
    m_cluster.reset(); // nothing listens on the port any more
    const ApiError error = refreshExpectingFailure();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("connection refused")), qPrintable(error.toString()));
    verifyBanner(error, QStringLiteral("List tokens"));
    QVERIFY(WindowParts::banner(*m_window)->text().contains(QStringLiteral("connection refused")));
    verifyTableKept();
}

void TestFaultMatrix::createDialog_faultKeepsContentsAndIsSentOnce_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("nameError"); // expected beside the name field ("" = none)

    QTest::newRow("400 with violations") << QStringLiteral("400") << Http << 400 << QStringLiteral("must not be blank");
    QTest::newRow("401") << QStringLiteral("401") << Http << 401 << QString();
    QTest::newRow("403") << QStringLiteral("403") << Http << 403 << QString();
    QTest::newRow("429 never retried") << QStringLiteral("429") << RateLimited << 429 << QString();
    QTest::newRow("500") << QStringLiteral("500") << Http << 500 << QString();
    QTest::newRow("556") << QStringLiteral("556") << Http << 556 << QString();
    QTest::newRow("reset mid-body") << QStringLiteral("reset mid-body") << Network << -1 << QString();
    QTest::newRow("malformed JSON") << QStringLiteral("malformed JSON") << Parse << 200 << QString();
    QTest::newRow("non-JSON content type") << QStringLiteral("non-JSON content type") << Parse << 200 << QString();
    QTest::newRow("201 with empty body") << QStringLiteral("201 empty body") << Parse << 201 << QString();
    QTest::newRow("slow drip past the timeout") << QStringLiteral("slow drip") << Timeout << -1 << QString();
    QTest::newRow("redirect to another host")
        << QStringLiteral("redirect to another host") << Redirect << 302 << QString();
}

void TestFaultMatrix::createDialog_faultKeepsContentsAndIsSentOnce()
{
    QFETCH(QString, behaviour);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, nameError);
    Q_UNUSED(kind)
    m_cluster->create = behaviourFor(behaviour);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();

    TokenOperations *operations = WindowParts::operations(*m_window);
    operations->newToken();
    QPointer<CreateTokenDialog> dialog = operations->createDialog();
    QVERIFY(dialog);
    CreateTokenRequest entered;
    entered.name = QStringLiteral("matrix token");
    entered.scopes = QStringList{QStringLiteral("settings.read"), QStringLiteral("ClusterTokenManagement")};
    dialog->setRequest(entered);
    dialog->setExpiry(CreateTokenDialog::Expiry::SevenDays);
    QVERIFY(dialog->isValid());
    const CreateTokenRequest before = dialog->request();

    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog && !dialog->isBusy() && !dialog->generalError().isEmpty(), 15000);

    // Open, not busy, everything typed still there, the error in words with its status.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->request(), before);
    QCOMPARE(dialog->expiry(), CreateTokenDialog::Expiry::SevenDays);
    const QString general = dialog->generalError();
    if (status > 0 && status < 300)
        QVERIFY2(general.contains(QStringLiteral("HTTP ") + QString::number(status)), qPrintable(general));
    else if (status > 0)
        QVERIFY2(general.contains(QString::number(status)), qPrintable(general));
    else
        QVERIFY2(general.startsWith(QStringLiteral("Create token failed: ")), qPrintable(general));
    if (!nameError.isEmpty())
        QVERIFY2(dialog->nameError().contains(nameError), qPrintable(dialog->nameError()));
    QVERIFY(secretsIn(general + dialog->nameError()).isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(m_window->session()->model()->rowCount(), 3);

    // Sent exactly once: not retried, not even after the rate limit's reset has passed.
    if (status == 429)
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > started + 900, 5000);
    m_cluster->create = behaviourFor(QStringLiteral("500")); // a late retry would be visible as a second POST
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh(); // a full round trip: anything queued before it has been processed
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_cluster->count("POST /api/cluster/v2/tokens HTTP"), 1);
    QCOMPARE(dialog->request(), before);

    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestFaultMatrix::details_rateLimited_retriedOnceAfterTheReset()
{
    const QString beta = goodIds().at(1);
    qint64 resetMs = 0;
    int betaRequests = 0;
    QList<qint64> betaArrivals;
    const auto normal = m_cluster->details;
    m_cluster->details = [&, normal](QTcpSocket *socket, const QByteArray &request) {
        if (!RawHttpServer::requestLine(request).contains(beta.toLatin1()))
            return normal(socket, request);
        betaArrivals.append(QDateTime::currentMSecsSinceEpoch());
        if (++betaRequests == 1) {
            resetMs = QDateTime::currentMSecsSinceEpoch() + 400;
            RawHttpServer::reply(socket,
                                 response(429, {JsonType, "X-RateLimit-Reset: " + QByteArray::number(resetMs * 1000)},
                                          envelope(429, "Too many requests")));
            return;
        }
        normal(socket, request);
    };
    QSignalSpy rateLimited(m_window->session()->loader(), &DetailsLoader::rateLimited);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh(); // a new list: its details are loaded again
    QVERIFY(loaded.wait(10000));
    const int row = m_window->session()->model()->rowOfId(beta);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(row) && betaRequests == 2, 10000);
    QCOMPARE(rateLimited.size(), 1);
    QVERIFY2(betaArrivals.at(1) >= resetMs - 5, qPrintable(QString::number(betaArrivals.at(1) - resetMs)));
    // Nothing more for it: one retry, then loaded.
    m_window->session()->loader()->prioritize({beta});
    QCOMPARE(m_window->session()->loader()->inFlightCount(), 0);
    QCOMPARE(betaRequests, 2);
    m_cluster->resetRoutes();
}

void TestFaultMatrix::junkBody100MB_boundedMemoryAndClearError_data()
{
    QTest::addColumn<bool>("list");       // the list (512 MiB limit) or details (1 MiB)
    QTest::addColumn<int>("status");      // of the junk answer
    QTest::addColumn<QByteArray>("type"); // its Content-Type
    QTest::newRow("list, 200 octet-stream") << true << 200 << QByteArray("application/octet-stream");
    QTest::newRow("list, 200 claimed JSON") << true << 200 << QByteArray("application/json");
    QTest::newRow("list, 502 proxy page") << true << 502 << QByteArray("text/html");
    QTest::newRow("details, 200 claimed JSON") << false << 200 << QByteArray("application/json");
}

void TestFaultMatrix::junkBody100MB_boundedMemoryAndClearError()
{
    QFETCH(bool, list);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    // The junk comes from a server on its own thread, as from a remote host: this thread (the
    // client's) stays free to react, and the server's buffers are not mistaken for the client's.
    JunkServer junk(status, type, qint64(100) * 1024 * 1024);
    QVERIFY(junk.port() != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(junk.port());
    qint64 peak = residentBytes();
    const qint64 baseline = peak;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&peak] { peak = qMax(peak, residentBytes()); });
    sampler.start(10);

    ApiError error;
    if (list) {
        QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
        connectWindow(url, 30000); // a generous timeout: the body, not the clock, must end it
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        error = failed.at(0).at(0).value<ApiError>();
        verifyBanner(error, QStringLiteral("List tokens"));
        verifyTableKept();
    } else {
        QNetworkAccessManager nam;
        TokensService service(&nam);
        ConnectionSettings s;
        s.baseUrl = TokensService::normalizeBaseUrl(url);
        s.apiToken = adminSecret();
        s.timeoutMs = 30000;
        service.setConnection(s);
        int calls = 0;
        service.getToken(goodIds().at(0), this, [&](const ApiResult<TokenMetadata> &r) {
            ++calls;
            error = r.error;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 60000);
    }
    sampler.stop();
    peak = qMax(peak, residentBytes());
    QVERIFY2(error.kind == ApiError::Kind::Parse || error.kind == ApiError::Kind::Http, qPrintable(error.toString()));
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(!error.toString().isEmpty() && error.toString().size() < 400, qPrintable(error.toString()));
    const qint64 growth = peak - baseline;
    qInfo("100 MB junk: resident set grew by %lld KiB (%s)", static_cast<long long>(growth / 1024),
          qPrintable(error.toString()));
    // Well under the body: the client stops reading at the headers, the first byte or 1 MiB; what
    // the network thread reads ahead until then is the rest. ASan's quarantine keeps freed memory
    // resident: the bound is for normal builds.
    if (UnderAsan)
        return;
    QVERIFY2(growth < 40LL * 1024 * 1024, qPrintable(QString::number(growth / 1024) + QStringLiteral(" KiB")));
}

void TestFaultMatrix::hugeFieldValues_areKeptWhole()
{
    const QString longName(300000, QLatin1Char('n'));
    const QString longOwner = QString(200000, QChar(0x00E9)); // 400 KB of UTF-8
    const QString id = goodIds().at(2);
    m_cluster->list = [longName](QTcpSocket *socket, const QByteArray &) {
        StubList stubs;
        for (int i = 0; i < 3; ++i)
            stubs.append(TokenStub{goodIds().at(i), i == 2 ? longName : goodNames().at(i), longName});
        RawHttpServer::reply(socket, response(200, {JsonType}, Json::encodeStubList(stubs)));
    };
    const auto normal = m_cluster->details;
    m_cluster->details = [&, normal](QTcpSocket *socket, const QByteArray &request) {
        if (!RawHttpServer::requestLine(request).contains(id.toLatin1()))
            return normal(socket, request);
        TokenMetadata m;
        m.id = id;
        m.name = longName;
        m.userId = longOwner;
        m.created = 1554076800000;
        m.scopes = QStringList{QString(1000, QLatin1Char('s'))};
        RawHttpServer::reply(socket, response(200, {JsonType}, Json::encodeTokenMetadata(m)));
    };
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    const int row = m_window->session()->model()->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_window->session()->model()->name(row), longName);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(row), 10000);
    QCOMPARE(m_window->session()->model()->owner(row), std::optional<QString>(longOwner));
    QCOMPARE(m_window->session()->model()->scopes(row).constFirst().size(), 1000);

    // The table paints it and the detail pane shows it.
    WindowParts::table(*m_window)->selectRow(
        m_window->proxy()->mapFromSource(m_window->session()->model()->index(row, 0)).row());
    QTRY_COMPARE(WindowParts::detailPane(*m_window)->shownId(), id);
    WindowParts::table(*m_window)->viewport()->repaint();
    QVERIFY(!WindowParts::banner(*m_window)->isVisible());
    m_cluster->resetRoutes();
}

void TestFaultMatrix::tenThousandScopes_modelAndDetailPane()
{
    QStringList scopes;
    for (int i = 0; i < 10000; ++i)
        scopes << QStringLiteral("future.scope.%1").arg(i, 5, 10, QLatin1Char('0'));
    const QString id = goodIds().at(0);
    const auto normal = m_cluster->details;
    m_cluster->details = [&, normal](QTcpSocket *socket, const QByteArray &request) {
        if (!RawHttpServer::requestLine(request).contains(id.toLatin1()))
            return normal(socket, request);
        TokenMetadata m;
        m.id = id;
        m.name = QStringLiteral("alpha");
        m.userId = QStringLiteral("admin");
        m.scopes = scopes;
        RawHttpServer::reply(socket, response(200, {JsonType}, Json::encodeTokenMetadata(m)));
    };
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    const int row = m_window->session()->model()->rowOfId(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(row), 10000);
    QCOMPARE(m_window->session()->model()->scopes(row), scopes);
    QCOMPARE(m_window->session()->model()->index(row, 0).data(TokenTableModel::ScopesRole).toStringList().size(),
             10000);

    QElapsedTimer timer;
    timer.start();
    WindowParts::table(*m_window)->selectRow(
        m_window->proxy()->mapFromSource(m_window->session()->model()->index(row, 0)).row());
    QTRY_COMPARE(WindowParts::detailPane(*m_window)->shownId(), id);
    auto *list = WindowParts::detailPane(*m_window)->findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 10000);
    QCOMPARE(list->item(9999)->text(), scopes.constLast());
    qInfo("10,000 scopes shown in the detail pane in %lld ms", static_cast<long long>(timer.elapsed()));

    // The quick filter searches them.
    WindowParts::quickFilter(*m_window)->setText(QStringLiteral("future.scope.09999"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), 1, 10000);
    m_cluster->resetRoutes();
}

void TestFaultMatrix::tls_selfSigned_refusedUnlessPinned()
{
    ScriptedCluster https(serverTls(m_selfSigned));
    QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
    QSignalSpy untrusted(m_window->session()->service(), &TokensService::untrustedCertificate);
    connectWindow(https.baseUrl());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QVERIFY2(error.message.contains(QStringLiteral("is not trusted")), qPrintable(error.toString()));
    verifyBanner(error, QStringLiteral("List tokens"));
    QVERIFY(WindowParts::banner(*m_window)->text().contains(QStringLiteral("TLS error")));
    verifyTableKept(); // the rows of the earlier connection stay until a list arrives
    QVERIFY(untrusted.size() >= 1);
    QCOMPARE(untrusted.at(0).at(0).value<QSslCertificate>(), m_selfSigned.certificate);
    QCOMPARE(https.listCount(), 0); // nothing was sent over the untrusted connection

    // Pinned: exactly that certificate is trusted.
    QVERIFY(connectAndLoad(https.baseUrl(), 5000, m_selfSigned.certificate.digest(QCryptographicHash::Sha256).toHex()));
    QVERIFY(!WindowParts::banner(*m_window)->isVisible());
    QCOMPARE(https.listCount(), 1);
}

void TestFaultMatrix::tls_hostnameMismatch_refusedWithTrustedCa()
{
    ScriptedCluster https(serverTls(m_wrongHost));
    QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
    connectWindow(https.baseUrl(), 5000, QByteArray(), m_ca.certPath);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QVERIFY2(error.message.contains(QStringLiteral("host name"), Qt::CaseInsensitive), qPrintable(error.toString()));
    verifyBanner(error, QStringLiteral("List tokens"));
    verifyTableKept();
    QCOMPARE(https.listCount(), 0);
}

void TestFaultMatrix::tls_redirectToPlainHttp_refused()
{
    ScriptedCluster https(serverTls(m_selfSigned));
    QVERIFY(connectAndLoad(https.baseUrl(), 5000, m_selfSigned.certificate.digest(QCryptographicHash::Sha256).toHex()));
    // The same host and port, downgraded to http.
    https.list = answer(
        response(301, {"Location: http://127.0.0.1:" + QByteArray::number(https.port()) + "/api/cluster/v2/tokens"},
                 QByteArray()));
    const int before = https.requests().size();
    const ApiError error = refreshExpectingFailure();
    QCOMPARE(error.kind, ApiError::Kind::Redirect);
    QCOMPARE(error.httpStatus, 301);
    verifyBanner(error, QStringLiteral("List tokens"));
    verifyTableKept();
    QCOMPARE(https.requests().size(), before + 1); // not followed
}

void TestFaultMatrix::tls_certificateDialog_saysWhichProblem_data()
{
    QTest::addColumn<int>("which"); // 0 self-signed, 1 another host (CA trusted), 2 expired
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("neverSays");
    QTest::addColumn<bool>("offersTrust");
    QTest::newRow("self-signed") << 0 << QStringList{QStringLiteral("self-signed")}
                                 << QStringList{QStringLiteral("made out for")} << true;
    QTest::newRow("host name mismatch") << 1
                                        << QStringList{QStringLiteral("reached at 127.0.0.1"),
                                                       QStringLiteral("made out for wrong.example")}
                                        << QStringList{QStringLiteral("self-signed")} << true;
    QTest::newRow("expired") << 2 << QStringList{QStringLiteral("cannot be trusted")}
                             << QStringList{QStringLiteral("made out for")} << false;
}

// The dialog names the failure: a host name mismatch is never told in the words of a self-signed
// certificate, and an expired certificate is not offered for trust at all.
void TestFaultMatrix::tls_certificateDialog_saysWhichProblem()
{
    QFETCH(int, which);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    QFETCH(bool, offersTrust);
    const Certificate *certificates[] = {&m_selfSigned, &m_wrongHost, &m_expired};
    ScriptedCluster https(serverTls(*certificates[which]));
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(https.baseUrl());
    s.apiToken = adminSecret();
    s.timeoutMs = 5000;
    if (which == 1)
        s.caFile = m_ca.certPath;
    m_window->connectTo(s, QStringLiteral("lab"), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<CertificateDialog *>(), 10000);
    auto *dialog = m_window->findChild<CertificateDialog *>();
    const QString intro = dialog->introText();
    for (const QString &words : says)
        QVERIFY2(intro.contains(words), qPrintable(intro));
    for (const QString &words : neverSays)
        QVERIFY2(!intro.contains(words), qPrintable(intro));
    QCOMPARE(dialog->offersTrust(), offersTrust);
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("trustPushButton")) != nullptr, offersTrust);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem && !problem->text().isEmpty());
    QCOMPARE(https.listCount(), 0);
    dialog->reject();
}

// The certificate met by a request of profile A is pinned to A, even when the user switched to
// profile B before answering.
void TestFaultMatrix::tls_pinIsSavedToTheProfileThatMetTheCertificate()
{
    ScriptedCluster https(serverTls(m_selfSigned));
    {
        QSettings settings;
        ProfileStore store(&settings);
        ConnectionProfile a;
        a.name = QStringLiteral("A");
        a.url = https.baseUrl();
        store.save(a);
        ConnectionProfile b;
        b.name = QStringLiteral("B");
        b.url = m_cluster->baseUrl();
        store.save(b);
    }
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(https.baseUrl());
    s.apiToken = adminSecret();
    s.timeoutMs = 5000;
    m_window->connectTo(s, QStringLiteral("A"), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<CertificateDialog *>(), 10000);
    QPointer<CertificateDialog> dialog = m_window->findChild<CertificateDialog *>();

    // The user switches to B, then answers the question about A's certificate.
    ConnectionSettings b = s;
    b.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->connectTo(b, QStringLiteral("B"), false);
    QVERIFY(loaded.wait(10000));
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("trustPushButton"))->click();

    QSettings settings;
    const ProfileStore store(&settings);
    QCOMPARE(store.profile(QStringLiteral("A"))->pinnedSha256,
             m_selfSigned.certificate.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(store.profile(QStringLiteral("B"))->pinnedSha256, QByteArray());
    QCOMPARE(store.profile(QStringLiteral("B"))->url, m_cluster->baseUrl());
}

void TestFaultMatrix::fakeCluster_faults_listAndCreate_data()
{
    using Fake::Fault;
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("status"); // of a Status fault
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<int>("createStatus");
    const int S = int(Fault::Kind::Status);
    QTest::newRow("status 400") << S << 400 << Http << 400 << 400;
    QTest::newRow("status 401") << S << 401 << Http << 401 << 401;
    QTest::newRow("status 403") << S << 403 << Http << 403 << 403;
    QTest::newRow("status 404") << S << 404 << Http << 404 << 404;
    QTest::newRow("status 429") << S << 429 << RateLimited << 429 << 429;
    QTest::newRow("status 500") << S << 500 << Http << 500 << 500;
    QTest::newRow("status 556") << S << 556 << Http << 556 << 556;
    QTest::newRow("truncated body") << int(Fault::Kind::TruncatedBody) << 0 << Parse << 200 << 201;
    QTest::newRow("malformed JSON") << int(Fault::Kind::MalformedJson) << 0 << Parse << 200 << 201;
    QTest::newRow("dropped connection") << int(Fault::Kind::DropConnection) << 0 << Network << 0 << 0;
    QTest::newRow("latency past the timeout") << int(Fault::Kind::Latency) << 0 << Timeout << 0 << 0;
}

void TestFaultMatrix::fakeCluster_faults_listAndCreate()
{
    using Fake::Endpoint;
    using Fake::Fault;
    QFETCH(int, faultKind);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(int, listStatus);
    QFETCH(int, createStatus);

    Fake::FakeCluster fake;
    Fake::SeedOptions seed;
    seed.tokens = 20;
    QVERIFY2(fake.start({}, seed), qPrintable(fake.errorString()));
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(fake.baseUrl());
    s.apiToken = fake.adminToken().secret;
    s.timeoutMs = 400;
    m_window->connectTo(s, QString(), false);
    QVERIFY(loaded.wait(10000));
    const int rows = m_window->session()->model()->rowCount();
    QCOMPARE(rows, 20);
    QStringList ids;
    for (int row = 0; row < rows; ++row)
        ids << m_window->session()->model()->id(row);

    Fault fault;
    fault.kind = Fault::Kind(faultKind);
    fault.status = status;
    fault.latencyMs = 3000; // beyond the list's 10 x 400 ms deadline too
    fault.count = -1;
    fake.injectFault(Endpoint::List, fault);
    const ApiError listError = refreshExpectingFailure();
    QCOMPARE(int(listError.kind), kind);
    QCOMPARE(listError.httpStatus, listStatus);
    verifyBanner(listError, QStringLiteral("List tokens"));
    QCOMPARE(m_window->session()->model()->rowCount(), rows);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(m_window->session()->model()->id(row), ids.at(row));

    fake.injectFault(Endpoint::Create, fault);
    TokenOperations *operations = WindowParts::operations(*m_window);
    operations->newToken();
    QPointer<CreateTokenDialog> dialog = operations->createDialog();
    QVERIFY(dialog);
    dialog->setRequest(CreateTokenRequest{QStringLiteral("fault token"), {QStringLiteral("settings.read")}, {}});
    const CreateTokenRequest before = dialog->request();
    const int tokensBefore = fake.tokenCount();
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog && !dialog->isBusy() && !dialog->generalError().isEmpty(), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->request(), before);
    if (createStatus > 0)
        QVERIFY2(dialog->generalError().contains(QString::number(createStatus)), qPrintable(dialog->generalError()));
    if (fault.kind == Fault::Kind::Status) {
        QCOMPARE(fake.requestCount(Endpoint::Create), 1); // a create is never retried
        QCOMPARE(fake.tokenCount(), tokensBefore);
    }
    dialog->reject();
    QTRY_VERIFY(!dialog);
    fake.clearFaults();
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
