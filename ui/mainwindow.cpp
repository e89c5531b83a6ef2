// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "api/transportsecurity.h"
#include "audit/auditcounter.h"
#include "auditviewpane.h"
#include "certificatedialog.h"
#include "columnfitter.h"
#include "comparisondialog.h"
#include "connectionsdialog.h"
#include "democluster.h"
#include "detailpane.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "filterpane.h"
#include "keychainsecretstore.h"
#include "manageviewsdialog.h"
#include "messagebanner.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "profileexportcontroller.h"
#include "reportcontroller.h"
#include "secretclipboard.h"
#include "settings/filtersettings.h"
#include "settings/pendingdeletions.h"
#include "settings/savedviews.h"
#include "settings/secretstore.h"
#include "settings/windowsettings.h"
#include "tokenitemdelegate.h"
#include "tokenoperations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>

// The widgets library is static: its resources must be pulled in explicitly (outside any namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace TokenDesk {

namespace {
const QString kDemoProfile = QStringLiteral("Demo cluster");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// TOKENDESK_BENCH_FIRST_PAINT=1 (bench/run's start-up figure: process start to first paint, against
// a minimal Qt window; docs/performance.md calls it P5): at the table's first paint, print
// "first-paint-us <CLOCK_MONOTONIC microseconds>" on stdout and quit. The launcher compares it with
// the instant it started the process.
// The quick filter is where one types before acting ("type a filter, then export"): the window's
// shortcuts win over the line edit's own bindings of the same keys (on X11, Ctrl+E is "end of
// line" there and would swallow Export). Keys that edit text stay the field's: plain keys (Del
// deletes characters, never tokens), and the usual editing chords. A key no shortcut takes still
// reaches the field as a key press.
class WindowShortcutsFirst final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
            !(key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35))
            return QObject::eventFilter(watched, event); // typing, Del, Backspace, arrows, Home/End
        static const QKeySequence::StandardKey editing[] = {
            QKeySequence::Copy,
            QKeySequence::Cut,
            QKeySequence::Paste,
            QKeySequence::Undo,
            QKeySequence::Redo,
            QKeySequence::SelectAll,
            QKeySequence::Delete,
            QKeySequence::Backspace,
            QKeySequence::DeleteStartOfWord,
            QKeySequence::DeleteEndOfWord,
            QKeySequence::MoveToNextWord,
            QKeySequence::MoveToPreviousWord,
            QKeySequence::SelectNextWord,
            QKeySequence::SelectPreviousWord,
        };
        for (QKeySequence::StandardKey standard : editing) {
            if (key->matches(standard))
                return QObject::eventFilter(watched, event);
        }
        event->ignore(); // not claimed: the window's shortcut map decides
        return true;
    }
};

class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            timespec ts{};
            clock_gettime(CLOCK_MONOTONIC, &ts);
            std::printf("first-paint-us %lld\n", static_cast<long long>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// Calls back once, after the watched widget's first paint event (queued: the frame is finished and
// flushed first), and starts `fallback` when the widget is shown.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QObject *parent, QTimer *fallback, std::function<void()> painted)
        : QObject(parent)
        , m_fallback(fallback)
        , m_painted(std::move(painted))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !m_fallback->isActive())
            m_fallback->start();
        if (event->type() == QEvent::Paint && m_painted) {
            QTimer::singleShot(0, parent(), std::exchange(m_painted, nullptr));
            watched->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTimer *m_fallback;
    std::function<void()> m_painted;
};

// Calls back when the watched widget is resized or shown (the table's viewport: rows that come
// into view without a scroll need their details too).
class ResizeWatcher final : public QObject
{
public:
    ResizeWatcher(QObject *parent, std::function<void()> onResize)
        : QObject(parent)
        , m_onResize(std::move(onResize))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            m_onResize();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onResize;
};

// "about 3 hours": a rough duration for a confirmation.
QString roughDuration(qint64 seconds)
{
    if (seconds < 90)
        return MainWindow::tr("about %n second(s)", nullptr, int(qMax<qint64>(1, seconds)));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return MainWindow::tr("about %n minute(s)", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 48)
        return MainWindow::tr("about %n hour(s)", nullptr, int(hours));
    return MainWindow::tr("about %n day(s)", nullptr, int((hours + 12) / 24));
}
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_settings(new QSettings(this))
    , m_clipboard(new SecretClipboard(QGuiApplication::clipboard(), this))
    , m_session(std::make_unique<ClusterSession>())
    , m_ownedProxy(std::make_unique<TokenProxyModel>())
{
    m_proxy = m_ownedProxy.get();
    m_service = m_session->service();
    m_model = m_session->model();
    m_loader = m_session->loader();
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TokenDesk"));
    // The SVG icon engine (a plugin, and Qt SVG) loads with the first SVG icon: after the first paint.
    afterFirstPaint([this] { setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg"))); });
    m_proxy->setSourceModel(m_model);
    m_loader->setIdIndex(m_model->idIndex()); // the ids are hashed once, by the model (fed each list first)
    m_secretStore = options.keyring ? options.keyring : new KeychainSecretStore(this);
    m_secretStore->setParent(this);
    m_sessionSecrets = new MemorySecretStore(this);

    createActions();
    createWidgets();
    m_firstPaintFallback.setSingleShot(true);
    m_firstPaintFallback.setInterval(1000);
    connect(&m_firstPaintFallback, &QTimer::timeout, this, &MainWindow::runAfterFirstPaint);
    m_table->viewport()->installEventFilter(
        new FirstPaintWatcher(this, &m_firstPaintFallback, [this] { runAfterFirstPaint(); }));
    if (qEnvironmentVariableIsSet("TOKENDESK_BENCH_FIRST_PAINT"))
        m_table->viewport()->installEventFilter(new FirstPaintProbe(this));
    createDocks();
    m_operations = new TokenOperations(m_session.get(), m_proxy, m_table, m_banner, m_clipboard, this);
    m_operations->setObjectName(QStringLiteral("tokenOperations"));
    m_operations->setSwitchTokenInUse(
        [this](const QString &secret, std::function<void(const QString &)> done) { switchTokenInUse(secret, done); });
    TokenOperations::ProfileHooks profileHooks;
    // Every saved profile, and the demo cluster while it runs (its token is its own, not the keyring's).
    profileHooks.profiles = [this] {
        QList<ConnectionProfile> all;
        if (m_demo && !m_demo->baseUrl().isEmpty()) {
            ConnectionProfile demo;
            demo.name = kDemoProfile;
            demo.url = m_demo->baseUrl();
            all.append(demo);
        }
        all += ProfileStore(m_settings).profiles();
        return all;
    };
    profileHooks.readToken = [this](const ConnectionProfile &profile, QObject *context,
                                    std::function<void(bool, const QString &, const QString &)> done) {
        if (m_demo && profile.name == kDemoProfile) {
            QMetaObject::invokeMethod(
                context, [done = std::move(done), secret = m_demo->adminSecret()] { done(true, secret, QString()); },
                Qt::QueuedConnection);
            return;
        }
        SecretStore::readToken(m_secretStore, m_sessionSecrets, profile.name, context, std::move(done));
    };
    profileHooks.switchTo = [this](const QString &name) {
        if (m_demo && name == kDemoProfile) {
            ConnectionSettings s;
            s.baseUrl = TokensService::normalizeBaseUrl(m_demo->baseUrl());
            s.apiToken = m_demo->adminSecret();
            connectTo(s, kDemoProfile, true);
        } else if (const auto p = ProfileStore(m_settings).profile(name)) {
            connectToProfile(*p);
        }
    };
    m_acrossExport = new ProfileExportController(profileHooks.profiles, profileHooks.readToken, this);
    m_acrossExport->setObjectName(QStringLiteral("profileExportController"));
    m_acrossExport->setSettings(m_settings);
    connect(m_acrossExport, &ProfileExportController::exportFinished, this,
            [this](bool ok, const QString &, const QString &message) {
                if (ok)
                    statusBar()->showMessage(message, 15000);
            });
    m_operations->setProfileHooks(std::move(profileHooks));
    m_export = new ExportController(m_session.get(), m_proxy, m_table->horizontalHeader(), this);
    m_export->setObjectName(QStringLiteral("exportController"));
    connect(m_export, &ExportController::exportFinished, this,
            [this](bool ok, const QString &, const QString &message) {
                if (ok)
                    statusBar()->showMessage(message, 15000);
            });
    connect(m_export, &ExportController::loadUndecidedRequested, this, &MainWindow::loadUndecidedDetails);
    m_report = new ReportController(m_model, m_proxy, m_loader, this);
    m_report->setObjectName(QStringLiteral("reportController"));
    m_report->setConfirmLoad([this](int requests, std::function<void()> load) { confirmLoad(requests, load); });
    m_report->setContext([this] { return reportContext(); });
    connect(m_report, &ReportController::showTokensRequested, this, &MainWindow::showOnlyTokens);
    connect(m_report, &ReportController::opened, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_banner->showMessage(MessageBanner::Level::Error, error);
    });
    m_export->setSettings(m_settings);
    createMenus();
    connectRevealHooks();
    restoreWindowState();

    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(80);
    connect(&m_visibleTimer, &QTimer::timeout, this, &MainWindow::requestVisibleDetails);
    m_quickFilterTimer.setSingleShot(true);
    m_quickFilterTimer.setInterval(150);
    connect(&m_quickFilterTimer, &QTimer::timeout, this, &MainWindow::applyQuickFilter);

    connect(m_service, &TokensService::untrustedCertificate, this, &MainWindow::onUntrustedCertificate);
    connect(m_model, &TokenTableModel::knownValuesChanged, this, [this] {
        m_filterPane->setKnownOwners(m_model->knownOwners());
        m_filterPane->addSeenScopes(m_model->unknownScopesSeen());
    });
    connect(m_model, &TokenTableModel::loadedCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const QString shown = m_detailPane->shownId();
        if (shown.isEmpty())
            return;
        const int row = m_model->rowOfId(shown);
        if (row >= tl.row() && row <= br.row())
            updateDetailPane();
    });
    connect(m_proxy, &TokenProxyModel::countsChanged, this, &MainWindow::updateStatus);
    // Whatever brings rows into view (a filter, a sort, created tokens, a bigger window) loads their details.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleVisibleDetails);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleVisibleDetails);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleVisibleDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleVisibleDetails);
    m_table->viewport()->installEventFilter(new ResizeWatcher(this, [this] { scheduleVisibleDetails(); }));
    // A re-sort because details arrived keeps the selected (or top) row where the user sees it.
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &MainWindow::rememberScrollAnchor);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::restoreScrollAnchor);
    connect(m_proxy, &TokenProxyModel::refreshed, this, [this] {
        m_appliedSpec = m_proxy->spec();
        updateStatus();
    });
    // While the rows of a new filter or sort are computed on a worker, the table still shows the
    // previous ones: the status bar says so until they land.
    connect(m_proxy, &TokenProxyModel::pendingChanged, this, &MainWindow::updateStatus);
    connect(m_proxy, &TokenProxyModel::undecidedChanged, this, &MainWindow::updateStatus);
    // A message about one token goes away once that token is visible or deleted.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::dismissBannerAboutVisibleToken);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::dismissBannerAboutVisibleToken);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::dismissBannerAboutVisibleToken);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::dismissBannerAboutVisibleToken);
    connect(m_banner, &MessageBanner::actionRequested, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    connect(m_partialBar, &MessageBanner::actionRequested, this, &MainWindow::loadUndecidedDetails);
    connect(m_service, &TokensService::rateLimitSeen, this, [this](int limit) {
        if (limit > 0)
            m_rateLimitPerMinute = limit;
    });
    connect(m_loader, &DetailsLoader::progress, this, &MainWindow::updateStatus);
    connect(m_loader, &DetailsLoader::allLoaded, this, &MainWindow::updateStatus);
    connect(m_loader, &DetailsLoader::someLoaded, this, &MainWindow::updateStatus);
    connect(m_loader, &DetailsLoader::idle, this, &MainWindow::updateStatus);
    connect(m_loader, &DetailsLoader::rateLimited, this, [this](qint64 pauseMs) {
        statusBar()->showMessage(
            tr("The cluster asks to slow down (HTTP 429): loading details pauses for %1 s").arg((pauseMs + 999) / 1000),
            5000);
    });
    // The label is the context: the clipboard clears itself (and says so) when the window's
    // children go, and then only the label hears it.
    connect(m_clipboard, &SecretClipboard::countdownChanged, m_clipboardLabel, [label = m_clipboardLabel](int seconds) {
        label->setText(seconds > 0 ? tr("Clipboard clears in %n s", nullptr, seconds) : QString());
        label->setVisible(seconds > 0);
    });
    connect(m_banner, &MessageBanner::retryRequested, this, &MainWindow::refresh);
    updateStatus();
}

