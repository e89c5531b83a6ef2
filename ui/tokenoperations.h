// The controller of everything an administrator changes: it owns the token actions (new, edit,
// revoke/reactivate, delete, lookup), opens the dialogs, calls TokensService and updates the
// model. Dialogs only collect input and hand back a request value; they do no I/O.
//
// What the main window calls: toolbarActions(), tokenMenuActions(), fileMenuActions() (nullptr
// entries are separators), showContextMenu(), setSelfId() once the connection's own token is
// known, selectionChanged() whenever the selection or the selected rows' details change, and
// editSelected()/toggleRevokedSelected() from the detail pane. Shortcuts (Ctrl+N, F2, Del, Ctrl+L)
// are added to the window by the constructor.
#pragma once

#include "api/tokentypes.h"
#include "deletedialog.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QAction;
class QMessageBox;
class QTableView;
class QWidget;

namespace TokenDesk {

struct ApiError;
class BulkOperation;
class BulkProgressDialog;
class CreateTokenDialog;
class EditTokenDialog;
class LookupDialog;
class MessageBanner;
class SecretClipboard;
class SecretDialog;
class TokenProxyModel;
class TokenTableModel;
class TokensService;

class TokenOperations final : public QObject
{
    Q_OBJECT
public:
    TokenOperations(TokensService *service, TokenTableModel *model, TokenProxyModel *proxy, QTableView *table,
                    MessageBanner *banner, SecretClipboard *clipboard, QWidget *window);
    ~TokenOperations() override;

    // nullptr entries are separators.
    QList<QAction *> toolbarActions() const;
    QList<QAction *> tokenMenuActions() const;
    QList<QAction *> fileMenuActions() const;
    void showContextMenu(const QPoint &globalPos, const QList<QAction *> &extra);

    // The token the connection authenticates with: it cannot be updated or deleted through itself.
    void setSelfId(const QString &id);
    // The service was pointed elsewhere and its requests cancelled: an open dialog waiting for an
    // answer is told that none will come.
    void connectionChanged();
    QString selfId() const { return m_selfId; }

    // How the window's filter widgets are relaxed, so that they stay in step with the proxy, and
    // what it knows about how the loaded list was narrowed on the server. Without hooks (tests of
    // the controller alone) the proxy's filters are reset directly and the server side is unknown.
    struct FilterHooks
    {
        // Applies what the filter widgets hold but the proxy has not been given yet (typing pauses).
        std::function<void()> applyPending;
        std::function<void()> clearQuickFilter;
        std::function<void()> showAllStatuses;
        std::function<void()> includeUsedTokens; // turns the "never used" filter off
        std::function<void()> clearAuditView;    // back to "All tokens"
        // The server-side filters that narrowed the loaded list, in words ("owner", "scopes"…).
        std::function<QStringList()> serverFilters;
        // The limit the loaded list stopped at, or 0 when it holds every token the filters match.
        std::function<int()> reachedLimit;
        // Clears the server-side filters (and raises a reached limit), reloads the list, and
        // calls done(true) once the new list is in the model, done(false) if loading failed.
        std::function<void(std::function<void(bool)> done)> clearServerFiltersAndReload;
    };
    void setFilterHooks(FilterHooks hooks) { m_hooks = std::move(hooks); }

    // What revealToken() did.
    struct Reveal
    {
        bool selected = false;
        QString message;          // what was changed, or why the token cannot be shown
        bool offerReload = false; // not loaded because of server-side filters or the limit
    };
    // Like selectToken(), but relaxes the quick, status and never-used filters that hide the token
    // first, and says which it changed. Selecting may finish later when the proxy filters on its
    // worker thread: `done` gets the result either way.
    void revealToken(const QString &id, const std::function<void(const Reveal &)> &done);

    // Source rows of the selection, in view order.
    QList<int> selectedRows() const;
    // Selects the token's row and scrolls to it. Returns "" on success, else why it cannot be shown
    // (not in the loaded list, or hidden by the quick/status filter).
    QString selectToken(const QString &id);

