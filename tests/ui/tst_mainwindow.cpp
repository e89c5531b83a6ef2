// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window against a real fake cluster over loopback: the list and its details load, the
// filter pane's query reaches the server exactly, the quick and status filters narrow the rows, the
// detail pane follows the selection, and a failure shows the banner while the table keeps its rows.
#include "api/transportsecurity.h"
#include "audit/comparisonmodel.h"
#include "auditviewpane.h"
#include "comparisondialog.h"
#include "connectionsdialog.h"
#include "csv/tokencolumns.h"
#include "detailpane.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "fakecluster.h"
#include "filterpane.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "manageviewsdialog.h"
#include "messagebanner.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "reportcontroller.h"
#include "settings/savedviews.h"
#include "tokenoperations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace TokenDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldLoadListAndVisibleDetails();
    void shouldMarkTheTokenThisConnectionUses();
    void shouldKnowTheTokenInUseFromItsSecretWithoutALookup();
    void shouldSendTheFilterPaneQuery();
    void shouldNarrowWithQuickFilter();
    void shouldSayWhileANewFilterIsComputed();
    void shouldNarrowWithStatusFilter();
    void shouldShowSelectedTokenInDetailPane();
    void shouldKeepTableWhenListFails();
    void shouldRememberFiltersPerProfile();
    void shouldRememberTheStatusFilterAsAWord();
    void shouldWarnPermanentlyWhileTheTokenTravelsInClear();
    void shouldNotConnectAProfileThatWouldSendTheTokenInClear();
    void connectionsDialog_asksForPlainHttpExplicitly();
    void connectionsDialog_asksForTheTokenAgainWhenTheServerChanges_data();
    void connectionsDialog_asksForTheTokenAgainWhenTheServerChanges();
    void shouldNotSendAStoredTokenToAnotherServer();
    void lookup_showInTableShouldClearTheWindowsFiltersAndReload();
    void shouldSayWhatTheQuickFilterCannotDecideAndLoadExactlyThat();
    void shouldWarnInTheExportDialogAboutTokensTheFilterCannotDecide();
    void shouldFilterByAnAuditViewInOneClickWithItsCount();
    void shouldCompareAnEarlierExportWithTheList();
    void shouldReportTheTokensShownAndShowABarsTokens();
    void shouldSayWhenASortLeavesRowsUnsorted();
    void shouldKeepTheSelectedRowInPlaceWhileDetailsResort();
    void shouldSayWhenTheLimitCutTheList();
    void shouldLoadDetailsOfRowsRevealedByAResize();
    void shouldAskBeforeLoadingManyDetails();
    void shouldDropABannerAboutATokenOnceItShowsOrIsGone();
    void savedView_appliesEveryFilterAgainAndRefetchesWithItsQuery();
    void savedView_renamesWithF2AndDeletesWithDelAfterAsking();

private:
    bool connectAndLoad();
    bool waitUntilDetailsIdle();
    QAction *loadAllAction() const;

    QTemporaryDir m_config;
    std::unique_ptr<Fake::FakeCluster> m_fake;
    std::unique_ptr<MainWindow> m_window;
    QString m_aliceRecent;
    QString m_aliceOld;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear(); // every test starts with no saved filters or window state
    m_fake = std::make_unique<Fake::FakeCluster>();
    Fake::SeedOptions seed;
    seed.tokens = 120;
    QVERIFY2(m_fake->start({}, seed), qPrintable(m_fake->errorString()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    m_aliceRecent =
        m_fake
            ->addToken(QStringLiteral("alice-recent-unique"), QStringLiteral("alice"),
                       {QStringLiteral("settings.read"), QStringLiteral("ClusterTokenManagement")}, {}, now - 2 * day)
            .id;
    m_aliceOld =
        m_fake
            ->addToken(QStringLiteral("alice-old"), QStringLiteral("alice"),
                       {QStringLiteral("settings.read"), QStringLiteral("ClusterTokenManagement")}, {}, now - 200 * day)
            .id;
    m_window = std::make_unique<MainWindow>(MainWindow::Options{});
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_fake.reset();
}

bool TestMainWindow::connectAndLoad()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = m_fake->adminToken().secret;
    m_window->connectTo(s, QStringLiteral("test"), false);
    return loaded.wait(10000) && loaded.size() == 1;
}

void TestMainWindow::shouldLoadListAndVisibleDetails()
{
    QVERIFY(connectAndLoad());
    QCOMPARE(m_window->session()->model()->rowCount(), m_fake->tokenCount());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), m_fake->tokenCount(), 5000);
    // Details of the visible rows arrive without asking, and only those (lazily).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(m_window->proxy()->sourceRow(0)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->session()->loader()->inFlightCount() == 0 && m_window->session()->loader()->queuedCount() == 0, 5000);
    QVERIFY(m_window->session()->model()->loadedCount() > 5);
    QVERIFY(m_window->session()->model()->loadedCount() < m_fake->tokenCount());
    const QString expected = QStringLiteral("%1 of %1 tokens shown").arg(m_fake->tokenCount());
    QVERIFY2(m_window->statusText().startsWith(expected), qPrintable(m_window->statusText()));
}

void TestMainWindow::shouldMarkTheTokenThisConnectionUses()
{
    QVERIFY(connectAndLoad());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->model()->selfId(), m_fake->adminToken().id, 5000);
    const int row = m_window->session()->model()->rowOfId(m_fake->adminToken().id);
    QVERIFY(row >= 0);
    QVERIFY(m_window->session()->model()->index(row, 0).data(TokenTableModel::IsSelfRole).toBool());
}

// A new-format secret names its token: the window marks and protects it from the moment it
// connects, even when the lookup of its own secret does not answer.
void TestMainWindow::shouldKnowTheTokenInUseFromItsSecretWithoutALookup()
{
    Fake::Fault fault;
    fault.kind = Fake::Fault::Kind::Status;
    fault.status = 500;
    fault.count = -1;
    m_fake->injectFault(Fake::Endpoint::Lookup, fault);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = m_fake->adminToken().secret;
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->connectTo(s, QStringLiteral("test"), false);
    QCOMPARE(m_window->session()->model()->selfId(), m_fake->adminToken().id);
    QCOMPARE(m_window->session()->service()->tokenInUseId(), m_fake->adminToken().id);
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->requestCount(Fake::Endpoint::Lookup) > 0, 5000);
    const int row = m_window->session()->model()->rowOfId(m_fake->adminToken().id);
    QVERIFY(row >= 0);
    QVERIFY(m_window->session()->model()->index(row, 0).data(TokenTableModel::IsSelfRole).toBool());
    QCOMPARE(m_window->session()->model()->selfId(), m_fake->adminToken().id);
}

