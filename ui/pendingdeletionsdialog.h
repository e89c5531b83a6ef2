// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Pending deletions": the revoked tokens whose deletion a rotation scheduled, with when each was
// revoked and when its deletion is due (Dynatrace's advice: revoke, wait about a week, delete). The
// schedule is kept on this computer, per connection profile (token ids and dates, never a secret),
// and the dialog says so. "Delete the due ones…" asks the controller to delete the tokens
// whose date has come, after the usual delete confirmation; "Forget" drops entries from the schedule
// without touching the tokens. No I/O: the controller fills it and answers its signals.
#pragma once

#include "settings/pendingdeletions.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace TokenDesk {

class PendingDeletionsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, RevokedColumn, DueColumn, StateColumn, ColumnCount };

    explicit PendingDeletionsDialog(const QString &profile, QWidget *parent = nullptr);
    ~PendingDeletionsDialog() override;

    // The schedule, soonest first. Per id, what the loaded list knows of the token now: its name
    // (the schedule keeps none) and its state ("Revoked", "Active again"…); absent: not loaded.
    void setEntries(const QList<PendingDeletion> &entries, qint64 nowMs, const QHash<QString, QString> &names,
                    const QHash<QString, QString> &states);
    int dueCount() const { return m_due; }
    int entryCount() const;
    // A line above the buttons: what the last deletion did, or why it failed.
    void setStatus(const QString &text);
    QString statusText() const;
    QString noteText() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *deleteDueButton() const { return m_deleteDue; }
    QPushButton *forgetButton() const { return m_forget; }
    QPushButton *finishButton() const { return m_finish; }

Q_SIGNALS:
    void deleteDueRequested();
    void forgetRequested(const QStringList &ids);
    // Revoke the selected tokens whose rotation stopped before revoking them, which starts their
    // grace period.
    void finishRequested(const QStringList &ids);

private:
    void updateButtons();

    QLabel *m_note;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_deleteDue;
    QPushButton *m_forget;
    QPushButton *m_finish;
    int m_due = 0;
};

} // namespace TokenDesk
