// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DetailsLoader against the fake cluster through the real TokensService: visible rows first, the
// concurrency bound (in-flight counted at the server with a latency fault), the per-list cache,
// 429 honoured and retried, late results of an earlier list discarded, loadAll progress and cancel,
// 404 reported as gone, and batched delivery into the model.
#include "../core/testcertificates.h"
#include "core/tsan.h"
#include "fakecluster.h"
#include "model/detailsloader.h"
#include "model/tokentablemodel.h"
#include "session/clustersession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::FakeCluster;
using Fake::Fault;

class TestDetailsLoader : public QObject
{
    Q_OBJECT

private:
    struct Harness
    {
        explicit Harness(int tokens, qint64 fixedTimeMs = 0)
        {
            Fake::SeedOptions seed;
            seed.tokens = tokens;
            seed.seed = 7;
            seed.nowMs = fixedTimeMs;
            started = fake.start(Fake::ServerOptions{}, seed);
            if (fixedTimeMs != 0) {
                fake.setFixedTime(fixedTimeMs);
            }
            ConnectionSettings settings;
            settings.baseUrl = TokensService::normalizeBaseUrl(fake.baseUrl());
            settings.apiToken = fake.adminToken().secret;
            settings.timeoutMs = 10000;
            service.setConnection(settings);
        }

        // The list as the app gets it (GET /tokens).
        StubList fetchList()
        {
            ListQuery query;
            query.limit = ListQuery::MaxLimit;
            std::optional<StubList> list;
            service.listTokens(query, &fake, [&list](const ApiResult<StubList> &result) {
                list = result.ok() ? *result.value : StubList();
            });
            if (!QTest::qWaitFor([&list] { return list.has_value(); }, 10000)) {
                return StubList();
            }
            return *list;
        }

        FakeCluster fake;
        QNetworkAccessManager nam;
        TokensService service{&nam};
        bool started = false;
    };

    static QStringList idsOf(const QSignalSpy &loaded)
    {
        QStringList ids;
        for (const QList<QVariant> &args : loaded) {
            const auto batch = args.at(0).value<QList<TokenMetadata>>();
            for (const TokenMetadata &md : batch) {
                ids.append(md.id.value_or(QString()));
            }
        }
        return ids;
    }

private Q_SLOTS:
    void load_shouldLoadExactlyTheGivenIdsWithProgress()
    {
        Harness h(60);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        const StubList list = h.fetchList();
        QCOMPARE(list.size(), 60);
        DetailsLoader loader(&h.service);
        loader.setList(list);
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);
        QSignalSpy progress(&loader, &DetailsLoader::progress);
        QSignalSpy some(&loader, &DetailsLoader::someLoaded);
        QSignalSpy all(&loader, &DetailsLoader::allLoaded);

        // Given one of them loaded already
        loader.prioritize({list.id(10)});
        QTRY_COMPARE(loader.state(list.id(10)), DetailsLoader::State::Loaded);
        const int before = h.fake.requestCount(Endpoint::Get);

        // When some rows are asked for (say, the ones a filter cannot decide)
        QStringList wanted;
        for (int row = 10; row < 40; row += 3) {
            wanted.append(list.id(row));
        }
        loader.load(wanted);
        QVERIFY(loader.isLoadingSome());
        QVERIFY(!loader.isLoadingAll());
        QCOMPARE(loader.progressTotal(), int(wanted.size()));
        QVERIFY(some.wait(10000));