void TestMainWindow::shouldSendTheFilterPaneQuery()
{
    QVERIFY(connectAndLoad());
    FilterPane *pane = WindowParts::filterPane(*m_window);
    auto *owner = pane->findChild<QLineEdit *>(QStringLiteral("ownerLineEdit"));
    auto *scopes = pane->findChild<QListWidget *>(QStringLiteral("scopesListWidget"));
    auto *lastUsed = pane->findChild<QComboBox *>(QStringLiteral("lastUsedComboBox"));
    auto *limit = pane->findChild<QSpinBox *>(QStringLiteral("limitSpinBox"));
    auto *apply = pane->findChild<QPushButton *>(QStringLiteral("applyPushButton"));
    QVERIFY(owner && scopes && lastUsed && limit && apply);
    QTest::keyClicks(owner, QStringLiteral("alice"));
    for (const QString &scope : {QStringLiteral("settings.read"), QStringLiteral("ClusterTokenManagement")})
        scopes->findItems(scope, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    lastUsed->setCurrentIndex(lastUsed->findData(int(FilterPane::LastUsedPreset::UsedLast7Days)));
    limit->setValue(50);

    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const QUrlQuery query(m_fake->lastRequestQuery(Fake::Endpoint::List));
    QCOMPARE(query.queryItemValue(QStringLiteral("user")), QStringLiteral("alice"));
    QCOMPARE(query.allQueryItemValues(QStringLiteral("permissions")),
             (QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")}));
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    const qint64 from = query.queryItemValue(QStringLiteral("from")).toLongLong();
    const qint64 week = 7LL * 24 * 3600 * 1000;
    QVERIFY(from >= before - week && from <= after - week);
    QVERIFY(!query.hasQueryItem(QStringLiteral("to")));
    // The server answered with exactly the matching token.
    QCOMPARE(m_window->session()->model()->rowCount(), 1);
    QCOMPARE(m_window->session()->model()->id(0), m_aliceRecent);
}

void TestMainWindow::shouldNarrowWithQuickFilter()
{
    QVERIFY(connectAndLoad());
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("RECENT-uniq"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), 1, 5000);
    QCOMPARE(m_window->session()->model()->id(m_window->proxy()->sourceRow(0)), m_aliceRecent);
    // By id too.
    WindowParts::quickFilter(*m_window)->setText(m_aliceOld.mid(7, 10));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->model()->id(m_window->proxy()->sourceRow(0)), m_aliceOld, 5000);
    QCOMPARE(m_window->proxy()->rowCount(), 1);
    // Esc clears it.
    WindowParts::quickFilter(*m_window)->setFocus();
    QTest::keyClick(WindowParts::quickFilter(*m_window), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), m_fake->tokenCount(), 5000);
}

void TestMainWindow::shouldSayWhileANewFilterIsComputed()
{
    // Given a list filtered on a worker (as a long list is), narrowed to one token
    QVERIFY(connectAndLoad());
    TokenProxyModel *proxy = m_window->proxy();
    proxy->setSynchronousLimit(0);
    const QString computing = QStringLiteral("sorting and filtering");
    proxy->setFilterText(QStringLiteral("RECENT-uniq"));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy->isPending(), 5000);
    QCOMPARE(proxy->rowCount(), 1);
    QVERIFY2(!m_window->statusText().contains(computing), qPrintable(m_window->statusText()));

    // When the filter is cleared: until the worker's rows land, the table still holds the one token
    proxy->setFilterText(QString());
    QVERIFY(proxy->isPending());
    QCOMPARE(proxy->rowCount(), 1);

    // Then the status bar says that the rows are being computed, not only "1 of N tokens shown"
    QVERIFY2(m_window->statusText().contains(computing), qPrintable(m_window->statusText()));
    // And once they land, every token shows and the status bar says so without that note
    QTRY_VERIFY_WITH_TIMEOUT(!proxy->isPending(), 5000);
    QCOMPARE(proxy->rowCount(), m_fake->tokenCount());
    const QString expected = QStringLiteral("%1 of %1 tokens shown").arg(m_fake->tokenCount());
    QVERIFY2(m_window->statusText().startsWith(expected), qPrintable(m_window->statusText()));
    QVERIFY2(!m_window->statusText().contains(computing), qPrintable(m_window->statusText()));

    // A sort computed on the worker says so too, until its rows land
    proxy->sort(TokenTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY2(m_window->statusText().contains(computing), qPrintable(m_window->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy->isPending(), 5000);
    QVERIFY2(!m_window->statusText().contains(computing), qPrintable(m_window->statusText()));
}

void TestMainWindow::shouldNarrowWithStatusFilter()
{
    QVERIFY(connectAndLoad());
    QSignalSpy all(m_window->session()->loader(), &DetailsLoader::allLoaded);
    m_window->session()->loader()->loadAll();
    QVERIFY(all.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->model()->loadedCount(), m_fake->tokenCount(), 5000);
    int revoked = 0;
    for (int r = 0; r < m_window->session()->model()->rowCount(); ++r)
        revoked += m_window->session()->model()->status(r) == TokenStatus::Revoked ? 1 : 0;
    QVERIFY(revoked > 0);
    auto *status = WindowParts::statusFilter(*m_window);
    status->setCurrentIndex(status->findData(int(TokenProxyModel::StatusFilter::Revoked)));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), revoked, 5000);
    for (int r = 0; r < m_window->proxy()->rowCount(); ++r)
        QCOMPARE(m_window->session()->model()->status(m_window->proxy()->sourceRow(r)), TokenStatus::Revoked);
}

void TestMainWindow::shouldShowSelectedTokenInDetailPane()
{
    QVERIFY(connectAndLoad());
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("alice-old"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), 1, 5000);
    WindowParts::table(*m_window)->selectRow(0);
    QCOMPARE(WindowParts::detailPane(*m_window)->shownId(), m_aliceOld);
    // Details of the selection arrive and the pane fills in.
    const int row = m_window->session()->model()->rowOfId(m_aliceOld);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(row), 5000);
    QCOMPARE(m_window->session()->model()->owner(row), std::optional<QString>(QStringLiteral("alice")));
    QTRY_VERIFY_WITH_TIMEOUT(WindowParts::detailPane(*m_window)->findChild<QListWidget *>() &&
                                 WindowParts::detailPane(*m_window)->findChild<QListWidget *>()->count() == 2,
                             5000);
}

void TestMainWindow::shouldKeepTableWhenListFails()
{
    QVERIFY(connectAndLoad());
    const int rows = m_window->session()->model()->rowCount();
    Fake::Fault fault;
    fault.kind = Fake::Fault::Kind::Status;
    fault.status = 500;
    fault.message = QStringLiteral("Internal trouble");
    m_fake->injectFault(Fake::Endpoint::List, fault);
    QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
    m_window->refresh();
    QVERIFY(failed.wait(5000));
    QVERIFY(WindowParts::banner(*m_window)->isVisible());
    QVERIFY2(WindowParts::banner(*m_window)->text().contains(QStringLiteral("500")),
             qPrintable(WindowParts::banner(*m_window)->text()));
    QVERIFY(WindowParts::banner(*m_window)->text().contains(QStringLiteral("Internal trouble")));
    QVERIFY(WindowParts::banner(*m_window)->isRetryVisible());
    QCOMPARE(m_window->session()->model()->rowCount(), rows);
    // Retry loads again and the banner goes away.
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    Q_EMIT WindowParts::banner(*m_window)->retryRequested();
    QVERIFY(loaded.wait(5000));
    QVERIFY(!WindowParts::banner(*m_window)->isVisible());
}