// Nothing to undo by hand: the proxy and then the session (members declared last) go first, while
// the window is whole, and they tell nobody on their way out; the widgets follow.
MainWindow::~MainWindow() = default;

QString MainWindow::demoProfile()
{
    return kDemoProfile;
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the list again with the current filters (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_loadAllAction = new QAction(tr("Load &all details"), this);
    m_loadAllAction->setToolTip(tr("Fetch owner, scopes and dates of every listed token (one request per token)"));
    connect(m_loadAllAction, &QAction::triggered, this, &MainWindow::loadAllDetails);

    m_connectionsAction = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("&Connections…"), this);
    connect(m_connectionsAction, &QAction::triggered, this, [this] { showConnections(); });

    m_copyIdAction = new QAction(tr("Copy token &ID"), this);
    m_copyIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedId);

    m_findAction = new QAction(tr("&Quick filter"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_quickFilter->setFocus(Qt::ShortcutFocusReason);
        m_quickFilter->selectAll();
    });

    m_saveViewAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save view…"), this);
    m_saveViewAction->setObjectName(QStringLiteral("saveViewAction"));
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveViewAction->setToolTip(tr(
        "Save the filters, the quick filter, the status and the audit view under a name, for this profile (Ctrl+S)"));
    m_saveViewAction->setStatusTip(m_saveViewAction->toolTip());
    m_saveViewAction->setEnabled(false);
    connect(m_saveViewAction, &QAction::triggered, this, &MainWindow::saveView);

    m_manageViewsAction = new QAction(tr("&Manage views…"), this);
    m_manageViewsAction->setObjectName(QStringLiteral("manageViewsAction"));
    m_manageViewsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_manageViewsAction->setToolTip(tr("Rename or delete the views saved for this profile (Ctrl+Shift+S)"));
    m_manageViewsAction->setStatusTip(m_manageViewsAction->toolTip());
    m_manageViewsAction->setEnabled(false);
    connect(m_manageViewsAction, &QAction::triggered, this, &MainWindow::showManageViews);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createWidgets()
{
    auto *central = new QWidget(this);
    m_banner = new MessageBanner(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_insecureBanner = new MessageBanner(central);
    m_insecureBanner->setObjectName(QStringLiteral("insecureBanner"));
    m_insecureBanner->setAccessibleName(tr("Unencrypted connection"));
    m_insecureBanner->setDismissable(false);
    m_partialBar = new MessageBanner(central);
    m_partialBar->setObjectName(QStringLiteral("partialDataBar"));
    m_partialBar->setDismissable(false);
    // Says that the table shows only the tokens of a report's bar, with the way back.
    m_selectionBar = new MessageBanner(central);
    m_selectionBar->setObjectName(QStringLiteral("selectionBar"));
    m_selectionBar->setDismissable(false);
    connect(m_selectionBar, &MessageBanner::actionRequested, this, [this] { showOnlyTokens(QString(), {}); });
    // Its own banner: a list reload clears the failure banner, which would take this news with it.
    m_keyringBanner = new MessageBanner(central);
    m_keyringBanner->setObjectName(QStringLiteral("keyringBanner"));
    m_keyringBanner->setAccessibleName(tr("API token not kept"));

    m_quickFilter = new QLineEdit(central);
    m_quickFilter->setObjectName(QStringLiteral("quickFilterLineEdit"));
    m_quickFilter->setPlaceholderText(tr("Quick filter (Ctrl+F): name, ID, owner, scope…"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setAccessibleDescription(tr("Shows only tokens whose name, ID, owner or scopes contain this text"));
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this] { m_quickFilterTimer.start(); });
    connect(m_quickFilter, &QLineEdit::returnPressed, this, [this] {
        m_quickFilterTimer.stop();
        applyQuickFilter();
    });
    m_quickFilter->installEventFilter(new WindowShortcutsFirst(m_quickFilter));
    auto *clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_quickFilter);
    clearFilter->setContext(Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, m_quickFilter, &QLineEdit::clear);

    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setAccessibleDescription(tr("Shows all tokens, or only the active, revoked or expired ones"));
    m_statusFilter->addItem(tr("All"), QVariant::fromValue(int(TokenProxyModel::StatusFilter::All)));
    m_statusFilter->addItem(tr("Active"), QVariant::fromValue(int(TokenProxyModel::StatusFilter::Active)));
    m_statusFilter->addItem(tr("Revoked"), QVariant::fromValue(int(TokenProxyModel::StatusFilter::Revoked)));
    m_statusFilter->addItem(tr("Expired"), QVariant::fromValue(int(TokenProxyModel::StatusFilter::Expired)));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(TokenProxyModel::StatusFilter(m_statusFilter->currentData().toInt())); });
    auto *statusLabel = new QLabel(tr("&Status:"), central);
    statusLabel->setBuddy(m_statusFilter);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("tokensTableView"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setAccessibleDescription(tr("The tokens of the cluster; the selected token's details are shown beside"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TokenItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false);
    // Large-table hygiene: fixed row heights, interactive columns, never ResizeToContents.
    auto *vheader = m_table->verticalHeader();
    vheader->setSectionResizeMode(QHeaderView::Fixed);
    vheader->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    vheader->hide();
    auto *hheader = m_table->horizontalHeader();
    hheader->setSectionResizeMode(QHeaderView::Interactive);
    hheader->setSectionsMovable(true);
    hheader->setHighlightSections(false);
    m_columnFitter = new ColumnFitter(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::scheduleVisibleDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetailPane();
        scheduleVisibleDetails();
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_quickFilter, 1);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusFilter);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_insecureBanner);
    layout->addWidget(m_keyringBanner);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(m_partialBar);
    layout->addWidget(m_selectionBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_connectionLabel = new QLabel(this);
    m_clipboardLabel = new QLabel(this);
    for (QLabel *label : {m_countsLabel, m_connectionLabel, m_clipboardLabel})
        label->setTextFormat(Qt::PlainText); // profile names and addresses as they are
    m_clipboardLabel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (ListJob *list = m_session->runningList())
            list->cancel();
        m_loader->cancel();
        updateStatus();
    });
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_clipboardLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::createDocks()
{
    m_filterPane = new FilterPane(this);
    m_filterDock = new QDockWidget(tr("Filters"), this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filterPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    m_filterDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_filterPane, &FilterPane::applyRequested, this, &MainWindow::refresh);

    m_detailPane = new DetailPane(this);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detailPane);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    connect(m_detailPane, &DetailPane::copyIdRequested, m_clipboard, &SecretClipboard::copyText);

    // The audit views, above the filters: one click each, counted on a worker as details arrive.
    m_auditPane = new AuditViewPane(this);
    m_auditDock = new QDockWidget(tr("Audit views"), this);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    m_auditDock->setWidget(m_auditPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_auditDock);
    splitDockWidget(m_auditDock, m_filterDock, Qt::Vertical);
    m_auditCounter = new AuditCounter(m_model, this);
    connect(m_auditCounter, &AuditCounter::countsChanged, this,
            [this] { m_auditPane->setCounts(m_auditCounter->counts()); });
    connect(m_auditPane, &AuditViewPane::viewChosen, this, &MainWindow::setAuditView);
    connect(m_auditPane, &AuditViewPane::savedViewChosen, this, &MainWindow::applySavedView);
    connect(m_auditPane, &AuditViewPane::renameSavedViewRequested, this, &MainWindow::renameSavedView);
    connect(m_auditPane, &AuditViewPane::deleteSavedViewRequested, this, &MainWindow::deleteSavedView);
}

