// The controller of everything an administrator changes: it owns the token actions (new, edit,
// revoke/reactivate, delete, lookup, export), opens the dialogs, calls TokensService and updates
// the model. Dialogs only collect input and hand back a request value; they do no I/O.
#pragma once

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>

class QAction;
class QTableView;
class QWidget;

namespace TokenDesk {

class MessageBanner;
class SecretClipboard;
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
    QString selfId() const { return m_selfId; }

    // Source rows of the selection, in view order.
    QList<int> selectedRows() const;

public Q_SLOTS:
    void selectionChanged();
    void editSelected();
    void toggleRevokedSelected();
    void deleteSelected();

Q_SIGNALS:
    // A token's state changed on the server (after the model was updated).
    void tokenChanged(const QString &id);

private:
    void setRevoked(const QList<int> &rows, bool revoked);
    void deleteRows(const QList<int> &rows);

    TokensService *m_service;
    TokenTableModel *m_model;
    TokenProxyModel *m_proxy;
    QTableView *m_table;
    MessageBanner *m_banner;
    SecretClipboard *m_clipboard;
    QWidget *m_window;
    QString m_selfId;

    QAction *m_editAction;
    QAction *m_revokeAction;
    QAction *m_deleteAction;
};

} // namespace TokenDesk
