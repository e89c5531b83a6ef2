// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ensuredetailsjob.h"

#include "model/detailsloader.h"
#include "session/clustersession.h"

namespace TokenDesk {

namespace {
// Ids handed to the loader are topped up when fewer than this many are outstanding, so that the
// loader's queue stays short and rows the view asks for are not stuck behind a whole export.
constexpr int LowWater = 64;
} // namespace

EnsureDetailsJob::EnsureDetailsJob(ClusterSession *session, const QStringList &ids, int chunk)
    : Job(session)
    , m_session(session)
    , m_loader(session->loader())
    , m_chunk(qMax(1, chunk))
{
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString &id : ids) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    }
    m_result.total = int(m_ids.size());
}

void EnsureDetailsJob::start()
{
    m_generation = m_loader->generation();
    m_loaderWasLoadingAll = m_loader->isLoadingAll();
    m_connections = {
        connect(m_loader, &DetailsLoader::detailsLoaded, this, &EnsureDetailsJob::onDetails),
        connect(m_loader, &DetailsLoader::loadFailed, this, [this](const QString &id) { resolve(id, false); }),
        connect(m_loader, &DetailsLoader::tokenGone, this, [this](const QString &id) { resolve(id, false); }),
        connect(m_loader, &DetailsLoader::idle, this, &EnsureDetailsJob::onIdle),
        connect(m_loader, &DetailsLoader::rateLimited, this, &EnsureDetailsJob::rateLimited),
        connect(m_session->model(), &QAbstractItemModel::modelAboutToBeReset, this, &EnsureDetailsJob::listReplaced),
    };
    report();
    feed();
}

void EnsureDetailsJob::stop()
{
    disconnectLoader();
    // Drop the requests this job queued; a load of every token that was running before it is the
    // user's own, and keeps going.
    if (!m_loaderWasLoadingAll)
        m_loader->cancel();
    finishCancelled();
}

void EnsureDetailsJob::abandon()
{
    disconnectLoader();
    finishCancelled();
}

void EnsureDetailsJob::disconnectLoader()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void EnsureDetailsJob::feed()
{
    if (isFinished() || m_feeding)
        return;
    m_feeding = true;
    while (!isFinished() && m_outstanding.size() < LowWater && m_position < m_ids.size()) {
        QStringList ids;
        const qsizetype end = qMin(m_ids.size(), m_position + m_chunk);
        for (; m_position < end; ++m_position) {
            const QString &id = m_ids.at(m_position);
            switch (m_loader->state(id)) {
            case DetailsLoader::State::Failed:
            case DetailsLoader::State::Gone:
                ++m_result.failed;
                break;
            case DetailsLoader::State::Loaded:
                if (hasDetails(id))
                    ++m_result.loaded;
                else
                    m_outstanding.insert(id); // answered, but still in the loader's next batch
                break;
            case DetailsLoader::State::InFlight:
                m_outstanding.insert(id); // arrives with a later batch
                break;
            case DetailsLoader::State::NotRequested:
            case DetailsLoader::State::Queued:
                m_outstanding.insert(id);
                ids.append(id);
                break;
            }
        }
        if (!ids.isEmpty())
            m_loader->prioritize(ids); // may answer at once (requests refused before sending)
    }
    m_feeding = false;
    report();
    checkDone();
}

bool EnsureDetailsJob::hasDetails(const QString &id) const
{
    const TokenTableModel *model = m_session->model();
    const int row = model->rowOfId(id);
    return row >= 0 && model->isLoaded(row);
}

void EnsureDetailsJob::onDetails(const QList<TokenMetadata> &batch)
{
    if (m_loader->generation() != m_generation) {
        listReplaced();
        return;
    }
    for (const TokenMetadata &metadata : batch) {
        if (metadata.id && m_outstanding.remove(*metadata.id))
            ++m_result.loaded;
    }
    report();
    feed();
}

void EnsureDetailsJob::resolve(const QString &id, bool loaded)
{
    if (!m_outstanding.remove(id))
        return;
    ++(loaded ? m_result.loaded : m_result.failed);
    report();
    feed();
}

void EnsureDetailsJob::onIdle()
{
    if (m_loader->generation() != m_generation) {
        listReplaced();
        return;
    }
    // The loader has nothing queued or in flight, so whatever is still outstanding will not come
    // on its own (its queue was cancelled elsewhere, or it was delivered before we asked): settle
    // each by its state now.
    const QSet<QString> outstanding = m_outstanding;
    for (const QString &id : outstanding) {
        const DetailsLoader::State state = m_loader->state(id);
        if (state == DetailsLoader::State::Queued || state == DetailsLoader::State::InFlight)
            continue;
        m_outstanding.remove(id);
        ++(state == DetailsLoader::State::Loaded ? m_result.loaded : m_result.failed);
    }
    report();
    feed();
}

void EnsureDetailsJob::listReplaced()
{
    if (isFinished())
        return;
    disconnectLoader();
    m_result.listReplaced = true;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("the token list was loaded again");
    finishFailed(error);
}

void EnsureDetailsJob::report()
{
    setProgress(m_result.loaded + m_result.failed, m_result.total);
}

void EnsureDetailsJob::checkDone()
{
    if (isFinished() || m_feeding || !m_outstanding.isEmpty() || m_position < m_ids.size())
        return;
    disconnectLoader();
    finishSucceeded();
}

} // namespace TokenDesk