void MainWindow::chooseEarlierExport()
{
    auto *dialog = new QFileDialog(this, tr("Compare with an earlier export"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::compareWithEarlierExport);
    dialog->open();
}

ComparisonDialog *MainWindow::compareWithEarlierExport(const QString &path)
{
    auto *comparison = new ComparisonDialog(m_model, this);
    comparison->setAttribute(Qt::WA_DeleteOnClose);
    connect(comparison, &ComparisonDialog::loadDetailsRequested, this, &MainWindow::loadAllDetails);
    comparison->compareWith(path);
    comparison->show();
    return comparison;
}

QStringList MainWindow::reportContext() const
{
    QStringList lines{windowTitle()};
    QStringList filters;
    if (m_listQuery.user)
        filters << tr("owner “%1”").arg(*m_listQuery.user);
    if (!m_listQuery.permissions.isEmpty())
        filters << tr("scopes %1").arg(m_listQuery.permissions.join(QStringLiteral(", ")));
    if (m_listQuery.fromMs || m_listQuery.toMs)
        filters << tr("last used %1").arg(FilterPane::presetLabel(m_filterPane->state().lastUsed));
    if (!m_proxy->spec().text.isEmpty())
        filters << tr("quick filter “%1”").arg(m_proxy->spec().text);
    if (m_proxy->statusFilter() != TokenProxyModel::StatusFilter::All)
        filters << tr("status %1").arg(m_statusFilter->currentText());
    if (const std::optional<AuditView> view = m_proxy->auditView())
        filters << tr("audit view “%1”").arg(AuditViews::title(*view));
    if (m_proxy->hasOnlyIds())
        filters << m_selectionBar->text();
    lines << (filters.isEmpty() ? tr("Filter: none, every listed token.")
                                : tr("Filter: %1.").arg(filters.join(QStringLiteral("; "))));
    return lines;
}

void MainWindow::showOnlyTokens(const QString &title, const QStringList &ids)
{
    if (title.isEmpty()) {
        m_proxy->setOnlyIds(nullptr);
        m_selectionBar->dismiss();
        updateStatus();
        return;
    }
    m_proxy->setOnlyIds(std::make_shared<const QSet<QString>>(ids.begin(), ids.end()));
    m_selectionBar->showMessage(
        MessageBanner::Level::Information,
        tr("The table shows only the %Ln token(s) of “%1” from the audit report.", nullptr, int(ids.size()))
            .arg(title));
    m_selectionBar->setAction(tr("Show all"), tr("Shows every token again"));
    raise();
    activateWindow();
    updateStatus();
}

void MainWindow::setAuditView(std::optional<AuditView> view)
{
    m_proxy->setAuditView(view);
    m_auditPane->setCurrentView(view);
    for (QAction *action : m_auditViewActions->actions()) {
        const int index = action->data().toInt();
        action->setChecked(view ? index == AuditViews::all().indexOf(*view) : index < 0);
    }
    updateStatus();
}

void MainWindow::updateSavedViews()
{
    const bool connected = !m_profile.name.isEmpty();
    const QStringList names = connected ? SavedViews(m_settings, m_profile.name).names() : QStringList();
    m_saveViewAction->setEnabled(connected);
    m_manageViewsAction->setEnabled(connected);
    const int before = int(m_auditPane->savedViews().size());
    m_auditPane->setSavedViews(names);
    // A saved view that is gone (deleted, renamed, another profile's) is no longer the one marked:
    // the pane marks the audit view the table applies.
    if (!names.contains(m_auditPane->currentSavedView()))
        m_auditPane->setCurrentView(m_proxy->auditView());
    if (names.size() > before && m_auditDock->isVisible() && !m_auditDock->isFloating()) {
        // A view was added: the pane grows to show it (up to half the window), as it was sized to
        // show every built-in view.
        resizeDocks({m_auditDock}, {qMin(m_auditDock->sizeHint().height(), height() / 2)}, Qt::Vertical);
    }
    if (m_manageViewsDialog)
        m_manageViewsDialog->setViews(names);
    if (!m_auditMenu)
        return;
    qDeleteAll(std::exchange(m_savedViewActions, {}));
    for (const QString &name : names) {
        auto *action = new QAction(name, m_auditMenu);
        action->setStatusTip(
            tr("Apply the saved view “%1”: its filters, quick filter, status and audit view").arg(name));
        connect(action, &QAction::triggered, this, [this, name] { applySavedView(name); });
        m_auditMenu->insertAction(m_savedViewsEnd, action);
        m_savedViewActions.append(action);
    }
}

void MainWindow::saveView()
{
    if (m_profile.name.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view (for the profile “%1”):").arg(m_profile.name));
    dialog->setTextValue(m_auditPane->currentSavedView());
    dialog->setOkButtonText(tr("&Save"));
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::saveViewAs);
    dialog->open();
}

void MainWindow::saveViewAs(const QString &typed)
{
    const QString name = SavedViews::normalized(typed);
    SavedViews views(m_settings, m_profile.name);
    if (const QString problem = SavedViews::nameProblem(name); !problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning, tr("The view was not saved: %1").arg(problem));
        return;
    }
    auto save = [this, name] {
        if (m_quickFilterTimer.isActive()) {
            m_quickFilterTimer.stop();
            applyQuickFilter();
        }
        SavedView view;
        view.name = name;
        view.filters.list = m_filterPane->state();
        view.filters.status = TokenProxyModel::StatusFilter(m_statusFilter->currentData().toInt());
        view.quickFilter = m_quickFilter->text();
        view.auditView = m_proxy->auditView();
        const QString problem = SavedViews(m_settings, m_profile.name).save(view);
        if (!problem.isEmpty()) {
            m_banner->showMessage(MessageBanner::Level::Warning, tr("The view was not saved: %1").arg(problem));
            return;
        }
        updateSavedViews();
        m_auditPane->setCurrentSavedView(SavedViews(m_settings, m_profile.name).view(name)->name);
        statusBar()->showMessage(tr("Saved the view “%1”.").arg(name), 4000);
    };
    const std::optional<SavedView> existing = views.view(name);
    if (!existing) {
        save();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace view"),
                                tr("There is a view named “%1” for this profile already. Replace it with the filters "
                                   "as they are now?")
                                    .arg(existing->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceViewMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [replace, save](QAbstractButton *clicked) {
        if (clicked == replace)
            save();
    });
    box->open();
}

void MainWindow::applySavedView(const QString &name)
{
    const std::optional<SavedView> view = SavedViews(m_settings, m_profile.name).view(name);
    if (!view) {
        updateSavedViews(); // deleted meanwhile (by another window, say)
        return;
    }
    // Every filter as the view has it, through the widgets that own them; then the list with its
    // server filters, as the filter pane's Apply loads it.
    m_filterPane->setState(view->filters.list);
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(int(view->filters.status))));
    m_quickFilter->setText(view->quickFilter);
    m_quickFilterTimer.stop();
    applyQuickFilter();
    setAuditView(view->auditView);
    m_auditPane->setCurrentSavedView(view->name);
    refresh();
    statusBar()->showMessage(tr("Applied the view “%1”.").arg(view->name), 4000);
}

