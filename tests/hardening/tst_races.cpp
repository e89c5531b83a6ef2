// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Stale responses and teardown while requests run, against a scripted loopback server
// that holds chosen answers back and releases them out of order. Run under ASan too (asan preset):
// a use-after-free while closing a dialog or the window is a failure there.
#include "core/background.h"
#include "createtokendialog.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "hardeningfixtures.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "model/detailsloader.h"
#include "model/tokentablemodel.h"
#include "secretdialog.h"
#include "tokenoperations.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace TokenDesk;
using namespace TokenDesk::Hardening;

namespace {

QByteArray listOf(const QStringList &ids, const QString &namePrefix)
{
    StubList list;
    for (const QString &id : ids)
        list.append(TokenStub{id, namePrefix + id.right(4), std::nullopt});
    return Json::encodeStubList(list);
}

const QStringList ListA{QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAA1"),
                        QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAA2")};
const QStringList ListB{QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBB1"),
                        QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBB2"),
                        QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBB3")};

} // namespace

class TestRaces final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void service_outOfOrderLists_eachCallbackGetsItsOwnList();
    void mainWindow_olderListAnsweringLast_neverOverwritesNewer();
    void mainWindow_detailsOfAnEarlierList_areDropped();
    void closingCreateDialog_whileCreating_keepsTheSecret();
    void closingLookupDialog_whileLookingUp_isSafe();
    void closingWindow_withRequestsInFlight_isSafe();
    void lookupDialog_whenTheConnectionChanges_asksToLookUpAgain();
    void deletingWindow_duringListParse_isSafe();
    void closingWindow_whileAnExportLoadsDetails_isSafeAndSendsNothingMore();
    void rateLimitSeen_slotCancellingAndStartingRequests_isSafe_data();
    void rateLimitSeen_slotCancellingAndStartingRequests_isSafe();

private:
    bool connectAndLoad();
    // A round trip through a separate client: everything the server had queued has been processed.
    void settle();

    QTemporaryDir m_dir;
    std::unique_ptr<ScriptedCluster> m_cluster;
    std::unique_ptr<MainWindow> m_window;
    QList<QPointer<QTcpSocket>> m_held;
};

void TestRaces::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_races"));
}

void TestRaces::init()
{
    m_held.clear();
    m_cluster = std::make_unique<ScriptedCluster>();
    m_window = std::make_unique<MainWindow>(MainWindow::Options{});
    m_window->show();
}

void TestRaces::cleanup()
{
    m_window.reset();
    m_cluster.reset();
}

bool TestRaces::connectAndLoad()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    s.timeoutMs = 10000;
    m_window->connectTo(s, QString(), false);
    return loaded.wait(10000) &&
           QTest::qWaitFor([this] { return m_window->session()->model()->loadedCount() == 3; }, 10000);
}

void TestRaces::settle()
{
    QNetworkAccessManager nam;
    TokensService probe(&nam);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    probe.setConnection(s);
    const auto details = m_cluster->details;
    m_cluster->details = [](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, response(200, {JsonType}, metadataBody(QStringLiteral("probe"), QString())));
    };
    bool done = false;
    probe.getToken(QStringLiteral("probe"), nullptr, [&done](const ApiResult<TokenMetadata> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    m_cluster->details = details;
}

void TestRaces::service_outOfOrderLists_eachCallbackGetsItsOwnList()
{
    // A is held; B is answered at once; then A answers last.
    m_cluster->list = [this](QTcpSocket *socket, const QByteArray &request) {
        if (RawHttpServer::requestLine(request).contains("user=a"))
            m_held.append(socket);
        else
            RawHttpServer::reply(socket, response(200, {JsonType}, listOf(ListB, QStringLiteral("b"))));
    };
    QNetworkAccessManager nam;
    TokensService service(&nam);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    service.setConnection(s);
    QList<QPair<char, qsizetype>> delivered;
    ListQuery a;
    a.user = QStringLiteral("a");
    ListQuery b;
    b.user = QStringLiteral("b");
    service.listTokens(a, this, [&](const ApiResult<StubList> &r) {
        QVERIFY(r.ok());
        delivered.append({'A', r.value->size()});
        QCOMPARE(r.value->at(0).id, ListA.at(0));
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 10000);
    service.listTokens(b, this, [&](const ApiResult<StubList> &r) {
        QVERIFY(r.ok());
        delivered.append({'B', r.value->size()});
        QCOMPARE(r.value->at(0).id, ListB.at(0));
    });
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
    QVERIFY(m_held.constFirst());
    RawHttpServer::reply(m_held.constFirst(), response(200, {JsonType}, listOf(ListA, QStringLiteral("a"))));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
    QCOMPARE(delivered.at(0), (QPair<char, qsizetype>('B', 3)));
    QCOMPARE(delivered.at(1), (QPair<char, qsizetype>('A', 2)));
    QCOMPARE(service.pendingCount(), 0);
}

void TestRaces::mainWindow_olderListAnsweringLast_neverOverwritesNewer()
{
    QVERIFY(connectAndLoad());
    // List A is held by the server; the user refreshes (list B), which answers at once.
    int lists = 0;
    m_cluster->list = [this, &lists](QTcpSocket *socket, const QByteArray &) {
        if (++lists == 1)
            m_held.append(socket);
        else
            RawHttpServer::reply(socket, response(200, {JsonType}, listOf(ListB, QStringLiteral("b"))));
    };
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
    m_window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 10000);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->session()->model()->rowCount(), 3);
    QCOMPARE(m_window->session()->model()->id(0), ListB.at(0));

    // A answers last: nothing changes.
    if (m_held.constFirst())
        RawHttpServer::reply(m_held.constFirst(), response(200, {JsonType}, listOf(ListA, QStringLiteral("a"))));
    settle();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_window->session()->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_window->session()->model()->id(row), ListB.at(row));
    QVERIFY(!m_window->isListLoading());
}