void TestMainWindow::shouldRememberFiltersPerProfile()
{
    QVERIFY(connectAndLoad());
    auto *owner = WindowParts::filterPane(*m_window)->findChild<QLineEdit *>(QStringLiteral("ownerLineEdit"));
    auto *limit = WindowParts::filterPane(*m_window)->findChild<QSpinBox *>(QStringLiteral("limitSpinBox"));
    owner->setText(QStringLiteral("alice"));
    limit->setValue(77);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->session()->model()->rowCount(), 2);

    // A new window on the same profile starts with the same filters and asks the server for them.
    m_window = std::make_unique<MainWindow>(MainWindow::Options{});
    QVERIFY(connectAndLoad());
    QCOMPARE(WindowParts::filterPane(*m_window)->state().owner, QStringLiteral("alice"));
    QCOMPARE(WindowParts::filterPane(*m_window)->state().limit, 77);
    QCOMPARE(QUrlQuery(m_fake->lastRequestQuery(Fake::Endpoint::List)).queryItemValue(QStringLiteral("user")),
             QStringLiteral("alice"));
    QCOMPARE(m_window->session()->model()->rowCount(), 2);
    // Another profile has its own (default) filters.
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = m_fake->adminToken().secret;
    QSignalSpy loaded2(m_window.get(), &MainWindow::listLoaded);
    m_window->connectTo(s, QStringLiteral("other"), false);
    QVERIFY(loaded2.wait(5000));
    QCOMPARE(WindowParts::filterPane(*m_window)->state().owner, QString());
    QCOMPARE(m_window->session()->model()->rowCount(), m_fake->tokenCount());
}

// The status box is saved as a word, not as the position of its entry, and a position saved by an
// older version still restores the same status (and is rewritten as its word).
void TestMainWindow::shouldRememberTheStatusFilterAsAWord()
{
    QVERIFY(connectAndLoad());
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(TokenProxyModel::StatusFilter::Revoked)));
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    const QString key = QStringLiteral("filters/%1/status").arg(QString::fromLatin1(QByteArray("test").toHex()));
    QCOMPARE(QSettings().value(key).toString(), QStringLiteral("revoked"));

    m_window.reset();
    QSettings().setValue(key, 3); // an older version's position of "Expired"
    m_window = std::make_unique<MainWindow>(MainWindow::Options{});
    QVERIFY(connectAndLoad());
    status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    QCOMPARE(status->currentData().toInt(), int(TokenProxyModel::StatusFilter::Expired));
    QCOMPARE(m_window->proxy()->statusFilter(), TokenProxyModel::StatusFilter::Expired);
    QCOMPARE(QSettings().value(key).toString(), QStringLiteral("expired"));
}

void TestMainWindow::shouldWarnPermanentlyWhileTheTokenTravelsInClear()
{
    // Connected over plain http to another host, by explicit choice: a warning without a close
    // button, which stays while a failure comes and goes in the other banner.
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(QStringLiteral("http://192.0.2.1:9")); // TEST-NET-1
    s.apiToken = m_fake->adminToken().secret;
    s.allowInsecureHttp = true;
    s.timeoutMs = 300;
    QSignalSpy failed(m_window.get(), &MainWindow::listFailed);
    m_window->connectTo(s, QStringLiteral("remote"), false);
    MessageBanner *warning = WindowParts::insecureBanner(*m_window);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->level(), MessageBanner::Level::Warning);
    QVERIFY2(warning->text().contains(QStringLiteral("in clear")) &&
                 warning->text().contains(QStringLiteral("192.0.2.1")),
             qPrintable(warning->text()));
    const auto buttons = warning->findChildren<QToolButton *>();
    for (const QToolButton *button : buttons)
        QVERIFY(!button->isVisible());
    QVERIFY(failed.wait(10000));
    WindowParts::banner(*m_window)->dismiss();
    QVERIFY(warning->isVisible());

    // Over loopback (or https) there is nothing to warn about.
    QVERIFY(connectAndLoad());
    QVERIFY(!warning->isVisible());
}

void TestMainWindow::shouldNotConnectAProfileThatWouldSendTheTokenInClear()
{
    {
        QSettings settings;
        ConnectionProfile profile;
        profile.name = QStringLiteral("remote http");
        profile.url = QStringLiteral("http://192.0.2.1:9");
        ProfileStore(&settings).save(profile);
    }
    MainWindow::Options options;
    options.profile = QStringLiteral("remote http");
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    m_window->start(); // after the first paint
    QTRY_VERIFY(WindowParts::banner(*m_window)->isVisible());
    QVERIFY2(WindowParts::banner(*m_window)->text().contains(QStringLiteral("in clear")),
             qPrintable(WindowParts::banner(*m_window)->text()));
    QVERIFY(m_window->session()->service()->connection().baseUrl.isEmpty()); // not connected, nothing sent
    QTRY_VERIFY(m_window->findChild<ConnectionsDialog *>());                 // where the choice is made
}

void TestMainWindow::connectionsDialog_asksForPlainHttpExplicitly()
{
    ConnectionsDialog dialog;
    dialog.setProfiles({}, QString());
    dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("lab"));
    dialog.findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(m_fake->adminToken().secret);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
    auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowInsecureHttpCheckBox"));
    QVERIFY(allow);
    QVERIFY(!allow->isChecked());

    url->setText(QStringLiteral("http://localhost:8080"));
    QCOMPARE(dialog.validationError(), QString()); // loopback: no question
    url->setText(QStringLiteral("http://10.0.0.5"));
    QVERIFY2(dialog.validationError().contains(QStringLiteral("in clear")), qPrintable(dialog.validationError()));
    QVERIFY(allow->isEnabled());
    allow->setChecked(true);
    QCOMPARE(dialog.validationError(), QString());
    QVERIFY(dialog.editedProfile().allowInsecureHttp);
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("insecureHttpNote"))->text().contains(QStringLiteral("in clear")));
}

void TestMainWindow::connectionsDialog_asksForTheTokenAgainWhenTheServerChanges_data()
{
    QTest::addColumn<QString>("newUrl");
    QTest::addColumn<bool>("askedAgain");
    QTest::newRow("another host") << QStringLiteral("https://other.example.com") << true;
    QTest::newRow("another port") << QStringLiteral("https://prod.example.com:8443") << true;
    QTest::newRow("http instead of https") << QStringLiteral("http://prod.example.com") << true;
    QTest::newRow("the same destination, written out")
        << QStringLiteral("https://PROD.example.com:443/api/cluster/v2/") << false;
}

void TestMainWindow::connectionsDialog_asksForTheTokenAgainWhenTheServerChanges()
{
    QFETCH(QString, newUrl);
    QFETCH(bool, askedAgain);
    ConnectionProfile prod;
    prod.name = QStringLiteral("prod");
    prod.url = QStringLiteral("https://prod.example.com");
    ConnectionsDialog dialog;
    dialog.setProfiles({prod}, prod.name);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
    auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowInsecureHttpCheckBox"));
    QCOMPARE(dialog.validationError(), QString()); // the stored token serves its own address
    token->setText(QStringLiteral("typed before the address changed"));

    url->setText(newUrl);
    allow->setChecked(true); // the http row is about the token, not about plain http
    if (!askedAgain) {
        QCOMPARE(dialog.validationError(), QString());
        return;
    }
    QVERIFY(token->text().isEmpty()); // emptied: typed anew for the new address
    QVERIFY2(dialog.validationError().contains(QStringLiteral("another server")), qPrintable(dialog.validationError()));
    QSignalSpy connectRequested(&dialog, &ConnectionsDialog::connectRequested);
    QSignalSpy testRequested(&dialog, &ConnectionsDialog::testRequested);
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == ConnectionsDialog::tr("&Connect") ||
            button->text() == ConnectionsDialog::tr("&Test connection"))
            button->click();
    }
    QCOMPARE(connectRequested.size(), 0);
    QCOMPARE(testRequested.size(), 0);

    const QString secret = m_fake->adminToken().secret;
    token->setText(secret);
    QCOMPARE(dialog.validationError(), QString());
    const ConnectionProfile edited = dialog.editedProfile();
    QCOMPARE(edited.tokenDestination, Transport::destinationOf(newUrl));
    QVERIFY(edited.storedTokenMatchesAddress());
}

