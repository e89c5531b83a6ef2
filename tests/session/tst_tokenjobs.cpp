// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one-token jobs the CLI runs its single-token commands through, against the fake cluster: a
// get reads afresh and refreshes the row; a delete removes the row before `finished`, and a 404 is
// a failure (unlike a bulk delete's "already gone").
#include "../core/fakesession.h"
#include "fakecluster.h"
#include "session/clustersession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Fake::Endpoint;

namespace {

struct Harness
{
    Harness()
    {
        started = TestSupport::startSeeded(fake, 10, 3);
        session.setConnection(TestSupport::adminConnection(fake));
    }

    bool listAll()
    {
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        QSignalSpy finished(session.list(query), &Job::finished);
        return finished.wait(10000);
    }

    template<class J>
    std::unique_ptr<J> wait(J *job)
    {
        job->setAutoDelete(false);
        QSignalSpy finished(job, &Job::finished);
        if (!finished.wait(10000))
            qWarning("the job did not finish");
        return std::unique_ptr<J>(job);
    }

    Fake::FakeCluster fake;
    ClusterSession session;
    bool started = false;
};

} // namespace

class TestTokenJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void get_readsAfreshAndRefreshesTheRow()
    {
        Harness h;
        QVERIFY(h.started);
        const Fake::SeededToken token =
            h.fake.addToken(QStringLiteral("read me"), QStringLiteral("olga"), {QStringLiteral("settings.read")});
        QVERIFY(h.listAll());
        const int row = h.session.model()->rowOfId(token.id);
        QVERIFY(row >= 0);
        QVERIFY(!h.session.model()->isLoaded(row));
        const int gets = h.fake.requestCount(Endpoint::Get);
        const auto job = h.wait(h.session.get(token.id));
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(h.fake.requestCount(Endpoint::Get) - gets, 1);
        QCOMPARE(job->result().id.value_or(QString()), token.id);
        QCOMPARE(job->result().userId.value_or(QString()), QStringLiteral("olga"));
        QVERIFY(h.session.model()->isLoaded(row));
        QCOMPARE(h.session.model()->owner(row).value_or(QString()), QStringLiteral("olga"));

        // Not in the table (no list): the details still come back
        Harness fresh;
        const auto unlisted = fresh.wait(fresh.session.get(fresh.fake.adminToken().id));
        QCOMPARE(unlisted->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(unlisted->result().id.value_or(QString()), fresh.fake.adminToken().id);
    }

    void get_unknownIdFailsWith404()
    {
        Harness h;
        const auto job = h.wait(h.session.get(QStringLiteral("dt0c01.UNKNOWNUNKNOWNUNKNOWNUNKN")));
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(job->error().httpStatus, 404);
    }

    void delete_removesTheTokenAndItsRowBeforeFinished()
    {
        Harness h;
        const Fake::SeededToken token =
            h.fake.addToken(QStringLiteral("delete me"), QStringLiteral("olga"), {QStringLiteral("settings.read")});
        QVERIFY(h.listAll());
        QSignalSpy removed(&h.session, &ClusterSession::tokensRemoved);
        DeleteJob *job = h.session.deleteToken(token.id);
        bool rowAtFinish = true;
        connect(job, &Job::finished, this, [&] { rowAtFinish = h.session.model()->rowOfId(token.id) >= 0; });
        const auto kept = h.wait(job);
        QCOMPARE(kept->outcome(), Job::Outcome::Succeeded);
        QVERIFY(!h.fake.hasToken(token.id));
        QVERIFY(!rowAtFinish);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{token.id});

        // Deleting it again: not found, said as a failure
        const auto again = h.wait(h.session.deleteToken(token.id));
        QCOMPARE(again->outcome(), Job::Outcome::Failed);
        QCOMPARE(again->error().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestTokenJobs)
#include "tst_tokenjobs.moc"
