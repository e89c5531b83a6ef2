// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Adds and removes scopes on many tokens. The API replaces a token's whole scope set on PUT, so
// each token is read afresh (GET) and written with its own set changed: a scope another token has,
// or one added to this token since the list was loaded, is never lost or copied. At most
// concurrency() tokens are worked on at a time; one failure never stops the others.
//
// A token is left alone, and its item says why, when it is the token the session runs with (the
// cluster does not let a token change itself), when the change would leave it with no scope (the
// API refuses an empty set), or when it already has the asked-for set (nothing is sent). A token
// found gone (404 on the read) is Gone. cancel() sends nothing new: a read in flight is answered
// and then not written (Skipped); a write in flight is awaited and reported (what reached the
// server is never hidden).
//
// Each success is applied to the table before `itemsChanged` (the fresh details, then the new
// scopes). The outcome is Succeeded when no token failed (skipped ones are not failures), Failed
// when some failed (error() is the first failure), Cancelled when cancelled.
#pragma once

#include "api/apierror.h"
#include "api/tokentypes.h"
#include "session/job.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace TokenDesk {

class BulkScopeJob final : public Job
{
    Q_OBJECT
public:
    struct Change
    {
        QStringList add;
        QStringList remove;
    };
    enum class State : quint8 {
        Waiting,
        Reading,
        Writing,
        Done,      // written with the new set
        Unchanged, // already had the asked-for set: nothing sent after the read
        InUse,     // the token the session runs with: nothing sent
        NoScope,   // would end with no scope: not written
        Gone,      // deleted meanwhile (404 on the read)
        Failed,
        Skipped, // not sent (cancelled)
    };
    Q_ENUM(State)

    struct Item
    {
        QString id;
        State state = State::Waiting;
        QString name;       // from the fresh read
        QStringList before; // the scopes the read found
        QStringList after;  // the scopes written (or that would have been)
        ApiError error;     // when Failed
    };

    // `scopes` with `change` applied: the removed ones dropped, the added ones appended (each once,
    // in the order given). Pure: the preview and the job use the same rule.
    static QStringList applied(const QStringList &scopes, const Change &change);
    // What the job does with a token whose scopes are `before` (read afresh): NoScope when the change
    // would leave none, Unchanged when the set would stay as it is, else Writing. The token in use
    // is decided before, by id. Pure: the GUI's preview and the job use the same rule.
    static State verdict(const QStringList &before, const Change &change);

    const Change &change() const { return m_change; }
    int concurrency() const { return m_concurrency; }
    int count() const { return int(m_items.size()); }
    const Item &item(int index) const { return m_items[size_t(index)]; }
    int countOf(State state) const;
    int finishedCount() const { return m_finished; }
    int maxInFlight() const { return m_maxInFlight; }

Q_SIGNALS:
    // Items first..last changed state (one item: first == last).
    void itemsChanged(int first, int last);

private:
    friend class ClusterSession;
    BulkScopeJob(ClusterSession *session, const QStringList &ids, const Change &change, int concurrency);
    void start() override;
    void stop() override;
    void abandon() override;
    void pump();
    void read(size_t index);
    void write(size_t index);
    void settle(size_t index, State state, const ApiError &error = ApiError());
    void checkFinished();

    ClusterSession *m_session;
    Change m_change;
    std::vector<Item> m_items;
    std::vector<quint64> m_requests; // per item, while in flight
    size_t m_next = 0;
    int m_concurrency = 4;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_finished = 0;
    bool m_stopped = false;
};

} // namespace TokenDesk