void MainWindow::renameSavedView(const QString &name)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename view"));
    dialog->setLabelText(tr("New name of the view “%1”:").arg(name));
    dialog->setTextValue(name);
    dialog->setOkButtonText(tr("&Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString &to) {
        const bool wasCurrent = m_auditPane->currentSavedView() == name;
        const QString problem = SavedViews(m_settings, m_profile.name).rename(name, to);
        if (!problem.isEmpty()) {
            m_banner->showMessage(MessageBanner::Level::Warning, tr("The view was not renamed: %1").arg(problem));
            return;
        }
        updateSavedViews();
        if (wasCurrent)
            m_auditPane->setCurrentSavedView(SavedViews::normalized(to));
    });
    dialog->open();
}

void MainWindow::deleteSavedView(const QString &name)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete view"),
                        tr("Delete the saved view “%1”? The filters in use and the tokens stay as they are.").arg(name),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteViewMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        SavedViews(m_settings, m_profile.name).remove(name);
        updateSavedViews();
    });
    box->open();
}

void MainWindow::showManageViews()
{
    if (m_manageViewsDialog) {
        m_manageViewsDialog->raise();
        m_manageViewsDialog->activateWindow();
        return;
    }
    auto *dialog = new ManageViewsDialog(m_profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManageViewsDialog::renameRequested, this, &MainWindow::renameSavedView);
    connect(dialog, &ManageViewsDialog::deleteRequested, this, &MainWindow::deleteSavedView);
    m_manageViewsDialog = dialog;
    updateSavedViews();
    dialog->open();
}

void MainWindow::createMenus()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileCombo = new QComboBox(toolbar);
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setAccessibleDescription(tr("The cluster to work with; the last entry manages connections"));
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileCombo->itemData(index).toString();
        if (name.isEmpty()) {
            showConnections();
            return;
        }
        if (name == m_profile.name)
            return;
        ProfileStore store(m_settings);
        if (const auto p = store.profile(name))
            connectToProfile(*p);
    });
    toolbar->addWidget(m_profileCombo);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    for (QAction *a : m_operations->toolbarActions()) {
        if (a)
            toolbar->addAction(a);
        else
            toolbar->addSeparator();
    }
    toolbar->addSeparator();
    toolbar->addAction(m_export->action());

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectionsAction);
    for (QAction *a : m_operations->fileMenuActions())
        file->addAction(a);
    file->addAction(m_export->action());
    file->addAction(m_acrossExport->action());
    auto *compare = file->addAction(tr("C&ompare with an earlier export\u2026"));
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    compare->setStatusTip(tr("Open a CSV exported at an earlier audit and see which tokens are new, gone or "
                             "changed since"));
    addAction(compare);
    connect(compare, &QAction::triggered, this, &MainWindow::chooseEarlierExport);
    file->addSeparator();
    file->addAction(m_quitAction);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyIdAction);
    edit->addAction(m_findAction);

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    view->addAction(m_report->action());
    view->addSeparator();
    // Ctrl+0 for all tokens, Ctrl+1… for the audit views in the order the pane lists them.
    auto *audit = view->addMenu(tr("&Audit view"));
    m_auditViewActions = new QActionGroup(this);
    const QList<AuditView> auditViews = AuditViews::all();
    for (int index = -1; index < int(auditViews.size()); ++index) {
        QAction *action = audit->addAction(index < 0 ? tr("All tokens") : AuditViews::title(auditViews[index]));
        action->setData(index);
        action->setCheckable(true);
        action->setChecked(index < 0);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index + 1)));
        action->setStatusTip(index < 0 ? tr("Show every listed token") : AuditViews::description(auditViews[index]));
        m_auditViewActions->addAction(action);
        addAction(action); // the shortcut works while the menu is closed
        connect(action, &QAction::triggered, this, [this, index] {
            setAuditView(index < 0 ? std::nullopt : std::optional<AuditView>(AuditViews::all().value(index)));
        });
        if (index < 0)
            audit->addSeparator();
    }
    // The profile's saved views follow (updateSavedViews), then saving and managing them.
    m_auditMenu = audit;
    audit->addSeparator();
    m_savedViewsEnd = audit->addSeparator();
    audit->addAction(m_saveViewAction);
    audit->addAction(m_manageViewsAction);
    view->addSeparator();
    view->addAction(m_auditDock->toggleViewAction());
    view->addAction(m_filterDock->toggleViewAction());
    view->addAction(m_detailDock->toggleViewAction());
    view->addAction(toolbar->toggleViewAction());

    auto *tokens = menuBar()->addMenu(tr("&Tokens"));
    for (QAction *a : m_operations->tokenMenuActions()) {
        if (a)
            tokens->addAction(a);
        else
            tokens->addSeparator();
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *about = help->addAction(tr("&About TokenDesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    // Actions with shortcuts must work while the menus are closed.
    addActions({m_refreshAction, m_copyIdAction, m_findAction, m_filterDock->toggleViewAction(), m_saveViewAction,
                m_manageViewsAction});

    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_operations->showContextMenu(m_table->viewport()->mapToGlobal(pos), {m_copyIdAction, m_export->action()});
    });
    connect(m_detailPane, &DetailPane::editRequested, m_operations, &TokenOperations::editSelected);
    connect(m_detailPane, &DetailPane::revokeRequested, m_operations, &TokenOperations::toggleRevokedSelected);
}

