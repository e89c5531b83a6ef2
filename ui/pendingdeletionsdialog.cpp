// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pendingdeletionsdialog.h"

#include "dialogstyle.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {
QString dateText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}
} // namespace

PendingDeletionsDialog::PendingDeletionsDialog(const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_note(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_deleteDue(nullptr)
    , m_forget(nullptr)
    , m_finish(nullptr)
{
    setObjectName(QStringLiteral("pendingDeletionsDialog"));
    setWindowTitle(tr("Pending deletions"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setText(tr("Revoked tokens whose deletion a rotation scheduled, and rotations still to finish. The "
                       "schedule is kept on this computer "
                       "for the profile “%1”: token IDs and dates only, never a secret. TokenDesk deletes "
                       "nothing by itself: “Delete the due ones” asks first.")
                        .arg(profile));
    m_empty->setText(tr("Nothing is scheduled for deletion."));
    m_empty->setTextFormat(Qt::PlainText);

    m_list->setObjectName(QStringLiteral("pendingDeletionsList"));
    m_list->setAccessibleName(tr("Scheduled deletions"));
    m_list->setAccessibleDescription(tr("Each revoked token with when it was revoked and when its deletion is due"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("ID"), tr("Revoked"), tr("Deletion due"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("pendingDeletionsStatus"));
    m_status->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_deleteDue = buttons->addButton(tr("&Delete the due ones…"), QDialogButtonBox::ActionRole);
    m_deleteDue->setObjectName(QStringLiteral("deleteDueButton"));
    m_deleteDue->setAccessibleDescription(tr("Delete the tokens whose deletion is due, after a confirmation"));
    m_forget = buttons->addButton(tr("&Forget"), QDialogButtonBox::ActionRole);
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    m_forget->setToolTip(tr("Take the selected tokens off the schedule; the tokens stay as they are"));
    m_forget->setAutoDefault(false);
    m_finish = buttons->addButton(tr("&Revoke to finish"), QDialogButtonBox::ActionRole);
    m_finish->setObjectName(QStringLiteral("finishRotationButton"));
    m_finish->setAccessibleDescription(
        tr("Revoke the selected old tokens whose rotation stopped before revoking them; their deletion is then "
           "scheduled"));
    m_finish->setAutoDefault(false);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (QTreeWidgetItem *item : m_list->selectedItems()) {
            if (item->data(StateColumn, Qt::UserRole).toBool())
                ids << item->data(IdColumn, Qt::UserRole).toString();
        }
        if (!ids.isEmpty())
            Q_EMIT finishRequested(ids);
    });
    m_deleteDue->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deleteDue, &QPushButton::clicked, this, [this] {
        if (m_due > 0)
            Q_EMIT deleteDueRequested();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            ids << item->data(IdColumn, Qt::UserRole).toString();
        if (!ids.isEmpty())
            Q_EMIT forgetRequested(ids);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PendingDeletionsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(sizeHint().width(), qMax(sizeHint().height(), 320));
    updateButtons();
}

PendingDeletionsDialog::~PendingDeletionsDialog() = default;

void PendingDeletionsDialog::setEntries(const QList<PendingDeletion> &entries, qint64 nowMs,
                                        const QHash<QString, QString> &names, const QHash<QString, QString> &states)
{
    m_list->clear();
    m_due = 0;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const PendingDeletion &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        const bool due = e.isDue(nowMs);
        m_due += due ? 1 : 0;
        const QString name = names.value(e.id);
        item->setText(NameColumn, name.isEmpty() ? tr("(not in the loaded list)") : name);
        item->setToolTip(NameColumn, DialogStyle::plainToolTip(name));
        item->setText(IdColumn, e.id);
        item->setData(IdColumn, Qt::UserRole, e.id);
        item->setFont(IdColumn, fixed);
        item->setData(StateColumn, Qt::UserRole, e.revokeOutstanding);
        if (e.revokeOutstanding) {
            // The rotation stopped before revoking: nothing is due until it is revoked.
            item->setText(RevokedColumn, tr("not yet"));
            item->setText(DueColumn, tr("%n day(s) after revoking", nullptr, e.graceDays));
            item->setText(StateColumn, tr("Active: the rotation stopped before revoking it"));
            continue;
        }
        item->setText(RevokedColumn, dateText(e.scheduledMs));
        // Never colour alone: a due deletion says so in words.
        item->setText(DueColumn, due ? tr("%1 · due").arg(dateText(e.dueMs)) : dateText(e.dueMs));
        item->setToolTip(DueColumn, QDateTime::fromMSecsSinceEpoch(e.dueMs).toUTC().toString(Qt::ISODate));
        if (due) {
            QFont bold = item->font(DueColumn);
            bold.setBold(true);
            item->setFont(DueColumn, bold);
        }
        item->setText(StateColumn, states.value(e.id, tr("Not in the loaded list")));
    }
    int width = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        m_list->resizeColumnToContents(c);
        width += m_list->columnWidth(c);
    }
    // Wide enough for every column, within reason: no horizontal scrolling for a few entries.
    m_list->setMinimumWidth(qMin(width + 2 * m_list->frameWidth() + 4, 1000));
    m_empty->setVisible(entries.isEmpty());
    m_list->setVisible(!entries.isEmpty());
    updateButtons();
}

int PendingDeletionsDialog::entryCount() const
{
    return m_list->topLevelItemCount();
}

void PendingDeletionsDialog::updateButtons()
{
    m_deleteDue->setEnabled(m_due > 0);
    m_deleteDue->setToolTip(
        m_due > 0 ? tr("Delete the %n token(s) whose deletion is due, after a confirmation", nullptr, m_due)
                  : tr("No deletion is due yet"));
    m_forget->setEnabled(!m_list->selectedItems().isEmpty());
    int unfinished = 0;
    int selectedUnfinished = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(StateColumn, Qt::UserRole).toBool()) {
            ++unfinished;
            selectedUnfinished += item->isSelected() ? 1 : 0;
        }
    }
    m_finish->setVisible(unfinished > 0);
    m_finish->setEnabled(selectedUnfinished > 0);
    m_finish->setToolTip(
        selectedUnfinished > 0
            ? tr("Revoke the %n selected old token(s); their deletion is then scheduled", nullptr, selectedUnfinished)
            : tr("Select a token whose rotation stopped before revoking it"));
}

void PendingDeletionsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString PendingDeletionsDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString PendingDeletionsDialog::noteText() const
{
    return m_note->text();
}

} // namespace TokenDesk