void TestMainWindow::shouldNotSendAStoredTokenToAnotherServer()
{
    // A profile whose address was moved (by hand, or by an older version) away from the server its
    // token was stored for: the window does not fetch that token for the new server.
    {
        QSettings settings;
        ConnectionProfile profile;
        profile.name = QStringLiteral("moved");
        profile.url = m_fake->baseUrl();
        profile.tokenDestination = QStringLiteral("https://old.example.com:443");
        ProfileStore(&settings).save(profile);
    }
    MainWindow::Options options;
    options.profile = QStringLiteral("moved");
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    const int before = m_fake->requestCount();
    m_window->start(); // after the first paint
    QTRY_VERIFY2(WindowParts::banner(*m_window)->text().contains(QStringLiteral("old.example.com")),
                 qPrintable(WindowParts::banner(*m_window)->text()));
    QVERIFY(m_window->session()->service()->connection().baseUrl.isEmpty());
    QTRY_VERIFY(m_window->findChild<ConnectionsDialog *>());
    QCOMPARE(m_fake->requestCount(), before);
}

// A leaked secret's token that the window's filters keep out of the table: "Show in table" names
// the server-side filter, "Clear and reload" clears it in the filter pane and loads the list again,
// and the quick and status filters above the table are relaxed in their own widgets.
void TestMainWindow::lookup_showInTableShouldClearTheWindowsFiltersAndReload()
{
    const auto leaked =
        m_fake->addToken(QStringLiteral("leaked-bob"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
    QVERIFY(connectAndLoad());
    FilterPane *pane = WindowParts::filterPane(*m_window);
    FilterPane::State st = pane->state();
    st.owner = QStringLiteral("alice");
    pane->setState(st);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->session()->model()->rowCount(), 2);
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("alice"));
    WindowParts::statusFilter(*m_window)->setCurrentIndex(2); // Revoked
    QTRY_COMPARE(m_window->proxy()->rowCount(), 0);

    WindowParts::operations(*m_window)->lookup();
    LookupDialog *dialog = WindowParts::operations(*m_window)->lookupDialog();
    QVERIFY(dialog);
    dialog->secretLineEdit()->setText(leaked.secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 5000);
    QTest::mouseClick(dialog->showInTableButton(), Qt::LeftButton);
    QVERIFY2(dialog->tableStatus().contains(QStringLiteral("the owner filter “alice” leaves it out")),
             qPrintable(dialog->tableStatus()));
    QVERIFY(dialog->reloadButton()->isVisible());
    QTest::mouseClick(dialog->reloadButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QVERIFY(!QUrlQuery(m_fake->lastRequestQuery(Fake::Endpoint::List)).hasQueryItem(QStringLiteral("user")));
    QCOMPARE(pane->state().owner, QString());
    const auto selected = [this] {
        const QModelIndex current = WindowParts::table(*m_window)->selectionModel()->currentIndex();
        return current.isValid() ? m_window->session()->model()->id(m_window->proxy()->mapToSource(current).row())
                                 : QString();
    };
    QTRY_COMPARE(selected(), leaked.id);
    QCOMPARE(WindowParts::quickFilter(*m_window)->text(), QString());
    QCOMPARE(WindowParts::statusFilter(*m_window)->currentIndex(), 0);
    QVERIFY2(dialog->tableStatus().contains(QStringLiteral("quick filter “alice” was cleared")),
             qPrintable(dialog->tableStatus()));
    QVERIFY(dialog->tableStatus().contains(QStringLiteral("status filter was set to All")));
    dialog->close();
}

bool TestMainWindow::waitUntilDetailsIdle()
{
    return QTest::qWaitFor(
        [this] {
            DetailsLoader *loader = m_window->session()->loader();
            return loader->inFlightCount() == 0 && loader->queuedCount() == 0 && !loader->isLoadingSome() &&
                   !loader->isLoadingAll() && !m_window->proxy()->isPending();
        },
        10000);
}

QAction *TestMainWindow::loadAllAction() const
{
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("Load &all details"))
            return action;
    }
    return nullptr;
}

void TestMainWindow::shouldSayWhatTheQuickFilterCannotDecideAndLoadExactlyThat()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    QVERIFY(m_window->session()->model()->loadedCount() < m_fake->tokenCount());
    QVERIFY(!WindowParts::partialBar(*m_window)->isVisible());

    // When the quick filter asks for an owner while most owners are unknown
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->undecided().hidden > 0, 5000);
    TokenTableModel *model = m_window->session()->model();
    // (the shown rows, matched by name, get their details as visible rows do)
    const auto shownLoaded = [this, model] {
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            if (!model->isLoaded(m_window->proxy()->sourceRow(row)))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shownLoaded(), 5000);
    QVERIFY(waitUntilDetailsIdle());
    int undecided = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool nameOrId = model->name(row).contains(QStringLiteral("alice"), Qt::CaseInsensitive) ||
                              model->id(row).contains(QStringLiteral("alice"), Qt::CaseInsensitive);
        undecided += !model->isLoaded(row) && !nameOrId ? 1 : 0;
    }
    QCOMPARE(m_window->proxy()->undecided().hidden, undecided);

    // Then the view says so above the table, and the count is a lower bound
    MessageBanner *bar = WindowParts::partialBar(*m_window);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("%1 more token").arg(undecided)), qPrintable(bar->text()));
    QVERIFY(bar->isActionVisible());
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("At least %1 of").arg(m_window->proxy()->rowCount())),
             qPrintable(m_window->statusText()));

    // And one click loads exactly those rows' details, with progress
    const int before = m_fake->requestCount(Fake::Endpoint::Get);
    QSignalSpy some(m_window->session()->loader(), &DetailsLoader::someLoaded);
    auto *load = bar->findChild<QPushButton *>(QStringLiteral("bannerActionButton"));
    QVERIFY(load);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(m_window->session()->loader()->isLoadingSome());
    QVERIFY(some.wait(10000));
    QVERIFY(waitUntilDetailsIdle());
    QCOMPARE(m_fake->requestCount(Fake::Endpoint::Get) - before, undecided);

    // After which the view is decided: every alice token is shown, and nothing more is said
    int alice = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields = {model->name(row), model->id(row), model->owner(row).value_or(QString())};
        fields += model->scopes(row);
        alice += fields.join(QLatin1Char('\n')).contains(QStringLiteral("alice"), Qt::CaseInsensitive) ? 1 : 0;
    }
    QVERIFY(alice >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), alice, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 5000);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("%1 of").arg(alice)), qPrintable(m_window->statusText()));
}

