// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "detailsloader.h"

#include "core/timeunits.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace TokenDesk {

Q_LOGGING_CATEGORY(lcDetails, "tokendesk.details")

namespace {
constexpr qint64 MaxRateLimitPauseMs = TimeUnits::MsPerMinute;
constexpr qint64 MinRateLimitPauseMs = 50;
} // namespace

DetailsLoader::DetailsLoader(TokensService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_ownIds(new TokenIdIndex(this))
    , m_ids(m_ownIds)
{
    connect(m_ownIds, &TokenIdIndex::ready, this, &DetailsLoader::onIndexReady);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &DetailsLoader::flush);
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: before the rate limit's reset
    connect(&m_pauseTimer, &QTimer::timeout, this, &DetailsLoader::pump);
}

DetailsLoader::~DetailsLoader()
{
    cancelInFlight();
}

void DetailsLoader::setIdIndex(TokenIdIndex *index)
{
    if (index == m_sharedIds) {
        return;
    }
    if (m_sharedIds) {
        disconnect(m_sharedIds, nullptr, this, nullptr);
    }
    m_sharedIds = index;
    if (m_sharedIds) {
        connect(m_sharedIds, &TokenIdIndex::ready, this, &DetailsLoader::onIndexReady);
        connect(m_sharedIds, &QObject::destroyed, this, [this] {
            // Its owner is going (often with this loader, at shutdown): index again only if asked.
            m_sharedIds = nullptr;
            m_ids = m_ownIds;
            m_ownIds->setList(m_list, TokenIdIndex::Hashing::OnFirstUse);
        });
    }
    chooseIndex();
}

void DetailsLoader::chooseIndex()
{
    TokenIdIndex *const before = m_ids;
    if (m_sharedIds && m_sharedIds->covers(*m_list)) {
        m_ids = m_sharedIds;
        m_ownIds->setList(nullptr); // not needed: free it
    } else {
        if (m_sharedIds && m_list->size() > 0) {
            qCWarning(lcDetails, "the shared id index does not cover the list: indexing it again");
        }
        m_ids = m_ownIds;
        if (before != m_ownIds || &m_ownIds->list() != m_list.get()) {
            m_ownIds->setList(m_list);
        }
    }
}

void DetailsLoader::onIndexReady()
{
    if (sender() == m_ids && !m_deferred.isEmpty()) {
        pump(); // resolves the ids prioritized while it was built
    }
}

void DetailsLoader::setMaxConcurrent(int requests)
{
    m_maxConcurrent = qMax(0, requests);
    pump();
}

int DetailsLoader::maxConcurrent() const
{
    if (m_maxConcurrent > 0) {
        return m_maxConcurrent;
    }
    // Over HTTP/1.1 QNetworkAccessManager opens at most six connections to a host, and more requests
    // only queue inside it; over HTTP/2 they share one connection and more in flight hide the round
    // trips (the protocol is known after the first answer, so the first six go out either way).
    return m_service && m_service->multiplexes() ? Http2Concurrent : Http1Concurrent;
}

void DetailsLoader::cancelInFlight()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        m_service->cancel(it.value());
    }
    m_inFlight.clear();
}

void DetailsLoader::setList(const StubList &list)
{
    ++m_generation;
    cancelInFlight();
    m_list = std::make_shared<StubList>(list);
    m_deferred.clear();
    chooseIndex();
    m_states.assign(size_t(list.size()), State::NotRequested);
    m_extraStates.clear();
    m_priority.clear();
    m_some.clear();
    m_someWaiting.clear();
    m_someTotal = m_someDone = 0;
    m_cursor = 0;
    m_loadingAll = false;
    m_done = m_loaded = m_failed = m_gone = m_requestsSent = m_queued = 0;
    m_batch.clear();
    m_flushTimer.stop();
    m_pauseTimer.stop();
}

int DetailsLoader::rowOf(const QString &id) const
{
    // The index may cover more entries than the list (tokens created since): those are not rows,
    // and neither is an entry whose id differs (checked, so a stale index never picks a wrong row).
    const QByteArray utf8 = id.toUtf8();
    const int entry = m_ids->find(QByteArrayView(utf8));
    return entry >= 0 && entry < m_list->size() && m_list->idUtf8(entry) == QByteArrayView(utf8) ? entry : -1;
}

bool DetailsLoader::indexPending() const
{
    return m_ids->isPending();
}

DetailsLoader::State DetailsLoader::stateOf(int row, const QString &id) const
{
    return row >= 0 ? m_states[size_t(row)] : m_extraStates.value(id, State::NotRequested);
}

void DetailsLoader::setState(int row, const QString &id, State state)
{
    const State old = stateOf(row, id);
    m_queued += (state == State::Queued ? 1 : 0) - (old == State::Queued ? 1 : 0);
    if (row >= 0) {
        m_states[size_t(row)] = state;
    } else {
        m_extraStates.insert(id, state);
    }
}