// "Show in table" from the lookup dialog relaxes the filters through the widgets that own them,
// so that what they show stays what the table applies.
void MainWindow::connectRevealHooks()
{
    TokenOperations::FilterHooks hooks;
    hooks.applyPending = [this] {
        if (m_quickFilterTimer.isActive()) {
            m_quickFilterTimer.stop();
            applyQuickFilter();
        }
    };
    hooks.clearQuickFilter = [this] {
        m_quickFilter->clear();
        m_quickFilterTimer.stop();
        applyQuickFilter();
    };
    hooks.showAllStatuses = [this] { m_statusFilter->setCurrentIndex(0); };
    hooks.clearAuditView = [this] { setAuditView(std::nullopt); };
    hooks.includeUsedTokens = [this] {
        FilterPane::State st = m_filterPane->state();
        if (st.lastUsed == FilterPane::LastUsedPreset::NeverUsed)
            st.lastUsed = FilterPane::LastUsedPreset::Any;
        m_filterPane->setState(st);
        m_proxy->setNeverUsedOnly(false);
        saveFilters();
    };
    hooks.serverFilters = [this] {
        QStringList words;
        if (m_listQuery.user)
            words << tr("the owner filter “%1”").arg(*m_listQuery.user);
        if (!m_listQuery.permissions.isEmpty())
            words << tr("the scopes filter");
        if (m_listQuery.fromMs || m_listQuery.toMs)
            words << tr("the last-used filter");
        return words;
    };
    hooks.reachedLimit = [this] {
        const int limit = m_listQuery.limit.value_or(ListQuery::DefaultLimit);
        return m_model->rowCount() >= limit ? limit : 0;
    };
    hooks.clearServerFiltersAndReload = [this](std::function<void(bool)> done) {
        const int limit = m_listQuery.limit.value_or(ListQuery::DefaultLimit);
        FilterPane::State st;
        st.lastUsed =
            m_filterPane->neverUsedOnly() ? FilterPane::LastUsedPreset::NeverUsed : FilterPane::LastUsedPreset::Any;
        st.limit = m_model->rowCount() >= limit ? ListQuery::MaxLimit : m_filterPane->state().limit;
        m_filterPane->setState(st);
        auto loaded = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        auto finish = [loaded, failed, done](bool ok) {
            QObject::disconnect(*loaded);
            QObject::disconnect(*failed);
            done(ok);
        };
        *loaded = connect(this, &MainWindow::listLoaded, m_operations, [finish] { finish(true); });
        *failed = connect(this, &MainWindow::listFailed, m_operations, [finish] { finish(false); });
        refresh();
        if (!isListLoading())
            finish(false); // not connected: nothing was asked
    };
    m_operations->setFilterHooks(std::move(hooks));
}

void MainWindow::restoreWindowState()
{
    const WindowSettings saved = WindowSettings::load(*m_settings);
    if (!restoreGeometry(saved.geometry))
        resize(QSize(1280, 760).boundedTo(screen()->availableGeometry().size()));
    // Until the user sizes them, the docks leave the table most of the window, in any language.
    if (!restoreState(saved.state)) {
        QTimer::singleShot(0, this, [this] {
            const int chars = fontMetrics().averageCharWidth();
            const int dockWidth = qBound(24 * chars, width() / 6, 36 * chars);
            resizeDocks({m_filterDock, m_detailDock}, {dockWidth, dockWidth}, Qt::Horizontal);
        });
    }
    if (m_table->horizontalHeader()->restoreState(saved.tableHeader))
        m_columnFitter->keepUserWidths();
}

void MainWindow::saveWindowState()
{
    WindowSettings saved;
    saved.geometry = saveGeometry();
    saved.state = saveState();
    saved.tableHeader = m_table->horizontalHeader()->saveState();
    saved.save(*m_settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A created secret that was not stored yet would be lost: the secret dialog asks first.
    if (m_operations->hasUnstoredSecret()) {
        event->ignore();
        m_operations->raiseSecretDialog();
        return;
    }
    saveWindowState();
    m_export->cancel();
    m_session->cancelAll();
    m_clipboard->clearIfOurs();
    event->accept();
}

void MainWindow::afterFirstPaint(std::function<void()> work)
{
    if (m_firstPainted)
        work();
    else
        m_afterFirstPaint.push_back(std::move(work));
}

void MainWindow::runAfterFirstPaint()
{
    if (m_firstPainted)
        return;
    m_firstPainted = true;
    m_firstPaintFallback.stop();
    const std::vector<std::function<void()>> work = std::exchange(m_afterFirstPaint, {});
    for (const auto &w : work)
        w();
}

void MainWindow::start()
{
    if (!m_firstPainted && isVisible()) {
        afterFirstPaint([this] { start(); });
        return;
    }
    if (m_options.demo) {
        m_demo = new DemoCluster(this);
        if (!m_options.demoPluginDirs.isEmpty())
            m_demo->setPluginDirs(m_options.demoPluginDirs);
        m_connectionLabel->setText(tr("Starting the demo cluster…"));
        connect(m_demo, &DemoCluster::started, this, [this](const QString &url) {
            // The demo cluster is seeded afresh at every start: the tokens an earlier run scheduled
            // for deletion are gone, and their ids would name nothing (or, by chance, a new token).
            PendingDeletions(m_settings, kDemoProfile).clear();
            ConnectionSettings s;
            s.baseUrl = TokensService::normalizeBaseUrl(url);
            s.apiToken = m_demo->adminSecret();
            connectTo(s, kDemoProfile, true);
        });
        connect(m_demo, &DemoCluster::failed, this, [this](const QString &error) {
            m_banner->showMessage(MessageBanner::Level::Error, tr("The demo cluster could not start: %1").arg(error));
        });
        m_demo->start(m_options.demoTokens);
        return;
    }
    ProfileStore store(m_settings);
    const QString wanted = m_options.profile.isEmpty() ? store.lastUsed() : m_options.profile;
    if (const auto p = store.profile(wanted)) {
        connectToProfile(*p);
        return;
    }
    if (!m_options.profile.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("There is no profile named \"%1\".").arg(m_options.profile));
    updateProfileCombo();
    showConnections();
}

void MainWindow::connectTo(const ConnectionSettings &settings, const QString &profileName, bool demo)
{
    m_isDemo = demo;
    if (m_profile.name != profileName || !m_filtersRestored) {
        restoreFilters(profileName);
        m_filtersRestored = true;
    }
    m_profile.name = profileName;
    updateSavedViews();
    m_export->setClusterName(demo ? QStringLiteral("demo") : profileName);
    m_session->setConnection(settings); // every job and request of the previous connection ends here
    m_serviceProfile = ConnectionProfile();
    m_serviceProfile.name = profileName;
    // For as long as the API token travels in clear, the window says so (no close button).
    if (Transport::cleartextVerdict(settings.baseUrl, settings.allowInsecureHttp) == Transport::Cleartext::Allowed)
        m_insecureBanner->showMessage(MessageBanner::Level::Warning, Transport::cleartextWarning(settings.baseUrl));
    else
        m_insecureBanner->dismiss();
    // The platform adds " — TokenDesk" (the application's display name) to the title itself.
    const QString title = demo ? tr("DEMO (%1)").arg(settings.baseUrl.toString()) : profileName;
    setWindowTitle(title);
    // A screen reader reads the title without what the platform adds: there it names the application.
    const QString appName = QGuiApplication::applicationDisplayName();
    setAccessibleName(appName.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, appName));
    m_connectionLabel->setText(demo ? tr("DEMO · %1").arg(settings.baseUrl.host())
                                    : settings.baseUrl.toString(QUrl::RemovePath));
    m_connectionLabel->setToolTip(settings.baseUrl.toString());
    // A new-format secret names its token: the token in use is known (and protected) at once;
    // an old-format one is known once the lookup in identifySelf answers.
    m_model->setSelfId(m_service->tokenInUseId());
    m_operations->setSelfId(m_service->tokenInUseId());
    m_operations->connectionChanged(); // its cancelled lookup will not answer
    // The deletions rotations scheduled are kept per profile.
    m_operations->setPendingDeletions(m_settings, profileName);
    m_operations->setCurrentProfile(profileName);
    updateProfileCombo();
    Q_EMIT connected(settings.baseUrl.toString());
    identifySelf();
    refresh();
}

