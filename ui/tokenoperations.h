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

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class QAction;
class QMessageBox;
class QTableView;
class QWidget;

namespace TokenDesk {

struct ApiError;
class BulkOperation;
class BulkProgressDialog;
class CreateTokenDialog;
class DeleteDialog;
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
    void askRevoke(const QList<Target> &targets);
    void setRevoked(const QList<Target> &targets, bool revoked);
    void deleteTargets(const QList<Target> &targets);
    void runBulk(int action, const QList<Target> &targets);
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
