// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenoperations.h"

#include "api/tokeninuse.h"
#include "bulkprogressdialog.h"
#include "bulkscopedialog.h"
#include "core/timeunits.h"
#include "createtokendialog.h"
#include "deletedialog.h"
#include "dialogstyle.h"
#include "edittokendialog.h"
#include "lookupdialog.h"
#include "messagebanner.h"
#include "model/tokenfilter.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "pendingdeletionsdialog.h"
#include "rotatedialog.h"
#include "secretdialog.h"
#include "session/clustersession.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTreeWidget>

#include <algorithm>

namespace TokenDesk {

namespace {

// "a", "a and b", "a, b and c".
QString inWords(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return TokenOperations::tr("%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}
} // namespace

TokenOperations::TokenOperations(ClusterSession *session, TokenProxyModel *proxy, QTableView *table,
                                 MessageBanner *banner, SecretClipboard *clipboard, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_model(session->model())
    , m_proxy(proxy)
    , m_table(table)
    , m_banner(banner)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_newAction(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New token…"), this))
    , m_editAction(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_revokeAction(new QAction(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("Re&voke"), this))
    , m_deleteAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this))
    , m_lookupAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Look up by secret…"), this))
    , m_rotateAction(new QAction(QIcon::fromTheme(QStringLiteral("document-swap")), tr("R&otate…"), this))
    , m_pendingAction(new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("&Pending deletions…"), this))
    , m_scopesAction(new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("Change &scopes…"), this))
{
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a token (Ctrl+N); its secret is shown once"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lookupAction->setToolTip(tr("Find the token a secret belongs to (Ctrl+L)"));
    m_lookupAction->setIconText(tr("Lookup"));
    m_newAction->setIconText(tr("New"));
    m_rotateAction->setObjectName(QStringLiteral("rotateAction"));
    m_rotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_rotateAction->setIconText(tr("Rotate"));
    m_pendingAction->setObjectName(QStringLiteral("pendingDeletionsAction"));
    m_pendingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_pendingAction->setToolTip(tr("Revoked tokens whose deletion a rotation scheduled (Ctrl+Shift+D)"));
    m_pendingAction->setStatusTip(m_pendingAction->toolTip());
    m_pendingAction->setEnabled(false);
    // Shift+F2: F2 edits one token, Shift+F2 the scopes of many.
    m_scopesAction->setObjectName(QStringLiteral("changeScopesAction"));
    m_scopesAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_scopesAction->setIconText(tr("Scopes"));
    for (QAction *a : {m_newAction, m_editAction, m_revokeAction, m_deleteAction, m_lookupAction, m_rotateAction,
                       m_pendingAction, m_scopesAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }
    connect(m_newAction, &QAction::triggered, this, &TokenOperations::newToken);
    connect(m_editAction, &QAction::triggered, this, &TokenOperations::editSelected);
    connect(m_revokeAction, &QAction::triggered, this, &TokenOperations::toggleRevokedSelected);
    connect(m_deleteAction, &QAction::triggered, this, &TokenOperations::deleteSelected);
    connect(m_lookupAction, &QAction::triggered, this, &TokenOperations::lookup);
    connect(m_rotateAction, &QAction::triggered, this, &TokenOperations::rotateSelected);
    connect(m_pendingAction, &QAction::triggered, this, &TokenOperations::showPendingDeletions);
    connect(m_scopesAction, &QAction::triggered, this, &TokenOperations::changeScopesSelected);
    // The actions follow the selection, and the details of the selected row as they arrive.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokenOperations::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokenOperations::rowsChanged);
    connect(m_session, &ClusterSession::listReplaced, this, &TokenOperations::remindDueDeletions);
    selectionChanged();
}

TokenOperations::~TokenOperations() = default;

void TokenOperations::rowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The Change scopes preview follows the details as they arrive (and after each write).
    if (m_scopeDialog) {
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
            if (!m_model->isLoaded(r))
                continue;
            const QString id = m_model->id(r);
            if (m_scopeDialog->rowOfId(id) >= 0)
                m_scopeDialog->setScopes(id, m_model->name(r), m_model->scopes(r));
        }
    }
    // Only the row in focus (the one the detail pane shows): a selection of a million rows is not
    // walked again for every batch of details.
    auto *selection = m_table->selectionModel();
    if (!selection || !selection->hasSelection())
        return;
    const QModelIndex current = selection->currentIndex();
    const QModelIndex focus = current.isValid() && selection->isRowSelected(current.row(), QModelIndex())
                                  ? current
                                  : QModelIndex(selection->selection().constFirst().topLeft());
    const int row = focus.isValid() ? m_proxy->sourceRow(focus.row()) : -1;
    if (row >= topLeft.row() && row <= bottomRight.row())
        selectionChanged();
}

CreateTokenDialog *TokenOperations::createDialog() const
{
    return m_createDialog;
}

SecretDialog *TokenOperations::secretDialog() const
{
    return m_secretDialog;
}

EditTokenDialog *TokenOperations::editDialog() const
{
    return m_editDialog;
}

DeleteDialog *TokenOperations::deleteDialog() const
{
    return m_deleteDialog;
}

LookupDialog *TokenOperations::lookupDialog() const
{
    return m_lookupDialog;
}

QMessageBox *TokenOperations::revokeQuestion() const
{
    return m_revokeQuestion;
}

BulkProgressDialog *TokenOperations::bulkDialog() const
{
    return m_bulkDialog;
}

BulkJob *TokenOperations::bulkJob() const
{
    return m_bulk;
}

RotateDialog *TokenOperations::rotateDialog() const
{
    return m_rotateDialog;
}

PendingDeletionsDialog *TokenOperations::pendingDeletionsDialog() const
{
    return m_pendingDialog;
}

BulkScopeDialog *TokenOperations::bulkScopeDialog() const
{
    return m_scopeDialog;
}

RotateJob *TokenOperations::rotation() const
{
    return m_rotation && !m_rotation->isFinished() ? m_rotation.data() : nullptr;
}

QList<QAction *> TokenOperations::toolbarActions() const
{
    return {m_newAction, m_editAction, m_revokeAction, m_rotateAction, m_deleteAction, nullptr, m_lookupAction};
}

QList<QAction *> TokenOperations::tokenMenuActions() const
{
    return {m_newAction,    m_editAction, m_scopesAction, m_revokeAction, m_rotateAction,
            m_deleteAction, nullptr,      m_lookupAction, nullptr,        m_pendingAction};
}

QList<QAction *> TokenOperations::fileMenuActions() const
{
    return {};
}

void TokenOperations::showContextMenu(const QPoint &globalPos, const QList<QAction *> &extra)
{
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_editAction, m_scopesAction, m_revokeAction, m_rotateAction, m_deleteAction});
    menu->addSeparator();
    menu->addActions(extra);
    menu->popup(globalPos);
}