void MainWindow::connectToProfile(const ConnectionProfile &profile)
{
    QString error;
    const QUrl base = TokensService::normalizeBaseUrl(profile.url, &error);
    if (!base.isValid()) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("The URL of profile \"%1\" is not usable: %2").arg(profile.name, error));
        return;
    }
    if (!Transport::maySendToken(base, profile.allowInsecureHttp)) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Not connected to \"%1\". %2 Allow it in Connections if you must.")
                                  .arg(profile.name, Transport::cleartextRefusal(base)));
        showConnections();
        return;
    }
    if (!profile.storedTokenMatchesAddress()) {
        // The stored token was entered for another server: it is not sent to this one.
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The API token stored for \"%1\" was entered for %2, but the profile now points to "
                                 "%3. Enter the API token for the new address in Connections.")
                                  .arg(profile.name, profile.storedTokenDestination(), Transport::destinationOf(base)));
        showConnections();
        return;
    }
    const ConnectionProfile previous = m_profile;
    m_profile = profile;
    ProfileStore(m_settings).setLastUsed(profile.name);
    auto useSecret = [this, profile](const QString &secret) {
        connectTo(profile.connectionSettings(secret), profile.name, false);
        m_profile = profile;
        m_serviceProfile = profile;
    };
    SecretStore::readToken(
        m_secretStore, m_sessionSecrets, profile.name, this,
        [this, profile, previous, useSecret](bool found, const QString &secret, const QString &why) {
            if (found) {
                m_missingTokens.remove(profile.name);
                useSecret(secret);
                return;
            }
            m_missingTokens.insert(profile.name);
            m_sessionOnlyTokens.remove(profile.name);
            const QString noKeyring = m_secretStore->unavailableReason();
            if (noKeyring.isEmpty()) {
                m_banner->showMessage(
                    MessageBanner::Level::Warning,
                    tr("No API token is stored for \"%1\": type it again in Connections.").arg(profile.name), why);
            } else {
                // After a restart without a keyring: the token typed last time was never stored.
                m_banner->showMessage(
                    MessageBanner::Level::Warning,
                    tr("No API token is stored for \"%1\": no system keyring is available (the "
                       "keyring said: %2), so a token typed earlier was kept for that session only. Type "
                       "the API token again in Connections.")
                            .arg(profile.name, noKeyring) +
                        QLatin1Char(' ') + noKeyringAdvice());
            }
            // The window stays with the profile it is connected to; the box shows that one.
            if (!m_service->connection().baseUrl.isEmpty())
                m_profile = previous;
            updateProfileCombo();
            showConnections(profile.name);
        });
}

void MainWindow::switchTokenInUse(const QString &secret, const std::function<void(const QString &)> &done)
{
    const ConnectionProfile profile = m_serviceProfile;
    if (m_isDemo) {
        // The demo cluster keeps no token anywhere: the connection alone switches.
        ConnectionSettings settings = m_service->connection();
        settings.apiToken = secret;
        connectTo(settings, profile.name, true);
        done(QString());
        return;
    }
    if (profile.name.isEmpty() || profile.url.isEmpty()) {
        done(tr("the connection has no profile to keep the new token in."));
        return;
    }
    SecretStore *store = m_sessionOnlyTokens.contains(profile.name) ? m_sessionSecrets : m_secretStore;
    store->write(profile.name, secret, this, [this, profile, secret, done](bool ok, const QString &why) {
        if (!ok) {
            done(tr("the keyring did not store it (%1).").arg(why.isEmpty() ? tr("no reason given") : why));
            return;
        }
        if (m_serviceProfile.name != profile.name) {
            done(tr("the window connected to another profile meanwhile; “%1” now holds the new token.")
                     .arg(profile.name));
            return;
        }
        connectTo(profile.connectionSettings(secret), profile.name, false);
        m_profile = profile;
        m_serviceProfile = profile;
        done(QString());
    });
}

QString MainWindow::noKeyringAdvice()
{
    return tr("To keep API tokens across restarts, install or unlock a Secret Service such as GNOME Keyring or "
              "KWallet, then enter the token again.");
}

void MainWindow::showConnections(const QString &select)
{
    if (m_connectionsDialog) {
        for (const QString &name : std::as_const(m_sessionOnlyTokens))
            m_connectionsDialog->setStoredToken(name, ConnectionsDialog::StoredToken::SessionOnly);
        for (const QString &name : std::as_const(m_missingTokens))
            m_connectionsDialog->setStoredToken(name, ConnectionsDialog::StoredToken::Missing);
        m_connectionsDialog->raise();
        m_connectionsDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectionsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionsDialog = dialog;
    ProfileStore store(m_settings);
    for (const QString &name : std::as_const(m_sessionOnlyTokens))
        dialog->setStoredToken(name, ConnectionsDialog::StoredToken::SessionOnly);
    for (const QString &name : std::as_const(m_missingTokens))
        dialog->setStoredToken(name, ConnectionsDialog::StoredToken::Missing);
    dialog->setProfiles(store.profiles(), select.isEmpty() ? m_profile.name : select);
    const QString noKeyring = m_secretStore->unavailableReason();
    if (noKeyring.isEmpty())
        dialog->setSecretStorageNote(tr("The API token is kept in the system keyring, never in a file."), false);
    else
        dialog->setSecretStorageNote(
            tr("No system keyring is available (the keyring said: %1): a typed API token is kept "
               "for this session only, never in a file.")
                    .arg(noKeyring) +
                QLatin1Char(' ') + noKeyringAdvice(),
            true);
    connect(dialog, &ConnectionsDialog::removeRequested, this, [this, dialog](const QString &name) {
        ProfileStore s(m_settings);
        s.remove(name);
        m_secretStore->remove(name, this, [](bool, const QString &) {});
        m_sessionSecrets->remove(name, this, [](bool, const QString &) {});
        m_sessionOnlyTokens.remove(name);
        m_missingTokens.remove(name);
        dialog->setProfiles(s.profiles(), QString());
        updateProfileCombo();
    });
    connect(dialog, &ConnectionsDialog::testRequested, this,
            [this, dialog](const ConnectionProfile &profile, const std::optional<QString> &typed) {
                auto test = [dialog, profile](const QString &secret) {
                    // A fresh connection: a kept-alive one was accepted under the settings in use, not
                    // under the ones being tested.
                    auto *nam = new QNetworkAccessManager;
                    auto *probe = new TokensService(nam, dialog);
                    nam->setParent(probe);
                    probe->setConnection(profile.connectionSettings(secret));
                    ListQuery q;
                    q.limit = 1;
                    probe->listTokens(q, dialog, [dialog, probe](const ApiResult<StubList> &r) {
                        dialog->setTestResult(r.ok(), r.ok() ? QObject::tr("Connected; the token may manage tokens.")
                                                             : r.error.toString());
                        probe->deleteLater();
                    });
                };
                if (typed) {
                    test(*typed);
                    return;
                }
                if (!profile.storedTokenMatchesAddress()) {
                    dialog->setTestResult(false, tr("Enter the API token for this address: the stored one was "
                                                    "entered for %1.")
                                                     .arg(profile.storedTokenDestination()));
                    return;
                }
                // The session-only copy too: without a keyring it is the only one.
                SecretStore::readToken(m_secretStore, m_sessionSecrets, profile.name, dialog,
                                       [dialog, test](bool ok, const QString &secret, const QString &why) {
                                           if (ok)
                                               test(secret);
                                           else
                                               dialog->setTestResult(false,
                                                                     QObject::tr("No stored token: %1").arg(why));
                                       });
            });
    connect(
        dialog, &ConnectionsDialog::connectRequested, this,
        [this](const ConnectionProfile &profile, const std::optional<QString> &typed) {
            ProfileStore(m_settings).save(profile);
            updateProfileCombo();
            if (!typed) {
                connectToProfile(profile); // refuses a stored token for another destination
                return;
            }
            // The typed token replaces an older session-only one (which may also belong to the
            // profile's old address); without a keyring it is kept for this run only.
            SecretStore::storeTypedToken(
                m_secretStore, m_sessionSecrets, profile.name, *typed, this,
                [this, profile](bool ok, const QString &why) {
                    m_missingTokens.remove(profile.name);
                    if (ok) {
                        m_sessionOnlyTokens.remove(profile.name);
                        m_keyringBanner->dismiss();
                    } else {
                        // Say so, in its own banner that the list reload does not clear. Never
                        // in plain text on disk.
                        m_sessionOnlyTokens.insert(profile.name);
                        m_keyringBanner->showMessage(
                            MessageBanner::Level::Warning,
                            tr("No system keyring is available (the keyring said: %1). The API token of \"%2\" is kept "
                               "for this session only and must be typed again after TokenDesk restarts.")
                                    .arg(why.isEmpty() ? m_secretStore->unavailableReason() : why, profile.name) +
                                QLatin1Char(' ') + noKeyringAdvice());
                    }
                    connectToProfile(profile);
                });
        });
    dialog->open();
}

void MainWindow::updateProfileCombo()
{
    if (!m_profileCombo)
        return;
    m_profileCombo->clear();
    if (m_isDemo)
        m_profileCombo->addItem(tr("Demo cluster"), kDemoProfile);
    const auto profiles = ProfileStore(m_settings).profiles();
    for (const auto &p : profiles)
        m_profileCombo->addItem(p.name, p.name);
    m_profileCombo->addItem(tr("Manage connections…"), QString());
    const int index = m_profileCombo->findData(m_profile.name);
    m_profileCombo->setCurrentIndex(index);
}

void MainWindow::identifySelf()
{
    const QString secret = m_service->connection().apiToken;
    if (secret.isEmpty())
        return;
    // Only which token it is: its row's details come with the visible rows, as any other's.
    LookupJob *job = m_session->lookup(secret, LookupJob::Row::LeaveRow);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->succeeded() || !job->result().id)
            return; // the list request reports connection problems
        m_service->setTokenInUseId(*job->result().id);
        m_model->setSelfId(*job->result().id);
        m_operations->setSelfId(*job->result().id);
        updateDetailPane();
    });
}

