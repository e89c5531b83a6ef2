// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ClusterSession and its jobs against the fake cluster through the real TokensService: what reached
// the server, the typed results, what the model shows before `finished`, cancel, and that every
// job's `finished` fires exactly once (and never from inside the call that returned the job).
#include "../core/fakesession.h"
#include "fakecluster.h"
#include "session/clustersession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::FakeCluster;
using Fake::Fault;

namespace {

struct Harness
{
    explicit Harness(int tokens = 50)
    {
        started = TestSupport::startSeeded(fake, tokens, 11);
        session.setConnection(TestSupport::adminConnection(fake));
    }

    // Lists everything and waits for it.
    bool listAll()
    {
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        ListJob *job = session.list(query);
        QSignalSpy finished(job, &Job::finished);
        return finished.wait(10000) && session.model()->rowCount() > 0;
    }

    QStringList idsOfRows(int first, int count) const
    {
        QStringList ids;
        for (int row = first; row < first + count; ++row)
            ids << session.model()->id(row);
        return ids;
    }

    void latency(Endpoint endpoint, int ms, int count = -1)
    {
        Fault slow;
        slow.kind = Fault::Kind::Latency;
        slow.latencyMs = ms;
        slow.count = count;
        fake.injectFault(endpoint, slow);
    }

    FakeCluster fake;
    mutable ClusterSession session;
    bool started = false;
};

// Counts `finished` and checks that it never comes synchronously from the call that made the job.
struct FinishProbe
{
    explicit FinishProbe(Job *job)
        : spy(job, &Job::finished)
    {
        job->setAutoDelete(false);
        keep.reset(job);
    }
    bool wait(int ms = 10000) { return spy.count() > 0 || spy.wait(ms); }
    QSignalSpy spy;
    std::unique_ptr<Job> keep;
};

} // namespace

class TestClusterSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list_putsTheListIntoModelAndLoaderBeforeFinished()
    {
        Harness h(120);
        QVERIFY(h.started);
        const quint64 generation = h.session.loader()->generation();
        QSignalSpy replaced(&h.session, &ClusterSession::listReplaced);
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        auto *job = h.session.list(query);
        QCOMPARE(h.session.runningList(), job);
        int rowsAtFinish = -1;
        connect(job, &Job::finished, this, [&] { rowsAtFinish = h.session.model()->rowCount(); });
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->result().list.size(), 120);
        QCOMPARE(rowsAtFinish, 120);
        QCOMPARE(h.session.loader()->generation(), generation + 1);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(h.fake.requestCount(Endpoint::List), 1);
        QVERIFY(!h.session.runningList());
        QTest::qWait(50);
        QCOMPARE(probe.spy.count(), 1);
    }

    void list_aNewListCancelsTheRunningOne()
    {
        Harness h(30);
        h.latency(Endpoint::List, 300, 1);
        ListQuery query;
        auto *first = h.session.list(query);
        FinishProbe firstProbe(first);
        auto *second = h.session.list(query);
        FinishProbe secondProbe(second);
        QCOMPARE(first->outcome(), Job::Outcome::Cancelled);
        QCOMPARE(firstProbe.spy.count(), 1);
        QVERIFY(secondProbe.wait());
        QCOMPARE(second->outcome(), Job::Outcome::Succeeded);
        QTest::qWait(400); // the first answer arrives late and is dropped
        QCOMPARE(firstProbe.spy.count(), 1);
        QCOMPARE(secondProbe.spy.count(), 1);
        QCOMPARE(h.session.model()->rowCount(), 30);
    }

    void list_failureKeepsTheTable()
    {
        Harness h(20);
        QVERIFY(h.listAll());
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 503;
        h.fake.injectFault(Endpoint::List, broken);
        FinishProbe probe(h.session.list(ListQuery()));
        QVERIFY(probe.wait());
        auto *job = static_cast<ListJob *>(probe.keep.get());
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(job->error().httpStatus, 503);
        QCOMPARE(h.session.model()->rowCount(), 20);
    }

    void create_resultCarriesIdAndSecretAndTheRowIsInTheTable()
    {
        Harness h(10);
        QVERIFY(h.listAll());
        QSignalSpy added(&h.session, &ClusterSession::tokenAdded);
        CreateTokenRequest request;
        request.name = QStringLiteral("ci-deploy");
        request.scopes = {QStringLiteral("ClusterTokenManagement")};
        auto *job = h.session.create(request);
        QSignalSpy created(job, &CreateJob::created);
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(created.count(), 1);
        QVERIFY(job->isCreated());
        const CreateJob::Result &r = job->result();
        QVERIFY(!r.id.isEmpty());
        QVERIFY(!r.secret.isEmpty());
        // The id and the secret belong together on the server.
        const auto info = h.fake.tokenInfo(r.secret);
        QVERIFY(info.has_value());
        QCOMPARE(info->id, r.id);
        QCOMPARE(info->name, request.name);
        QVERIFY(r.details.has_value());
        QVERIFY(!r.detailsError.has_value());
        const int row = h.session.model()->rowOfId(r.id);
        QVERIFY(row >= 0);
        QVERIFY(h.session.model()->isLoaded(row));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toString(), r.id);
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 1);
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 1);
    }

    void create_detailsFailingStillAddsTheRow()
    {
        Harness h(5);
        QVERIFY(h.listAll());
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 500;
        h.fake.injectFault(Endpoint::Get, broken);
        CreateTokenRequest request;
        request.name = QStringLiteral("no-details");
        request.scopes = {QStringLiteral("ClusterTokenManagement")};
        auto *job = h.session.create(request);
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QVERIFY(job->result().detailsError.has_value());
        QCOMPARE(job->result().detailsError->httpStatus, 500);
        const int row = h.session.model()->rowOfId(job->result().id);
        QVERIFY(row >= 0);
        QCOMPARE(h.session.model()->name(row), request.name);
        QVERIFY(!h.session.model()->isLoaded(row));
    }

    void create_refusedBeforeSendingFailsWithoutReachingTheServer()
    {
        Harness h(5);
        CreateTokenRequest request;
        request.name = QStringLiteral("no scopes");
        auto *job = h.session.create(request);
        FinishProbe probe(job);
        QCOMPARE(probe.spy.count(), 0); // never from inside create()
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!job->isCreated());
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 0);
    }

    void update_appliesTheChangeToServerAndRow()
    {
        Harness h(10);
        QVERIFY(h.listAll());
        const QString id = h.session.model()->id(3);
        QSignalSpy changed(&h.session, &ClusterSession::tokenChanged);
        UpdateTokenRequest request;
        request.name = QStringLiteral("renamed");
        auto *job = h.session.update(id, request);
        QString nameAtFinish;
        connect(job, &Job::finished, this,
                [&] { nameAtFinish = h.session.model()->name(h.session.model()->rowOfId(id)); });
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(h.fake.tokenInfo(id)->name, QStringLiteral("renamed"));
        QCOMPARE(nameAtFinish, QStringLiteral("renamed"));
        QCOMPARE(changed.count(), 1);
    }

    void lookup_refreshesTheRow()
    {
        Harness h(10);
        QVERIFY(h.listAll());
        const Fake::SeededToken token = h.fake.addToken(QStringLiteral("looked-up"), QStringLiteral("alice"),
                                                        {QStringLiteral("ClusterTokenManagement")});
        QVERIFY(h.listAll());
        auto *job = h.session.lookup(token.secret);
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->result().id.value_or(QString()), token.id);
        const int row = h.session.model()->rowOfId(token.id);
        QVERIFY(h.session.model()->isLoaded(row));
        QCOMPARE(h.session.model()->owner(row).value_or(QString()), QStringLiteral("alice"));
    }

    void bulk_revokesEveryTokenWithBoundedConcurrency()
    {
        Harness h(30);
        QVERIFY(h.listAll());
        h.latency(Endpoint::Update, 30);
        QList<BulkJob::Target> targets;
        for (int row = 1; row <= 12; ++row)
            targets.append({h.session.model()->id(row), h.session.model()->name(row)});
        QStringList ids;
        for (const BulkJob::Target &t : std::as_const(targets))
            ids << t.id;
        FinishProbe details(h.session.ensureDetails(ids)); // so that the rows show a status
        QVERIFY(details.wait());
        QSignalSpy changed(&h.session, &ClusterSession::tokenChanged);
        auto *job = h.session.bulk(BulkJob::Action::Revoke, targets, 3);
        QCOMPARE(job->action(), BulkJob::Action::Revoke);
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->doneCount(), 12);
        QCOMPARE(job->maxInFlight(), 3);
        QCOMPARE(job->progressDone(), 12);
        QCOMPARE(job->progressTotal(), 12);
        QCOMPARE(changed.count(), 12);
        for (const BulkJob::Target &t : targets) {
            QVERIFY(h.fake.tokenInfo(t.id)->revoked);
            QCOMPARE(h.session.model()->status(h.session.model()->rowOfId(t.id)), TokenStatus::Revoked);
        }
        QCOMPARE(h.fake.requestCount(Endpoint::Update), 12);
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        QTest::qWait(50);
        QCOMPARE(probe.spy.count(), 1);
    }

    void bulk_deleteKeepsGoingAfterAFailureAndEmptiesTheTableFirst()
    {
        Harness h(30);
        QVERIFY(h.listAll());
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 500;
        broken.count = 1;
        h.fake.injectFault(Endpoint::Delete, broken);
        const QStringList ids = h.idsOfRows(1, 6);
        QList<BulkJob::Target> targets;
        for (const QString &id : ids)
            targets.append({id, QString()});
        targets.append({QStringLiteral("dt0c01.GONEGONEGONEGONEGONEGONE"), QString()}); // answered 404
        QSignalSpy removed(&h.session, &ClusterSession::tokensRemoved);
        auto *job = h.session.bulk(BulkJob::Action::Delete, targets, 1);
        int rowsAtFinish = -1;
        connect(job, &Job::finished, this, [&] { rowsAtFinish = h.session.model()->rowCount(); });
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(job->error().httpStatus, 500);
        QCOMPARE(job->failedCount(), 1);
        QCOMPARE(job->doneCount(), 6);
        QCOMPARE(job->item(0).state, BulkJob::State::Failed);
        QCOMPARE(job->item(6).state, BulkJob::State::Done);
        QVERIFY(job->item(6).alreadyGone);
        QVERIFY(h.fake.hasToken(ids.at(0)));
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(!h.fake.hasToken(ids.at(i)));
        QCOMPARE(rowsAtFinish, 30 - 5);
        QStringList removedIds;
        for (const QList<QVariant> &args : std::as_const(removed))
            removedIds += args.at(0).toStringList();
        QCOMPARE(removedIds.size(), 6); // the 404 one too: gone is gone
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 7);
    }

    void bulk_cancelSkipsTheUnsentAndReportsWhatWasSent()
    {
        Harness h(30);
        QVERIFY(h.listAll());
        h.latency(Endpoint::Delete, 200);
        QList<BulkJob::Target> targets;
        for (const QString &id : h.idsOfRows(1, 10))
            targets.append({id, QString()});
        auto *job = h.session.bulk(BulkJob::Action::Delete, targets, 2);
        FinishProbe probe(job);
        QCOMPARE(job->inFlight(), 2);
        job->cancel();
        QCOMPARE(probe.spy.count(), 0); // the two sent are still awaited
        QCOMPARE(job->skippedCount(), 8);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Cancelled);
        QCOMPARE(job->doneCount(), 2);
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 2);
        QCOMPARE(h.session.model()->rowCount(), 28);
        job->cancel(); // finished: nothing happens
        QTest::qWait(50);
        QCOMPARE(probe.spy.count(), 1);
    }

    void bulk_overNoTokensFinishesFromTheEventLoop()
    {
        Harness h(5);
        auto *job = h.session.bulk(BulkJob::Action::Reactivate, {});
        FinishProbe probe(job);
        QVERIFY(job->isFinished());
        QCOMPARE(probe.spy.count(), 0);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(probe.spy.count(), 1);
    }

    void bulk_connectionChangeAbandonsTheRequestsInFlight()
    {
        Harness h(20);
        QVERIFY(h.listAll());
        h.latency(Endpoint::Update, 300);
        QList<BulkJob::Target> targets;
        for (const QString &id : h.idsOfRows(1, 5))
            targets.append({id, QString()});
        auto *job = h.session.bulk(BulkJob::Action::Revoke, targets, 2);
        FinishProbe probe(job);
        h.session.setConnection(h.session.connection());
        QCOMPARE(probe.spy.count(), 1);
        QCOMPARE(job->outcome(), Job::Outcome::Cancelled);
        QCOMPARE(job->failedCount(), 2); // sent, answer unknown
        QCOMPARE(job->item(0).error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(job->skippedCount(), 3);
        QTest::qWait(400);
        QCOMPARE(probe.spy.count(), 1);
    }

    void ensureDetails_loadsExactlyTheMissingIdsInChunks()
    {
        Harness h(300);
        QVERIFY(h.listAll());
        const QStringList ids = h.idsOfRows(100, 150);
        auto *job = h.session.ensureDetails(ids + ids.mid(0, 10), 20); // duplicates count once
        QList<int> done;
        connect(job, &Job::progressChanged, this, [&](int d) { done.append(d); });
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->result().total, 150);
        QCOMPARE(job->result().loaded, 150);
        QCOMPARE(job->result().failed, 0);
        QCOMPARE(job->progressDone(), 150);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        for (const QString &id : ids)
            QVERIFY(h.session.model()->isLoaded(h.session.model()->rowOfId(id)));
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 150);
        // Asked again, nothing more is sent.
        FinishProbe again(h.session.ensureDetails(ids));
        QVERIFY(again.wait());
        QCOMPARE(static_cast<EnsureDetailsJob *>(again.keep.get())->result().loaded, 150);
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 150);
    }

    void ensureDetails_goneAndFailedCountAsFailed()
    {
        Harness h(20);
        QVERIFY(h.listAll());
        const QString gone = QStringLiteral("dt0c01.NOTTHERENOTTHERENOTTHERE");
        auto *job = h.session.ensureDetails({h.session.model()->id(2), gone});
        FinishProbe probe(job);
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->result().loaded, 1);
        QCOMPARE(job->result().failed, 1);
    }

    void ensureDetails_aNewListFailsIt()
    {
        Harness h(200);
        QVERIFY(h.listAll());
        h.latency(Endpoint::Get, 200);
        auto *job = h.session.ensureDetails(h.idsOfRows(0, 100));
        FinishProbe probe(job);
        h.session.list(ListQuery());
        QVERIFY(probe.wait());
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QVERIFY(job->result().listReplaced);
        QTest::qWait(300);
        QCOMPARE(probe.spy.count(), 1);
    }

    void ensureDetails_cancelFinishesAtOnce()
    {
        Harness h(100);
        QVERIFY(h.listAll());
        h.latency(Endpoint::Get, 200);
        auto *job = h.session.ensureDetails(h.idsOfRows(0, 50));
        FinishProbe probe(job);
        job->cancel();
        QCOMPARE(probe.spy.count(), 1);
        QCOMPARE(job->outcome(), Job::Outcome::Cancelled);
        QTest::qWait(300);
        QCOMPARE(probe.spy.count(), 1);
    }

    void jobsDeleteThemselvesUnlessKept()
    {
        Harness h(5);
        QPointer<Job> job = h.session.list(ListQuery());
        QSignalSpy finished(job.data(), &Job::finished);
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(job.isNull());
    }

    void destroyingTheSessionWithRunningJobsIsQuiet()
    {
        auto h = std::make_unique<Harness>(40);
        QVERIFY(h->listAll());
        h->latency(Endpoint::Delete, 200);
        h->latency(Endpoint::Get, 200);
        QList<BulkJob::Target> targets;
        for (const QString &id : h->idsOfRows(0, 10))
            targets.append({id, QString()});
        QPointer<Job> bulk = h->session.bulk(BulkJob::Action::Delete, targets, 2);
        QPointer<Job> ensure = h->session.ensureDetails(h->idsOfRows(10, 20));
        int finishedCount = 0;
        connect(bulk.data(), &Job::finished, this, [&] { ++finishedCount; });
        connect(ensure.data(), &Job::finished, this, [&] { ++finishedCount; });
        h.reset();
        QVERIFY(bulk.isNull());
        QVERIFY(ensure.isNull());
        QTest::qWait(300);
        QCOMPARE(finishedCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestClusterSession)
#include "tst_clustersession.moc"