void TokenOperations::setSelfId(const QString &id)
{
    m_selfId = id;
    selectionChanged();
    updateLookupActions();
}

QList<int> TokenOperations::selectedRows() const
{
    // From the selection's ranges, not selectedRows(): a select-all over 1,000,000 rows would
    // otherwise build a QModelIndex per row and column.
    QList<int> rows;
    auto *selection = m_table->selectionModel();
    if (!selection || !selection->hasSelection())
        return rows;
    // Ranges (few) sorted and merged, then their rows in order: no per-row sort.
    std::vector<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection->selection()) {
        if (!range.parent().isValid() && range.model() == m_proxy)
            ranges.emplace_back(range.top(), range.bottom());
    }
    std::sort(ranges.begin(), ranges.end());
    const int shown = m_proxy->shownCount();
    int next = 0; // first proxy row not emitted yet
    for (const auto &[top, bottom] : ranges) {
        const int last = qMin(bottom, shown - 1);
        for (int r = qMax(top, next); r <= last; ++r)
            rows << m_proxy->sourceRow(r);
        next = qMax(next, last + 1);
    }
    return rows;
}

QList<TokenOperations::Target> TokenOperations::targetsOf(const QList<int> &rows) const
{
    QList<Target> targets;
    targets.reserve(rows.size());
    for (int row : rows)
        targets.append({m_model->id(row), m_model->name(row)});
    return targets;
}

void TokenOperations::selectionChanged()
{
    const QList<int> rows = selectedRows();
    const int selfRow = m_selfId.isEmpty() ? -1 : m_model->rowOfId(m_selfId);
    const bool includesSelf = selfRow >= 0 && rows.contains(selfRow);
    const QString selfReason = TokenInUse::reason();
    const bool one = rows.size() == 1;

    m_editAction->setEnabled(one && !includesSelf && m_model->isLoaded(rows.first()));
    m_editAction->setToolTip(includesSelf ? selfReason
                             : one && !m_model->isLoaded(rows.first())
                                 ? tr("The token's details are still loading")
                                 : tr("Rename the token, change its scopes (F2)"));

    bool allRevoked = !rows.isEmpty();
    for (int r : rows)
        allRevoked = allRevoked && m_model->status(r) == TokenStatus::Revoked;
    m_revokeAction->setText(
        allRevoked ? (rows.size() > 1 ? tr("Re&activate %n", nullptr, int(rows.size())) : tr("Re&activate"))
                   : (rows.size() > 1 ? tr("Re&voke %n", nullptr, int(rows.size())) : tr("Re&voke")));
    m_revokeAction->setEnabled(!rows.isEmpty() && !includesSelf);
    m_revokeAction->setToolTip(includesSelf ? selfReason
                                            : tr("Disable the token; it stays listed and can be reactivated"));

    m_deleteAction->setText(rows.size() > 1 ? tr("&Delete %n…", nullptr, int(rows.size())) : tr("&Delete…"));
    m_deleteAction->setEnabled(!rows.isEmpty() && !includesSelf);
    m_deleteAction->setToolTip(includesSelf ? selfReason : tr("Delete the token for good (Del)"));

    const bool onlySelf = includesSelf && rows.size() == 1;
    m_scopesAction->setText(rows.size() > 1 ? tr("Change &scopes of %n…", nullptr, int(rows.size()))
                                            : tr("Change &scopes…"));
    m_scopesAction->setEnabled(!rows.isEmpty() && !onlySelf);
    m_scopesAction->setToolTip(onlySelf ? selfReason
                                        : tr("Add or remove scopes on the selected tokens, with a preview of what "
                                             "changes for each (Shift+F2)"));
    m_scopesAction->setStatusTip(m_scopesAction->toolTip());

    const QString notRotated = one ? whyNotRotate(m_model->id(rows.first()), m_model->isLoaded(rows.first()),
                                                  m_model->status(rows.first()) == TokenStatus::Revoked)
                                   : tr("Select one token to rotate it");
    m_rotateAction->setEnabled(notRotated.isEmpty());
    m_rotateAction->setToolTip(notRotated.isEmpty() ? tr("Replace the token: a successor with the same scopes, its "
                                                         "secret shown once, then the old one revoked (Ctrl+Shift+T)")
                                                    : notRotated);
}

QString TokenOperations::whyNotRotate(const QString &id, bool loaded, bool revoked) const
{
    if (!m_scheduleSettings)
        return tr("Connect to a cluster first");
    if (rotation())
        return tr("A rotation is under way");
    if (!loaded)
        return tr("The token's details are still loading");
    if (revoked)
        return tr("The token is revoked: nothing uses it to hand over to a successor");
    const bool self = !m_selfId.isEmpty() && id == m_selfId;
    if (self && !m_switchTokenInUse)
        return TokenInUse::reason();
    return QString();
}

QString TokenOperations::selectToken(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return tr("This token is not in the loaded list: the list's filters (owner, scopes, last used, limit) "
                  "leave it out.");
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid())
        return tr("The token is in the list but hidden by the quick filter or the status filter; clear them to "
                  "see it.");
    if (auto *selection = m_table->selectionModel())
        selection->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    selectionChanged();
    return QString();
}

