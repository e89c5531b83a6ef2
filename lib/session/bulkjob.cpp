// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkjob.h"

#include "session/clustersession.h"

namespace TokenDesk {

BulkJob::BulkJob(ClusterSession *session, Action action, const QList<Target> &targets, int concurrency)
    : Job(session)
    , m_session(session)
    , m_action(action)
    , m_concurrency(qMax(1, concurrency))
{
    m_items.reserve(size_t(targets.size()));
    for (const Target &t : targets) {
        Item item;
        item.id = t.id;
        item.name = t.name;
        m_items.push_back(std::move(item));
    }
    m_requests.assign(m_items.size(), 0);
}

void BulkJob::start()
{
    setProgress(0, count());
    pump();
    checkFinished(); // no tokens
}

void BulkJob::stop()
{
    m_stopped = true;
    const size_t first = m_next;
    for (size_t i = first; i < m_items.size(); ++i) {
        m_items[i].state = State::Skipped;
        ++m_skipped;
    }
    m_next = m_items.size();
    if (first < m_items.size())
        Q_EMIT itemsChanged(int(first), count() - 1);
    setProgress(finishedCount(), count());
    checkFinished();
}

void BulkJob::abandon()
{
    // The answers of requests in flight will not come: they may or may not have reached the server.
    stop();
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].state != State::Running)
            continue;
        m_session->service()->cancel(std::exchange(m_requests[i], 0));
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.message = tr("no answer: the connection was changed before the cluster answered");
        m_items[i].state = State::Failed;
        m_items[i].error = error;
        ++m_failed;
        --m_inFlight;
        Q_EMIT itemsChanged(int(i), int(i));
    }
    setProgress(finishedCount(), count());
    m_session->flushRemovals();
    finishCancelled();
}

void BulkJob::pump()
{
    TokensService *service = m_session->service();
    while (!m_stopped && m_inFlight < m_concurrency && m_next < m_items.size()) {
        const size_t index = m_next++;
        m_items[index].state = State::Running;
        ++m_inFlight;
        m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
        Q_EMIT itemsChanged(int(index), int(index));
        auto done = [this, index](const ApiResult<NoContent> &r) {
            m_requests[index] = 0;
            complete(int(index), r.ok(), r.error);
        };
        if (m_action == Action::Delete) {
            m_requests[index] = service->deleteToken(m_items[index].id, this, done);
        } else {
            UpdateTokenRequest request;
            request.revoked = m_action == Action::Revoke;
            m_requests[index] = service->updateToken(m_items[index].id, request, this, done);
        }
    }
}

void BulkJob::complete(int index, bool ok, const ApiError &error)
{
    --m_inFlight;
    Item &item = m_items[size_t(index)];
    const bool alreadyGone =
        m_action == Action::Delete && !ok && error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    if (ok || alreadyGone) {
        item.state = State::Done;
        item.alreadyGone = alreadyGone;
        ++m_done;
        m_doneIds.append(item.id);
        if (m_action == Action::Delete) {
            m_session->removeLater(item.id);
        } else {
            UpdateTokenRequest request;
            request.revoked = m_action == Action::Revoke;
            m_session->adoptUpdate(item.id, request);
        }
        Q_EMIT succeeded(item.id);
    } else {
        item.state = State::Failed;
        item.error = error;
        ++m_failed;
        Q_EMIT failed(item.id, error);
    }
    Q_EMIT itemsChanged(index, index);
    setProgress(finishedCount(), count());
    pump();
    checkFinished();
}

void BulkJob::checkFinished()
{
    if (isFinished() || m_inFlight > 0 || m_next < m_items.size())
        return;
    // Every deleted token leaves the table before anyone hears that the job is over.
    m_session->flushRemovals();
    if (m_stopped) {
        finishCancelled();
        return;
    }
    if (m_failed > 0) {
        for (const Item &item : m_items) {
            if (item.state == State::Failed) {
                finishFailed(item.error);
                return;
            }
        }
    }
    finishSucceeded();
}

} // namespace TokenDesk