DetailsLoader::State DetailsLoader::state(const QString &id) const
{
    return stateOf(rowOf(id), id);
}

int DetailsLoader::queuedCount() const
{
    return m_queued + int(m_deferred.size());
}

void DetailsLoader::prioritize(const QStringList &ids)
{
    if (indexPending()) {
        m_deferred = ids + m_deferred; // newest first; resolved when the id index is ready
        pump();
        return;
    }
    // Reverse order onto the front: the first id is requested first.
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const QString &id = *it;
        if (id.isEmpty()) {
            continue;
        }
        const int row = rowOf(id);
        const State current = stateOf(row, id);
        if (current != State::NotRequested && current != State::Queued) {
            continue; // cached, failed or in flight
        }
        setState(row, id, State::Queued);
        m_priority.push_front(id);
    }
    pump();
}

void DetailsLoader::loadAll()
{
    if (!m_loadingAll) {
        m_loadingAll = true;
        m_cursor = 0;
    }
    Q_EMIT progress(m_done, m_list->size());
    pump();
    checkFinished();
}

void DetailsLoader::load(const QStringList &ids)
{
    m_ids->ensureBuilt(); // the ids must be resolved to rows now
    for (const QString &id : ids) {
        if (id.isEmpty() || m_someWaiting.contains(id)) {
            continue;
        }
        const int row = rowOf(id);
        State current = stateOf(row, id);
        if (current == State::Failed) {
            invalidate(id); // asked for explicitly: try again
            current = State::NotRequested;
        }
        ++m_someTotal;
        if (current == State::Loaded || current == State::Gone) {
            ++m_someDone;
            continue;
        }
        m_someWaiting.insert(id);
        if (current == State::NotRequested) {
            setState(row, id, State::Queued);
            m_some.push_back(id);
        }
        // Queued or in flight: finishes on its own.
    }
    Q_EMIT progress(progressDone(), progressTotal());
    if (m_someWaiting.isEmpty()) {
        m_someTotal = m_someDone = 0; // nothing to wait for
        Q_EMIT someLoaded();
        return;
    }
    pump();
}

void DetailsLoader::finishedSome(const QString &id)
{
    if (!m_someWaiting.remove(id)) {
        return;
    }
    ++m_someDone;
    if (m_someWaiting.isEmpty()) {
        flush();
        const int total = m_someTotal;
        m_someTotal = m_someDone = 0;
        m_some.clear();
        if (!m_loadingAll) {
            Q_EMIT progress(total, total);
        }
        Q_EMIT someLoaded();
    }
}

void DetailsLoader::cancel()
{
    m_loadingAll = false;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        m_service->cancel(it.value());
        setState(rowOf(it.key()), it.key(), State::NotRequested);
    }
    m_inFlight.clear();
    for (const QString &id : m_priority) {
        const int row = rowOf(id);
        if (stateOf(row, id) == State::Queued) {
            setState(row, id, State::NotRequested);
        }
    }
    m_priority.clear();
    for (const QString &id : m_some) {
        const int row = rowOf(id);
        if (stateOf(row, id) == State::Queued) {
            setState(row, id, State::NotRequested);
        }
    }
    m_some.clear();
    m_someWaiting.clear();
    m_someTotal = m_someDone = 0;
    m_deferred.clear();
    m_pauseTimer.stop();
    flush();
    Q_EMIT idle();
}

void DetailsLoader::invalidate(const QString &id)
{
    const int row = rowOf(id);
    const State current = stateOf(row, id);
    if (current == State::Loaded || current == State::Failed || current == State::Gone) {
        if (row >= 0) {
            --m_done;
        }
        if (current == State::Loaded) {
            --m_loaded;
        } else {
            --m_failed;
            m_gone -= current == State::Gone ? 1 : 0;
        }
        setState(row, id, State::NotRequested);
        if (row >= 0 && row < m_cursor) {
            m_cursor = row; // loadAll picks it up again
        }
    }
}

bool DetailsLoader::takeNext(QString *id, int *row)
{
    while (!m_priority.empty()) {
        QString candidate = m_priority.front();
        m_priority.pop_front();
        const int candidateRow = rowOf(candidate);
        if (stateOf(candidateRow, candidate) == State::Queued) {
            *id = candidate;
            *row = candidateRow;
            return true;
        }
    }
    while (!m_some.empty()) {
        QString candidate = m_some.front();
        m_some.pop_front();
        const int candidateRow = rowOf(candidate);
        if (stateOf(candidateRow, candidate) == State::Queued) {
            *id = candidate;
            *row = candidateRow;
            return true;
        }
    }
    if (!m_loadingAll) {
        return false;
    }
    while (m_cursor < m_list->size()) {
        const int candidateRow = m_cursor++;
        if (m_states[size_t(candidateRow)] == State::NotRequested) {
            *id = m_list->id(candidateRow);
            *row = candidateRow;
            return true;
        }
    }
    return false;
}

