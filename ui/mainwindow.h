// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window: a cluster's tokens in a table, server-side filters in a dock on the left, the
// selected token's details in a dock on the right, a quick filter and status filter above the
// table, a banner for failures, and the status bar with counts and progress. It is a view of a
// ClusterSession: it starts the session's jobs (the list, the details of the visible rows) and shows
// what the session's model holds; the session keeps model and loader in step. It never waits.
#pragma once

#include "api/tokensservice.h"
#include "demoserver.h"
#include "model/tokenfilter.h"
#include "model/tokenproxymodel.h"
#include "session/clustersession.h"
#include "settings/connectionprofile.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;
class QToolButton;

namespace TokenDesk {

class AuditCounter;
class AuditViewPane;
class ComparisonDialog;
class ConnectionsDialog;
class ReportController;
class DemoCluster;
class ColumnFitter;
class DetailPane;
class DetailsLoader;
class ExportController;
class ManageViewsDialog;
class ProfileExportController;
class FilterPane;
class MessageBanner;
class SecretClipboard;
class SecretStore;
class TokenOperations;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        int demoTokens = DemoTokens::Default;
        QString profile;
        QString screenshotFile;
        // Where API tokens are kept; null = the system keyring. The window takes ownership (tests
        // pass a store that fails as a missing keyring does).
        SecretStore *keyring = nullptr;
        // Where the demo cluster's plugin is looked for; empty = DemoCluster's default places.
        QStringList demoPluginDirs;
    };
    // The profile name the demo cluster's settings (filters, schedule, saved views) are kept under.
    static QString demoProfile();

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects as the options say: the demo cluster, a named profile, the last profile, or asks.
    // A shown window does so after its first paint, which none of that is needed for.
    void start();
    // Connects with explicit settings (tests, demo).
    void connectTo(const ConnectionSettings &settings, const QString &profileName, bool demo);
    // Loads the list with the filter pane's query. Cancels a list request still running.
    void refresh();
    // Compares an earlier TokenDesk CSV export with the list, in a window of its own (returned).
    ComparisonDialog *compareWithEarlierExport(const QString &path);

    // The cluster, its token table and its jobs.
    ClusterSession *session() const { return m_session.get(); }
    // The table's filter and sort.
    TokenProxyModel *proxy() const { return m_proxy; }

    // "Load all details" and "Load them" ask first when more than this many requests would be sent.
    void setLoadConfirmThreshold(int requests) { m_loadConfirmThreshold = requests; }
    QString statusText() const;
    bool isListLoading() const { return m_session->runningList() != nullptr; }

