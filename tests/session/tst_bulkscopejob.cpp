// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Adding and removing scopes on many tokens against the fake cluster: each token is read afresh and
// written with its own set changed (the PUT replaces the whole set), the token in use and a token
// that would end with no scope are left alone and say why, one failure does not stop the others,
// and the table shows what the server has.
#include "../core/fakesession.h"
#include "fakecluster.h"
#include "session/clustersession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::Fault;

namespace {

struct Harness
{
    Harness()
    {
        started = TestSupport::startSeeded(fake, 5, 11);
        session.setConnection(TestSupport::adminConnection(fake));
    }

    void list()
    {
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        QSignalSpy listed(session.list(query), &Job::finished);
        QVERIFY(listed.wait(10000));
    }

    std::unique_ptr<BulkScopeJob> run(const QStringList &ids, const BulkScopeJob::Change &change, int concurrency = 4)
    {
        BulkScopeJob *job = session.bulkScopes(ids, change, concurrency);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &Job::finished);
        if (!finished.wait(10000))
            qWarning("the job did not finish");
        return std::unique_ptr<BulkScopeJob>(job);
    }

    QStringList scopes(const QString &id) const { return fake.tokenInfo(id)->scopes; }

    Fake::FakeCluster fake;
    ClusterSession session;
    bool started = false;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestBulkScopeJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applied_dropsTheRemovedAndAppendsTheAddedOnce()
    {
        const BulkScopeJob::Change change{{QStringLiteral("c"), QStringLiteral("a")}, {QStringLiteral("b")}};
        QCOMPARE(BulkScopeJob::applied({QStringLiteral("a"), QStringLiteral("b")}, change),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(BulkScopeJob::applied({QStringLiteral("b")}, {{}, {QStringLiteral("b")}}), QStringList());
    }

    void shouldWriteEachTokenWithItsOwnScopesChanged()
    {
        Harness h;
        QVERIFY(h.started);
        // Two tokens with different sets: neither gets the other's scopes
        const QString a =
            h.fake.addToken(QStringLiteral("a"), QStringLiteral("x"), {QStringLiteral("settings.read")}).id;
        const QString b = h.fake
                              .addToken(QStringLiteral("b"), QStringLiteral("x"),
                                        {QStringLiteral("ReadSyntheticData"), QStringLiteral("settings.write")})
                              .id;
        h.list();
        const int gets = h.fake.requestCount(Endpoint::Get);
        const int updates = h.fake.requestCount(Endpoint::Update);

        const auto job = h.run({a, b}, {{QStringLiteral("apiTokens.read")}, {QStringLiteral("settings.write")}});
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->countOf(BulkScopeJob::State::Done), 2);
        // Read afresh, then written: one GET and one PUT each
        QCOMPARE(h.fake.requestCount(Endpoint::Get) - gets, 2);
        QCOMPARE(h.fake.requestCount(Endpoint::Update) - updates, 2);
        QCOMPARE(h.scopes(a), (QStringList{QStringLiteral("apiTokens.read"), QStringLiteral("settings.read")}));
        QCOMPARE(h.scopes(b), (QStringList{QStringLiteral("ReadSyntheticData"), QStringLiteral("apiTokens.read")}));
        // The PUT carries the whole new set and nothing else
        const QJsonObject put = QJsonDocument::fromJson(h.fake.lastRequestBody(Endpoint::Update)).object();
        QCOMPARE(put.keys(), QStringList{QStringLiteral("scopes")});
        // The item says what was and what is; the table shows the server's set
        for (int i = 0; i < job->count(); ++i) {
            const BulkScopeJob::Item &item = job->item(i);
            QCOMPARE(sorted(item.after), h.scopes(item.id));
            const int row = h.session.model()->rowOfId(item.id);
            QVERIFY(row >= 0);
            QCOMPARE(sorted(h.session.model()->scopes(row)), h.scopes(item.id));
        }
    }

    void shouldReadTheScopesAfreshNotFromTheTable()
    {
        Harness h;
        QVERIFY(h.started);
        const QString id =
            h.fake.addToken(QStringLiteral("a"), QStringLiteral("x"), {QStringLiteral("settings.read")}).id;
        h.list();
        QSignalSpy loaded(h.session.ensureDetails({id}), &Job::finished);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(h.session.model()->scopes(h.session.model()->rowOfId(id)),
                 QStringList{QStringLiteral("settings.read")});
        // Changed on the server by someone else after the table loaded it: that scope survives
        ClusterSession elsewhere;
        elsewhere.setConnection(h.session.connection());
        UpdateTokenRequest request;
        request.scopes = QStringList{QStringLiteral("settings.read"), QStringLiteral("apiTokens.read")};
        QSignalSpy changed(elsewhere.update(id, request), &Job::finished);
        QVERIFY(changed.wait(10000));
        const auto job = h.run({id}, {{QStringLiteral("UnattendedInstall")}, {}});
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(h.scopes(id), (QStringList{QStringLiteral("UnattendedInstall"), QStringLiteral("apiTokens.read"),
                                            QStringLiteral("settings.read")}));
    }

