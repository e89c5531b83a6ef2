// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The jobs of one request or two: list, look up, create, get, update, delete. Each is made and started by a
// ClusterSession, which also applies a success to the table model before `finished` is emitted
// (see clustersession.h). Results are typed; the secret of a created token is in CreateJob's
// result only and goes nowhere else.
#pragma once

#include "api/stublist.h"
#include "api/tokensservice.h"
#include "api/tokentypes.h"
#include "session/job.h"

#include <optional>

namespace TokenDesk {

// GET /tokens with a query. On success the session has put the list into the model and the
// details loader (a new generation) before `finished`; on failure the table keeps what it had.
class ListJob final : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        StubList list;
        qint64 elapsedMs = 0; // from the request to the answer
    };

    const ListQuery &query() const { return m_query; }
    // Valid when succeeded().
    const Result &result() const { return m_result; }

private:
    friend class ClusterSession;
    ListJob(ClusterSession *session, const ListQuery &query);
    void start() override;
    void stop() override;

    ClusterSession *m_session;
    ListQuery m_query;
    Result m_result;
    TokensService::RequestId m_request = 0;
};

// GET by secret (POST /tokens/lookup). With RefreshRow, a token in the table gets these fresher
// details before `finished`.
class LookupJob final : public Job
{
    Q_OBJECT
public:
    enum class Row { RefreshRow, LeaveRow };

    // Valid when succeeded().
    const TokenMetadata &result() const { return m_result; }

private:
    friend class ClusterSession;
    LookupJob(ClusterSession *session, const QString &secret, Row row);
    void start() override;
    void stop() override;

    ClusterSession *m_session;
    QString m_secret;
    Row m_row;
    TokenMetadata m_result;
    TokensService::RequestId m_request = 0;
};

// POST /tokens, then the new token's details for the table: by id (the Location header, else
// derived from a new-format secret), by secret only when the server gave no usable id.
// `created` comes as soon as the token exists (its secret can be shown at once); `finished` when
// the row is in the table (with its details when they could be fetched). The outcome is Failed
// only when the token was not created, or when it was created without a usable id and its details
// could not be found; then, as when the details name no id either, no row is added (nothing
// identifies the token for the table) and result().id stays empty.
class CreateJob final : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        QString id;     // empty only for an old-format secret the server gave no id for
        QString secret; // shown once; never logged
        std::optional<TokenMetadata> details;
        std::optional<ApiError> detailsError; // the token exists, but its details could not be loaded
    };

    const CreateTokenRequest &request() const { return m_request; }
    bool isCreated() const { return m_created; }
    const Result &result() const { return m_result; }

Q_SIGNALS:
    // The token exists on the server: result().secret (and id, when known) are set.
    void created();

private:
    friend class ClusterSession;
    CreateJob(ClusterSession *session, const CreateTokenRequest &request);
    void start() override;
    void stop() override;
    void fetchDetails();

    ClusterSession *m_session;
    CreateTokenRequest m_request;
    Result m_result;
    bool m_created = false;
    TokensService::RequestId m_requestId = 0;
};

// GET /tokens/{id}: one token's details, afresh. A token in the table gets them before `finished`.
class GetJob final : public Job
{
    Q_OBJECT
public:
    const QString &id() const { return m_id; }
    // Valid when succeeded().
    const TokenMetadata &result() const { return m_result; }

private:
    friend class ClusterSession;
    GetJob(ClusterSession *session, const QString &id);
    void start() override;
    void stop() override;

    ClusterSession *m_session;
    QString m_id;
    TokenMetadata m_result;
    TokensService::RequestId m_requestId = 0;
};

// DELETE /tokens/{id} of one token. On success its row has left the table before `finished`. Unlike
// a bulk delete, a 404 is a failure here: whoever asked for this one token hears that it was not found.
class DeleteJob final : public Job
{
    Q_OBJECT
public:
    const QString &id() const { return m_id; }

private:
    friend class ClusterSession;
    DeleteJob(ClusterSession *session, const QString &id);
    void start() override;
    void stop() override;

    ClusterSession *m_session;
    QString m_id;
    TokensService::RequestId m_requestId = 0;
};

// PUT /tokens/{id}. On success the session has applied the change to the row before `finished`.
class UpdateJob final : public Job
{
    Q_OBJECT
public:
    const QString &id() const { return m_id; }
    const UpdateTokenRequest &request() const { return m_request; }

private:
    friend class ClusterSession;
    UpdateJob(ClusterSession *session, const QString &id, const UpdateTokenRequest &request);
    void start() override;
    void stop() override;

    ClusterSession *m_session;
    QString m_id;
    UpdateTokenRequest m_request;
    TokensService::RequestId m_requestId = 0;
};

} // namespace TokenDesk
