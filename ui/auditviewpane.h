// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The built-in audit views, one click each: "All tokens" and the views of AuditViews, each with the
// number of tokens it selects once their details are loaded ("12+" while some details are missing:
// the count can only grow). Choosing one filters the table at once, like the status filter; the
// chosen view stays marked until another is chosen. Below them, the views the user saved for the
// profile (SavedViews), by name: choosing one asks the window to apply it; F2 or the context menu
// renames one, Delete or the context menu deletes one (the window asks first).
#pragma once

#include "audit/auditview.h"

#include <QWidget>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace TokenDesk {

class AuditViewPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditViewPane(QWidget *parent = nullptr);

    // Indexed like AuditViews::all(); an empty list shows no counts.
    void setCounts(const QList<AuditViews::Count> &counts);
    void setCurrentView(std::optional<AuditView> view);
    std::optional<AuditView> currentView() const;
    // The count shown for a view ("12", "12+", or empty).
    QString countText(AuditView view) const;

    // The profile's saved views, listed below the built-in ones in this order.
    void setSavedViews(const QStringList &names);
    QStringList savedViews() const;
    // Marks a saved view as the one chosen (after it was applied); empty: none.
    void setCurrentSavedView(const QString &name);
    QString currentSavedView() const;

Q_SIGNALS:
    // The user chose a view (std::nullopt: all tokens).
    void viewChosen(std::optional<AuditView> view);
    // The user chose a saved view, or chose it again (Enter, double click) to apply it afresh.
    void savedViewChosen(const QString &name);
    void renameSavedViewRequested(const QString &name);
    void deleteSavedViewRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *itemFor(std::optional<AuditView> view) const;
    QString savedNameOf(const QTreeWidgetItem *item) const;
    void showContextMenu(const QPoint &pos);
    void updateHeight();

    QTreeWidget *m_list;
    bool m_updating = false;
    int m_fullHeight = 0;

public:
    QSize sizeHint() const override { return QSize(QWidget::sizeHint().width(), m_fullHeight); }
};

} // namespace TokenDesk
