// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A connection to one cluster, without widgets: it owns the network access manager, the
// TokensService, the token table model and the DetailsLoader, keeps them in step (details the
// loader delivers go into the model, a token found gone leaves it, a new list reaches both), and
// runs jobs (job.h): list, lookup, create, get, update, delete, bulk revoke/reactivate/delete, bulk
// scope changes, and "make sure these ids have details". Every job that changes a token applies the
// change to the model before its `finished`, and the session says what changed (tokenChanged,
// tokenAdded, tokensRemoved), so a view only listens.
//
// Everything here lives on the thread that made the session (the GUI thread in the app); the
// workers of the service (list decoding), the model's id index and the proxy deliver back to it.
//
// Destruction order is fixed by the members: running jobs are dropped first, then the loader
// (which cancels its requests on the service), the model, the service, and last the network
// access manager that owns the replies.
#pragma once

#include "api/tokensservice.h"
#include "model/detailsloader.h"
#include "model/tokentablemodel.h"
#include "session/bulkjob.h"
#include "session/bulkscopejob.h"
#include "session/ensuredetailsjob.h"
#include "session/rotatejob.h"
#include "session/tokenjobs.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace TokenDesk {

class ClusterSession final : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    TokensService *service() { return &m_service; }
    TokenTableModel *model() { return &m_model; }
    DetailsLoader *loader() { return &m_loader; }
    QNetworkAccessManager *network() { return &m_nam; }

    // Points the session at another cluster (or the same one with other settings): every running
    // job is cancelled and every request dropped first; the table keeps its rows until a list.
    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_service.connection(); }
    bool isConnected() const { return !m_service.connection().baseUrl.isEmpty(); }

    // Loads the list; a list job still running is cancelled first.
    ListJob *list(const ListQuery &query);
    // The list job running, if any.
    ListJob *runningList() const { return m_list && !m_list->isFinished() ? m_list.data() : nullptr; }
    LookupJob *lookup(const QString &secret, LookupJob::Row row = LookupJob::Row::RefreshRow);
    CreateJob *create(const CreateTokenRequest &request);
    // One token's details, afresh.
    GetJob *get(const QString &id);
    UpdateJob *update(const QString &id, const UpdateTokenRequest &request);
    // Deletes one token (a 404 is a failure; see BulkJob for many).
    DeleteJob *deleteToken(const QString &id);
    // One action over many tokens, at most `concurrency` requests at a time.
    BulkJob *bulk(BulkJob::Action action, const QList<BulkJob::Target> &targets, int concurrency = 4);
    // Adds and removes scopes on many tokens, each read afresh and written with its own set changed
    // (see BulkScopeJob).
    BulkScopeJob *bulkScopes(const QStringList &ids, const BulkScopeJob::Change &change, int concurrency = 4);
    // Loads the details of these ids that the table lacks (see EnsureDetailsJob).
    EnsureDetailsJob *ensureDetails(const QStringList &ids, int chunk = EnsureDetailsJob::DefaultChunk);
    // Rotates a token: successor with the same scopes, then the old one revoked (see RotateJob).
    RotateJob *rotate(const RotateJob::Request &request);

    // Jobs not finished yet.
    QList<Job *> runningJobs() const;
    // Cancels every job and the loader's work (closing a window, say).
    void cancelAll();

Q_SIGNALS:
    // A token's row changed on the server's word (an update, a revoke): the model shows it already.
    void tokenChanged(const QString &id);
    // A created token is in the table.
    void tokenAdded(const QString &id);
    // Tokens deleted (by a job, or found gone by the loader) were removed from the table.
    void tokensRemoved(const QStringList &ids);
    // A list job put a new list into the table.
    void listReplaced(int rows);

private:
    friend class ListJob;
    friend class LookupJob;
    friend class CreateJob;
    friend class UpdateJob;
    friend class GetJob;
    friend class DeleteJob;
    friend class BulkJob;
    friend class BulkScopeJob;
    friend class EnsureDetailsJob;
    friend class RotateJob;

    template<class J>
    J *launch(J *job);
    void adoptList(const StubList &list);
    void adoptDetails(const TokenMetadata &metadata);
    void adoptCreated(const QString &id, const QString &name, const std::optional<TokenMetadata> &details);
    void adoptUpdate(const QString &id, const UpdateTokenRequest &request);
    void removeLater(const QString &id);
    void flushRemovals();

    // Order matters: destroyed bottom-up (see the comment at the top).
    QNetworkAccessManager m_nam;
    TokensService m_service{&m_nam};
    TokenTableModel m_model;
    DetailsLoader m_loader{&m_service};
    QPointer<ListJob> m_list;
    QStringList m_pendingRemovals;
    QTimer m_removalTimer;
};

} // namespace TokenDesk
