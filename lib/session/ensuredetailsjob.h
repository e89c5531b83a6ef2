// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Make sure these ids have details": hands the ids still without details to the session's
// DetailsLoader, before the rows the view asks for and in chunks (so that a million ids do not sit
// in the loader's queue at once, and visible rows still get a slot), and finishes when each id is
// loaded, failed or gone. The model has every delivered detail before this job counts it (the
// session feeds the model first). Ids that failed or were gone before count as failed at once.
//
// The loader answers in several ways (a batch of details, a failure, a 404, going idle after its
// queue was cancelled elsewhere); this job is the one place that turns them into "done" per id.
// A new list (a reload) means the ids may no longer be the table's: the job then fails with
// listReplaced set. Cancelling drops the loader's queue (what this job asked for), unless a load of
// every token was already running when the job started.
#pragma once

#include "api/tokentypes.h"
#include "session/job.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace TokenDesk {

class DetailsLoader;

class EnsureDetailsJob final : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        int total = 0;  // distinct ids asked for
        int loaded = 0; // now with details
        int failed = 0; // failed or gone (deleted meanwhile)
        bool listReplaced = false;
    };
    const Result &result() const { return m_result; }

    // Ids handed to the loader at a time (default 500).
    static constexpr int DefaultChunk = 500;

Q_SIGNALS:
    // The loader paused after the server asked it to slow down (HTTP 429).
    void rateLimited(qint64 pauseMs);

private:
    friend class ClusterSession;
    EnsureDetailsJob(ClusterSession *session, const QStringList &ids, int chunk);
    void start() override;
    void stop() override;
    void abandon() override;
    void feed();
    bool hasDetails(const QString &id) const;
    void onDetails(const QList<TokenMetadata> &batch);
    void resolve(const QString &id, bool loaded);
    void onIdle();
    void listReplaced();
    void report();
    void checkDone();
    void disconnectLoader();

    ClusterSession *m_session;
    DetailsLoader *m_loader;
    QStringList m_ids;
    qsizetype m_position = 0;
    QSet<QString> m_outstanding;
    quint64 m_generation = 0;
    int m_chunk = DefaultChunk;
    bool m_feeding = false;
    bool m_loaderWasLoadingAll = false;
    Result m_result;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace TokenDesk