void TestMainWindow::shouldWarnInTheExportDialogAboutTokensTheFilterCannotDecide()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());

    // Given a quick filter that most rows cannot answer without their details
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->undecided().hidden > 0, 5000);
    // (the shown rows, matched by name, get their details as visible rows do)
    const auto shownLoaded = [this] {
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            if (!m_window->session()->model()->isLoaded(m_window->proxy()->sourceRow(row)))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shownLoaded(), 5000);
    QVERIFY(waitUntilDetailsIdle());
    const int undecided = m_window->proxy()->undecided().hidden;

    // When the user exports straight from the filter field (Ctrl+E)
    QTest::keyClick(WindowParts::quickFilter(*m_window), Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    // Then the dialog says that those tokens are not among the rows it would export
    QTRY_COMPARE_WITH_TIMEOUT(dialog->undecidedCount(), undecided, 5000);
    auto *box = dialog->findChild<QWidget *>(QStringLiteral("undecidedGroupBox"));
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("undecidedLabel"));
    QVERIFY(box && label);
    QVERIFY(box->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("%1 more token").arg(undecided)), qPrintable(label->text()));
    // and an export made anyway says in its result that they are not in the file
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy exported(WindowParts::exportController(*m_window), &ExportController::exportFinished);
    WindowParts::exportController(*m_window)->exportTo(dir.filePath(QStringLiteral("alice.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
    QVERIFY(exported.at(0).at(0).toBool());
    const QString result = exported.at(0).at(2).toString();
    QVERIFY2(result.contains(QStringLiteral("%1 more token").arg(undecided)), qPrintable(result));
    // (a successful export closes the dialog; open it again)
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ExportDialog *>(), 5000);
    WindowParts::exportController(*m_window)->openDialog();
    dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->undecidedCount(), undecided, 5000);
    box = dialog->findChild<QWidget *>(QStringLiteral("undecidedGroupBox"));
    QVERIFY(box);

    // And one click loads exactly their details, after which the rows include every match and the warning goes
    const int before = m_fake->requestCount(Fake::Endpoint::Get);
    auto *load = dialog->findChild<QPushButton *>(QStringLiteral("loadUndecidedButton"));
    QVERIFY(load);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(m_window->session()->loader()->isLoadingSome());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->undecided().hidden, 0, 10000);
    QVERIFY(waitUntilDetailsIdle());
    QCOMPARE(m_fake->requestCount(Fake::Endpoint::Get) - before, undecided);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->undecidedCount(), 0, 5000);
    QVERIFY(!box->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->rowCount(), m_window->proxy()->rowCount(), 5000);
    dialog->close();
}

void TestMainWindow::shouldFilterByAnAuditViewInOneClickWithItsCount()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    auto *pane = m_window->findChild<AuditViewPane *>();
    QVERIFY(pane);
    // Before every detail is in, a count is a lower bound and says so
    QTRY_VERIFY_WITH_TIMEOUT(pane->countText(AuditView::RevokedNotDeleted).endsWith(QLatin1Char('+')), 5000);

    // Given every detail loaded
    m_window->setLoadConfirmThreshold(1000000);
    QSignalSpy all(m_window->session()->loader(), &DetailsLoader::allLoaded);
    loadAllAction()->trigger();
    QVERIFY(all.wait(10000));
    TokenTableModel *model = m_window->session()->model();
    int revoked = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        revoked += model->status(row) == TokenStatus::Revoked ? 1 : 0;
    QVERIFY(revoked > 0);
    // Then the pane counts exactly
    QTRY_COMPARE_WITH_TIMEOUT(pane->countText(AuditView::RevokedNotDeleted), QString::number(revoked), 5000);

    // When the user clicks "Revoked, not deleted"
    auto *list = pane->findChild<QTreeWidget *>(QStringLiteral("auditViewList"));
    QVERIFY(list);
    const QList<AuditView> views = AuditViews::all();
    QTreeWidgetItem *item = list->topLevelItem(int(views.indexOf(AuditView::RevokedNotDeleted)) + 1);
    QCOMPARE(item->text(0), AuditViews::title(AuditView::RevokedNotDeleted));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());

    // Then the table shows exactly the revoked tokens
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), revoked, 5000);
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        QCOMPARE(model->status(m_window->proxy()->sourceRow(row)), TokenStatus::Revoked);
    QCOMPARE(m_window->proxy()->auditView(), std::optional<AuditView>(AuditView::RevokedNotDeleted));

    // And Ctrl+0 shows every token again, in the pane too
    QAction *allTokens = nullptr;
    for (QAction *action : m_window->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0))
            allTokens = action;
    }
    QVERIFY(allTokens);
    allTokens->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), model->rowCount(), 5000);
    QCOMPARE(pane->currentView(), std::nullopt);
}

void TestMainWindow::shouldCompareAnEarlierExportWithTheList()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    m_window->setLoadConfirmThreshold(1000000);
    QSignalSpy all(m_window->session()->loader(), &DetailsLoader::allLoaded);
    loadAllAction()->trigger();
    QVERIFY(all.wait(10000));
    TokenTableModel *model = m_window->session()->model();
    QVERIFY(model->rowCount() > 3);

    // Given an earlier export in which row 0 had another owner, row 1 was not there yet, and a token
    // that is gone now was; every other row is as it is now
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("audit-2026-09.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "ID,Name,Owner,Scopes,Status,Expires\r\n";
        for (int row = 0; row < model->rowCount(); ++row) {
            if (row == 1)
                continue;
            const TokenMetadata md = model->metadata(row);
            const QString owner = row == 0 ? QStringLiteral("someone.else") : md.userId.value_or(QString());
            out << TokenColumns::cell(TokenColumn::Id, md, model->now()) << ',' << '"'
                << TokenColumns::cell(TokenColumn::Name, md, model->now())
                       .replace(QLatin1Char('"'), QStringLiteral("\"\""))
                << '"' << ',' << owner << ',' << TokenColumns::cell(TokenColumn::Scopes, md, model->now()) << ','
                << TokenColumns::cell(TokenColumn::Status, md, model->now()) << ','
                << TokenColumns::cell(TokenColumn::Expires, md, model->now()) << "\r\n";
        }
        out << "dt0c01.GONEGONEGONEGONEGONEGONE,old-pipeline,ann,settings.read,active,\r\n";
    }

    // When the user compares it with the list
    ComparisonDialog *dialog = m_window->compareWithEarlierExport(path);
    QSignalSpy compared(dialog, &ComparisonDialog::compared);
    QVERIFY(compared.wait(10000));

    // Then exactly one token is new, one gone, one changed (its owner), and the rest unchanged
    const AuditComparison &result = dialog->result()->comparison();
    QCOMPARE(result.changes.size(), 3);
    QCOMPARE(result.changes[0].kind, TokenChange::Kind::New);
    QCOMPARE(result.changes[0].id, model->id(1));
    QCOMPARE(result.changes[1].kind, TokenChange::Kind::Changed);
    QCOMPARE(result.changes[1].id, model->id(0));
    QCOMPARE(AuditComparison::describe(result.changes[1]),
             QStringLiteral("Owner: someone.else \u2192 %1").arg(model->owner(0).value_or(QString())));
    QCOMPARE(result.changes[2].kind, TokenChange::Kind::Gone);
    QCOMPARE(result.changes[2].name, QStringLiteral("old-pipeline"));
    QCOMPARE(result.unchanged, model->rowCount() - 2);
    QCOMPARE(result.notCompared, 0);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("1 new, 1 gone, 1 changed")),
             qPrintable(dialog->summaryText()));

    // And the result exports to CSV, with stable English words
    const QString out = dir.filePath(QStringLiteral("changes.csv"));
    QVERIFY(dialog->exportTo(out));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray csv = written.readAll();
    QVERIFY2(csv.startsWith("Change,Name,ID,What changed\r\nnew,"), csv.left(80).constData());
    QVERIFY(csv.contains("gone,old-pipeline,dt0c01.GONEGONEGONEGONEGONEGONE"));
    dialog->close();

    // A file that is not an export says so and keeps nothing half-read
    const QString bad = dir.filePath(QStringLiteral("notes.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Remark\r\nx,y\r\n");
    }
    ComparisonDialog *failed = m_window->compareWithEarlierExport(bad);
    QSignalSpy failedSpy(failed, &ComparisonDialog::compared);
    QVERIFY(failedSpy.wait(10000));
    QCOMPARE(failed->result()->rowCount(), 0);
    auto *banner = failed->findChild<MessageBanner *>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("no \u201CID\u201D column")), qPrintable(banner->text()));
    failed->close();
}