void MainWindow::onUntrustedCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    if (m_isDemo || m_certificateDialogOpen || m_serviceProfile.name.isEmpty())
        return;
    // The profile and address whose request met this certificate; the answer belongs to them, even
    // if another profile is connected by the time the user answers.
    const QString profileName = m_serviceProfile.name;
    const QUrl address = m_service->connection().baseUrl;
    QByteArray pin = m_service->connection().pinnedSha256;
    pin.replace(':', QByteArray()).replace(' ', QByteArray());
    const bool pinMismatch = !pin.isEmpty() && CertificateDialog::fingerprint(certificate) != pin.toLower();
    const Transport::TlsDiagnosis diagnosis = Transport::diagnoseTls(address.host(), certificate, errors, pinMismatch);
    m_certificateDialogOpen = true;
    auto *dialog = new CertificateDialog(profileName, diagnosis, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, profileName, address](int result) {
        m_certificateDialogOpen = false;
        if (result != QDialog::Accepted || !dialog->offersTrust())
            return;
        ProfileStore store(m_settings);
        std::optional<ConnectionProfile> profile = store.profile(profileName);
        if (!profile || Transport::destinationOf(profile->url) != Transport::destinationOf(address))
            return; // removed, or moved to another server meanwhile: the pin is not for it
        profile->pinnedSha256 = CertificateDialog::fingerprint(dialog->certificate());
        store.save(*profile);
        if (m_serviceProfile.name == profileName && !m_isDemo)
            connectToProfile(*profile);
    });
    dialog->open();
}

void MainWindow::refresh()
{
    if (m_service->connection().baseUrl.isEmpty())
        return;
    m_banner->dismiss();
    saveFilters();
    const ListQuery query = m_filterPane->query(nowMs());
    m_listQuery = query;
    m_listLimit = query.limit.value_or(ListQuery::DefaultLimit); // absent: the server's default
    m_proxy->setNeverUsedOnly(m_filterPane->neverUsedOnly());
    // A list still loading is cancelled by the session.
    ListJob *job = m_session->list(query);
    connect(job, &Job::finished, this, [this, job] { onListFinished(*job); });
    updateStatus();
}

void MainWindow::saveFilters()
{
    if (m_profile.name.isEmpty())
        return;
    FilterSettings filters;
    filters.list = m_filterPane->state();
    filters.status = TokenProxyModel::StatusFilter(m_statusFilter->currentData().toInt());
    filters.save(*m_settings, m_profile.name);
}

void MainWindow::restoreFilters(const QString &profileName)
{
    const FilterSettings filters = FilterSettings::load(*m_settings, profileName);
    m_filterPane->setState(filters.list);
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(int(filters.status))));
}

void MainWindow::onListFinished(const ListJob &job)
{
    if (job.outcome() == Job::Outcome::Cancelled) {
        updateStatus();
        return;
    }
    if (!job.succeeded()) {
        // The table keeps what it had.
        m_banner->showError(job.error(), true);
        updateStatus();
        Q_EMIT listFailed(job.error());
        return;
    }
    // The session has put the list into the model and the details loader.
    const StubList &list = job.result().list;
    const QString selected = m_detailPane->shownId();
    if (m_filterPane->neverUsedOnly())
        m_loader->loadAll();
    if (!selected.isEmpty()) {
        const int row = m_model->rowOfId(selected);
        if (row >= 0) {
            const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
            if (proxyIndex.isValid())
                m_table->selectionModel()->select(proxyIndex,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateDetailPane();
    if (m_listLimit > 0 && list.size() >= m_listLimit) {
        // A full page is all the API returns: the cluster may well have more.
        m_banner->showMessage(
            MessageBanner::Level::Warning,
            tr("The cluster returned %Ln token(s), the limit you set: there may be more.", nullptr, list.size()));
        m_banner->setAction(tr("Raise the limit…"), tr("Opens the filter pane at the limit field"));
        m_bannerAction = [this] {
            m_filterDock->show();
            m_filterDock->raise();
            if (auto *limit = m_filterPane->findChild<QSpinBox *>(QStringLiteral("limitSpinBox"))) {
                limit->setFocus(Qt::OtherFocusReason);
                limit->selectAll();
            }
        };
    }
    statusBar()->showMessage(
        tr("Listed %Ln token(s) in %1 ms", nullptr, m_model->rowCount()).arg(job.result().elapsedMs), 4000);
    updateStatus();
    scheduleVisibleDetails();
    Q_EMIT listLoaded(m_model->rowCount());
    if (!m_options.screenshotFile.isEmpty())
        maybeTakeScreenshot();
}

void MainWindow::scheduleVisibleDetails()
{
    if (!m_visibleTimer.isActive())
        m_visibleTimer.start();
}

void MainWindow::requestVisibleDetails()
{
    if (m_proxy->rowCount() == 0)
        return;
    QStringList ids;
    // Selected rows first, then the visible ones.
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const auto &index : selected) {
        ids << m_model->id(m_proxy->mapToSource(index).row());
        if (ids.size() >= 200)
            break;
    }
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = qMin(m_proxy->rowCount() - 1, first + 60);
    for (int r = first; r <= last; ++r)
        ids << m_model->id(m_proxy->sourceRow(r));
    m_loader->prioritize(ids);
}

void MainWindow::updateDetailPane()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const auto selected = m_table->selectionModel()->selectedRows();
    QModelIndex proxyIndex = current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex())
                                 ? current
                                 : (selected.isEmpty() ? QModelIndex() : selected.first());
    if (!proxyIndex.isValid()) {
        m_detailPane->clear();
        return;
    }
    const int row = m_proxy->mapToSource(proxyIndex).row();
    if (row < 0) {
        m_detailPane->clear();
        return;
    }
    TokenStub stub;
    stub.id = m_model->id(row);
    stub.name = m_model->name(row);
    std::optional<TokenMetadata> details;
    if (m_model->isLoaded(row))
        details = m_model->metadata(row);
    m_detailPane->showToken(stub, details, stub.id == m_model->selfId(), m_model->isSystem(row), m_model->now());
}

QString MainWindow::statusText() const
{
    return m_countsLabel->text();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    const bool listing = isListLoading();
    if (listing && total == 0) {
        text = tr("Loading the token list…");
    } else {
        const int undecided = m_proxy->undecided().hidden;
        if (undecided > 0) {
            // Some rows cannot be decided without their details: the count is a lower bound.
            text = tr("At least %1 of %2 tokens match (%3 undecided until their details load) · details %4 of %2 "
                      "loaded")
                       .arg(locale.toString(shown), locale.toString(total), locale.toString(undecided),
                            locale.toString(m_model->loadedCount()));
        } else {
            text = tr("%1 of %2 tokens shown · details %3 of %2 loaded")
                       .arg(locale.toString(shown), locale.toString(total), locale.toString(m_model->loadedCount()));
        }
        if (listing)
            text += tr(" · refreshing…");
        else if (m_proxy->isPending() && m_proxy->spec() != m_appliedSpec)
            text += tr(" · sorting and filtering…");
    }
    m_countsLabel->setText(text);
    const bool loadingAll = m_loader->isLoadingAll() || m_loader->isLoadingSome();
    const bool busy = listing || loadingAll;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (listing) {
        m_progress->setRange(0, 0);
    } else if (loadingAll) {
        m_progress->setRange(0, qMax(1, m_loader->progressTotal()));
        m_progress->setValue(m_loader->progressDone());
    }
    m_loadAllAction->setEnabled(total > 0 && m_model->loadedCount() < total);
    updatePartialBar();
}