void TokenOperations::revealToken(const QString &id, const std::function<void(const Reveal &)> &done)
{
    Reveal result;
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        QStringList causes = m_hooks.serverFilters ? m_hooks.serverFilters() : QStringList();
        if (const int limit = m_hooks.reachedLimit ? m_hooks.reachedLimit() : 0; limit > 0)
            causes << tr("the limit of %1 tokens").arg(QLocale().toString(limit));
        result.offerReload = bool(m_hooks.clearServerFiltersAndReload);
        if (!causes.isEmpty())
            result.message = (causes.size() == 1 ? tr("This token is not in the loaded list: %1 leaves it out.")
                                                 : tr("This token is not in the loaded list: %1 leave it out."))
                                 .arg(inWords(causes));
        else if (m_hooks.serverFilters)
            result.message = tr("This token is not in the loaded list: it was probably created after the list was "
                                "loaded.");
        else
            result.message = tr("This token is not in the loaded list: the list's filters (owner, scopes, last "
                                "used, limit) leave it out.");
        if (result.offerReload)
            result.message += QLatin1Char(' ') +
                              (causes.isEmpty() ? tr("Reload to load it.") : tr("Clear them and reload to load it."));
        done(result);
        return;
    }

    // Each client-side filter on its own: the token is hidden by those that do not accept it.
    if (m_hooks.applyPending)
        m_hooks.applyPending();
    const TokenFilterSpec spec = m_proxy->spec();
    auto hides = [this, row](const TokenFilterSpec &only) { return !TokenFilter(m_model->store(), only).accepts(row); };
    QStringList changed;
    if (!spec.text.isEmpty()) {
        TokenFilterSpec only;
        only.text = spec.text;
        if (hides(only)) {
            changed << tr("the quick filter “%1” was cleared").arg(spec.text);
            if (m_hooks.clearQuickFilter)
                m_hooks.clearQuickFilter();
            else
                m_proxy->setFilterText(QString());
        }
    }
    if (spec.status != TokenFilterSpec::StatusFilter::All) {
        TokenFilterSpec only;
        only.status = spec.status;
        if (hides(only)) {
            changed << tr("the status filter was set to All");
            if (m_hooks.showAllStatuses)
                m_hooks.showAllStatuses();
            else
                m_proxy->setStatusFilter(TokenFilterSpec::StatusFilter::All);
        }
    }
    if (spec.neverUsedOnly) {
        TokenFilterSpec only;
        only.neverUsedOnly = true;
        if (hides(only)) {
            changed << tr("the “never used” filter was turned off");
            if (m_hooks.includeUsedTokens)
                m_hooks.includeUsedTokens();
            else
                m_proxy->setNeverUsedOnly(false);
        }
    }

    if (spec.view) {
        TokenFilterSpec only;
        only.view = spec.view;
        only.viewNowMs = spec.viewNowMs;
        if (hides(only)) {
            changed << tr("the audit view “%1” was set back to all tokens").arg(AuditViews::title(*spec.view));
            if (m_hooks.clearAuditView)
                m_hooks.clearAuditView();
            else
                m_proxy->setAuditView(std::nullopt);
        }
    }

    auto finish = [this, id, changed, done] {
        Reveal r;
        const QString why = selectToken(id);
        r.selected = why.isEmpty();
        if (!r.selected)
            r.message = why;
        else if (changed.isEmpty())
            r.message = tr("Selected in the table.");
        else
            r.message = tr("Selected in the table; to show it, %1.").arg(inWords(changed));
        done(r);
    };
    if (!m_proxy->isPending()) {
        finish();
        return;
    }
    // Large tables are filtered on a worker thread: select once the new rows are in.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_proxy, &TokenProxyModel::refreshed, this, [this, connection, finish] {
        if (m_proxy->isPending())
            return;
        disconnect(*connection);
        finish();
    });
}

void TokenOperations::reportError(const ApiError &error, bool changedTokenInUse)
{
    m_banner->showMessage(MessageBanner::Level::Error, errorInWords(error, changedTokenInUse), error.toString());
}

bool TokenOperations::learnSelfFrom(const ApiError &error, const QString &id)
{
    // Decided by id: the token the connection authenticates with, as the service knows it.
    if (!isTokenInUseRefusal(error, TokenInUse::isTokenInUse(id, m_session->service()->tokenInUseId())))
        return false;
    if (id != m_selfId) {
        m_model->setSelfId(id);
        setSelfId(id);
    }
    return true;
}

// --- Create -------------------------------------------------------------------------------------

bool TokenOperations::hasUnstoredSecret() const
{
    return m_secretDialog && m_secretDialog->hasSecret() && !m_secretDialog->isStored();
}

void TokenOperations::raiseSecretDialog()
{
    if (!m_secretDialog)
        return;
    m_secretDialog->raise();
    m_secretDialog->activateWindow();
    m_secretDialog->close(); // unconfirmed: asks "close without storing?" instead of closing
}

void TokenOperations::newToken()
{
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateTokenDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateTokenDialog::submitted, this, &TokenOperations::submitCreate);
    m_createDialog = dialog;
    dialog->open();
}

void TokenOperations::submitCreate(const CreateTokenRequest &request)
{
    if (m_createDialog)
        m_createDialog->setBusy(true);
    // Followed by this controller, not the dialog, so a created secret is never dropped.
    CreateJob *job = m_session->create(request);
    connect(job, &CreateJob::created, this, [this, job] { showSecret(*job); });
    connect(job, &Job::finished, this, [this, job] { createFinished(*job); });
}

void TokenOperations::showSecret(const CreateJob &job)
{
    if (m_createDialog)
        m_createDialog->finishSubmission();
    const CreateJob::Result &r = job.result();
    auto *dialog = new SecretDialog(r.secret, job.request().name, r.id, m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}

void TokenOperations::createFinished(const CreateJob &job)
{
    if (!job.isCreated()) {
        if (job.outcome() != Job::Outcome::Failed)
            return;
        if (m_createDialog) {
            m_createDialog->setBusy(false);
            m_createDialog->showError(job.error());
        } else {
            reportError(job.error());
        }
        return;
    }
    const CreateJob::Result &r = job.result();
    if (job.outcome() == Job::Outcome::Failed) {
        // Created, but nothing identifies it for the table: the secret dialog still shows it.
        reportError(job.error());
        return;
    }
    if (!job.succeeded() || r.id.isEmpty())
        return;
    const QString why = selectToken(r.id);
    if (r.detailsError) {
        m_banner->showMessage(
            MessageBanner::Level::Warning,
            tr("The token was created, but its details could not be loaded: %1").arg(errorInWords(*r.detailsError)),
            r.detailsError->toString());
    } else if (!why.isEmpty()) {
        const QString name = r.details ? r.details->name.value_or(QString()) : job.request().name;
        m_banner->showMessage(MessageBanner::Level::Information, tr("Token “%1” was created. %2").arg(name, why));
        m_banner->setSubjectId(r.id); // gone once the token shows or is deleted
    }
    Q_EMIT tokenAdded(r.id);
}

// --- Edit ---------------------------------------------------------------------------------------

void TokenOperations::editSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_editAction->isEnabled())
        return;
    if (m_editDialog) {
        m_editDialog->raise();
        return;
    }
    auto *dialog = new EditTokenDialog(m_model->metadata(rows.first()), m_model->now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTokenDialog::submitted, this, &TokenOperations::submitUpdate);
    m_editDialog = dialog;
    dialog->open();
}