    // A created secret is on screen and "I have stored this token" is not ticked yet. The main
    // window should not close then: ignore the close event and call raiseSecretDialog(), which
    // brings the dialog (and its "close without storing?" question) forward.
    bool hasUnstoredSecret() const;
    void raiseSecretDialog();

    // Requests in flight at once in bulk actions (default 4).
    void setBulkConcurrency(int n) { m_bulkConcurrency = qMax(1, n); }
    int bulkConcurrency() const { return m_bulkConcurrency; }

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *revokeAction() const { return m_revokeAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *lookupAction() const { return m_lookupAction; }

    // The dialogs currently open (nullptr when none): for tests, screenshots and the main window.
    CreateTokenDialog *createDialog() const;
    SecretDialog *secretDialog() const;
    EditTokenDialog *editDialog() const;
    DeleteDialog *deleteDialog() const;
    LookupDialog *lookupDialog() const;
    QMessageBox *revokeQuestion() const;
    BulkProgressDialog *bulkDialog() const;
    BulkOperation *bulkOperation() const;

public Q_SLOTS:
    void selectionChanged();
    void newToken();
    void editSelected();
    void toggleRevokedSelected();
    void deleteSelected();
    void lookup();

Q_SIGNALS:
    // A token's state changed on the server (after the model was updated).
    void tokenChanged(const QString &id);
    // A created token is in the table (with its details when they could be fetched).
    void tokenAdded(const QString &id);
    // Tokens deleted on the server were removed from the table.
    void tokensRemoved(const QStringList &ids);
    // A bulk action (or a single revoke/delete) finished.
    void operationFinished();

private:
    struct Target
    {
        QString id;
        QString name;
    };
    QList<Target> targetsOf(const QList<int> &rows) const;
    void submitCreate(const CreateTokenRequest &request);
    void onCreated(const QString &secret, const CreateTokenRequest &request);
    void addCreatedToken(const TokenMetadata &metadata);
    void submitUpdate(const QString &id, const UpdateTokenRequest &request);
    void submitLookup(const QString &secret);
    using Prepare = std::function<void(BulkOperation *)>;
    void askRevoke(const QList<Target> &targets, QWidget *parent = nullptr, const Prepare &prepare = {});
    void setRevoked(const QList<Target> &targets, bool revoked, const Prepare &prepare = {});
    void openDeleteDialog(const DeleteDialog::Summary &summary, const QList<Target> &targets, QWidget *parent,
                          const Prepare &prepare);
    void deleteTargets(const QList<Target> &targets, const Prepare &prepare = {});
    // `prepare` connects to the operation before it starts (e.g. the lookup dialog following it).
    void runBulk(int action, const QList<Target> &targets, const Prepare &prepare = {});
    void lookupRevoke(const QString &id);
    void lookupDelete(const QString &id);
    void lookupShowInTable(const QString &id, bool afterReload = false);
    void lookupReload(const QString &id);
    void updateLookupActions();
    // Follows an operation started from the lookup dialog: marks the dialog, says failures there.
    Prepare followFromLookup();
    void flushRemovals();
    void reportError(const ApiError &error);
    void learnSelfFrom(const ApiError &error, const QString &id);

    TokensService *m_service;
    TokenTableModel *m_model;
    TokenProxyModel *m_proxy;
    QTableView *m_table;
    MessageBanner *m_banner;
    SecretClipboard *m_clipboard;
    QWidget *m_window;
    QString m_selfId;
    QString m_lastCreatedId;
    FilterHooks m_hooks;
    int m_bulkConcurrency = 4;

    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_revokeAction;
    QAction *m_deleteAction;
    QAction *m_lookupAction;

    QPointer<CreateTokenDialog> m_createDialog;
    QPointer<SecretDialog> m_secretDialog;
    QPointer<EditTokenDialog> m_editDialog;
    QPointer<DeleteDialog> m_deleteDialog;
    QPointer<LookupDialog> m_lookupDialog;
    QPointer<QMessageBox> m_revokeQuestion;
    QPointer<BulkProgressDialog> m_bulkDialog;
    QPointer<BulkOperation> m_bulk;

    QStringList m_pendingRemovals;
    QTimer m_removalTimer;
};

} // namespace TokenDesk
