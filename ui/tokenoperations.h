// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The controller of everything an administrator changes: it owns the token actions (new, edit,
// revoke/reactivate, delete, lookup, rotate, pending deletions), opens the dialogs and runs the
// session's jobs (create, update, bulk, lookup, rotate); the session puts each result into the model. Dialogs only
// collect input and hand back a request value; they do no I/O.
//
// What the main window calls: toolbarActions(), tokenMenuActions(), fileMenuActions() (nullptr
// entries are separators), showContextMenu(), setSelfId() once the connection's own token is
// known, and editSelected()/toggleRevokedSelected() from the detail pane. The actions follow the
// table's selection and the selected row's details by themselves. Shortcuts (Ctrl+N, F2, Del,
// Ctrl+L, Ctrl+Shift+T, Ctrl+Shift+D, Shift+F2) are added to the window by the constructor.
#pragma once

#include "api/tokentypes.h"
#include "deletedialog.h"
#include "session/bulkjob.h"
#include "session/bulkscopejob.h"
#include "session/profilelookup.h"
#include "session/rotatejob.h"
#include "settings/pendingdeletions.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QAction;
class QMessageBox;
class QModelIndex;
class QSettings;
class QTableView;
class QWidget;

namespace TokenDesk {

struct ApiError;
class BulkProgressDialog;
class BulkScopeDialog;
class ClusterSession;
class CreateJob;
class CreateTokenDialog;
class EditTokenDialog;
class EnsureDetailsJob;
class LookupDialog;
class MessageBanner;
class PendingDeletionsDialog;
class RotateDialog;
class RotateJob;
class SecretClipboard;
class SecretDialog;
class TokenProxyModel;
class TokenTableModel;

class TokenOperations final : public QObject
{
    Q_OBJECT
public:
    // `table` shows `proxy`, whose source is the session's model.
    TokenOperations(ClusterSession *session, TokenProxyModel *proxy, QTableView *table, MessageBanner *banner,
                    SecretClipboard *clipboard, QWidget *window);
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

    // Where the deletions scheduled by rotations are kept: `settings` (the caller's) under the
    // connection profile's name. Without it (not connected) nothing can be rotated.
    void setPendingDeletions(QSettings *settings, const QString &profile);
    bool hasPendingDeletions() const { return m_scheduleSettings != nullptr; }
    // The schedule of the profile in use (valid while hasPendingDeletions()).
    PendingDeletions pendingDeletions() const;

    // Rotating the token in use: stores `secret` where the profile keeps its API token and switches
    // the connection to it, then calls done("") — or done(why not), leaving the connection as it
    // was. Without it the token in use cannot be rotated.
    using SwitchTokenInUse = std::function<void(const QString &secret, std::function<void(const QString &error)> done)>;
    void setSwitchTokenInUse(SwitchTokenInUse hook);

    // The lookup dialog's "In all profiles": which profiles there are, how each one's API token is
    // read, and how the window switches to one of them. Without them the button is not offered.
    struct ProfileHooks
    {
        std::function<QList<ConnectionProfile>()> profiles;
        ProfileLookup::TokenReader readToken;
        // Connects the window to the profile; setCurrentProfile() follows once it is connected.
        std::function<void(const QString &profile)> switchTo;
    };
    void setProfileHooks(ProfileHooks hooks);
    // The window is connected to this profile now (after connectionChanged()): a token found there by
    // an all-profiles lookup the user asked to switch for is shown in the lookup dialog.
    void setCurrentProfile(const QString &name);
    // The all-profiles lookup running, if any.
    ProfileLookup *profileLookup() const { return m_profileLookup; }

