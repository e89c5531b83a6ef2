// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One action over many tokens (revoke, reactivate, delete) with bounded concurrency: at most
// concurrency() requests in flight, one failure never stops the others, each token's result is
// kept (done / failed and why). cancel() sends nothing new; requests already sent finish and are
// reported (what reached the server is never hidden), the rest are Skipped. A delete answered 404
// counts as done (the token is gone either way) and says so (alreadyGone).
//
// The session applies each success to the table as it comes (a revoke to its row; deletions in
// batches, all of them in the table before `finished`). The outcome is Succeeded when every token
// was done, Failed when some failed (error() is the first failure), Cancelled when cancelled.
#pragma once

#include "api/apierror.h"
#include "session/job.h"

#include <QList>
#include <QString>

#include <vector>

namespace TokenDesk {

class BulkJob final : public Job
{
    Q_OBJECT
public:
    enum class Action { Revoke, Reactivate, Delete };
    Q_ENUM(Action)
    enum class State : quint8 { Waiting, Running, Done, Failed, Skipped };
    Q_ENUM(State)

    struct Target
    {
        QString id;
        QString name; // for the result list; never sent
    };
    struct Item
    {
        QString id;
        QString name;
        State state = State::Waiting;
        ApiError error;           // when Failed
        bool alreadyGone = false; // Done: a delete answered 404
    };

    Action action() const { return m_action; }
    int concurrency() const { return m_concurrency; }
    int count() const { return int(m_items.size()); }
    const Item &item(int index) const { return m_items[size_t(index)]; }
    int doneCount() const { return m_done; }
    int failedCount() const { return m_failed; }
    int skippedCount() const { return m_skipped; }
    int finishedCount() const { return m_done + m_failed + m_skipped; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // The ids done, in the order the server answered.
    const QStringList &doneIds() const { return m_doneIds; }

Q_SIGNALS:
    // Items first..last changed state (one item: first == last; cancel marks all unsent at once).
    void itemsChanged(int first, int last);
    // A token was done; the table shows it already.
    void succeeded(const QString &id);
    void failed(const QString &id, const TokenDesk::ApiError &error);

private:
    friend class ClusterSession;
    BulkJob(ClusterSession *session, Action action, const QList<Target> &targets, int concurrency);
    void start() override;
    void stop() override;
    void abandon() override;
    void pump();
    void complete(int index, bool ok, const ApiError &error);
    void checkFinished();

    ClusterSession *m_session;
    Action m_action;
    std::vector<Item> m_items;
    std::vector<quint64> m_requests; // per item, while in flight
    QStringList m_doneIds;
    size_t m_next = 0;
    int m_concurrency = 4;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_skipped = 0;
    bool m_stopped = false;
};

} // namespace TokenDesk
