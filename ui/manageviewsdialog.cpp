// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "manageviewsdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace TokenDesk {

ManageViewsDialog::ManageViewsDialog(const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_rename(nullptr)
    , m_delete(nullptr)
{
    setObjectName(QStringLiteral("manageViewsDialog"));
    setWindowTitle(tr("Manage views"));
    auto *note = new QLabel(tr("The views saved for the profile “%1” on this computer.").arg(profile), this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("savedViewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setAccessibleDescription(tr("F2 renames the selected view, Delete deletes it"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    m_rename->setObjectName(QStringLiteral("renameViewButton"));
    m_rename->setToolTip(tr("Rename the selected view (F2)"));
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    m_delete->setObjectName(QStringLiteral("deleteViewButton"));
    m_delete->setToolTip(tr("Delete the selected view, after a confirmation (Delete)"));
    for (QPushButton *button : {m_rename, m_delete})
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            Q_EMIT renameRequested(selectedName());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            Q_EMIT deleteRequested(selectedName());
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ManageViewsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    updateButtons();
}

void ManageViewsDialog::setViews(const QStringList &names)
{
    const QString selected = selectedName();
    m_list->clear();
    m_list->addItems(names);
    const qsizetype row = names.indexOf(selected);
    m_list->setCurrentRow(row >= 0 ? int(row) : (names.isEmpty() ? -1 : 0));
    updateButtons();
}

QString ManageViewsDialog::selectedName() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text();
}

void ManageViewsDialog::updateButtons()
{
    const bool any = !selectedName().isEmpty();
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

bool ManageViewsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The item views' keys: F2 renames, Delete deletes (after the window's confirmation).
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier) {
            m_rename->click();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            m_delete->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace TokenDesk