void TestRaces::mainWindow_detailsOfAnEarlierList_areDropped()
{
    // The first list's details of "gamma" are held; a refresh brings a new list (same ids) whose
    // details answer at once; then the held, older details arrive with another owner.
    const QString gamma = goodIds().at(2);
    int gammaRequests = 0;
    const auto normal = m_cluster->details;
    m_cluster->details = [&, normal](QTcpSocket *socket, const QByteArray &request) {
        if (RawHttpServer::requestLine(request).contains(gamma.toLatin1()) && ++gammaRequests == 1) {
            m_held.append(socket);
            return;
        }
        normal(socket, request);
    };
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    m_window->connectTo(s, QString(), false);
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 10000);
    const quint64 firstGeneration = m_window->session()->loader()->generation();

    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_window->session()->loader()->generation() > firstGeneration);
    const int row = m_window->session()->model()->rowOfId(gamma);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(row), 10000);
    QCOMPARE(m_window->session()->model()->owner(row), std::optional<QString>(QStringLiteral("admin")));

    TokenMetadata stale;
    stale.id = gamma;
    stale.name = QStringLiteral("stale");
    stale.userId = QStringLiteral("stale-owner");
    if (m_held.constFirst())
        RawHttpServer::reply(m_held.constFirst(), response(200, {JsonType}, Json::encodeTokenMetadata(stale)));
    settle();
    QCOMPARE(m_window->session()->model()->owner(row), std::optional<QString>(QStringLiteral("admin")));
    QCOMPARE(m_window->session()->model()->name(row), QStringLiteral("gamma"));
    m_cluster->resetRoutes();
}

void TestRaces::closingCreateDialog_whileCreating_keepsTheSecret()
{
    QVERIFY(connectAndLoad());
    m_cluster->create = [this](QTcpSocket *socket, const QByteArray &) { m_held.append(socket); };
    TokenOperations *operations = WindowParts::operations(*m_window);
    operations->newToken();
    QPointer<CreateTokenDialog> dialog = operations->createDialog();
    QVERIFY(dialog);
    dialog->setRequest(CreateTokenRequest{QStringLiteral("racing"), {QStringLiteral("settings.read")}, {}});
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 10000);
    QVERIFY(dialog->isBusy());
    dialog->reject(); // ignored while the request is out
    QVERIFY(dialog && dialog->isVisible());
    delete dialog.data(); // gone anyway (e.g. its parent closed)
    QVERIFY(!operations->createDialog());

    const QString secret = QStringLiteral("dt0c01.RACINGRACINGRACINGRACING.") + QString(64, QLatin1Char('R'));
    QVERIFY(m_held.constFirst());
    RawHttpServer::reply(m_held.constFirst(), response(201, {JsonType}, Json::encodeTokenSecret(TokenSecret{secret})));
    // The secret is not lost: it is shown once.
    QTRY_VERIFY_WITH_TIMEOUT(operations->secretDialog(), 10000);
    QCOMPARE(operations->secretDialog()->secretLineEdit()->text(), secret);
    operations->secretDialog()->storedCheckBox()->setChecked(true);
    operations->secretDialog()->closeButton()->click();
    QTRY_VERIFY(!operations->secretDialog());
}

