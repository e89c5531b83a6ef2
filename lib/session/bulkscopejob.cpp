// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkscopejob.h"

#include "api/tokeninuse.h"
#include "session/clustersession.h"

#include <QSet>

namespace TokenDesk {

BulkScopeJob::BulkScopeJob(ClusterSession *session, const QStringList &ids, const Change &change, int concurrency)
    : Job(session)
    , m_session(session)
    , m_change(change)
    , m_concurrency(qMax(1, concurrency))
{
    m_items.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        Item item;
        item.id = id;
        m_items.push_back(std::move(item));
    }
    m_requests.assign(m_items.size(), 0);
}

QStringList BulkScopeJob::applied(const QStringList &scopes, const Change &change)
{
    QStringList result;
    for (const QString &scope : scopes) {
        if (!change.remove.contains(scope) && !result.contains(scope))
            result.append(scope);
    }
    for (const QString &scope : change.add) {
        if (!result.contains(scope))
            result.append(scope);
    }
    return result;
}

BulkScopeJob::State BulkScopeJob::verdict(const QStringList &before, const Change &change)
{
    const QStringList after = applied(before, change);
    if (after.isEmpty())
        return State::NoScope;
    if (QSet<QString>(after.cbegin(), after.cend()) == QSet<QString>(before.cbegin(), before.cend()))
        return State::Unchanged;
    return State::Writing;
}

int BulkScopeJob::countOf(State state) const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.state == state ? 1 : 0;
    return n;
}

void BulkScopeJob::start()
{
    setProgress(0, count());
    pump();
    checkFinished(); // no tokens, or only ones left alone at once
}

void BulkScopeJob::stop()
{
    m_stopped = true;
    const size_t first = m_next;
    for (size_t i = first; i < m_items.size(); ++i) {
        m_items[i].state = State::Skipped;
        ++m_finished;
    }
    m_next = m_items.size();
    if (first < m_items.size())
        Q_EMIT itemsChanged(int(first), count() - 1);
    setProgress(m_finished, count());
    checkFinished();
}

void BulkScopeJob::abandon()
{
    // The answers in flight will not come: a read changed nothing, a write may or may not have.
    stop();
    for (size_t i = 0; i < m_items.size(); ++i) {
        const State state = m_items[i].state;
        if (state != State::Reading && state != State::Writing)
            continue;
        m_session->service()->cancel(std::exchange(m_requests[i], 0));
        --m_inFlight;
        if (state == State::Reading) {
            m_items[i].state = State::Skipped;
        } else {
            ApiError error;
            error.kind = ApiError::Kind::Cancelled;
            error.message = tr("no answer: the connection was changed before the cluster answered");
            m_items[i].state = State::Failed;
            m_items[i].error = error;
        }
        ++m_finished;
        Q_EMIT itemsChanged(int(i), int(i));
    }
    setProgress(m_finished, count());
    finishCancelled();
}

void BulkScopeJob::pump()
{
    const QString inUse = m_session->service()->tokenInUseId();
    while (!m_stopped && m_inFlight < m_concurrency && m_next < m_items.size()) {
        const size_t index = m_next++;
        if (TokenInUse::isTokenInUse(m_items[index].id, inUse)) {
            settle(index, State::InUse);
            continue;
        }
        read(index);
    }
}

void BulkScopeJob::read(size_t index)
{
    m_items[index].state = State::Reading;
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    Q_EMIT itemsChanged(int(index), int(index));
    m_requests[index] =
        m_session->service()->getToken(m_items[index].id, this, [this, index](const ApiResult<TokenMetadata> &r) {
            m_requests[index] = 0;
            --m_inFlight;
            Item &item = m_items[index];
            if (!r.ok()) {
                if (r.error.kind == ApiError::Kind::Http && r.error.httpStatus == 404)
                    settle(index, State::Gone);
                else
                    settle(index, State::Failed, r.error);
                return;
            }
            m_session->adoptDetails(*r.value);
            item.name = r.value->name.value_or(QString());
            item.before = r.value->scopes.value_or(QStringList());
            item.after = applied(item.before, m_change);
            if (m_stopped) {
                settle(index, State::Skipped); // read, but not written: nothing changed
                return;
            }
            const State verdict = BulkScopeJob::verdict(item.before, m_change);
            if (verdict != State::Writing) {
                settle(index, verdict);
                return;
            }
            write(index);
        });
}

void BulkScopeJob::write(size_t index)
{
    Item &item = m_items[index];
    item.state = State::Writing;
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    Q_EMIT itemsChanged(int(index), int(index));
    UpdateTokenRequest request;
    request.scopes = item.after;
    m_requests[index] = m_session->service()->updateToken(item.id, request, this,
                                                          [this, index, request](const ApiResult<NoContent> &r) {
                                                              m_requests[index] = 0;
                                                              --m_inFlight;
                                                              if (!r.ok()) {
                                                                  settle(index, State::Failed, r.error);
                                                                  return;
                                                              }
                                                              m_session->adoptUpdate(m_items[index].id, request);
                                                              settle(index, State::Done);
                                                          });
}

void BulkScopeJob::settle(size_t index, State state, const ApiError &error)
{
    Item &item = m_items[index];
    item.state = state;
    item.error = error;
    ++m_finished;
    Q_EMIT itemsChanged(int(index), int(index));
    setProgress(m_finished, count());
    pump();
    checkFinished();
}

void BulkScopeJob::checkFinished()
{
    if (isFinished() || m_inFlight > 0 || m_next < m_items.size())
        return;
    if (m_stopped) {
        finishCancelled();
        return;
    }
    for (const Item &item : m_items) {
        if (item.state == State::Failed) {
            finishFailed(item.error);
            return;
        }
    }
    finishSucceeded();
}

} // namespace TokenDesk