void TokenOperations::submitUpdate(const QString &id, const UpdateTokenRequest &request)
{
    if (request.isEmpty())
        return;
    if (m_editDialog)
        m_editDialog->setBusy(true);
    UpdateJob *job = m_session->update(id, request);
    connect(job, &Job::finished, this, [this, job] {
        if (job->outcome() == Job::Outcome::Cancelled)
            return;
        if (!job->succeeded()) {
            const bool tokenInUse = learnSelfFrom(job->error(), job->id());
            if (m_editDialog) {
                m_editDialog->setBusy(false);
                m_editDialog->showError(job->error(), tokenInUse);
            } else {
                reportError(job->error(), tokenInUse);
            }
            return;
        }
        if (m_editDialog)
            m_editDialog->finishSubmission();
        selectionChanged();
    });
}

// --- Revoke / reactivate ------------------------------------------------------------------------

void TokenOperations::toggleRevokedSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_revokeAction->isEnabled())
        return;
    bool allRevoked = true;
    for (int r : rows)
        allRevoked = allRevoked && m_model->status(r) == TokenStatus::Revoked;
    if (allRevoked)
        setRevoked(targetsOf(rows), false);
    else
        askRevoke(targetsOf(rows));
}

void TokenOperations::askRevoke(const QList<Target> &targets, QWidget *parent, const Prepare &prepare)
{
    if (targets.isEmpty() || m_revokeQuestion)
        return;
    const QString question =
        targets.size() == 1
            ? tr("Revoke “%1” (%2)? Anything using it stops working at once. It can be reactivated later.")
                  .arg(targets.first().name, targets.first().id)
            : tr("Revoke %n tokens? Anything using them stops working at once. They can be reactivated later.", nullptr,
                 int(targets.size()));
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Revoke"), question, QMessageBox::Cancel, parent ? parent : m_window);
    box->setTextFormat(Qt::PlainText); // the token's name as it is, never rendered
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("revokeQuestion"));
    auto *revoke = box->addButton(targets.size() == 1 ? tr("Revoke") : tr("Revoke %n", nullptr, int(targets.size())),
                                  QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    if (targets.size() > 1) {
        // The tokens by name and id, under the question and above the buttons.
        QList<DeleteDialog::Listed> listed;
        listed.reserve(targets.size());
        for (const Target &t : targets)
            listed.append({t.id, t.name});
        QListView *list = DeleteDialog::createTokenList(listed, box);
        auto *grid = qobject_cast<QGridLayout *>(box->layout());
        auto *buttons = box->findChild<QDialogButtonBox *>();
        if (grid && buttons) {
            const int row = grid->rowCount();
            grid->removeWidget(buttons);
            grid->addWidget(list, row, 1, 1, grid->columnCount() - 1);
            grid->addWidget(buttons, row + 1, 0, 1, grid->columnCount());
        }
    }
    connect(box, &QMessageBox::buttonClicked, this, [this, targets, revoke, prepare](QAbstractButton *button) {
        if (button == static_cast<QAbstractButton *>(revoke))
            setRevoked(targets, true, prepare);
    });
    m_revokeQuestion = box;
    box->open();
}

void TokenOperations::setRevoked(const QList<Target> &targets, bool revoked, const Prepare &prepare)
{
    runBulk(revoked ? BulkJob::Action::Revoke : BulkJob::Action::Reactivate, targets, prepare);
}

// --- Delete -------------------------------------------------------------------------------------

void TokenOperations::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_deleteAction->isEnabled() || m_deleteDialog)
        return;
    const qint64 now = m_model->now();
    DeleteDialog::Summary summary;
    summary.count = int(rows.size());
    for (int r : rows) {
        summary.system += m_model->isSystem(r) ? 1 : 0;
        summary.recent += DeleteDialog::isRecent(m_model->lastUse(r), now) ? 1 : 0;
        summary.active += m_model->status(r) == TokenStatus::Revoked ? 0 : 1;
    }
    if (rows.size() == 1) {
        const int r = rows.first();
        DeleteDialog::Token t;
        t.id = m_model->id(r);
        t.name = m_model->name(r);
        t.owner = m_model->owner(r);
        t.lastUse = m_model->lastUse(r);
        t.isSystem = m_model->isSystem(r);
        t.revoked = m_model->status(r) == TokenStatus::Revoked;
        summary.single = t;
    }
    const QList<Target> targets = targetsOf(rows);
    if (rows.size() > 1) {
        summary.listed.reserve(targets.size());
        for (const Target &t : targets)
            summary.listed.append({t.id, t.name});
    }
    openDeleteDialog(summary, targets, m_window, {});
}

void TokenOperations::openDeleteDialog(const DeleteDialog::Summary &summary, const QList<Target> &targets,
                                       QWidget *parent, const Prepare &prepare)
{
    auto *dialog = new DeleteDialog(summary, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets, prepare] {
        if (dialog->choice() == DeleteDialog::Choice::Delete)
            deleteTargets(targets, prepare);
        else if (dialog->choice() == DeleteDialog::Choice::RevokeInstead)
            setRevoked(targets, true, prepare);
    });
    m_deleteDialog = dialog;
    dialog->open();
}

void TokenOperations::deleteTargets(const QList<Target> &targets, const Prepare &prepare)
{
    runBulk(BulkJob::Action::Delete, targets, prepare);
}

// --- Bulk (also used for one token) -------------------------------------------------------------