void DetailsLoader::pump()
{
    if (m_pauseTimer.isActive() || m_pumping) {
        return;
    }
    if (!indexPending() && !m_deferred.isEmpty()) {
        prioritize(std::exchange(m_deferred, {})); // pumps
        return;
    }
    m_pumping = true;
    QString id;
    int row = -1;
    const int concurrent = maxConcurrent();
    while (!m_pauseTimer.isActive() && int(m_inFlight.size()) < concurrent && takeNext(&id, &row)) {
        request(id, row);
    }
    m_pumping = false;
    if (m_inFlight.isEmpty() && m_priority.empty() && m_some.empty() && m_deferred.isEmpty()) {
        flush();
        checkFinished();
        Q_EMIT idle();
    }
}

void DetailsLoader::request(const QString &id, int row)
{
    setState(row, id, State::InFlight);
    ++m_requestsSent;
    const quint64 generation = m_generation;
    const TokensService::RequestId requestId =
        m_service->getToken(id, this, [this, generation, id, row](const ApiResult<TokenMetadata> &result) {
            onReply(generation, id, row, result);
        });
    // The callback may have run synchronously (a request refused before sending).
    if (stateOf(row, id) == State::InFlight && generation == m_generation) {
        m_inFlight.insert(id, requestId);
    }
}

void DetailsLoader::onReply(quint64 generation, const QString &id, int row, const ApiResult<TokenMetadata> &result)
{
    if (generation != m_generation) {
        return; // a late answer about an earlier list
    }
    m_inFlight.remove(id);
    if (stateOf(row, id) != State::InFlight) {
        return; // cancelled meanwhile
    }
    if (result.ok()) {
        TokenMetadata metadata = *result.value;
        if (!metadata.id || metadata.id->isEmpty()) {
            metadata.id = id;
        }
        setState(row, id, State::Loaded);
        ++m_loaded;
        m_done += row >= 0 ? 1 : 0;
        m_batch.append(metadata);
        if (m_batch.size() >= m_batchSize) {
            flush();
        } else if (!m_flushTimer.isActive()) {
            m_flushTimer.start();
        }
        finishedSome(id);
    } else if (result.error.kind == ApiError::Kind::RateLimited) {
        // Retry this id first once the limit resets; never hammer.
        setState(row, id, State::Queued);
        m_priority.push_front(id);
        // Until X-RateLimit-Reset (epoch µs) when it lies ahead (at most a minute, against clock
        // skew); otherwise (absent, or already past) the default second.
        qint64 pauseMs = m_defaultPauseMs;
        if (result.error.rateLimitResetUs) {
            const qint64 nowMs = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
            const qint64 untilReset = *result.error.rateLimitResetUs / 1000 - nowMs;
            if (untilReset > 0) {
                pauseMs = qBound(MinRateLimitPauseMs, untilReset, MaxRateLimitPauseMs);
            }
        }
        pauseFor(pauseMs);
    } else if (result.error.kind == ApiError::Kind::Cancelled) {
        setState(row, id, State::NotRequested);
    } else {
        const bool gone = result.error.kind == ApiError::Kind::Http && result.error.httpStatus == 404;
        setState(row, id, gone ? State::Gone : State::Failed);
        ++m_failed;
        m_gone += gone ? 1 : 0;
        m_done += row >= 0 ? 1 : 0;
        qCDebug(lcDetails, "details of %s failed: %s", qUtf8Printable(id), qUtf8Printable(result.error.toString()));
        if (gone) {
            Q_EMIT tokenGone(id);
        } else {
            Q_EMIT loadFailed(id, result.error);
        }
        finishedSome(id);
    }
    pump();
    checkFinished();
}

void DetailsLoader::pauseFor(qint64 ms)
{
    const qint64 remaining = m_pauseTimer.isActive() ? m_pauseTimer.remainingTime() : 0;
    if (ms > remaining) {
        m_pauseTimer.start(int(ms));
    }
    qCDebug(lcDetails, "rate limited: pausing %lld ms", static_cast<long long>(ms));
    Q_EMIT rateLimited(ms);
}

void DetailsLoader::flush()
{
    m_flushTimer.stop();
    if (m_batch.isEmpty()) {
        return;
    }
    const QList<TokenMetadata> batch = std::exchange(m_batch, {});
    Q_EMIT detailsLoaded(batch);
    if (m_loadingAll || isLoadingSome()) {
        Q_EMIT progress(progressDone(), progressTotal());
    }
}

void DetailsLoader::checkFinished()
{
    if (!m_loadingAll || m_done < m_list->size() || !m_inFlight.isEmpty()) {
        return;
    }
    flush();
    m_loadingAll = false;
    Q_EMIT progress(m_done, m_list->size());
    Q_EMIT allLoaded();
}

} // namespace TokenDesk
