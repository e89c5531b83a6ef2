// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The deletions a rotation scheduled: revoked tokens to delete once their grace period is over
// (Dynatrace's own rotation advice: revoke the old token, wait about a week, then delete it). Kept
// per connection profile on this computer, in QSettings, as token ids and dates only: never a secret,
// and no name either (a name is the cluster's to tell, and may change; the views ask the token list
// for it). The Pending deletion view lists them; "Delete the due ones" deletes those whose date has come.
#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace TokenDesk {

struct PendingDeletion
{
    QString id;
    qint64 dueMs = 0; // ms since the epoch, UTC: deletion is due from then on
    qint64 scheduledMs = 0;
    // A rotation whose successor exists but which could not revoke the old token is kept here to
    // be finished later (revoke, then the grace period of graceDays starts). Such an entry is never
    // due: an active token is not deleted.
    bool revokeOutstanding = false;
    int graceDays = 0;

    bool isDue(qint64 nowMs) const { return !revokeOutstanding && dueMs <= nowMs; }
    friend bool operator==(const PendingDeletion &a, const PendingDeletion &b)
    {
        return a.id == b.id && a.dueMs == b.dueMs && a.scheduledMs == b.scheduledMs &&
               a.revokeOutstanding == b.revokeOutstanding && a.graceDays == b.graceDays;
    }
};

class PendingDeletions final
{
public:
    // The grace period a rotation proposes between revoking the old token and deleting it.
    static constexpr int DefaultGraceDays = 7;

    // The schedule of `profile` in `settings` (which the caller owns).
    PendingDeletions(QSettings *settings, const QString &profile);

    // Every scheduled deletion of the profile, soonest first. Entries written by older versions
    // with the token's name are read as well, and the profile's schedule is rewritten without it
    // (the one write a read makes).
    QList<PendingDeletion> all() const;
    QList<PendingDeletion> due(qint64 nowMs) const;
    // Schedules (or moves) the deletion of `entry.id`.
    void schedule(const PendingDeletion &entry);
    // Forgets an entry: deleted, or the user changed their mind.
    void remove(const QString &id);
    void removeAll(const QStringList &ids);
    // Forgets the whole schedule of the profile (the demo cluster's tokens do not outlive a start).
    void clear();

private:
    void write(const QList<PendingDeletion> &entries) const;

    QSettings *m_settings;
    QString m_profile;
};

} // namespace TokenDesk