void TokenOperations::runBulk(BulkJob::Action action, const QList<Target> &targets, const Prepare &prepare)
{
    if (targets.isEmpty())
        return;
    QList<BulkJob::Target> jobTargets;
    jobTargets.reserve(targets.size());
    for (const Target &t : targets)
        jobTargets.append({t.id, t.name});
    BulkJob *job = m_session->bulk(action, jobTargets, m_bulkConcurrency);
    connect(job, &BulkJob::failed, this,
            [this](const QString &id, const ApiError &error) { learnSelfFrom(error, id); });
    const bool single = targets.size() == 1;
    connect(job, &Job::finished, this, [this, job, single] {
        selectionChanged();
        if (single && job->failedCount() > 0) {
            // One token: no progress dialog, the failure goes to the banner.
            for (int i = 0; i < job->count(); ++i) {
                if (job->item(i).state == BulkJob::State::Failed)
                    m_banner->showMessage(
                        MessageBanner::Level::Error,
                        errorInWords(job->item(i).error,
                                     TokenInUse::isTokenInUse(job->item(i).id, m_session->service()->tokenInUseId())));
            }
        } else if (!single && job->failedCount() > 0) {
            m_banner->showMessage(
                MessageBanner::Level::Warning,
                tr("%1 of %2 tokens failed; see the result list.").arg(job->failedCount()).arg(job->count()));
        }
        Q_EMIT operationFinished();
    });
    m_bulk = job;
    if (!single) {
        // The dialog keeps the job (its result list) for as long as it is open.
        auto *dialog = new BulkProgressDialog(job, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_bulkDialog = dialog;
        dialog->open();
    }
    if (prepare)
        prepare(job);
}

// --- Lookup -------------------------------------------------------------------------------------

void TokenOperations::lookup()
{
    if (m_lookupDialog) {
        m_lookupDialog->raise();
        m_lookupDialog->activateWindow();
        return;
    }
    auto *dialog = new LookupDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LookupDialog::lookupRequested, this, &TokenOperations::submitLookup);
    connect(dialog, &LookupDialog::showInTableRequested, this, [this](const QString &id) { lookupShowInTable(id); });
    connect(dialog, &LookupDialog::reloadRequested, this, &TokenOperations::lookupReload);
    connect(dialog, &LookupDialog::revokeRequested, this, &TokenOperations::lookupRevoke);
    connect(dialog, &LookupDialog::deleteRequested, this, &TokenOperations::lookupDelete);
    connect(dialog, &LookupDialog::rotateRequested, this, &TokenOperations::lookupRotate);
    connect(dialog, &LookupDialog::allProfilesLookupRequested, this, &TokenOperations::submitAllProfilesLookup);
    connect(dialog, &LookupDialog::switchProfileRequested, this, &TokenOperations::lookupSwitchProfile);
    dialog->allProfilesButton()->setVisible(bool(m_profileHooks.profiles));
    dialog->setCurrentProfile(m_currentProfile);
    m_lookupDialog = dialog;
    dialog->show(); // modeless: "Show in table" works with the table behind it
    dialog->raise();
    dialog->activateWindow();
}

void TokenOperations::connectionChanged()
{
    if (m_lookupDialog)
        m_lookupDialog->connectionChanged();
    // Its tokens are the other cluster's: a dialog waiting for a choice goes; a running change is
    // abandoned by the session and shows how it ended (submitBulkScopes sends nothing more).
    if (m_scopeDialog && !m_scopeDialog->isRunning())
        m_scopeDialog->reject();
}

void TokenOperations::submitLookup(const QString &secret)
{
    if (!m_lookupDialog)
        return;
    m_lookupDialog->setBusy(true);
    // The session gives the table's row these fresher details too.
    LookupJob *job = m_session->lookup(secret);
    connect(job, &Job::finished, m_lookupDialog, [this, job] {
        if (!m_lookupDialog || job->outcome() == Job::Outcome::Cancelled)
            return;
        m_lookupDialog->setBusy(false);
        if (!job->succeeded()) {
            m_lookupDialog->showError(job->error());
            return;
        }
        m_lookupDialog->showMetadata(job->result(), m_model->now());
        updateLookupActions();
    });
}

void TokenOperations::setProfileHooks(ProfileHooks hooks)
{
    m_profileHooks = std::move(hooks);
    if (m_lookupDialog)
        m_lookupDialog->allProfilesButton()->setVisible(bool(m_profileHooks.profiles));
}

void TokenOperations::submitAllProfilesLookup(const QString &secret)
{
    if (!m_lookupDialog || !m_profileHooks.profiles || !m_profileHooks.readToken)
        return;
    delete m_profileLookup; // a previous one still asking: its answers are no longer wanted
    const QList<ConnectionProfile> profiles = m_profileHooks.profiles();
    if (profiles.isEmpty()) {
        m_lookupDialog->showActionError(tr("No profile is saved: add your clusters in Connections first."));
        return;
    }
    auto *lookup =
        new ProfileLookup(profiles, m_profileHooks.readToken, secret, ProfileLookup::DefaultConcurrency, this);
    m_profileLookup = lookup;
    m_switchProfile.clear();
    m_lookupDialog->setBusy(true);
    m_lookupDialog->showProfileResults(lookup->results(), false, m_model->now());
    connect(lookup, &ProfileLookup::resultReady, m_lookupDialog, [this, lookup] {
        if (m_lookupDialog && !lookup->isFinished())
            m_lookupDialog->showProfileResults(lookup->results(), false, m_model->now());
    });
    connect(lookup, &ProfileLookup::finished, m_lookupDialog, [this, lookup] {
        lookup->deleteLater();
        if (!m_lookupDialog)
            return;
        m_lookupDialog->setBusy(false);
        m_lookupDialog->showProfileResults(lookup->results(), true, m_model->now());
    });
    // Closing the dialog ends the question (and drops the secret the lookup holds).
    connect(m_lookupDialog, &QObject::destroyed, lookup, &QObject::deleteLater);
    lookup->start();
}

void TokenOperations::lookupSwitchProfile(const QString &profile, const TokenMetadata &token)
{
    if (!m_lookupDialog)
        return;
    m_switchProfile = profile;
    m_switchToken = token;
    if (profile == m_currentProfile) {
        setCurrentProfile(profile);
        return;
    }
    if (m_profileHooks.switchTo)
        m_profileHooks.switchTo(profile);
}

void TokenOperations::setCurrentProfile(const QString &name)
{
    m_currentProfile = name;
    if (!m_lookupDialog)
        return;
    m_lookupDialog->setCurrentProfile(name);
    if (m_switchProfile.isEmpty() || m_switchProfile != name)
        return;
    // Connected where the token lives: shown as a single lookup shows it, with its actions here.
    m_switchProfile.clear();
    m_lookupDialog->showMetadata(m_switchToken, m_model->now());
    updateLookupActions();
}

void TokenOperations::updateLookupActions()
{
    if (!m_lookupDialog || !m_lookupDialog->metadata() || !m_lookupDialog->metadata()->id)
        return;
    // The same rule as the table's actions: the token in use is never revoked or deleted from here.
    const TokenMetadata shown = *m_lookupDialog->metadata(); // a copy: metadata() returns by value
    const bool self = !m_selfId.isEmpty() && *shown.id == m_selfId;
    m_lookupDialog->setActionsAllowed(!self, self ? TokenInUse::reason() : QString());
    // Rotation follows the table's rule, which lets the token in use hand over to a successor.
    const QString whyNot = whyNotRotate(*shown.id, true, shown.isRevoked());
    m_lookupDialog->setRotationAllowed(whyNot.isEmpty(), whyNot);
}

