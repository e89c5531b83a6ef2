// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rotation against the fake cluster: what reached the server (the old token read afresh, a create
// with the same scopes, then the PUT that revokes, and never a DELETE), the typed result, the model,
// and what a failure at each step leaves behind.
#include "../core/fakesession.h"
#include "fakecluster.h"
#include "session/clustersession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::Fault;

namespace {

struct Harness
{
    Harness()
    {
        started = TestSupport::startSeeded(fake, 30, 5);
        session.setConnection(TestSupport::adminConnection(fake));
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        QSignalSpy listed(session.list(query), &Job::finished);
        started = started && listed.wait(10000);
    }

    // An active, non-system token with scopes, other than the admin token.
    QString victim() const
    {
        for (int row = 0; row < session.model()->rowCount(); ++row) {
            const QString id = session.model()->id(row);
            const auto info = fake.tokenInfo(id);
            if (info && !info->revoked && !info->scopes.isEmpty() && id != fake.adminToken().id &&
                info->owner != QStringLiteral("admin") &&
                (!info->expires || *info->expires > QDateTime::currentMSecsSinceEpoch()))
                return id;
        }
        return QString();
    }

    Fake::FakeCluster fake;
    mutable ClusterSession session;
    bool started = false;
};

} // namespace

class TestRotateJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successorName_shouldBeDerivedOnce()
    {
        const QDate day(2026, 12, 2);
        QCOMPARE(RotateJob::successorName(QStringLiteral("ci-pipeline"), day),
                 QStringLiteral("ci-pipeline (rotated 2026-12-02)"));
        QCOMPARE(RotateJob::successorName(QStringLiteral("ci-pipeline (rotated 2026-03-01)"), day),
                 QStringLiteral("ci-pipeline (rotated 2026-12-02)"));
    }

    void shouldCreateTheSuccessorThenRevokeTheOldOneAndNeverDelete()
    {
        Harness h;
        QVERIFY(h.started);
        const QString old = h.victim();
        QVERIFY(!old.isEmpty());
        const Fake::FakeTokenInfo before = *h.fake.tokenInfo(old);
        const int gets = h.fake.requestCount(Endpoint::Get);

        RotateJob::Request request;
        request.oldId = old;
        request.expiresIn = Duration{90, DurationUnit::Days};
        request.deleteAfterDays = 7;
        RotateJob *job = h.session.rotate(request);
        job->setAutoDelete(false);
        std::unique_ptr<RotateJob> keep(job);
        QSignalSpy created(job, &RotateJob::created);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(created.count(), 1);
        QCOMPARE(finished.count(), 1);

        // What reached the server: one fresh read, one create with the same scopes, one revoking PUT
        QCOMPARE(h.fake.requestCount(Endpoint::Get) - gets, 1);
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 1);
        QCOMPARE(h.fake.requestCount(Endpoint::Update), 1);
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        const QJsonObject body = QJsonDocument::fromJson(h.fake.lastRequestBody(Endpoint::Create)).object();
        QStringList scopes;
        for (const QJsonValue &v : body.value(QStringLiteral("scopes")).toArray())
            scopes << v.toString();
        scopes.sort();
        QCOMPARE(scopes, before.scopes);
        QCOMPARE(body.value(QStringLiteral("name")).toString(), job->result().newName);
        QVERIFY(body.contains(QStringLiteral("expiresIn")));
        const QJsonObject put = QJsonDocument::fromJson(h.fake.lastRequestBody(Endpoint::Update)).object();
        QCOMPARE(put, (QJsonObject{{QStringLiteral("revoked"), true}}));

        // The result and the server agree; the model shows both
        const RotateJob::Result &r = job->result();
        QVERIFY(r.created && r.revoked);
        QVERIFY(!r.newSecret.isEmpty());
        QCOMPARE(h.fake.tokenInfo(r.newSecret)->id, r.newId);
        QVERIFY(h.fake.tokenInfo(old)->revoked);
        QVERIFY(!h.fake.tokenInfo(r.newId)->revoked);
        QVERIFY(r.deleteDueMs > QDateTime::currentMSecsSinceEpoch() + 6 * 24 * 3600 * 1000LL);
        QVERIFY(h.session.model()->rowOfId(r.newId) >= 0);
        QCOMPARE(h.session.model()->status(h.session.model()->rowOfId(old)), TokenStatus::Revoked);
        QVERIFY(!job->stateInWords().contains(r.newSecret));
    }

    void aFailedCreateShouldLeaveTheOldTokenAlone()
    {
        Harness h;
        QVERIFY(h.started);
        const QString old = h.victim();
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 400;
        broken.message = QStringLiteral("no");
        h.fake.injectFault(Endpoint::Create, broken);
        RotateJob::Request request;
        request.oldId = old;
        RotateJob *job = h.session.rotate(request);
        job->setAutoDelete(false);
        std::unique_ptr<RotateJob> keep(job);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(job->stage(), RotateJob::Stage::Creating);
        QCOMPARE(h.fake.requestCount(Endpoint::Update), 0);
        QVERIFY(!h.fake.tokenInfo(old)->revoked);
        QVERIFY(job->stateInWords().startsWith(QStringLiteral("Nothing was changed")));
    }

    void aFailedRevokeShouldSayBothTokensAreActive()
    {
        Harness h;
        QVERIFY(h.started);
        const QString old = h.victim();
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 500;
        h.fake.injectFault(Endpoint::Update, broken);
        RotateJob::Request request;
        request.oldId = old;
        RotateJob *job = h.session.rotate(request);
        job->setAutoDelete(false);
        std::unique_ptr<RotateJob> keep(job);
        QSignalSpy created(job, &RotateJob::created);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(created.count(), 1); // the secret was there to show
        QCOMPARE(job->stage(), RotateJob::Stage::Revoking);
        QVERIFY(job->result().created);
        QVERIFY(!job->result().revoked);
        QVERIFY(!h.fake.tokenInfo(old)->revoked);
        QVERIFY(job->stateInWords().contains(QStringLiteral("still active")));
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
    }
};

QTEST_GUILESS_MAIN(TestRotateJob)
#include "tst_rotatejob.moc"