void TestMainWindow::shouldReportTheTokensShownAndShowABarsTokens()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    TokenTableModel *model = m_window->session()->model();
    QVERIFY(model->loadedCount() < model->rowCount());
    m_window->setLoadConfirmThreshold(1000000);

    // When the report is opened, it first loads exactly the shown tokens' missing details
    ReportController *report = WindowParts::reportController(*m_window);
    // (the plugin is built next to the app, not next to the test)
    report->setPluginDirs({QDir(QStringLiteral(QT_TESTCASE_BUILDDIR "/../../app")).absolutePath()});
    QSignalSpy opened(report, &ReportController::opened);
    const int before = m_fake->requestCount(Fake::Endpoint::Get);
    report->action()->trigger();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toString(), QString());
    QVERIFY(m_fake->requestCount(Fake::Endpoint::Get) > before);
    QVERIFY(report->window());
    QVERIFY(report->window()->isVisible());

    // Then it counts every token shown, each once in the last-use chart
    QCOMPARE(model->loadedCount(), model->rowCount());
    const int active = model->rowCount();
    int neverUsed = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        neverUsed += !model->metadata(row).lastUse ? 1 : 0;
    QCOMPARE(report->report().tokens, m_window->proxy()->rowCount());
    QCOMPARE(report->report().tokens, active);
    QCOMPARE(report->report().withoutDetails, 0);
    int counted = 0;
    for (const AuditReport::Bar &bar : report->report().lastUse)
        counted += bar.count();
    QCOMPARE(counted, active);
    QCOMPARE(report->report().lastUse.last().count(), neverUsed);
    QVERIFY(neverUsed > 0);

    // And a click on "never" shows exactly those tokens in the table, with a way back
    report->showBar(0, int(report->report().lastUse.size()) - 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), neverUsed, 5000);
    auto *bar = m_window->findChild<MessageBanner *>(QStringLiteral("selectionBar"));
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("%1 token").arg(neverUsed)), qPrintable(bar->text()));
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), active, 5000);
    QVERIFY(!bar->isVisible());
    report->window()->close();
}

void TestMainWindow::shouldSayWhenASortLeavesRowsUnsorted()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    WindowParts::table(*m_window)->sortByColumn(TokenTableModel::LastUseColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->undecided().unsorted > 0, 5000);
    MessageBanner *bar = WindowParts::partialBar(*m_window);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QVERIFY2(bar->text().contains(QStringLiteral("Sorted by Last used")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("unsorted")), qPrintable(bar->text()));
    QSignalSpy some(m_window->session()->loader(), &DetailsLoader::someLoaded);
    Q_EMIT bar->actionRequested();
    QVERIFY(some.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 5000);
    QCOMPARE(m_window->session()->model()->loadedCount(), m_fake->tokenCount());
    // The view is sorted for real now: most recently used first.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
        const qint64 key = TokenTableModel::dateSortKey(
            m_window->session()->model()->store().rows[size_t(m_window->proxy()->sourceRow(row))],
            TokenTableModel::LastUseColumn);
        QVERIFY(key <= previous);
        previous = key;
    }
}

void TestMainWindow::shouldKeepTheSelectedRowInPlaceWhileDetailsResort()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    QTableView *table = WindowParts::table(*m_window);
    table->sortByColumn(TokenTableModel::LastUseColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->proxy()->isPending(), 5000);
    QVERIFY(waitUntilDetailsIdle());
    table->selectRow(4);
    const QString id = m_window->session()->model()->id(m_window->proxy()->sourceRow(4));
    const int y = table->rowViewportPosition(4);
    QVERIFY(y > 0);

    // When the other rows' details arrive and the view re-sorts
    QSignalSpy all(m_window->session()->loader(), &DetailsLoader::allLoaded);
    m_window->session()->loader()->loadAll();
    QVERIFY(all.wait(10000));
    QVERIFY(waitUntilDetailsIdle());

    // Then the selected token is still selected, at the same place on screen
    const int row =
        m_window->proxy()
            ->mapFromSource(m_window->session()->model()->index(m_window->session()->model()->rowOfId(id), 0))
            .row();
    QVERIFY(row != 4); // it did move in the order
    QVERIFY(table->selectionModel()->isRowSelected(row, QModelIndex()));
    QCOMPARE(table->rowViewportPosition(row), y);
}

void TestMainWindow::shouldSayWhenTheLimitCutTheList()
{
    QVERIFY(connectAndLoad());
    QVERIFY(!WindowParts::banner(*m_window)->isVisible()); // 122 tokens, limit 1,000: the list is whole
    auto *limit = WindowParts::filterPane(*m_window)->findChild<QSpinBox *>(QStringLiteral("limitSpinBox"));
    QVERIFY(limit);
    limit->setValue(50);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->session()->model()->rowCount(), 50);
    MessageBanner *banner = WindowParts::banner(*m_window);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("returned 50 token")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("the limit you set: there may be more")));
    QCOMPARE(banner->actionText(), QStringLiteral("Raise the limit…"));

    // The button opens the filter pane at the limit field
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"));
    QVERIFY(dock);
    dock->hide();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
    QVERIFY(dock->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(limit->hasFocus(), 2000);

    // A list shorter than the limit says nothing
    limit->setValue(500);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::shouldLoadDetailsOfRowsRevealedByAResize()
{
    // A short window (the filter pane's height would set a floor: it is closed)
    m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"))->hide();
    m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"))->hide();
    m_window->resize(1000, 300);
    QTRY_VERIFY2(WindowParts::table(*m_window)->viewport()->height() < 400,
                 qPrintable(QString::number(WindowParts::table(*m_window)->viewport()->height())));
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    QTableView *table = WindowParts::table(*m_window);
    const int lastBefore = table->rowAt(table->viewport()->height() - 1);
    QVERIFY(lastBefore > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(m_window->proxy()->sourceRow(lastBefore)), 5000);
    QVERIFY(waitUntilDetailsIdle());
    QTest::qWait(200); // nothing else is asked for by itself
    QVERIFY(!m_window->session()->model()->isLoaded(m_window->proxy()->sourceRow(lastBefore + 5)));

    // When the window grows (no scroll)
    m_window->resize(1000, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(table->rowAt(table->viewport()->height() - 1) > lastBefore + 5 ||
                                 table->rowAt(table->viewport()->height() - 1) < 0,
                             5000);
    QCOMPARE(table->verticalScrollBar()->value(), 0);

    // Then every row now in view gets its details
    int lastAfter = table->rowAt(table->viewport()->height() - 1);
    if (lastAfter < 0)
        lastAfter = m_window->proxy()->rowCount() - 1;
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->model()->isLoaded(m_window->proxy()->sourceRow(lastAfter)), 5000);
    for (int row = 0; row <= lastAfter; ++row)
        QVERIFY(m_window->session()->model()->isLoaded(m_window->proxy()->sourceRow(row)));
}

void TestMainWindow::shouldAskBeforeLoadingManyDetails()
{
    QVERIFY(connectAndLoad());
    QVERIFY(waitUntilDetailsIdle());
    m_window->setLoadConfirmThreshold(10);
    const int missing = m_window->session()->model()->rowCount() - m_window->session()->model()->loadedCount();
    QVERIFY(missing > 10);
    QAction *loadAll = loadAllAction();
    QVERIFY(loadAll);

    // When "Load all details" would send more requests than the threshold
    loadAll->trigger();

    // Then nothing is sent yet: a question says how many and how long, and its default is not to
    QVERIFY(!m_window->session()->loader()->isLoadingAll());
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmLoadMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("%1 request").arg(missing)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("100,000 requests per minute")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));

    // Declining sends nothing
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(!m_window->session()->loader()->isLoadingAll());
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmLoadMessageBox")));

    // Accepting loads them all
    loadAll->trigger();
    box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmLoadMessageBox"));
    QTRY_VERIFY(box && box->isVisible());
    QSignalSpy all(m_window->session()->loader(), &DetailsLoader::allLoaded);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmLoadButton")), Qt::LeftButton);
    QVERIFY(m_window->session()->loader()->isLoadingAll());
    QVERIFY(all.wait(10000));

    // Below the threshold it just loads
    m_window->setLoadConfirmThreshold(5000);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    loadAll->trigger();
    QVERIFY(m_window->session()->loader()->isLoadingAll());
}