TokenOperations::Prepare TokenOperations::followFromLookup()
{
    QPointer<LookupDialog> dialog = m_lookupDialog;
    return [this, dialog](BulkJob *op) {
        const BulkJob::Action action = op->action();
        connect(op, &BulkJob::succeeded, this, [dialog, action](const QString &id) {
            if (!dialog || !dialog->metadata() || dialog->metadata()->id != id)
                return;
            if (action == BulkJob::Action::Delete)
                dialog->markDeleted();
            else if (action == BulkJob::Action::Revoke)
                dialog->markRevoked();
        });
        connect(op, &BulkJob::failed, this, [this, dialog](const QString &id, const ApiError &error) {
            if (!dialog)
                return;
            dialog->showActionError(
                errorInWords(error, TokenInUse::isTokenInUse(id, m_session->service()->tokenInUseId())));
            updateLookupActions();
        });
    };
}

void TokenOperations::lookupRevoke(const QString &id)
{
    if (!m_lookupDialog || !m_lookupDialog->metadata() || id.isEmpty() || id == m_selfId)
        return;
    askRevoke({{id, m_lookupDialog->metadata()->name.value_or(QString())}}, m_lookupDialog, followFromLookup());
}

void TokenOperations::lookupDelete(const QString &id)
{
    if (!m_lookupDialog || !m_lookupDialog->metadata() || id.isEmpty() || id == m_selfId || m_deleteDialog)
        return;
    const TokenMetadata md = *m_lookupDialog->metadata();
    DeleteDialog::Token t;
    t.id = id;
    t.name = md.name.value_or(QString());
    t.owner = md.userId;
    t.lastUse = md.lastUse;
    t.isSystem = TokenTableModel::isSystemTokenName(t.name);
    t.revoked = md.isRevoked();
    openDeleteDialog(DeleteDialog::summarize({t}, m_model->now()), {{id, t.name}}, m_lookupDialog, followFromLookup());
}

void TokenOperations::lookupShowInTable(const QString &id, bool afterReload)
{
    QPointer<LookupDialog> dialog = m_lookupDialog;
    revealToken(id, [dialog, afterReload](const Reveal &r) {
        if (!dialog)
            return;
        if (afterReload && !r.selected && r.offerReload)
            dialog->setTableStatus(tr("The token is not in the list even without the filters: it may have been "
                                      "deleted meanwhile."));
        else
            dialog->setTableStatus(r.message, r.offerReload);
    });
}

void TokenOperations::lookupReload(const QString &id)
{
    if (!m_lookupDialog || !m_hooks.clearServerFiltersAndReload)
        return;
    m_lookupDialog->setTableStatus(tr("Loading the list again without the filters that left this token out…"));
    QPointer<LookupDialog> dialog = m_lookupDialog;
    m_hooks.clearServerFiltersAndReload([this, dialog, id](bool ok) {
        if (!dialog)
            return;
        if (!ok) {
            dialog->setTableStatus(tr("The list could not be loaded; the main window says why."));
            return;
        }
        lookupShowInTable(id, true);
    });
}

// --- Rotate -------------------------------------------------------------------------------------

void TokenOperations::setPendingDeletions(QSettings *settings, const QString &profile)
{
    m_scheduleSettings = settings;
    m_scheduleProfile = profile;
    m_remindDue = settings != nullptr;
    m_pendingAction->setEnabled(settings != nullptr);
    selectionChanged();
    refreshPendingDeletions();
}

PendingDeletions TokenOperations::pendingDeletions() const
{
    return PendingDeletions(m_scheduleSettings, m_scheduleProfile);
}

void TokenOperations::setSwitchTokenInUse(SwitchTokenInUse hook)
{
    m_switchTokenInUse = std::move(hook);
    selectionChanged();
}

void TokenOperations::rotateSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_rotateAction->isEnabled())
        return;
    openRotateDialog(m_model->metadata(rows.first()), m_window);
}

void TokenOperations::lookupRotate(const QString &id)
{
    if (!m_lookupDialog || !m_lookupDialog->metadata() || m_lookupDialog->metadata()->id != id)
        return;
    const TokenMetadata md = *m_lookupDialog->metadata();
    if (!whyNotRotate(id, true, md.isRevoked()).isEmpty())
        return;
    m_rotationLookup = m_lookupDialog;
    openRotateDialog(md, m_lookupDialog);
}