    // Requests in flight at once in bulk actions (default 4).
    void setBulkConcurrency(int n) { m_bulkConcurrency = qMax(1, n); }
    int bulkConcurrency() const { return m_bulkConcurrency; }

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *revokeAction() const { return m_revokeAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *lookupAction() const { return m_lookupAction; }
    QAction *rotateAction() const { return m_rotateAction; }
    QAction *pendingDeletionsAction() const { return m_pendingAction; }
    QAction *changeScopesAction() const { return m_scopesAction; }

    // The dialogs currently open (nullptr when none): for tests, screenshots and the main window.
    CreateTokenDialog *createDialog() const;
    SecretDialog *secretDialog() const;
    EditTokenDialog *editDialog() const;
    DeleteDialog *deleteDialog() const;
    LookupDialog *lookupDialog() const;
    QMessageBox *revokeQuestion() const;
    BulkProgressDialog *bulkDialog() const;
    BulkJob *bulkJob() const;
    RotateDialog *rotateDialog() const;
    PendingDeletionsDialog *pendingDeletionsDialog() const;
    BulkScopeDialog *bulkScopeDialog() const;
    // The rotation running, if any.
    RotateJob *rotation() const;

public Q_SLOTS:
    // Enables and names the actions for the selected rows. Called on every selection change and
    // when the selected row's details change; public for tests that measure it.
    void selectionChanged();
    void newToken();
    void editSelected();
    void toggleRevokedSelected();
    void deleteSelected();
    void lookup();
    // Rotates the selected token: the Rotate dialog, then the successor's secret, then the old
    // token revoked and its deletion scheduled.
    void rotateSelected();
    void showPendingDeletions();
    // Adds and removes scopes on the selected tokens: the Change scopes dialog with its preview
    // (missing details loaded first), then, once confirmed, the job with progress in the dialog.
    void changeScopesSelected();

Q_SIGNALS:
    // A created token is in the table (with its details when they could be fetched) and selected
    // when the view shows it.
    void tokenAdded(const QString &id);
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
    void showSecret(const CreateJob &job);
    void createFinished(const CreateJob &job);
    void rowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void submitUpdate(const QString &id, const UpdateTokenRequest &request);
    void submitLookup(const QString &secret);
    void submitAllProfilesLookup(const QString &secret);
    void lookupSwitchProfile(const QString &profile, const TokenMetadata &token);
    using Prepare = std::function<void(BulkJob *)>;
    void askRevoke(const QList<Target> &targets, QWidget *parent = nullptr, const Prepare &prepare = {});
    void setRevoked(const QList<Target> &targets, bool revoked, const Prepare &prepare = {});
    void openDeleteDialog(const DeleteDialog::Summary &summary, const QList<Target> &targets, QWidget *parent,
                          const Prepare &prepare);
    void deleteTargets(const QList<Target> &targets, const Prepare &prepare = {});
    // `prepare` connects to the job (e.g. the lookup dialog following it).
    void runBulk(BulkJob::Action action, const QList<Target> &targets, const Prepare &prepare = {});
    void lookupRevoke(const QString &id);
    void lookupDelete(const QString &id);
    void lookupShowInTable(const QString &id, bool afterReload = false);
    void lookupReload(const QString &id);
    void lookupRotate(const QString &id);
    void updateLookupActions();
    // Rotation: the dialog for `old`, then the job.
    void openRotateDialog(const TokenMetadata &old, QWidget *parent);
    void submitRotate(const RotateJob::Request &request, bool tokenInUse);
    void showRotatedSecret(const RotateJob &job);
    void rotationFinished(const RotateJob &job);
    // The token in use was rotated up to its successor: switch to it, then revoke the old one.
    void switchToSuccessor(const RotateJob::Result &result, int deleteAfterDays);
    // A rotation that stopped after the successor existed: revokes the old token now, then
    // schedules its deletion.
    void finishRotation(const QString &oldId, const QString &oldName, int deleteAfterDays);
    void scheduleDeletion(const QString &oldId, qint64 dueMs);
    // Keeps a rotation that could not revoke its old token in the schedule, to be finished later
    // from Pending deletions.
    void keepUnfinishedRotation(const QString &oldId, int deleteAfterDays);
    void offerToFinishRotation(const QString &text, const QString &details, const QString &oldId,
                               const QString &oldName, int deleteAfterDays);
    void refreshPendingDeletions();
    // After a connection's first list: the deletions that have come due since, in the banner.
    void remindDueDeletions();
    void deleteDuePending();
    // Change scopes: the details of the selected rows the table lacks, for the preview.
    void loadForBulkScopes(const QStringList &ids);
    void submitBulkScopes(const BulkScopeJob::Change &change);
    // Whether the selected row (or the lookup's token) may be rotated, and if not why.
    QString whyNotRotate(const QString &id, bool loaded, bool revoked) const;
    // Follows an operation started from the lookup dialog: marks the dialog, says failures there.
    Prepare followFromLookup();
    void reportError(const ApiError &error, bool changedTokenInUse = false);
    // Whether `error` is the cluster refusing a change of token `id` because it is the token in use;
    // if so, the table and the actions learn that it is.
    bool learnSelfFrom(const ApiError &error, const QString &id);

    ClusterSession *m_session;
    TokenTableModel *m_model;
    TokenProxyModel *m_proxy;
    QTableView *m_table;
    MessageBanner *m_banner;
    SecretClipboard *m_clipboard;
    QWidget *m_window;
    QString m_selfId;
    FilterHooks m_hooks;
    int m_bulkConcurrency = 4;

    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_revokeAction;
    QAction *m_deleteAction;
    QAction *m_lookupAction;
    QAction *m_rotateAction;
    QAction *m_pendingAction;
    QAction *m_scopesAction;
    QSettings *m_scheduleSettings = nullptr;
    bool m_remindDue = false; // say which deletions are due once the first list of a connection is in
    SwitchTokenInUse m_switchTokenInUse;
    QString m_scheduleProfile;

    QPointer<CreateTokenDialog> m_createDialog;
    QPointer<SecretDialog> m_secretDialog;
    QPointer<EditTokenDialog> m_editDialog;
    QPointer<DeleteDialog> m_deleteDialog;
    QPointer<LookupDialog> m_lookupDialog;
    QPointer<QMessageBox> m_revokeQuestion;
    QPointer<BulkProgressDialog> m_bulkDialog;
    QPointer<BulkJob> m_bulk;
    QPointer<RotateDialog> m_rotateDialog;
    QPointer<PendingDeletionsDialog> m_pendingDialog;
    QPointer<BulkScopeDialog> m_scopeDialog;
    QPointer<EnsureDetailsJob> m_scopeDetails; // the details the preview waits for
    QUrl m_scopeConnection;                    // the cluster whose tokens the dialog shows
    QPointer<RotateJob> m_rotation;
    QPointer<LookupDialog> m_rotationLookup; // the lookup dialog a rotation started from
    ProfileHooks m_profileHooks;
    QPointer<ProfileLookup> m_profileLookup;
    QString m_currentProfile;
    // A token found in another profile, shown once the window has switched to that profile.
    QString m_switchProfile;
    TokenMetadata m_switchToken;
};

} // namespace TokenDesk