void TestRaces::closingLookupDialog_whileLookingUp_isSafe()
{
    QVERIFY(connectAndLoad());
    m_cluster->lookup = [this](QTcpSocket *socket, const QByteArray &) { m_held.append(socket); };
    TokenOperations *operations = WindowParts::operations(*m_window);
    operations->lookup();
    QPointer<LookupDialog> dialog = operations->lookupDialog();
    QVERIFY(dialog);
    dialog->secretLineEdit()->setText(adminSecret());
    dialog->lookupButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 10000);
    dialog->done(QDialog::Rejected);
    QTRY_VERIFY(!operations->lookupDialog() || !operations->lookupDialog()->isVisible());
    delete dialog.data();
    QVERIFY(m_held.constFirst());
    RawHttpServer::reply(m_held.constFirst(),
                         response(200, {JsonType}, metadataBody(goodIds().at(0), QStringLiteral("alpha"))));
    settle();
    QCOMPARE(m_window->session()->model()->rowCount(), 3);
}

void TestRaces::lookupDialog_whenTheConnectionChanges_asksToLookUpAgain()
{
    // Given a lookup the server holds back
    QVERIFY(connectAndLoad());
    m_cluster->lookup = [this](QTcpSocket *socket, const QByteArray &) { m_held.append(socket); };
    TokenOperations *operations = WindowParts::operations(*m_window);
    operations->lookup();
    QPointer<LookupDialog> dialog = operations->lookupDialog();
    QVERIFY(dialog);
    dialog->secretLineEdit()->setText(adminSecret());
    dialog->lookupButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, 10000);
    QVERIFY(dialog->isBusy());

    // When the user switches to another profile (the switch cancels every request)
    m_cluster->resetRoutes();
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    m_window->connectTo(s, QStringLiteral("other"), false);

    // Then the dialog does not wait forever: it says why, and the secret is gone from the field
    QVERIFY(dialog);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->errorText(), QStringLiteral("The connection changed; look up again."));
    QVERIFY(dialog->secretLineEdit()->text().isEmpty());
    QVERIFY(!dialog->secretLineEdit()->isReadOnly());
    QVERIFY(!dialog->metadata());

    // And a new lookup goes to the new connection and answers
    QVERIFY(loaded.wait(10000));
    dialog->secretLineEdit()->setText(adminSecret());
    QVERIFY(dialog->lookupButton()->isEnabled());
    dialog->lookupButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->errorText().isEmpty());

    // And the old connection's late answer changes nothing
    if (m_held.constFirst())
        RawHttpServer::reply(m_held.constFirst(),
                             response(200, {JsonType}, metadataBody(goodIds().at(1), QStringLiteral("late"))));
    settle();
    QCOMPARE(dialog->metadata()->name, std::optional<QString>(QStringLiteral("admin")));
}

void TestRaces::closingWindow_withRequestsInFlight_isSafe()
{
    QVERIFY(connectAndLoad());
    // Everything is held: the list, details, a create and a lookup.
    const auto hold = [this](QTcpSocket *socket, const QByteArray &) { m_held.append(socket); };
    m_cluster->list = hold;
    m_cluster->details = hold;
    m_cluster->create = hold;
    m_cluster->lookup = hold;
    m_window->refresh();
    m_window->session()->loader()->invalidate(goodIds().at(0));
    m_window->session()->loader()->prioritize({goodIds().at(0)});
    WindowParts::operations(*m_window)->newToken();
    QPointer<CreateTokenDialog> create = WindowParts::operations(*m_window)->createDialog();
    create->setRequest(CreateTokenRequest{QStringLiteral("late"), {QStringLiteral("settings.read")}, {}});
    create->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_held.size() >= 3, 10000);
    QVERIFY(m_window->session()->service()->pendingCount() >= 3);

    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(!create);

    // The server answers everything after all.
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_held)) {
        if (socket)
            RawHttpServer::reply(socket, response(200, {JsonType}, goodListBody()));
    }
    m_cluster->resetRoutes();
    settle();
}