void TestMainWindow::shouldDropABannerAboutATokenOnceItShowsOrIsGone()
{
    QVERIFY(connectAndLoad());
    MessageBanner *banner = WindowParts::banner(*m_window);
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("RECENT-uniq"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), 1, 5000);
    banner->showMessage(MessageBanner::Level::Information, QStringLiteral("alice-old is hidden by the quick filter"));
    banner->setSubjectId(m_aliceOld);

    // When the token becomes visible, the message about it goes
    WindowParts::quickFilter(*m_window)->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);

    // And when it is deleted
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("RECENT-uniq"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), 1, 5000);
    banner->showMessage(MessageBanner::Level::Information, QStringLiteral("alice-old is hidden by the quick filter"));
    banner->setSubjectId(m_aliceOld);
    QVERIFY(banner->isVisible());
    m_window->session()->model()->removeIds({m_aliceOld});
    QVERIFY(!banner->isVisible());

    // A message about another hidden token stays when some other token goes
    QString other;
    QString removed;
    for (int row = 0; row < m_window->session()->model()->rowCount() && removed.isEmpty(); ++row) {
        const QString id = m_window->session()->model()->id(row);
        if (id == m_aliceRecent)
            continue;
        (other.isEmpty() ? other : removed) = id;
    }
    banner->showMessage(MessageBanner::Level::Information, QStringLiteral("about another token"));
    banner->setSubjectId(other);
    m_window->session()->model()->removeIds({removed});
    QVERIFY(banner->isVisible());
}

namespace {
// The window's top-level QInputDialog or QMessageBox of that name, once it is open.
template<class T>
T *openDialog(const MainWindow &window, const char *name)
{
    // An earlier one, closed, may wait for its deletion: the visible one.
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (T *candidate : window.findChildren<T *>(QLatin1String(name))) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

QAbstractButton *buttonOf(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QTreeWidgetItem *paneItem(QTreeWidget *list, const QString &text)
{
    const QList<QTreeWidgetItem *> found = list->findItems(text, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}
} // namespace

// Save the filters, the quick filter, the status and the audit view under a name; applying the view
// later sets all of them again and loads the list with the view's server filters.
void TestMainWindow::savedView_appliesEveryFilterAgainAndRefetchesWithItsQuery()
{
    QVERIFY(connectAndLoad());
    FilterPane *pane = WindowParts::filterPane(*m_window);
    FilterPane::State state;
    state.owner = QStringLiteral("alice");
    state.scopes = {QStringLiteral("settings.read")};
    state.lastUsed = LastUsedPreset::UnusedFor90Days;
    state.limit = 60;
    pane->setState(state);
    WindowParts::statusFilter(*m_window)->setCurrentIndex(
        WindowParts::statusFilter(*m_window)->findData(int(TokenProxyModel::StatusFilter::Active)));
    WindowParts::quickFilter(*m_window)->setText(QStringLiteral("alice-"));
    QAction *controlView = nullptr;
    QAction *allTokens = nullptr;
    for (QAction *action : m_window->actions()) {
        const int index = int(AuditViews::all().indexOf(AuditView::ControlScopes));
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)))
            controlView = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0))
            allTokens = action;
    }
    QVERIFY(controlView && allTokens);
    controlView->trigger();

    // Save view… (Ctrl+S) asks for a name
    auto *save = m_window->findChild<QAction *>(QStringLiteral("saveViewAction"));
    QVERIFY(save && save->isEnabled());
    QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(!save->toolTip().isEmpty());
    save->trigger();
    auto *ask = openDialog<QInputDialog>(*m_window, "saveViewDialog");
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("  Alice, stale  "));
    ask->done(QDialog::Accepted);
    QSettings settings;
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).names(), QStringList{QStringLiteral("Alice, stale")});
    auto *auditPane = m_window->findChild<AuditViewPane *>();
    QCOMPARE(auditPane->savedViews(), QStringList{QStringLiteral("Alice, stale")});

    // Everything back to no filter
    pane->setState(FilterPane::State{});
    WindowParts::statusFilter(*m_window)->setCurrentIndex(0);
    WindowParts::quickFilter(*m_window)->clear();
    allTokens->trigger();
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->session()->model()->rowCount(), m_fake->tokenCount());
    QVERIFY(!QUrlQuery(m_fake->lastRequestQuery(Fake::Endpoint::List)).hasQueryItem(QStringLiteral("user")));

    // One click on the saved view in the pane: every filter as saved, and the list asked anew
    auto *list = auditPane->findChild<QTreeWidget *>(QStringLiteral("auditViewList"));
    QTreeWidgetItem *item = paneItem(list, QStringLiteral("Alice, stale"));
    QVERIFY(item);
    const int lists = m_fake->requestCount(Fake::Endpoint::List);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QVERIFY(loaded.wait(5000));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(m_fake->requestCount(Fake::Endpoint::List), lists + 1);
    const QUrlQuery query(m_fake->lastRequestQuery(Fake::Endpoint::List));
    QCOMPARE(query.queryItemValue(QStringLiteral("user")), QStringLiteral("alice"));
    QCOMPARE(query.allQueryItemValues(QStringLiteral("permissions")), QStringList{QStringLiteral("settings.read")});
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("60"));
    const qint64 to = query.queryItemValue(QStringLiteral("to")).toLongLong();
    const qint64 days90 = 90LL * 24 * 3600 * 1000;
    QVERIFY2(to >= before - days90 && to <= after - days90, qPrintable(QString::number(to)));
    QCOMPARE(pane->state(), state);
    QCOMPARE(WindowParts::statusFilter(*m_window)->currentData().toInt(), int(TokenProxyModel::StatusFilter::Active));
    QCOMPARE(WindowParts::quickFilter(*m_window)->text(), QStringLiteral("alice-"));
    QCOMPARE(m_window->proxy()->auditView(), std::optional<AuditView>(AuditView::ControlScopes));
    QCOMPARE(m_window->proxy()->spec().text, QStringLiteral("alice-"));
    QCOMPARE(auditPane->currentSavedView(), QStringLiteral("Alice, stale"));
    // The server answered for alice's old token; once its details are in, the client filters keep it
    QCOMPARE(m_window->session()->model()->rowCount(), 1);
    loadAllAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), 1, 5000);
    QCOMPARE(m_window->session()->model()->id(m_window->proxy()->sourceRow(0)), m_aliceOld);

    // The View menu lists it too, and applies it the same way
    QAction *menuEntry = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Alice, stale"))
            menuEntry = action;
    }
    QVERIFY(menuEntry);
    WindowParts::quickFilter(*m_window)->clear();
    menuEntry->trigger();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(WindowParts::quickFilter(*m_window)->text(), QStringLiteral("alice-"));

    // Saving under a taken name asks first; Cancel keeps the saved view as it was
    WindowParts::quickFilter(*m_window)->setText(QStringLiteral("other"));
    save->trigger();
    ask = openDialog<QInputDialog>(*m_window, "saveViewDialog");
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("alice, STALE"));
    ask->done(QDialog::Accepted);
    auto *replace = openDialog<QMessageBox>(*m_window, "replaceViewMessageBox");
    QVERIFY(replace);
    QTest::mouseClick(replace->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).view(QStringLiteral("Alice, stale"))->quickFilter,
             QStringLiteral("alice-"));
    save->trigger();
    ask = openDialog<QInputDialog>(*m_window, "saveViewDialog");
    ask->setTextValue(QStringLiteral("alice, STALE"));
    ask->done(QDialog::Accepted);
    replace = openDialog<QMessageBox>(*m_window, "replaceViewMessageBox");
    QVERIFY(replace);
    QTest::mouseClick(buttonOf(replace, QStringLiteral("&Replace")), Qt::LeftButton);
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).names(), QStringList{QStringLiteral("alice, STALE")});
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).all().first().quickFilter, QStringLiteral("other"));

    // Another profile has its own views; back on this one, its views are there again
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = m_fake->adminToken().secret;
    m_window->connectTo(s, QStringLiteral("other"), false);
    QVERIFY(loaded.wait(5000));
    QVERIFY(auditPane->savedViews().isEmpty());
    for (QAction *action : m_window->findChildren<QAction *>())
        QVERIFY(action->text() != QStringLiteral("alice, STALE"));
    m_window->connectTo(s, QStringLiteral("test"), false);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(auditPane->savedViews(), QStringList{QStringLiteral("alice, STALE")});
}

