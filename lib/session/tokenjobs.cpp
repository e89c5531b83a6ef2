// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenjobs.h"

#include "session/clustersession.h"

#include <QElapsedTimer>

#include <memory>

namespace TokenDesk {

// --- ListJob ------------------------------------------------------------------------------------

ListJob::ListJob(ClusterSession *session, const ListQuery &query)
    : Job(session)
    , m_session(session)
    , m_query(query)
{}

void ListJob::start()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_request = m_session->service()->listTokens(m_query, this, [this, timer](const ApiResult<StubList> &r) {
        m_request = 0;
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_result.list = *r.value;
        m_result.elapsedMs = timer->elapsed();
        m_session->adoptList(m_result.list);
        finishSucceeded();
    });
}

void ListJob::stop()
{
    if (m_request)
        m_session->service()->cancel(std::exchange(m_request, 0));
    finishCancelled();
}

// --- LookupJob ----------------------------------------------------------------------------------

LookupJob::LookupJob(ClusterSession *session, const QString &secret, Row row)
    : Job(session)
    , m_session(session)
    , m_secret(secret)
    , m_row(row)
{}

void LookupJob::start()
{
    m_request = m_session->service()->lookupToken(m_secret, this, [this](const ApiResult<TokenMetadata> &r) {
        m_request = 0;
        m_secret.clear(); // not kept longer than needed
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_result = *r.value;
        if (m_row == Row::RefreshRow)
            m_session->adoptDetails(m_result);
        finishSucceeded();
    });
}

void LookupJob::stop()
{
    if (m_request)
        m_session->service()->cancel(std::exchange(m_request, 0));
    m_secret.clear();
    finishCancelled();
}

// --- CreateJob ----------------------------------------------------------------------------------

CreateJob::CreateJob(ClusterSession *session, const CreateTokenRequest &request)
    : Job(session)
    , m_session(session)
    , m_request(request)
{}

void CreateJob::start()
{
    m_requestId = m_session->service()->createToken(m_request, this, [this](const ApiResult<TokenSecret> &r) {
        m_requestId = 0;
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_created = true;
        m_result.secret = r.value->token;
        m_result.id = r.value->id; // empty only when neither the server nor the secret names it
        Q_EMIT created();
        if (!isCancelled())
            fetchDetails();
    });
}

void CreateJob::fetchDetails()
{
    // By id (the secret stays with whoever shows it); by secret only when there is no usable id.
    auto withDetails = [this](const ApiResult<TokenMetadata> &r) {
        m_requestId = 0;
        if (r.ok()) {
            m_result.details = *r.value;
            if (m_result.id.isEmpty() && r.value->id)
                m_result.id = *r.value->id;
        } else {
            m_result.detailsError = r.error;
        }
        if (m_result.id.isEmpty()) {
            // Created, but nothing identifies it for the table.
            if (r.ok())
                finishSucceeded();
            else
                finishFailed(r.error);
            return;
        }
        m_session->adoptCreated(m_result.id, m_request.name, m_result.details);
        finishSucceeded();
    };
    if (!m_result.id.isEmpty())
        m_requestId = m_session->service()->getToken(m_result.id, this, withDetails);
    else
        m_requestId = m_session->service()->lookupToken(m_result.secret, this, withDetails);
}

void CreateJob::stop()
{
    if (m_requestId)
        m_session->service()->cancel(std::exchange(m_requestId, 0));
    finishCancelled();
}

// --- GetJob -------------------------------------------------------------------------------------

GetJob::GetJob(ClusterSession *session, const QString &id)
    : Job(session)
    , m_session(session)
    , m_id(id)
{}

void GetJob::start()
{
    m_requestId = m_session->service()->getToken(m_id, this, [this](const ApiResult<TokenMetadata> &r) {
        m_requestId = 0;
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_result = *r.value;
        m_session->adoptDetails(m_result);
        finishSucceeded();
    });
}

void GetJob::stop()
{
    if (m_requestId)
        m_session->service()->cancel(std::exchange(m_requestId, 0));
    finishCancelled();
}

// --- DeleteJob ----------------------------------------------------------------------------------

DeleteJob::DeleteJob(ClusterSession *session, const QString &id)
    : Job(session)
    , m_session(session)
    , m_id(id)
{}

void DeleteJob::start()
{
    m_requestId = m_session->service()->deleteToken(m_id, this, [this](const ApiResult<NoContent> &r) {
        m_requestId = 0;
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_session->removeLater(m_id);
        m_session->flushRemovals();
        finishSucceeded();
    });
}

void DeleteJob::stop()
{
    if (m_requestId)
        m_session->service()->cancel(std::exchange(m_requestId, 0));
    finishCancelled();
}

// --- UpdateJob ----------------------------------------------------------------------------------

UpdateJob::UpdateJob(ClusterSession *session, const QString &id, const UpdateTokenRequest &request)
    : Job(session)
    , m_session(session)
    , m_id(id)
    , m_request(request)
{}

void UpdateJob::start()
{
    m_requestId = m_session->service()->updateToken(m_id, m_request, this, [this](const ApiResult<NoContent> &r) {
        m_requestId = 0;
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_session->adoptUpdate(m_id, m_request);
        finishSucceeded();
    });
}

void UpdateJob::stop()
{
    if (m_requestId)
        m_session->service()->cancel(std::exchange(m_requestId, 0));
    finishCancelled();
}

} // namespace TokenDesk