Q_SIGNALS:
    void connected(const QString &baseUrl);
    void listLoaded(int rows);
    void listFailed(const TokenDesk::ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void createDocks();
    void createMenus();
    void restoreWindowState();
    void connectRevealHooks();
    void saveWindowState();

    void connectToProfile(const ConnectionProfile &profile);
    // The token in use was rotated: its successor's secret replaces it where the profile keeps its
    // API token (the keyring, or this session only where the keyring refused it before), then the
    // connection switches to it. done("") once it has; done(why not) leaves everything as it was.
    void switchTokenInUse(const QString &secret, const std::function<void(const QString &error)> &done);
    // Opens the connections dialog on `select`, or on the profile in use.
    void showConnections(const QString &select = QString());
    // What to do when the system keyring cannot keep API tokens.
    static QString noKeyringAdvice();
    void updateProfileCombo();
    void identifySelf();
    void onUntrustedCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors);

    void saveFilters();
    void restoreFilters(const QString &profileName);
    void onListFinished(const ListJob &job);
    void scheduleVisibleDetails();
    void requestVisibleDetails();
    void updateDetailPane();
    void updateStatus();
    void applyQuickFilter();
    void updatePartialBar();
    void loadUndecidedDetails();
    // Filters the table by one of the audit views (std::nullopt: all tokens), in the pane and the menu alike.
    void setAuditView(std::optional<AuditView> view);
    // Saved views (SavedViews) of the profile in use: listed in the audit view pane and the View menu.
    void updateSavedViews();
    // "Save view…": asks for a name (and before replacing a view of that name), then saves the
    // filters, the quick filter, the status and the audit view as they are.
    void saveView();
    void saveViewAs(const QString &name);
    // Sets every filter as the view has it and loads the list with its server filters.
    void applySavedView(const QString &name);
    void renameSavedView(const QString &name);
    void deleteSavedView(const QString &name);
    void showManageViews();
    // "Compare with an earlier export": a file dialog, then the comparison in its own window.
    void chooseEarlierExport();
    // The table shows only these tokens (a bar of the report); an empty title shows all again.
    void showOnlyTokens(const QString &title, const QStringList &ids);
    // The report's header: the connection, then the filters in force.
    QStringList reportContext() const;
    void loadAllDetails();
    void confirmLoad(int requests, const std::function<void()> &load);
    void dismissBannerAboutVisibleToken();
    void rememberScrollAnchor();
    void restoreScrollAnchor();
    void copySelectedId();
    void showShortcuts();
    void showAbout();
    void maybeTakeScreenshot();
    // Runs `work` once the window has painted its first frame, or at once if it has. What waits for it
    // (the keyring and D-Bus, the connections dialog, the demo cluster's plugin, the window icon's SVG
    // engine) would otherwise delay it.
    void afterFirstPaint(std::function<void()> work);
    void runAfterFirstPaint();

    Options m_options;
    QSettings *m_settings;
    // The session's, for short: set once in the constructor.
    TokensService *m_service = nullptr;
    TokenTableModel *m_model = nullptr;
    DetailsLoader *m_loader = nullptr;
    TokenProxyModel *m_proxy = nullptr; // m_ownedProxy
    SecretStore *m_secretStore = nullptr;
    SecretStore *m_sessionSecrets = nullptr;
    // Profiles whose token only this session holds (the keyring refused it), and profiles whose
    // token was found nowhere: the connections dialog says so instead of "Stored".
    QSet<QString> m_sessionOnlyTokens;
    QSet<QString> m_missingTokens;
    SecretClipboard *m_clipboard;
    TokenOperations *m_operations = nullptr;
    ExportController *m_export = nullptr;
    ProfileExportController *m_acrossExport = nullptr; // File → Export across profiles…
    DemoCluster *m_demo = nullptr;
    QPointer<ConnectionsDialog> m_connectionsDialog;
    QPointer<ManageViewsDialog> m_manageViewsDialog;
    ConnectionProfile m_profile;
    // The profile whose settings the service has now (set with them): a certificate met by a
    // request belongs to it, even if m_profile moved on meanwhile.
    ConnectionProfile m_serviceProfile;
    bool m_isDemo = false;
    bool m_certificateDialogOpen = false;
    bool m_filtersRestored = false;

    ListQuery m_listQuery; // the query of the list in the table (or being loaded)
    int m_listLimit = 0;
    int m_rateLimitPerMinute = -1;
    int m_loadConfirmThreshold = 5000;
    std::function<void()> m_bannerAction;
    TokenFilterSpec m_appliedSpec;
    // The row kept in place while details re-sort the view: its token and its y in the viewport.
    QString m_anchorId;
    int m_anchorY = 0;
    QTimer m_visibleTimer;
    QTimer m_quickFilterTimer;
    QTimer m_screenshotTimer;
    bool m_firstPainted = false;
    std::vector<std::function<void()>> m_afterFirstPaint;
    QTimer m_firstPaintFallback; // a shown window that is never painted (minimised) still connects

    QTableView *m_table = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_insecureBanner = nullptr;
    MessageBanner *m_partialBar = nullptr;
    MessageBanner *m_keyringBanner = nullptr;
    FilterPane *m_filterPane = nullptr;
    AuditViewPane *m_auditPane = nullptr;
    AuditCounter *m_auditCounter = nullptr;
    ReportController *m_report = nullptr;
    MessageBanner *m_selectionBar = nullptr;
    QActionGroup *m_auditViewActions = nullptr;
    DetailPane *m_detailPane = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_clipboardLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QDockWidget *m_filterDock = nullptr;
    QDockWidget *m_auditDock = nullptr;
    QDockWidget *m_detailDock = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_saveViewAction = nullptr;
    QAction *m_manageViewsAction = nullptr;
    QMenu *m_auditMenu = nullptr;
    QAction *m_savedViewsEnd = nullptr; // the separator after the saved views in the audit view menu
    QList<QAction *> m_savedViewActions;

    // Declared last, so destroyed first, right after the destructor's (empty) body, while the rest
    // of the window is whole: the proxy before the session whose model it reads; the session
    // cancels its requests silently. The widgets, children of the window, go after them.
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<TokenProxyModel> m_ownedProxy;
};

} // namespace TokenDesk
