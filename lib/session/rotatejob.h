// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rotating a token the way Dynatrace advises: read the old token afresh, create its successor with
// the same scopes, then revoke (not delete) the old one; its deletion is due some days later (the
// caller keeps that schedule, see PendingDeletions). Nothing is revoked before the successor exists,
// and the job says exactly how far it got: a failure after the create leaves both tokens as the
// result describes, and the rotation can be finished later by revoking the old token.
#pragma once

#include "api/tokentypes.h"
#include "session/job.h"
#include "settings/pendingdeletions.h"

#include <QDateTime>

namespace TokenDesk {

class RotateJob final : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QString oldId;
        QString newName; // empty: derived from the old name (successorName())
        std::optional<Duration> expiresIn;
        int deleteAfterDays = PendingDeletions::DefaultGraceDays;
    };
    enum class Stage { ReadingOld, Creating, Revoking, Done };
    Q_ENUM(Stage)
    struct Result
    {
        QString oldId;
        QString oldName;
        QStringList scopes;
        QString newId;
        QString newName;
        QString newSecret; // shown once; never logged
        bool created = false;
        bool revoked = false;
        qint64 deleteDueMs = 0; // when the old token's deletion is due (set once it is revoked)
    };

    // "ci-pipeline" -> "ci-pipeline (rotated 2026-12-02)"; an earlier "(rotated …)" suffix is replaced.
    static QString successorName(const QString &oldName, const QDate &today);

    const Request &request() const { return m_request; }
    Stage stage() const { return m_stage; }
    const Result &result() const { return m_result; }
    // What state each token is in, in words (for a failure, or the end).
    QString stateInWords() const;

Q_SIGNALS:
    // The successor exists: result().newSecret is set (show it now, whatever happens next).
    void created();

private:
    friend class ClusterSession;
    RotateJob(ClusterSession *session, const Request &request);
    void start() override;
    void stop() override;
    void create(const TokenMetadata &old);
    void revokeOld();

    ClusterSession *m_session;
    Request m_request;
    Result m_result;
    Stage m_stage = Stage::ReadingOld;
    quint64 m_requestId = 0;
};

} // namespace TokenDesk