        // Then exactly those are requested (the loaded one not again), progress reaches the total,
        // and nothing else is loaded
        QCOMPARE(h.fake.requestCount(Endpoint::Get) - before, int(wanted.size()) - 1);
        for (int row = 0; row < 60; ++row) {
            const bool expectLoaded = wanted.contains(list.id(row));
            QCOMPARE(loader.state(list.id(row)) == DetailsLoader::State::Loaded, expectLoaded);
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), int(wanted.size()));
        QCOMPARE(progress.last().at(1).toInt(), int(wanted.size()));
        QVERIFY(!loader.isLoadingSome());
        QCOMPARE(all.count(), 0);
        QCOMPARE(idsOf(loaded).size(), int(wanted.size()));
    }

    void load_shouldStopOnCancel()
    {
        Harness h(40);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        DetailsLoader loader(&h.service);
        loader.setMaxConcurrent(1);
        loader.setList(list);
        QStringList wanted;
        for (int row = 0; row < 40; ++row) {
            wanted.append(list.id(row));
        }
        loader.load(wanted);
        QCOMPARE(loader.inFlightCount(), 1);
        loader.cancel();
        QVERIFY(!loader.isLoadingSome());
        QCOMPARE(loader.queuedCount(), 0);
        QCOMPARE(loader.state(list.id(5)), DetailsLoader::State::NotRequested);
        QTest::qWait(100);
        QVERIFY(h.fake.requestCount(Endpoint::Get) <= 1);
    }

    void prioritize_shouldLoadVisibleRowsBeforeTheRest()
    {
        Harness h(40);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        const StubList list = h.fetchList();
        QCOMPARE(list.size(), 40);
        DetailsLoader loader(&h.service);
        loader.setMaxConcurrent(1); // strictly sequential: completion order = request order
        loader.setBatchSize(1);
        loader.setList(list);
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);
        QSignalSpy done(&loader, &DetailsLoader::allLoaded);

        // When everything is requested and then rows 30..34 become visible
        loader.loadAll();
        QStringList visible;
        for (int row = 30; row < 35; ++row) {
            visible.append(list.id(row));
        }
        loader.prioritize(visible);
        QCOMPARE(loader.inFlightCount(), 1);
        QCOMPARE(loader.queuedCount(), 5);
        QVERIFY(done.wait(20000));
        QCOMPARE(loader.queuedCount(), 0);

        // Then: row 0 (already in flight), the visible rows in order, then the others in list order
        QStringList expected = {list.id(0)};
        expected += visible;
        for (int row = 1; row < 40; ++row) {
            if (row < 30 || row >= 35) {
                expected.append(list.id(row));
            }
        }
        QCOMPARE(idsOf(loaded), expected);
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 40);
    }

    void prioritize_shouldWaitForTheIdIndexOfALargeList()
    {
        Harness h(25000);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        QCOMPARE(list.size(), 25000);
        DetailsLoader loader(&h.service);
        loader.setBatchSize(1);
        loader.setList(list); // hashes the ids on a worker
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);

        // Rows asked for at once are requested when the index is ready, in order
        loader.prioritize({list.id(24000), list.id(3)});
        loader.prioritize({list.id(17)});
        QTRY_COMPARE(loader.loadedCount(), 3);

        QCOMPARE(h.fake.requestCount(Endpoint::Get), 3);
        QCOMPARE(loader.state(list.id(24000)), DetailsLoader::State::Loaded);
        QCOMPARE(loader.state(list.id(17)), DetailsLoader::State::Loaded);
        QCOMPARE(loader.state(list.id(4)), DetailsLoader::State::NotRequested);
    }

    void sharedIdIndex_shouldHashTheIdsOnceForModelAndLoader()
    {
        Harness h(25000);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        QCOMPARE(list.size(), 25000);
        TokenTableModel model;
        DetailsLoader loader(&h.service);
        loader.setBatchSize(1);
        loader.setIdIndex(model.idIndex());
        connect(&loader, &DetailsLoader::detailsLoaded, &model, &TokenTableModel::setDetails);

        // Given the model and the loader fed the same list, the model first
        model.setList(list); // hashes the ids on a worker
        loader.setList(list);
        QCOMPARE(loader.idIndex(), model.idIndex());

        // When the loader is asked for rows before the index is ready, and a token is created meanwhile
        loader.prioritize({list.id(24000), list.id(3)});
        const QString created = QStringLiteral("dt0c01.CREATEDWHILEHASHING000000");
        model.addToken(TokenStub{created, QStringLiteral("new"), std::nullopt});
        QTRY_COMPARE(loader.loadedCount(), 2);

        // Then both find their rows in the one index, built once
        QCOMPARE(model.rowOfId(list.id(24000)), 24000);
        QCOMPARE(model.rowOfId(created), 25000);
        QCOMPARE(loader.state(list.id(24000)), DetailsLoader::State::Loaded);
        QCOMPARE(loader.state(list.id(4)), DetailsLoader::State::NotRequested);
        QVERIFY(model.isLoaded(24000));
        // (the created token is not a row of the loader's list: it is loaded as an extra id)
        QCOMPARE(loader.state(created), DetailsLoader::State::NotRequested);
        QCOMPARE(model.idIndex()->builds(), 1);

        // And a short list is hashed once too, on first use, by whichever needs it first
        StubList small;
        for (int i = 0; i < 50; ++i) {
            small.append(list.at(i));
        }
        model.setList(small);
        loader.setList(small);
        QCOMPARE(loader.idIndex(), model.idIndex());
        QCOMPARE(loader.state(small.id(7)), DetailsLoader::State::NotRequested);
        QCOMPARE(model.rowOfId(small.id(7)), 7);
        QCOMPARE(model.idIndex()->builds(), 2);

        // And a list the model was not given is indexed by the loader itself, still exactly
        StubList other;
        for (int i = 100; i < 130; ++i) {
            other.append(list.at(i));
        }
        QTest::ignoreMessage(QtWarningMsg, "the shared id index does not cover the list: indexing it again");
        loader.setList(other);
        QVERIFY(loader.idIndex() != model.idIndex());
        loader.prioritize({other.id(5)});
        QTRY_COMPARE(loader.loadedCount(), 1);
        QCOMPARE(loader.state(other.id(5)), DetailsLoader::State::Loaded);
        QCOMPARE(model.idIndex()->builds(), 2);
    }

    void clusterSession_shouldShareOneIdIndex()
    {
        ClusterSession session;
        QCOMPARE(session.loader()->idIndex(), session.model()->idIndex());
    }

    void sharedIdIndex_goneBeforeTheLoader_shouldLeaveTheLoaderWorking()
    {
        Harness h(40);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        auto model = std::make_unique<TokenTableModel>();
        DetailsLoader loader(&h.service);
        loader.setIdIndex(model->idIndex());
        model->setList(list);
        loader.setList(list);
        QCOMPARE(loader.idIndex(), model->idIndex());

        // When the model (and its index) goes first
        model.reset();

        // Then the loader indexes the list itself, when it needs to
        QVERIFY(loader.idIndex() != nullptr);
        QVERIFY(!loader.idIndex()->isReady());
        loader.prioritize({list.id(9)});
        QTRY_COMPARE(loader.loadedCount(), 1);
        QCOMPARE(loader.state(list.id(9)), DetailsLoader::State::Loaded);
        QCOMPARE(loader.idIndex()->builds(), 1);
    }

    void concurrency_shouldNeverExceedTheBound_data()
    {
        QTest::addColumn<int>("bound");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("6 (default)") << 6;
    }

    void concurrency_shouldNeverExceedTheBound()
    {
        QFETCH(int, bound);
        Harness h(30);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        DetailsLoader loader(&h.service);
        if (bound != 6) {
            loader.setMaxConcurrent(bound);
        }
        QCOMPARE(loader.maxConcurrent(), bound);
        loader.setList(list);
        // Every GET waits 30 ms at the server, so requests pile up if the client does not hold back
        Fault latency;
        latency.kind = Fault::Kind::Latency;
        latency.latencyMs = 30;
        latency.count = -1;
        h.fake.injectFault(Endpoint::Get, latency);
        int served = 0;
        int maxAtServer = 0;
        int maxAtClient = 0;
        connect(&h.fake, &FakeCluster::requestServed, this, [&](Endpoint endpoint, int) {
            if (endpoint == Endpoint::Get) {
                maxAtServer = std::max(maxAtServer, h.fake.requestCount(Endpoint::Get) - served);
                ++served;
            }
            maxAtClient = std::max(maxAtClient, loader.inFlightCount());
        });
        QSignalSpy done(&loader, &DetailsLoader::allLoaded);

        loader.loadAll();
        maxAtClient = std::max(maxAtClient, loader.inFlightCount());
        QVERIFY(done.wait(30000));

        QCOMPARE(maxAtServer, bound); // reached, never exceeded
        QVERIFY(maxAtClient <= bound);
        QCOMPARE(loader.loadedCount(), 30);
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 30);
    }

    void concurrency_shouldFollowTheProtocol_data()
    {
        QTest::addColumn<bool>("http2");
        QTest::newRow("HTTP/2 over TLS") << true;
        QTest::newRow("HTTP/1.1 over TLS") << false;
    }

    void concurrency_shouldFollowTheProtocol()
    {
        // Given the fake cluster behind nghttpx (TLS; HTTP/2 offered or only HTTP/1.1), as a real
        // cluster behind its proxy
        QFETCH(bool, http2);
        const QString nghttpx = QStandardPaths::findExecutable(
            QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (nghttpx.isEmpty()) {
            QSKIP("nghttpx (Debian package nghttp2-proxy, see scripts/install-deps.sh) is not installed");
        }
        if (TokenDesk::Tsan::enabled) {
            // QProcess starts openssl and nghttpx with clone(CLONE_VM | CLONE_VFORK); ThreadSanitizer
            // (gcc 12) takes every clone for a fork and does its child's bookkeeping in the memory it
            // shares with this process: from then on nothing of this thread is checked, and the next
            // thread started aborts the run. The ci preset runs this case.
            QSKIP("starts processes, which ThreadSanitizer cannot follow (see the comment)");
        }
        Harness h(60);
        QVERIFY(h.started);
        QTemporaryDir dir;
        TestCertificate certificate;
        QVERIFY(makeTestCertificate(dir.path(), QStringLiteral("proxy"), QStringLiteral("/CN=127.0.0.1"),
                                    QStringLiteral("IP:127.0.0.1"), QString(), &certificate));
        quint16 port = 0;
        {
            QTcpServer probe; // a free port for the proxy
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QProcess proxy;
        QStringList args = {QStringLiteral("--conf=/dev/null"),
                            QStringLiteral("-f127.0.0.1,%1").arg(port),
                            QStringLiteral("-b127.0.0.1,%1").arg(QUrl(h.fake.baseUrl()).port()),
                            QStringLiteral("--workers=1"),
                            QStringLiteral("--no-ocsp"),
                            QStringLiteral("--accesslog-file=/dev/null"),
                            QStringLiteral("--errorlog-file=") + dir.filePath(QStringLiteral("error.log"))};
        if (!http2) {
            args << QStringLiteral("--npn-list=http/1.1");
        }
        args << dir.filePath(QStringLiteral("proxy.key")) << certificate.certPath;
        proxy.start(nghttpx, args);
        QVERIFY(proxy.waitForStarted());
        const auto listening = [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(100);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 10000);
        ConnectionSettings settings = h.service.connection();
        settings.baseUrl = TokensService::normalizeBaseUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        settings.caFile = certificate.certPath;
        h.service.setConnection(settings);
        DetailsLoader loader(&h.service);
        QCOMPARE(loader.maxConcurrent(), DetailsLoader::Http1Concurrent); // nothing known yet

        // When the list and then every token's details load (each GET waits 30 ms at the server)
        const StubList list = h.fetchList();
        QCOMPARE(list.size(), 60);
        QCOMPARE(h.service.multiplexes(), http2);
        Fault latency;
        latency.kind = Fault::Kind::Latency;
        latency.latencyMs = 30;
        latency.count = -1;
        h.fake.injectFault(Endpoint::Get, latency);
        loader.setList(list);
        int maxInFlight = 0;
        connect(&loader, &DetailsLoader::detailsLoaded, this,
                [&] { maxInFlight = std::max(maxInFlight, loader.inFlightCount()); });
        QSignalSpy done(&loader, &DetailsLoader::allLoaded);
        loader.loadAll();
        maxInFlight = std::max(maxInFlight, loader.inFlightCount());
        QVERIFY(done.wait(30000));

        // Then over HTTP/2 more requests are in flight at a time than QNAM's six HTTP/1.1 connections
        const int expected = http2 ? DetailsLoader::Http2Concurrent : DetailsLoader::Http1Concurrent;
        QCOMPARE(loader.maxConcurrent(), expected);
        QCOMPARE(maxInFlight, expected);
        QCOMPARE(loader.loadedCount(), 60);
        proxy.terminate();
        proxy.waitForFinished(5000);
    }

    void cache_shouldNotRequestLoadedIdsAgain()
    {
        Harness h(10);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        DetailsLoader loader(&h.service);
        loader.setList(list);
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);

        loader.prioritize({list.id(1), list.id(2)});
        QTRY_COMPARE(loader.loadedCount(), 2);
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 2);
        QCOMPARE(loader.state(list.id(1)), DetailsLoader::State::Loaded);

        // When the same rows (and one more) are asked for again
        loader.prioritize({list.id(1), list.id(2), list.id(3)});
        QTRY_COMPARE(loader.loadedCount(), 3);

        // Then only the new one went to the server
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 3);
        QCOMPARE(idsOf(loaded).count(list.id(1)), 1);

        // And after invalidate() the id is loaded again
        loader.invalidate(list.id(1));
        QCOMPARE(loader.state(list.id(1)), DetailsLoader::State::NotRequested);
        loader.prioritize({list.id(1)});
        QTRY_COMPARE(loader.loadedCount(), 3);
        QTRY_COMPARE(h.fake.requestCount(Endpoint::Get), 4);
    }

    void rateLimit_shouldPauseUntilResetAndRetry()
    {
        // The fake's clock stands 400 ms before a minute boundary, where its rate window resets;
        // the loader reads the same clock, so X-RateLimit-Reset lies 400 ms ahead.
        const qint64 minute = 60000;
        const qint64 fakeNow = (QDateTime::currentMSecsSinceEpoch() / minute + 1) * minute - 400;
        Harness h(10, fakeNow);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        QCOMPARE(list.size(), 10);
        DetailsLoader loader(&h.service);
        QElapsedTimer sinceStart;
        sinceStart.start();
        loader.setClock([fakeNow, sinceStart] { return fakeNow + sinceStart.elapsed(); });
        loader.setMaxConcurrent(1);
        loader.setList(list);
        Fault throttled;
        throttled.kind = Fault::Kind::Status;
        throttled.status = 429;
        throttled.count = 1;
        h.fake.injectFault(Endpoint::Get, throttled);
        QElapsedTimer clock;
        clock.start();
        qint64 throttledAt = -1;
        qint64 nextServedAt = -1;
        connect(&h.fake, &FakeCluster::requestServed, this, [&](Endpoint endpoint, int status) {
            if (endpoint != Endpoint::Get) {
                return;
            }
            if (status == 429) {
                throttledAt = clock.elapsed();
            } else if (throttledAt >= 0 && nextServedAt < 0) {
                nextServedAt = clock.elapsed();
            }
        });
        QSignalSpy paused(&loader, &DetailsLoader::rateLimited);
        QSignalSpy failed(&loader, &DetailsLoader::loadFailed);
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);

        loader.prioritize({list.id(0), list.id(1), list.id(2)});
        QTRY_COMPARE_WITH_TIMEOUT(loader.loadedCount(), 3, 10000);

        // One pause, as long as the reset header says (give or take the request's own time)
        QCOMPARE(paused.count(), 1);
        const qint64 pauseMs = paused.at(0).at(0).toLongLong();
        QVERIFY2(pauseMs > 200 && pauseMs <= 400, qPrintable(QString::number(pauseMs)));
        // Nothing reached the server during the pause, then the same id was retried
        QVERIFY(throttledAt >= 0 && nextServedAt >= 0);
        QVERIFY2(nextServedAt - throttledAt >= pauseMs - 50,
                 qPrintable(QStringLiteral("%1 ms after the 429").arg(nextServedAt - throttledAt)));
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 4);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(idsOf(loaded).count(list.id(0)), 1);
        QCOMPARE(loader.requestsSent(), 4);
    }

    void setList_shouldDiscardLateResultsOfTheEarlierList()
    {
        Harness h(10);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        DetailsLoader loader(&h.service);
        loader.setList(list);
        Fault slow;
        slow.kind = Fault::Kind::Latency;
        slow.latencyMs = 200;
        slow.count = 1;
        h.fake.injectFault(Endpoint::Get, slow);
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);

        // Given a request in flight (answered by the server after 200 ms)
        loader.prioritize({list.id(4)});
        QTRY_COMPARE(h.fake.requestCount(Endpoint::Get), 1);
        const quint64 before = loader.generation();

        // When the list is refreshed before its answer arrives
        loader.setList(list);
        QCOMPARE(loader.generation(), before + 1);
        QCOMPARE(loader.inFlightCount(), 0);
        QCOMPARE(loader.state(list.id(4)), DetailsLoader::State::NotRequested);

        // And another token is loaded, answered after the old request's time has passed
        slow.latencyMs = 300;
        h.fake.injectFault(Endpoint::Get, slow);
        loader.prioritize({list.id(5)});
        QTRY_COMPARE(loader.loadedCount(), 1);

        // Then nothing of the old generation was delivered or cached
        QCOMPARE(idsOf(loaded), QStringList{list.id(5)});
        QCOMPARE(loader.state(list.id(4)), DetailsLoader::State::NotRequested);
        QCOMPARE(loader.state(list.id(5)), DetailsLoader::State::Loaded);

        // And the old id loads anew in the new generation
        loader.prioritize({list.id(4)});
        QTRY_COMPARE(loader.loadedCount(), 2);
        QCOMPARE(idsOf(loaded), (QStringList{list.id(5), list.id(4)}));
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 3);
    }

    void loadAll_shouldReportProgressInBatchesAndFillTheModel()
    {
        Harness h(120);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(list);
        DetailsLoader loader(&h.service);
        loader.setBatchSize(25);
        loader.setBatchInterval(10000); // deliver by size only (and at the end)
        loader.setList(list);
        connect(&loader, &DetailsLoader::detailsLoaded, &model, &TokenTableModel::setDetails);
        QSignalSpy progress(&loader, &DetailsLoader::progress);
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);
        QSignalSpy done(&loader, &DetailsLoader::allLoaded);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        loader.loadAll();
        QVERIFY(done.wait(30000));

        QCOMPARE(done.count(), 1);
        QCOMPARE(loaded.count(), 5); // 120 results in batches of 25
        QCOMPARE(model.loadedCount(), 120);
        QVERIFY(changed.count() <= 5 * 6); // per batch: at most one range per request in flight
        int last = -1;
        for (const QList<QVariant> &args : progress) {
            QVERIFY(args.at(0).toInt() >= last);
            QCOMPARE(args.at(1).toInt(), 120);
            last = args.at(0).toInt();
        }
        QCOMPARE(progress.last().at(0).toInt(), 120);
        QVERIFY(!loader.isLoadingAll());
        QCOMPARE(model.owner(model.rowOfId(h.fake.adminToken().id)), std::optional<QString>(QStringLiteral("admin")));
    }

    void cancel_shouldStopLoadAll()
    {
        Harness h(200);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        DetailsLoader loader(&h.service);
        loader.setMaxConcurrent(2);
        loader.setBatchSize(1);
        loader.setList(list);
        Fault latency;
        latency.kind = Fault::Kind::Latency;
        latency.latencyMs = 20;
        latency.count = -1;
        h.fake.injectFault(Endpoint::Get, latency);
        QSignalSpy done(&loader, &DetailsLoader::allLoaded);

        loader.loadAll();
        QTRY_VERIFY(loader.loadedCount() >= 10);
        loader.cancel();

        QVERIFY(!loader.isLoadingAll());
        QCOMPARE(loader.inFlightCount(), 0);
        QCOMPARE(loader.queuedCount(), 0);
        const int sent = loader.requestsSent();
        const int loadedAtCancel = loader.loadedCount();
        QSignalSpy loaded(&loader, &DetailsLoader::detailsLoaded);

        // Then no further request is made: a probe is the only new request, and nothing else arrives
        loader.prioritize({list.id(199)});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loader.requestsSent(), sent + 1);
        QCOMPARE(loader.loadedCount(), loadedAtCancel + 1);
        QVERIFY(h.fake.requestCount(Endpoint::Get) <= sent + 1); // aborted ones may or may not have arrived
        QCOMPARE(done.count(), 0);
        QVERIFY(loader.loadedCount() < 200);
        QCOMPARE(loader.state(list.id(199)), DetailsLoader::State::Loaded);
    }

    void notFound_shouldBeReportedAsGone()
    {
        Harness h(5);
        QVERIFY(h.started);
        const StubList list = h.fetchList();
        DetailsLoader loader(&h.service);
        loader.setList(list);
        QSignalSpy gone(&loader, &DetailsLoader::tokenGone);
        QSignalSpy failed(&loader, &DetailsLoader::loadFailed);
        Fault serverError;
        serverError.kind = Fault::Kind::Status;
        serverError.status = 500;
        serverError.count = 1;
        h.fake.injectFault(Endpoint::Get, serverError);

        // A token deleted since the list was loaded, and one failing with a server error
        const QString missing = QStringLiteral("dt0c01.ZZZZZZZZZZZZZZZZZZZZZZZZ");
        loader.setMaxConcurrent(1);
        loader.prioritize({list.id(1), missing});
        QTRY_COMPARE(gone.count(), 1);
        QTRY_COMPARE(failed.count(), 1);

        QCOMPARE(gone.at(0).at(0).toString(), missing);
        QCOMPARE(loader.state(missing), DetailsLoader::State::Gone);
        QCOMPARE(failed.at(0).at(0).toString(), list.id(1));
        QCOMPARE(failed.at(0).at(1).value<ApiError>().httpStatus, 500);
        QCOMPARE(loader.failedCount(), 2);
        QCOMPARE(loader.goneCount(), 1);
        // Failed ids are not retried on their own
        loader.prioritize({list.id(1)});
        QCOMPARE(h.fake.requestCount(Endpoint::Get), 2);
    }
};

QTEST_GUILESS_MAIN(TestDetailsLoader)
#include "tst_detailsloader.moc"
