// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Manage views": the views saved for the profile in use, to rename (F2, or the button) or delete
// (Delete, or the button). No I/O: the window fills it, does what it asks (asking before a
// deletion) and fills it again.
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace TokenDesk {

class ManageViewsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ManageViewsDialog(const QString &profile, QWidget *parent = nullptr);

    // The saved views, in the order they are listed; the selection stays on the same name.
    void setViews(const QStringList &names);
    QListWidget *list() const { return m_list; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void renameRequested(const QString &name);
    void deleteRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString selectedName() const;
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace TokenDesk