void TestRaces::deletingWindow_duringListParse_isSafe()
{
    QVERIFY(connectAndLoad());
    QByteArray body("{\"values\":[");
    for (int i = 0; i < 200000; ++i)
        body += (i ? ",{\"id\":\"dt0c01." : "{\"id\":\"dt0c01.") + QByteArray::number(i).rightJustified(24, 'A') +
                "\",\"name\":\"token\"}";
    body += "]}";
    m_cluster->list = [body](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, response(200, {JsonType, "X-RateLimit-Limit: 9"}, body));
    };
    // rateLimitSeen fires when the body has arrived, just before the parse starts on a worker.
    bool deleted = false;
    connect(m_window->session()->service(), &TokensService::rateLimitSeen, this, [this, &deleted] {
        QTimer::singleShot(0, this, [this, &deleted] {
            m_window.reset();
            deleted = true;
        });
    });
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 10000);
    QVERIFY(Background::pool()->waitForDone(20000));
    m_cluster->resetRoutes();
    settle();
}

void TestRaces::closingWindow_whileAnExportLoadsDetails_isSafeAndSendsNothingMore()
{
    // Given a list of 200 tokens whose details the server holds back
    QStringList ids;
    for (int i = 0; i < 200; ++i)
        ids.append(QStringLiteral("dt0c01.") + QString::number(i).rightJustified(24, QLatin1Char('E')));
    const QByteArray list = listOf(ids, QStringLiteral("e"));
    m_cluster->list = [list](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(socket, response(200, {JsonType}, list));
    };
    m_cluster->details = [this](QTcpSocket *socket, const QByteArray &) { m_held.append(socket); };
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    m_window->connectTo(s, QString(), false);
    QVERIFY(loaded.wait(10000));
    // And an export that needs them, fed to the loader in small chunks, waiting for them
    ExportController *exporter = WindowParts::exportController(*m_window);
    exporter->setLoadChunkSize(10);
    exporter->openDialog();
    QVERIFY(exporter->dialog());
    exporter->exportTo(m_dir.filePath(QStringLiteral("closing.csv")));
    QCOMPARE(exporter->state(), ExportController::State::LoadingDetails);
    QTRY_VERIFY_WITH_TIMEOUT(!m_held.isEmpty(), 10000);
    settle();
    const int detailRequests = m_cluster->count("GET /api/cluster/v2/tokens/");

    // When the window is closed and destroyed at that moment (ASan: nothing freed is touched)
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(Background::pool()->waitForDone(20000));

    // Then no further request went out: the export stopped with the window
    m_cluster->resetRoutes();
    settle();
    QCOMPARE(m_cluster->count("GET /api/cluster/v2/tokens/"), detailRequests + 1); // + settle()'s probe
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_held)) {
        if (socket)
            RawHttpServer::reply(socket, response(200, {JsonType}, metadataBody(ids.at(0), QStringLiteral("late"))));
    }
    settle();
}

void TestRaces::rateLimitSeen_slotCancellingAndStartingRequests_isSafe_data()
{
    QTest::addColumn<bool>("cancelAll");
    QTest::newRow("cancel that request") << false;
    QTest::newRow("cancel everything") << true;
}

void TestRaces::rateLimitSeen_slotCancellingAndStartingRequests_isSafe()
{
    QFETCH(bool, cancelAll);
    // Given a list answer with rate-limit headers
    m_cluster->list = [](QTcpSocket *socket, const QByteArray &) {
        RawHttpServer::reply(
            socket, response(200, {JsonType, "X-RateLimit-Limit: 9", "X-RateLimit-Remaining: 8"}, goodListBody()));
    };
    QNetworkAccessManager nam;
    TokensService service(&nam);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_cluster->baseUrl());
    s.apiToken = adminSecret();
    service.setConnection(s);
    // And a slot that, on the signal, cancels the very request and starts others (which may
    // free the pending-request entry the service is still handling; ASan checks that it does not)
    TokensService::RequestId listId = 0;
    int lists = 0;
    int details = 0;
    bool seen = false;
    connect(&service, &TokensService::rateLimitSeen, this, [&] {
        if (std::exchange(seen, true))
            return;
        if (cancelAll)
            service.cancelAll();
        else
            service.cancel(listId);
        for (const QString &id : goodIds())
            service.getToken(id, this, [&details](const ApiResult<TokenMetadata> &r) { details += r.ok() ? 1 : 0; });
    });
    // When the list answers
    listId = service.listTokens({}, this, [&lists](const ApiResult<StubList> &) { ++lists; });
    // Then the requests the slot started complete, and the cancelled list never calls back
    QTRY_COMPARE_WITH_TIMEOUT(details, int(goodIds().size()), 10000);
    QVERIFY(seen);
    QVERIFY(Background::pool()->waitForDone(20000));
    QCoreApplication::processEvents();
    QCOMPARE(lists, 0);
    QCOMPARE(service.pendingCount(), 0);
}

QTEST_MAIN(TestRaces)
#include "tst_races.moc"
