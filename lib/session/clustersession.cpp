// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clustersession.h"

#include <QNetworkRequest>
#include <QSignalBlocker>

namespace TokenDesk {

namespace {
// Deletions reported within this time reach the model as one removal (one view update).
constexpr int RemovalBatchMs = 100;
} // namespace

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
    // A redirect is never followed on its own: the service decides (and refuses other hosts).
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_removalTimer.setSingleShot(true);
    m_removalTimer.setInterval(RemovalBatchMs);
    connect(&m_removalTimer, &QTimer::timeout, this, &ClusterSession::flushRemovals);

    // The loader looks ids up in the model's index: the ids of a list are hashed once.
    m_loader.setIdIndex(m_model.idIndex());
    // The loader's results go into the model here, before anyone else hears of them (a job that
    // waits for details counts an id only once the model has it).
    connect(&m_loader, &DetailsLoader::detailsLoaded, &m_model, &TokenTableModel::setDetails);
    connect(&m_loader, &DetailsLoader::tokenGone, this, [this](const QString &id) {
        // Deleted elsewhere since the list was loaded.
        if (m_model.removeIds({id}) > 0)
            Q_EMIT tokensRemoved({id});
    });
}

ClusterSession::~ClusterSession()
{
    // Jobs are children, which QObject would delete only after the members they use: drop them
    // now, without letting them send anything more. Stopping a job cancels the details loader,
    // whose signals would reach a window that is being destroyed around this session: silenced too.
    const QSignalBlocker quietLoader(&m_loader);
    const QList<Job *> jobs = findChildren<Job *>(QString(), Qt::FindDirectChildrenOnly);
    for (Job *job : jobs) {
        job->disconnect();
        if (!job->isFinished())
            job->stop();
        delete job;
    }
    m_removalTimer.stop();
    m_pendingRemovals.clear();
}

template<class J>
J *ClusterSession::launch(J *job)
{
    job->run();
    return job;
}

void ClusterSession::setConnection(const ConnectionSettings &settings)
{
    for (Job *job : runningJobs())
        job->abandon();
    m_service.cancelAll();
    m_service.setConnection(settings);
}

ListJob *ClusterSession::list(const ListQuery &query)
{
    if (m_list)
        m_list->cancel();
    auto *job = new ListJob(this, query);
    m_list = job;
    return launch(job);
}

LookupJob *ClusterSession::lookup(const QString &secret, LookupJob::Row row)
{
    return launch(new LookupJob(this, secret, row));
}

CreateJob *ClusterSession::create(const CreateTokenRequest &request)
{
    return launch(new CreateJob(this, request));
}

GetJob *ClusterSession::get(const QString &id)
{
    return launch(new GetJob(this, id));
}

DeleteJob *ClusterSession::deleteToken(const QString &id)
{
    return launch(new DeleteJob(this, id));
}

UpdateJob *ClusterSession::update(const QString &id, const UpdateTokenRequest &request)
{
    return launch(new UpdateJob(this, id, request));
}

BulkJob *ClusterSession::bulk(BulkJob::Action action, const QList<BulkJob::Target> &targets, int concurrency)
{
    return launch(new BulkJob(this, action, targets, concurrency));
}

BulkScopeJob *ClusterSession::bulkScopes(const QStringList &ids, const BulkScopeJob::Change &change, int concurrency)
{
    return launch(new BulkScopeJob(this, ids, change, concurrency));
}

EnsureDetailsJob *ClusterSession::ensureDetails(const QStringList &ids, int chunk)
{
    return launch(new EnsureDetailsJob(this, ids, chunk));
}

RotateJob *ClusterSession::rotate(const RotateJob::Request &request)
{
    return launch(new RotateJob(this, request));
}

QList<Job *> ClusterSession::runningJobs() const
{
    QList<Job *> running;
    const QList<Job *> jobs = findChildren<Job *>(QString(), Qt::FindDirectChildrenOnly);
    for (Job *job : jobs) {
        if (!job->isFinished())
            running.append(job);
    }
    return running;
}

void ClusterSession::cancelAll()
{
    for (Job *job : runningJobs())
        job->cancel();
    m_loader.cancel();
}

void ClusterSession::adoptList(const StubList &list)
{
    m_removalTimer.stop();
    m_pendingRemovals.clear(); // the new list is the server's word
    m_model.setList(list);
    m_loader.setList(list);
    Q_EMIT listReplaced(m_model.rowCount());
}

void ClusterSession::adoptDetails(const TokenMetadata &metadata)
{
    if (metadata.id && m_model.rowOfId(*metadata.id) >= 0)
        m_model.setDetails({metadata}); // fresher than what the table had
}

void ClusterSession::adoptCreated(const QString &id, const QString &name, const std::optional<TokenMetadata> &details)
{
    if (details) {
        m_model.addToken(*details);
    } else {
        TokenStub stub;
        stub.id = id;
        stub.name = name;
        m_model.addToken(stub);
    }
    Q_EMIT tokenAdded(id);
}

void ClusterSession::adoptUpdate(const QString &id, const UpdateTokenRequest &request)
{
    m_model.applyUpdate(id, request);
    Q_EMIT tokenChanged(id);
}

void ClusterSession::removeLater(const QString &id)
{
    m_pendingRemovals << id;
    if (!m_removalTimer.isActive())
        m_removalTimer.start();
}

void ClusterSession::flushRemovals()
{
    m_removalTimer.stop();
    if (m_pendingRemovals.isEmpty())
        return;
    const QStringList ids = std::exchange(m_pendingRemovals, {});
    m_model.removeIds(ids);
    Q_EMIT tokensRemoved(ids);
}

} // namespace TokenDesk