    void shouldLeaveAloneTheTokenInUseAnEmptySetAndAnUnchangedOne()
    {
        Harness h;
        QVERIFY(h.started);
        const QString only =
            h.fake.addToken(QStringLiteral("only"), QStringLiteral("x"), {QStringLiteral("settings.write")}).id;
        const QString has = h.fake
                                .addToken(QStringLiteral("has"), QStringLiteral("x"),
                                          {QStringLiteral("apiTokens.read"), QStringLiteral("settings.read")})
                                .id;
        const QString admin = h.fake.adminToken().id;
        const QStringList adminScopes = h.scopes(admin);
        const int updates = h.fake.requestCount(Endpoint::Update);
        const int gets = h.fake.requestCount(Endpoint::Get);

        // Remove settings.write (only's single scope), add apiTokens.read ("has" has it already)
        const auto job =
            h.run({admin, only, has}, {{QStringLiteral("apiTokens.read")}, {QStringLiteral("settings.write")}});
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(job->item(0).state, BulkScopeJob::State::InUse);
        // "only" would keep apiTokens.read: it is written
        QCOMPARE(job->item(1).state, BulkScopeJob::State::Done);
        QCOMPARE(job->item(2).state, BulkScopeJob::State::Unchanged);
        QCOMPARE(h.fake.requestCount(Endpoint::Update) - updates, 1);
        QCOMPARE(h.fake.requestCount(Endpoint::Get) - gets, 2); // never the token in use
        QCOMPARE(h.scopes(admin), adminScopes);

        // Removing the last scope: not written
        const auto empty = h.run({only}, {{}, {QStringLiteral("apiTokens.read")}});
        QCOMPARE(empty->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(empty->item(0).state, BulkScopeJob::State::NoScope);
        QVERIFY(empty->item(0).after.isEmpty());
        QCOMPARE(h.scopes(only), QStringList{QStringLiteral("apiTokens.read")});
        QCOMPARE(h.fake.requestCount(Endpoint::Update) - updates, 1);
    }

    void oneFailureShouldNotStopTheOthers()
    {
        Harness h;
        QVERIFY(h.started);
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << h.fake.addToken(QStringLiteral("t%1").arg(i), QStringLiteral("x"), {QStringLiteral("settings.read")})
                       .id;
        ids << QStringLiteral("dt0c01.GONEGONEGONEGONEGONEGONE");
        Fault fault;
        fault.kind = Fault::Kind::Status;
        fault.status = 500;
        h.fake.injectFault(Endpoint::Update, fault);
        const auto job = h.run(ids, {{QStringLiteral("apiTokens.read")}, {}}, 2);
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QCOMPARE(job->error().httpStatus, 500);
        QCOMPARE(job->countOf(BulkScopeJob::State::Failed), 1);
        QCOMPARE(job->countOf(BulkScopeJob::State::Done), 4);
        QCOMPARE(job->countOf(BulkScopeJob::State::Gone), 1);
        QVERIFY(job->maxInFlight() <= 2);
        QCOMPARE(job->finishedCount(), 6);
    }

    void cancelShouldSendNothingNew()
    {
        Harness h;
        QVERIFY(h.started);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << h.fake.addToken(QStringLiteral("t%1").arg(i), QStringLiteral("x"), {QStringLiteral("settings.read")})
                       .id;
        const int gets = h.fake.requestCount(Endpoint::Get);
        BulkScopeJob *job = h.session.bulkScopes(ids, {{QStringLiteral("apiTokens.read")}, {}}, 2);
        job->setAutoDelete(false);
        std::unique_ptr<BulkScopeJob> keep(job);
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Cancelled);
        // The two reads in flight were answered and not written; the rest never sent
        QCOMPARE(h.fake.requestCount(Endpoint::Get) - gets, 2);
        QCOMPARE(job->countOf(BulkScopeJob::State::Skipped), 6);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(h.scopes(id), QStringList{QStringLiteral("settings.read")});
    }
};

QTEST_GUILESS_MAIN(TestBulkScopeJob)
#include "tst_bulkscopejob.moc"
