// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Loads token details (GET /tokens/{id}) for the rows of a list, lazily and politely: visible and
// selected rows first (prioritize), everything on request (loadAll), at most maxConcurrent()
// requests at a time, each id once per list (a per-row state vector is the cache: a loaded id is
// never requested again until the next list), 429 honoured (pause until X-RateLimit-Reset, or 1 s
// without it, then retry that id), and results delivered in batches so the model emits few
// dataChanged signals.
//
// Every setList() starts a new generation: the cache is dropped, requests of the previous list are
// cancelled, and any late response of an earlier generation is discarded.
#pragma once

#include "api/apierror.h"
#include "api/stublist.h"
#include "api/tokensservice.h"
#include "model/modellimits.h"
#include "model/tokenidindex.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace TokenDesk {

class DetailsLoader final : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { NotRequested, Queued, InFlight, Loaded, Failed, Gone };
    Q_ENUM(State)

    explicit DetailsLoader(TokensService *service, QObject *parent = nullptr);
    ~DetailsLoader() override;

    // A new list: new generation, cache dropped, pending requests cancelled, loadAll stopped.
    void setList(const StubList &list);
    // Looks ids up in `index` (the table model's, TokenTableModel::idIndex()) instead of an index of
    // its own: the owner keeps it in step with the list, so give the owner each list first, then
    // this loader. Null: the loader indexes its lists itself. A list the index does not cover is
    // indexed by the loader itself too.
    void setIdIndex(TokenIdIndex *index);
    // The index lookups use now (the shared one, or the loader's own).
    const TokenIdIndex *idIndex() const { return m_ids; }
    quint64 generation() const { return m_generation; }

    // Loads these ids before anything else, in the given order (visible rows, then the selection,
    // say). Ids already loaded, failed or in flight are skipped; ids outside the list (created
    // tokens) are loaded too.
    void prioritize(const QStringList &ids);
    // Loads every token of the list (after the prioritized ones); progress() reports it.
    void loadAll();
    // Loads exactly these ids (after the prioritized ones), with progress() over them, e.g. the rows
    // a filter cannot decide without their details. Ids that failed before are tried again; loaded
    // and gone ones count as done. Adds to a load of some ids still running.
    void load(const QStringList &ids);
    // Stops loadAll and load() and drops the queue; requests in flight are cancelled (their ids can be
    // requested again later). Details already delivered stay.
    void cancel();
    // Forgets one id (e.g. after an update) so the next prioritize() loads it again.
    void invalidate(const QString &id);

    // Requests at a time: by default Http1Concurrent, or Http2Concurrent once the service answers over
    // HTTP/2 (see docs/performance.md for the figures behind both); setMaxConcurrent() fixes a number
    // (0 = back to the default).
    static constexpr int Http1Concurrent = 6;
    static constexpr int Http2Concurrent = 24;
    void setMaxConcurrent(int requests);
    int maxConcurrent() const;
    // A batch is delivered when it holds batchSize() results or batchInterval() ms after its first.
    void setBatchSize(int results) { m_batchSize = qMax(1, results); }
    int batchSize() const { return m_batchSize; }
    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms); }
    int batchInterval() const { return m_flushTimer.interval(); }
    // Pause after a 429 without X-RateLimit-Reset (default 1000 ms).
    void setDefaultRateLimitPause(int ms) { m_defaultPauseMs = ms; }
    // The wall clock X-RateLimit-Reset is compared with (epoch ms); tests inject the fake's time.
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }

    State state(const QString &id) const;
    bool isLoadingAll() const { return m_loadingAll; }
    // A load() is running.
    bool isLoadingSome() const { return m_someTotal > 0; }
    // The progress of loadAll (tokens of the list finished) or else of load() (its ids finished).
    int progressDone() const { return m_loadingAll ? m_done : m_someDone; }
    int progressTotal() const { return m_loadingAll ? m_list->size() : m_someTotal; }
    bool isPaused() const { return m_pauseTimer.isActive(); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    int queuedCount() const; // prioritized ids waiting for a request slot
    int loadedCount() const { return m_loaded; }
    int failedCount() const { return m_failed; } // 404s included
    int goneCount() const { return m_gone; }
    int requestsSent() const { return m_requestsSent; } // this generation, retries included

Q_SIGNALS:
    void detailsLoaded(const QList<TokenDesk::TokenMetadata> &batch);
    // loadAll progress: tokens of the list that are finished (loaded or failed) of all.
    void progress(int done, int total);
    void allLoaded();
    // Every id of load() is finished (loaded or failed).
    void someLoaded();
    // GET answered 404: the token was deleted since the list was loaded.
    void tokenGone(const QString &id);
    void loadFailed(const QString &id, const TokenDesk::ApiError &error);
    // A 429 paused all requests for pauseMs.
    void rateLimited(qint64 pauseMs);
    void idle();

private:
    State stateOf(int row, const QString &id) const;
    void setState(int row, const QString &id, State state);
    int rowOf(const QString &id) const;
    void chooseIndex();
    void onIndexReady();
    bool indexPending() const;
    void pump();
    bool takeNext(QString *id, int *row);
    void request(const QString &id, int row);
    void onReply(quint64 generation, const QString &id, int row, const ApiResult<TokenMetadata> &result);
    void pauseFor(qint64 ms);
    void flush();
    void checkFinished();
    void finishedSome(const QString &id);
    void cancelInFlight();

    TokensService *m_service;
    std::shared_ptr<StubList> m_list = std::make_shared<StubList>();
    TokenIdIndex *m_ownIds;              // a child: the index of lists nobody shares
    TokenIdIndex *m_sharedIds = nullptr; // setIdIndex()
    TokenIdIndex *m_ids;                 // the one lookups use: m_sharedIds when it covers m_list
    std::vector<State> m_states;         // per list row
    QHash<QString, State> m_extraStates; // ids outside the list
    std::deque<QString> m_priority;
    std::deque<QString> m_some;  // load() ids waiting for a request slot
    QSet<QString> m_someWaiting; // load() ids not finished yet
    int m_someTotal = 0;
    int m_someDone = 0;
    QStringList m_deferred; // prioritized before the id index was ready
    QHash<QString, TokensService::RequestId> m_inFlight;
    int m_cursor = 0; // loadAll walks the list from here
    bool m_loadingAll = false;
    bool m_pumping = false;
    int m_done = 0; // list rows loaded or failed
    int m_loaded = 0;
    int m_failed = 0;
    int m_gone = 0;
    int m_queued = 0;
    int m_requestsSent = 0;
    int m_maxConcurrent = 0; // 0: by protocol
    int m_batchSize = ModelLimits::DetailsBatchSize;
    int m_defaultPauseMs = 1000;
    quint64 m_generation = 0;
    QList<TokenMetadata> m_batch;
    std::function<qint64()> m_clock;
    QTimer m_flushTimer;
    QTimer m_pauseTimer;
};

} // namespace TokenDesk