void TokenOperations::openRotateDialog(const TokenMetadata &old, QWidget *parent)
{
    if (m_rotateDialog) {
        m_rotateDialog->raise();
        m_rotateDialog->activateWindow();
        return;
    }
    const QString id = old.id.value_or(QString());
    if (id.isEmpty())
        return;
    auto *dialog = new RotateDialog(id, old.name.value_or(QString()), old.scopes.value_or(QStringList()), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool inUse = !m_selfId.isEmpty() && id == m_selfId;
    dialog->setTokenInUse(inUse);
    connect(dialog, &RotateDialog::submitted, this,
            [this, inUse](const RotateJob::Request &request) { submitRotate(request, inUse); });
    m_rotateDialog = dialog;
    dialog->open();
}

void TokenOperations::submitRotate(const RotateJob::Request &request, bool tokenInUse)
{
    if (rotation())
        return;
    if (m_rotateDialog)
        m_rotateDialog->setBusy(true);
    // Followed by this controller, not the dialog, so that the successor's secret is never dropped.
    RotateJob *job = m_session->rotate(request);
    m_rotation = job;
    const int deleteAfterDays = request.deleteAfterDays;
    auto held = std::make_shared<bool>(false);
    connect(job, &RotateJob::created, this, [this, job, tokenInUse, held, deleteAfterDays] {
        showRotatedSecret(*job);
        if (!tokenInUse)
            return;
        // The cluster refuses a token revoking itself: the job stops here, and the old token is
        // revoked through its successor once the connection uses that.
        *held = true;
        const RotateJob::Result result = job->result();
        job->cancel();
        switchToSuccessor(result, deleteAfterDays);
    });
    connect(job, &Job::finished, this, [this, job, held] {
        selectionChanged();
        if (!*held)
            rotationFinished(*job);
    });
    selectionChanged();
}

void TokenOperations::showRotatedSecret(const RotateJob &job)
{
    if (m_rotateDialog)
        m_rotateDialog->finishSubmission();
    const RotateJob::Result &r = job.result();
    auto *dialog = new SecretDialog(r.newSecret, r.newName, r.newId, m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
}

void TokenOperations::rotationFinished(const RotateJob &job)
{
    const RotateJob::Result &r = job.result();
    if (!r.created) {
        if (job.outcome() != Job::Outcome::Failed) {
            if (m_rotateDialog && m_rotateDialog->isBusy()) {
                m_rotateDialog->setBusy(false);
                m_rotateDialog->showError(job.stateInWords());
            }
            return;
        }
        const QString text = tr("The rotation failed: %1 %2").arg(errorInWords(job.error()), job.stateInWords());
        if (m_rotateDialog) {
            m_rotateDialog->setBusy(false);
            m_rotateDialog->showError(text);
        } else {
            m_banner->showMessage(MessageBanner::Level::Error, text, job.error().toString());
        }
        return;
    }
    if (r.revoked) {
        scheduleDeletion(r.oldId, r.deleteDueMs);
        if (m_rotationLookup && m_rotationLookup->metadata() && m_rotationLookup->metadata()->id == r.oldId)
            m_rotationLookup->markRevoked();
        selectToken(r.newId);
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("Rotated. %1 It is listed under Tokens → Pending deletions.").arg(job.stateInWords()));
        m_banner->setSubjectId(QString());
        return;
    }
    // The successor exists, the old token is still active: say so, and offer to finish, now or later.
    keepUnfinishedRotation(r.oldId, job.request().deleteAfterDays);
    const QString why = job.outcome() == Job::Outcome::Failed
                            ? tr("The old token could not be revoked: %1").arg(errorInWords(job.error()))
                            : tr("The rotation was interrupted before the old token was revoked.");
    offerToFinishRotation(why + QLatin1Char(' ') + job.stateInWords(),
                          job.outcome() == Job::Outcome::Failed ? job.error().toString() : QString(), r.oldId,
                          r.oldName, job.request().deleteAfterDays);
}

void TokenOperations::offerToFinishRotation(const QString &text, const QString &details, const QString &oldId,
                                            const QString &oldName, int deleteAfterDays)
{
    m_banner->showMessage(MessageBanner::Level::Error, text, details);
    m_banner->setAction(tr("Revoke the old token now"),
                        tr("Revokes the old token and schedules its deletion, which finishes the rotation"),
                        [this, oldId, oldName, deleteAfterDays] { finishRotation(oldId, oldName, deleteAfterDays); });
}

void TokenOperations::finishRotation(const QString &oldId, const QString &oldName, int deleteAfterDays)
{
    m_banner->setActionEnabled(false);
    UpdateTokenRequest revoke;
    revoke.revoked = true;
    UpdateJob *job = m_session->update(oldId, revoke);
    connect(job, &Job::finished, this, [this, job, oldId, oldName, deleteAfterDays] {
        selectionChanged();
        if (job->outcome() == Job::Outcome::Cancelled)
            return;
        if (!job->succeeded()) {
            const bool inUse = learnSelfFrom(job->error(), oldId);
            offerToFinishRotation(tr("The old token “%1” (%2) could not be revoked: %3 It is still active; the "
                                     "successor exists.")
                                      .arg(oldName, oldId, errorInWords(job->error(), inUse)),
                                  job->error().toString(), oldId, oldName, deleteAfterDays);
            if (m_pendingDialog)
                m_pendingDialog->setStatus(m_banner->text());
            return;
        }
        const qint64 due = QDateTime::currentMSecsSinceEpoch() + deleteAfterDays * TimeUnits::MsPerDay;
        scheduleDeletion(oldId, due);
        m_banner->showMessage(
            MessageBanner::Level::Information,
            tr("The rotation is finished: the old token “%1” is revoked, and its deletion is due on "
               "%2. It is listed under Tokens → Pending deletions.")
                .arg(oldName, QLocale().toString(QDateTime::fromMSecsSinceEpoch(due).date(), QLocale::LongFormat)));
    });
}

void TokenOperations::switchToSuccessor(const RotateJob::Result &result, int deleteAfterDays)
{
    const QString oldId = result.oldId;
    const QString oldName = result.oldName;
    const QString newName = result.newName;
    m_switchTokenInUse(result.newSecret, [this, oldId, oldName, newName, deleteAfterDays](const QString &error) {
        if (!error.isEmpty()) {
            m_banner->showMessage(
                MessageBanner::Level::Error,
                tr("The successor “%1” exists (its secret was shown once), but TokenDesk could not switch to it: %2 "
                   "The connection still uses “%3”, which is still active. Enter the successor's secret in "
                   "Connections, then revoke “%3”.")
                    .arg(newName, error, oldName));
            return;
        }
        // The connection uses the successor now: the old token is no longer the one in use.
        finishRotation(oldId, oldName, deleteAfterDays);
    });
}

void TokenOperations::keepUnfinishedRotation(const QString &oldId, int deleteAfterDays)
{
    if (!m_scheduleSettings)
        return;
    PendingDeletion entry;
    entry.id = oldId;
    entry.scheduledMs = QDateTime::currentMSecsSinceEpoch();
    entry.revokeOutstanding = true;
    entry.graceDays = deleteAfterDays;
    // Were it ever read as a plain entry, it would still not be due before the grace period.
    entry.dueMs = entry.scheduledMs + deleteAfterDays * TimeUnits::MsPerDay;
    pendingDeletions().schedule(entry);
    refreshPendingDeletions();
}

void TokenOperations::scheduleDeletion(const QString &oldId, qint64 dueMs)
{
    if (!m_scheduleSettings)
        return;
    // Ids and dates only: the Pending deletions view names the token when the list has it.
    PendingDeletion entry;
    entry.id = oldId;
    entry.dueMs = dueMs;
    entry.scheduledMs = QDateTime::currentMSecsSinceEpoch();
    pendingDeletions().schedule(entry);
    refreshPendingDeletions();
}

// --- Change scopes ------------------------------------------------------------------------------

void TokenOperations::changeScopesSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_scopesAction->isEnabled())
        return;
    if (m_scopeDialog) {
        m_scopeDialog->raise();
        m_scopeDialog->activateWindow();
        return;
    }
    const QString inUse = m_session->service()->tokenInUseId();
    QList<BulkScopeDialog::Token> tokens;
    tokens.reserve(rows.size());
    QStringList missing;
    for (const int r : rows) {
        BulkScopeDialog::Token t;
        t.id = m_model->id(r);
        t.name = m_model->name(r);
        // Either way of knowing it: the token in use is never sent.
        t.inUse = TokenInUse::isTokenInUse(t.id, inUse) || (!m_selfId.isEmpty() && t.id == m_selfId);
        if (m_model->isLoaded(r))
            t.scopes = m_model->scopes(r);
        else if (!t.inUse)
            missing << t.id;
        tokens.append(t);
    }
    auto *dialog = new BulkScopeDialog(tokens, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkScopeDialog::submitted, this, &TokenOperations::submitBulkScopes);
    m_scopeDialog = dialog;
    m_scopeConnection = m_session->connection().baseUrl;
    if (!missing.isEmpty())
        loadForBulkScopes(missing);
    dialog->open();
}

