// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rotatejob.h"

#include "core/timeunits.h"
#include "session/clustersession.h"

#include <QLocale>
#include <QRegularExpression>

namespace TokenDesk {

RotateJob::RotateJob(ClusterSession *session, const Request &request)
    : Job(session)
    , m_session(session)
    , m_request(request)
{
    m_result.oldId = request.oldId;
}

QString RotateJob::successorName(const QString &oldName, const QDate &today)
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(rotated \\d{4}-\\d{2}-\\d{2}\\)$"));
    QString base = oldName;
    base.remove(suffix);
    return QStringLiteral("%1 (rotated %2)").arg(base.trimmed(), today.toString(Qt::ISODate));
}

void RotateJob::start()
{
    // Afresh: the scopes to copy are the server's now, not what the table loaded earlier.
    m_stage = Stage::ReadingOld;
    setProgress(0, 3);
    m_requestId = m_session->service()->getToken(m_request.oldId, this, [this](const ApiResult<TokenMetadata> &r) {
        m_requestId = 0;
        if (!r.ok()) {
            finishFailed(r.error);
            return;
        }
        m_session->adoptDetails(*r.value);
        create(*r.value);
    });
}

void RotateJob::create(const TokenMetadata &old)
{
    m_stage = Stage::Creating;
    setProgress(1, 3);
    m_result.oldName = old.name.value_or(QString());
    m_result.scopes = old.scopes.value_or(QStringList());
    m_result.newName = m_request.newName.trimmed().isEmpty()
                           ? successorName(m_result.oldName, QDateTime::currentDateTimeUtc().date())
                           : m_request.newName.trimmed();
    CreateTokenRequest request;
    request.name = m_result.newName;
    request.scopes = m_result.scopes;
    request.expiresIn = m_request.expiresIn;
    m_requestId = m_session->service()->createToken(request, this, [this](const ApiResult<TokenSecret> &r) {
        m_requestId = 0;
        if (!r.ok()) {
            finishFailed(r.error); // nothing changed: the old token is as it was
            return;
        }
        m_result.created = true;
        m_result.newSecret = r.value->token;
        m_result.newId = r.value->id;
        m_session->adoptCreated(m_result.newId, m_result.newName, std::nullopt);
        Q_EMIT created();
        if (isCancelled()) {
            finishCancelled(); // the successor exists; the old token is untouched
            return;
        }
        revokeOld();
    });
}

void RotateJob::revokeOld()
{
    m_stage = Stage::Revoking;
    setProgress(2, 3);
    UpdateTokenRequest revoke;
    revoke.revoked = true;
    m_requestId =
        m_session->service()->updateToken(m_request.oldId, revoke, this, [this, revoke](const ApiResult<NoContent> &r) {
            m_requestId = 0;
            if (!r.ok()) {
                finishFailed(r.error);
                return;
            }
            m_session->adoptUpdate(m_request.oldId, revoke);
            m_result.revoked = true;
            m_result.deleteDueMs =
                QDateTime::currentMSecsSinceEpoch() + m_request.deleteAfterDays * TimeUnits::MsPerDay;
            m_stage = Stage::Done;
            setProgress(3, 3);
            finishSucceeded();
        });
}

void RotateJob::stop()
{
    // A create in flight is awaited: a successor the server made must not go unreported.
    if (m_stage == Stage::Creating && m_requestId)
        return;
    if (m_requestId)
        m_session->service()->cancel(std::exchange(m_requestId, 0));
    finishCancelled();
}

QString RotateJob::stateInWords() const
{
    if (!m_result.created)
        return tr("Nothing was changed: the old token is as it was, and no successor was created.");
    if (!m_result.revoked)
        return tr("The successor “%1” exists (its secret was shown once); the old token “%2” is still active. "
                  "Revoke it once the successor is in use to finish the rotation.")
            .arg(m_result.newName, m_result.oldName);
    return tr("The successor “%1” exists; the old token “%2” is revoked, and its deletion is due on %3.")
        .arg(m_result.newName, m_result.oldName,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_result.deleteDueMs).date(), QLocale::LongFormat));
}

} // namespace TokenDesk
