#include "tokenoperations.h"

#include "api/tokensservice.h"
#include "messagebanner.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace TokenDesk {

TokenOperations::TokenOperations(TokensService *service, TokenTableModel *model, TokenProxyModel *proxy,
                                 QTableView *table, MessageBanner *banner, SecretClipboard *clipboard, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_model(model)
    , m_proxy(proxy)
    , m_table(table)
    , m_banner(banner)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_editAction(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_revokeAction(new QAction(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("Re&voke"), this))
    , m_deleteAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this))
{
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_editAction, m_revokeAction, m_deleteAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }
    connect(m_editAction, &QAction::triggered, this, &TokenOperations::editSelected);
    connect(m_revokeAction, &QAction::triggered, this, &TokenOperations::toggleRevokedSelected);
    connect(m_deleteAction, &QAction::triggered, this, &TokenOperations::deleteSelected);
    selectionChanged();
}

TokenOperations::~TokenOperations() = default;

QList<QAction *> TokenOperations::toolbarActions() const
{
    return {m_editAction, m_revokeAction, m_deleteAction};
}

QList<QAction *> TokenOperations::tokenMenuActions() const
{
    return {m_editAction, m_revokeAction, m_deleteAction};
}

QList<QAction *> TokenOperations::fileMenuActions() const
{
    return {};
}

void TokenOperations::showContextMenu(const QPoint &globalPos, const QList<QAction *> &extra)
{
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_editAction, m_revokeAction, m_deleteAction});
    menu->addSeparator();
    menu->addActions(extra);
    menu->popup(globalPos);
}

void TokenOperations::setSelfId(const QString &id)
{
    m_selfId = id;
    selectionChanged();
}

QList<int> TokenOperations::selectedRows() const
{
    QList<int> rows;
    auto *selection = m_table->selectionModel();
    if (!selection)
        return rows;
    auto indexes = selection->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const auto &index : indexes) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            rows << row;
    }
    return rows;
}

void TokenOperations::selectionChanged()
{
    const QList<int> rows = selectedRows();
    const bool includesSelf = !m_selfId.isEmpty() && std::any_of(rows.begin(), rows.end(),
                                                                 [this](int r) { return m_model->id(r) == m_selfId; });
    const QString selfReason = tr("The token this connection uses cannot be changed or deleted through itself.");
    const bool one = rows.size() == 1;

    m_editAction->setEnabled(one && !includesSelf && m_model->isLoaded(rows.first()));
    m_editAction->setToolTip(includesSelf ? selfReason : tr("Rename the token, change its scopes (F2)"));

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
}

void TokenOperations::editSelected()
{
    // The edit dialog arrives with the token operations work (issue 4).
}

void TokenOperations::toggleRevokedSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_revokeAction->isEnabled())
        return;
    bool allRevoked = true;
    for (int r : rows)
        allRevoked = allRevoked && m_model->status(r) == TokenStatus::Revoked;
    if (allRevoked) {
        setRevoked(rows, false);
        return;
    }
    const QString question =
        rows.size() == 1
            ? tr("Revoke \"%1\" (%2)? Anything using it stops working at once. It can be reactivated later.")
                  .arg(m_model->name(rows.first()), m_model->id(rows.first()))
            : tr("Revoke %n tokens? Anything using them stops working at once. They can be reactivated later.", nullptr,
                 int(rows.size()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke"), question, QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, rows, revoke](QAbstractButton *button) {
        if (button == static_cast<QAbstractButton *>(revoke))
            setRevoked(rows, true);
    });
    box->open();
}

void TokenOperations::setRevoked(const QList<int> &rows, bool revoked)
{
    for (int row : rows) {
        const QString id = m_model->id(row);
        UpdateTokenRequest request;
        request.revoked = revoked;
        m_service->updateToken(id, request, this, [this, id, request](const ApiResult<NoContent> &r) {
            if (!r.ok()) {
                m_banner->showError(r.error, false);
                return;
            }
            m_model->applyUpdate(id, request);
            Q_EMIT tokenChanged(id);
            selectionChanged();
        });
    }
}

void TokenOperations::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_deleteAction->isEnabled())
        return;
    QString question;
    if (rows.size() == 1) {
        const int r = rows.first();
        question = tr("Delete \"%1\" (%2) owned by %3? This cannot be undone; revoking first is the safer step.")
                       .arg(m_model->name(r), m_model->id(r), m_model->owner(r).value_or(tr("an unknown owner")));
        if (m_model->isSystem(r))
            question +=
                QStringLiteral("\n\n") +
                tr("This is a token the cluster created itself. Deleting it may break the feature that uses it.");
    } else {
        question = tr("Delete %n tokens? This cannot be undone.", nullptr, int(rows.size()));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question, QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *del = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, rows, del](QAbstractButton *button) {
        if (button == static_cast<QAbstractButton *>(del))
            deleteRows(rows);
    });
    box->open();
}

void TokenOperations::deleteRows(const QList<int> &rows)
{
    QStringList ids;
    for (int row : rows)
        ids << m_model->id(row);
    for (const QString &id : ids) {
        m_service->deleteToken(id, this, [this, id](const ApiResult<NoContent> &r) {
            if (!r.ok()) {
                m_banner->showError(r.error, false);
                return;
            }
            m_model->removeIds({id});
            selectionChanged();
        });
    }
}

} // namespace TokenDesk