void TokenOperations::loadForBulkScopes(const QStringList &ids)
{
    m_scopeDialog->setLoadingProgress(0, int(ids.size()));
    // The session's details loading, a chunk at a time; the rows reach the preview through the
    // model (rowsChanged), whichever way they are loaded.
    EnsureDetailsJob *job = m_session->ensureDetails(ids);
    m_scopeDetails = job;
    QPointer<BulkScopeDialog> dialog = m_scopeDialog;
    connect(job, &Job::progressChanged, dialog, [dialog](int done, int total) {
        if (dialog)
            dialog->setLoadingProgress(done, total);
    });
    connect(job, &Job::finished, dialog, [dialog] {
        if (dialog)
            dialog->setLoadingFinished();
    });
    // Closing the dialog stops the loading it asked for.
    connect(dialog, &QObject::destroyed, job, [job] { job->cancel(); });
}

void TokenOperations::submitBulkScopes(const BulkScopeJob::Change &change)
{
    if (!m_scopeDialog || m_scopeDialog->isRunning())
        return;
    if (m_session->connection().baseUrl != m_scopeConnection) {
        m_scopeDialog->reject(); // chosen for another cluster's tokens
        return;
    }
    BulkScopeJob *job = m_session->bulkScopes(m_scopeDialog->idsToSend(), change, m_bulkConcurrency);
    connect(job, &Job::finished, this, [this, job] {
        for (int i = 0; i < job->count(); ++i) {
            if (job->item(i).state == BulkScopeJob::State::Failed)
                learnSelfFrom(job->item(i).error, job->item(i).id);
        }
        selectionChanged();
        Q_EMIT operationFinished();
    });
    m_scopeDialog->run(job);
}

// --- Pending deletions --------------------------------------------------------------------------

void TokenOperations::showPendingDeletions()
{
    if (!m_scheduleSettings)
        return;
    if (m_pendingDialog) {
        m_pendingDialog->raise();
        m_pendingDialog->activateWindow();
        return;
    }
    auto *dialog = new PendingDeletionsDialog(m_scheduleProfile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PendingDeletionsDialog::deleteDueRequested, this, &TokenOperations::deleteDuePending);
    connect(dialog, &PendingDeletionsDialog::forgetRequested, this, [this](const QStringList &ids) {
        pendingDeletions().removeAll(ids);
        refreshPendingDeletions();
    });
    connect(dialog, &PendingDeletionsDialog::finishRequested, this, [this](const QStringList &ids) {
        for (const PendingDeletion &e : pendingDeletions().all()) {
            if (!e.revokeOutstanding || !ids.contains(e.id))
                continue;
            const int row = m_model->rowOfId(e.id);
            finishRotation(e.id, row >= 0 ? m_model->name(row) : e.id, e.graceDays);
        }
    });
    m_pendingDialog = dialog;
    refreshPendingDeletions();
    dialog->open();
}

void TokenOperations::refreshPendingDeletions()
{
    if (!m_pendingDialog)
        return;
    QList<PendingDeletion> entries;
    QHash<QString, QString> names;
    QHash<QString, QString> states;
    if (m_scheduleSettings) {
        entries = pendingDeletions().all();
        for (const PendingDeletion &e : entries) {
            const int row = m_model->rowOfId(e.id);
            if (row < 0)
                continue;
            names.insert(e.id, m_model->name(row));
            if (e.revokeOutstanding)
                continue; // the dialog says what state an unfinished rotation leaves it in
            states.insert(e.id, m_model->status(row) == TokenStatus::Revoked
                                    ? tr("Revoked")
                                    : tr("Active again: deleting it would break what uses it"));
        }
    }
    m_pendingDialog->setEntries(entries, QDateTime::currentMSecsSinceEpoch(), names, states);
}

void TokenOperations::remindDueDeletions()
{
    if (!m_remindDue || !m_scheduleSettings)
        return;
    m_remindDue = false;
    const int due = int(pendingDeletions().due(QDateTime::currentMSecsSinceEpoch()).size());
    // Whatever the window says about the list itself comes first.
    if (due == 0 || m_banner->isVisible())
        return;
    m_banner->showMessage(MessageBanner::Level::Information,
                          tr("The deletion of %n token(s) revoked by a rotation is due.", nullptr, due));
    m_banner->setAction(tr("Show them"), tr("Opens Pending deletions, where the due ones can be deleted"),
                        [this] { showPendingDeletions(); });
}

void TokenOperations::deleteDuePending()
{
    if (!m_scheduleSettings || !m_pendingDialog || m_deleteDialog)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<PendingDeletion> due = pendingDeletions().due(now);
    if (due.isEmpty())
        return;
    // The usual confirmation, with what the loaded list knows of each token.
    QList<DeleteDialog::Token> tokens;
    QList<Target> targets;
    for (const PendingDeletion &e : due) {
        DeleteDialog::Token t;
        t.id = e.id;
        t.revoked = true;
        const int row = m_model->rowOfId(e.id);
        if (row >= 0) {
            t.name = m_model->name(row);
            t.owner = m_model->owner(row);
            t.lastUse = m_model->lastUse(row);
            t.isSystem = m_model->isSystem(row);
            t.revoked = m_model->status(row) == TokenStatus::Revoked;
        }
        tokens.append(t);
        targets.append({t.id, t.name});
    }
    DeleteDialog::Summary summary = DeleteDialog::summarize(tokens, m_model->now());
    if (tokens.size() > 1) {
        for (const Target &t : std::as_const(targets))
            summary.listed.append({t.id, t.name});
    }
    QPointer<PendingDeletionsDialog> dialog = m_pendingDialog;
    openDeleteDialog(summary, targets, m_pendingDialog, [this, dialog](BulkJob *job) {
        // Each deleted token (or one found gone already) leaves the schedule as it goes.
        connect(job, &BulkJob::succeeded, this, [this, job](const QString &id) {
            if (m_scheduleSettings && job->action() == BulkJob::Action::Delete)
                pendingDeletions().remove(id);
        });
        connect(job, &Job::finished, this, [this, job, dialog] {
            refreshPendingDeletions();
            if (!dialog)
                return;
            if (job->action() != BulkJob::Action::Delete)
                dialog->setStatus(tr("%n token(s) revoked.", nullptr, job->doneCount()));
            else if (job->failedCount() > 0)
                dialog->setStatus(tr("%1 of %2 deletions failed; they stay scheduled. The first failure: %3")
                                      .arg(job->failedCount())
                                      .arg(job->count())
                                      .arg(errorInWords(job->error())));
            else
                dialog->setStatus(tr("%n token(s) deleted.", nullptr, job->doneCount()));
        });
    });
}

} // namespace TokenDesk