// F2 and Delete on a saved view in the pane rename and delete it (Delete asks first), not the
// selected token; the Manage views dialog does the same.
void TestMainWindow::savedView_renamesWithF2AndDeletesWithDelAfterAsking()
{
    QVERIFY(connectAndLoad());
    QSettings settings;
    for (const QString &name : {QStringLiteral("first"), QStringLiteral("second")}) {
        SavedView view;
        view.name = name;
        view.quickFilter = name;
        QCOMPARE(SavedViews(&settings, QStringLiteral("test")).save(view), QString());
    }
    // Saved elsewhere (another window): the pane shows them once the profile is connected again
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = m_fake->adminToken().secret;
    m_window->connectTo(s, QStringLiteral("test"), false);
    QVERIFY(loaded.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!WindowParts::operations(*m_window)->selfId().isEmpty(), 5000);
    WindowParts::table(*m_window)->selectRow(0); // a token is selected: F2 and Del could mean it
    auto *auditPane = m_window->findChild<AuditViewPane *>();
    QCOMPARE(auditPane->savedViews(), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    auto *list = auditPane->findChild<QTreeWidget *>(QStringLiteral("auditViewList"));
    list->setFocus();
    list->scrollToItem(paneItem(list, QStringLiteral("first")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(paneItem(list, QStringLiteral("first"))).center());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(WindowParts::quickFilter(*m_window)->text(), QStringLiteral("first"));

    // F2: the rename dialog, not the token's edit dialog
    QTest::keyClick(list, Qt::Key_F2);
    auto *rename = openDialog<QInputDialog>(*m_window, "renameViewDialog");
    QVERIFY(rename);
    QVERIFY(!WindowParts::operations(*m_window)->editDialog());
    QCOMPARE(rename->textValue(), QStringLiteral("first"));
    // A taken name is refused and says so; nothing changes
    rename->setTextValue(QStringLiteral("SECOND"));
    rename->done(QDialog::Accepted);
    QVERIFY(WindowParts::banner(*m_window)->isVisible());
    QVERIFY2(WindowParts::banner(*m_window)->text().contains(QStringLiteral("already")),
             qPrintable(WindowParts::banner(*m_window)->text()));
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).names(),
             (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    QTest::keyClick(list, Qt::Key_F2);
    rename = openDialog<QInputDialog>(*m_window, "renameViewDialog");
    QVERIFY(rename);
    rename->setTextValue(QStringLiteral(" renamed "));
    rename->done(QDialog::Accepted);
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).names(),
             (QStringList{QStringLiteral("renamed"), QStringLiteral("second")}));
    QCOMPARE(auditPane->savedViews(), (QStringList{QStringLiteral("renamed"), QStringLiteral("second")}));
    QCOMPARE(auditPane->currentSavedView(), QStringLiteral("renamed"));
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).view(QStringLiteral("renamed"))->quickFilter,
             QStringLiteral("first")); // the rest kept

    // Delete: asks first, not the token's delete dialog; Cancel keeps the view
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    auto *confirm = openDialog<QMessageBox>(*m_window, "deleteViewMessageBox");
    QVERIFY(confirm);
    QVERIFY(!WindowParts::operations(*m_window)->deleteDialog());
    QVERIFY(confirm->text().contains(QStringLiteral("renamed")));
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(auditPane->savedViews().size(), 2);
    QTest::keyClick(list, Qt::Key_Delete);
    confirm = openDialog<QMessageBox>(*m_window, "deleteViewMessageBox");
    QVERIFY(confirm);
    QTest::mouseClick(buttonOf(confirm, QStringLiteral("&Delete")), Qt::LeftButton);
    QCOMPARE(SavedViews(&settings, QStringLiteral("test")).names(), QStringList{QStringLiteral("second")});
    QCOMPARE(auditPane->savedViews(), QStringList{QStringLiteral("second")});
    // The pane no longer marks a saved view, but the audit view in force (none)
    QCOMPARE(auditPane->currentSavedView(), QString());
    QCOMPARE(auditPane->currentView(), std::nullopt);

    // Manage views… (Ctrl+Shift+S) lists them and deletes the same way
    auto *manage = m_window->findChild<QAction *>(QStringLiteral("manageViewsAction"));
    QVERIFY(manage && manage->isEnabled());
    manage->trigger();
    auto *dialog = m_window->findChild<ManageViewsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 1);
    QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("second"));
    dialog->list()->setFocus();
    QTest::keyClick(dialog->list(), Qt::Key_Delete);
    confirm = openDialog<QMessageBox>(*m_window, "deleteViewMessageBox");
    QVERIFY(confirm);
    QTest::mouseClick(buttonOf(confirm, QStringLiteral("&Delete")), Qt::LeftButton);
    QVERIFY(SavedViews(&settings, QStringLiteral("test")).names().isEmpty());
    QCOMPARE(dialog->list()->count(), 0);
    QVERIFY(auditPane->savedViews().isEmpty());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