void MainWindow::updatePartialBar()
{
    const TokenFilter::Undecided undecided = m_proxy->undecided();
    if (undecided.hidden == 0 && undecided.unsorted == 0) {
        m_partialBar->hide();
        return;
    }
    const QLocale locale;
    QStringList parts;
    if (undecided.hidden > 0)
        parts << tr("%Ln more token(s) may match once their details are loaded.", nullptr, undecided.hidden);
    if (undecided.unsorted > 0) {
        const QString column = m_model->headerData(m_proxy->sortColumn(), Qt::Horizontal, Qt::DisplayRole).toString();
        parts << tr("Sorted by %1: %Ln token(s) without details are listed at the end, unsorted.", nullptr,
                    undecided.unsorted)
                     .arg(column);
    }
    const QString text = parts.join(QLatin1Char(' '));
    const bool loading = m_loader->isLoadingAll() || m_loader->isLoadingSome();
    if (m_partialBar->isHidden() || m_partialBar->text() != text) {
        m_partialBar->showMessage(MessageBanner::Level::Information, text);
        m_partialBar->setAction(tr("Load them"), tr("Loads the details of exactly these tokens"));
    }
    m_partialBar->setActionEnabled(!loading);
}

void MainWindow::loadUndecidedDetails()
{
    const QStringList ids = m_proxy->undecidedIds();
    if (ids.isEmpty())
        return;
    confirmLoad(int(ids.size()), [this, ids] {
        m_loader->load(ids);
        updateStatus();
    });
}

void MainWindow::loadAllDetails()
{
    const int missing = m_model->rowCount() - m_model->loadedCount();
    confirmLoad(missing, [this] {
        m_loader->loadAll();
        updateStatus();
    });
}

void MainWindow::confirmLoad(int requests, const std::function<void()> &load)
{
    if (requests <= m_loadConfirmThreshold) {
        load();
        return;
    }
    const QLocale locale;
    QString how;
    if (m_rateLimitPerMinute > 0) {
        const qint64 seconds = qint64(requests) * 60 / m_rateLimitPerMinute;
        how = tr("At the cluster's rate limit of %1 requests per minute this takes %2, and other clients of the "
                 "cluster share that limit meanwhile.")
                  .arg(locale.toString(m_rateLimitPerMinute), roughDuration(seconds));
    } else {
        how = tr("The cluster's rate limit is not known yet; at 6 requests at a time this may take a long while.");
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Load details"),
                        tr("This sends %Ln request(s), one per token.", nullptr, requests) + QLatin1Char(' ') + how,
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmLoadMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *start = box->addButton(tr("Load %Ln token(s)", nullptr, requests), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("confirmLoadButton"));
    QPushButton *dontLoad = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(dontLoad); // a million requests are never one Enter away
    box->setEscapeButton(dontLoad);
    connect(box, &QMessageBox::buttonClicked, this, [start, load](QAbstractButton *clicked) {
        if (clicked == start)
            load();
    });
    box->open();
}

void MainWindow::dismissBannerAboutVisibleToken()
{
    const QString id = m_banner->subjectId();
    if (id.isEmpty())
        return;
    const int row = m_model->rowOfId(id);
    if (row < 0 || m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_banner->dismiss();
}

void MainWindow::rememberScrollAnchor()
{
    m_anchorId.clear();
    // Only a re-sort of the same spec (details arrived); a new sort or filter may move the view.
    if (m_proxy->spec() != m_appliedSpec || m_proxy->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    int anchorRow = -1;
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        const int y = m_table->rowViewportPosition(current.row());
        if (y >= 0 && y < m_table->viewport()->height())
            anchorRow = current.row();
    }
    if (anchorRow < 0)
        anchorRow = m_table->rowAt(0);
    if (anchorRow < 0)
        return;
    m_anchorId = m_model->id(m_proxy->sourceRow(anchorRow));
    m_anchorY = m_table->rowViewportPosition(anchorRow);
}

void MainWindow::restoreScrollAnchor()
{
    const QString id = std::exchange(m_anchorId, {});
    if (id.isEmpty())
        return;
    const int row = m_model->rowOfId(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return;
    QScrollBar *bar = m_table->verticalScrollBar();
    const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
    if (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem) {
        bar->setValue(index.row() - m_anchorY / rowHeight);
    } else {
        bar->setValue(index.row() * rowHeight - m_anchorY);
    }
}

void MainWindow::applyQuickFilter()
{
    m_proxy->setFilterText(m_quickFilter->text());
}

void MainWindow::copySelectedId()
{
    const auto selected = m_table->selectionModel()->selectedRows();
    QStringList ids;
    for (const auto &index : selected)
        ids << m_model->id(m_proxy->mapToSource(index).row());
    if (ids.isEmpty())
        return;
    m_clipboard->copyText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n token ID(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::showShortcuts()
{
    QString text = tr("<table>"
                      "<tr><td><b>Ctrl+F</b></td><td>Quick filter</td></tr>"
                      "<tr><td><b>Esc</b></td><td>Clear the quick filter</td></tr>"
                      "<tr><td><b>F5</b></td><td>Refresh the list</td></tr>"
                      "<tr><td><b>F9</b></td><td>Show or hide the filter pane</td></tr>"
                      "<tr><td><b>Ctrl+0</b></td><td>All tokens (no audit view)</td></tr>"
                      "<tr><td><b>Ctrl+N</b></td><td>New token</td></tr>"
                      "<tr><td><b>F2</b></td><td>Edit the selected token</td></tr>"
                      "<tr><td><b>Del</b></td><td>Delete the selected tokens</td></tr>"
                      "<tr><td><b>Ctrl+L</b></td><td>Look up a token by its secret</td></tr>"
                      "<tr><td><b>Ctrl+E</b></td><td>Export CSV</td></tr>"
                      "<tr><td><b>Ctrl+Shift+O</b></td><td>Compare with an earlier export</td></tr>"
                      "<tr><td><b>Ctrl+Shift+R</b></td><td>Audit report of the tokens shown</td></tr>"
                      "<tr><td><b>Ctrl+Shift+C</b></td><td>Copy the selected token IDs</td></tr>"
                      "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
                      "</table>");
    // Rows added since, each its own string, named by the action's own shortcut, at the table's end.
    QString more;
    for (const auto &[action, what] :
         {std::pair<QAction *, QString>{m_operations->rotateAction(), tr("Rotate the selected token")},
          std::pair<QAction *, QString>{m_operations->pendingDeletionsAction(), tr("Pending deletions")},
          std::pair<QAction *, QString>{m_operations->changeScopesAction(),
                                        tr("Change the scopes of the selected tokens")},
          std::pair<QAction *, QString>{m_saveViewAction, tr("Save the filters as a named view")},
          std::pair<QAction *, QString>{m_manageViewsAction, tr("Rename or delete saved views")},
          std::pair<QAction *, QString>{m_acrossExport->action(), tr("Export across profiles")}}) {
        more += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), what.toHtmlEscaped());
    }
    // Keys of the lookup dialog: asking every profile, and switching to the one that knows the secret.
    more += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(QKeySequence(Qt::ALT | Qt::Key_P).toString(QKeySequence::NativeText),
                     tr("In Look up: look the secret up in all profiles").toHtmlEscaped());
    more += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(QKeySequence(Qt::ALT | Qt::Key_S).toString(QKeySequence::NativeText),
                     tr("In Look up: switch to the profile that knows it").toHtmlEscaped());
    const qsizetype end = text.lastIndexOf(QLatin1String("</table>"));
    text.insert(end < 0 ? text.size() : end, more);
    // The audit views, one row each, named as the menu names them.
    QString views = QStringLiteral("<table>");
    const QList<AuditView> all = AuditViews::all();
    for (int i = 0; i < all.size(); ++i) {
        views += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                     .arg(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText),
                          AuditViews::title(all[i]).toHtmlEscaped());
    }
    views += QStringLiteral("</table>");
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                text + QStringLiteral("<p><b>%1</b></p>").arg(tr("Audit views")) + views,
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About TokenDesk"),
        tr("<b>TokenDesk %1</b><p>Administration of the API tokens of Dynatrace Managed clusters through the "
           "Cluster API v2.</p><p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::maybeTakeScreenshot()
{
    // Documentation screenshots: select a row once the list is in, wait for the visible details,
    // then save the window.
    if (m_screenshotTimer.isActive())
        return;
    if (m_proxy->rowCount() > 2)
        m_table->selectRow(2);
    static QElapsedTimer waited;
    waited.start();
    m_screenshotTimer.setInterval(200);
    connect(&m_screenshotTimer, &QTimer::timeout, this, [this] {
        const bool idle = m_loader->inFlightCount() == 0 && m_loader->queuedCount() == 0 && !m_proxy->isPending();
        if (!idle && waited.elapsed() < 15000)
            return;
        m_screenshotTimer.stop();
        const bool saved = grab().save(m_options.screenshotFile);
        if (!saved)
            qWarning("Could not save the screenshot");
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    m_screenshotTimer.start();
}

} // namespace TokenDesk
