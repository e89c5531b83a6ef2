// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fake at 1,000,000 tokens: seeding, listing them all over HTTP, and single lookups stay fast.
// Timings are printed (QINFO) for the report; the bounds are generous (Debug build, shared machine).
#include "fakecluster.h"
#include "fakehttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace TokenDesk::Fake;
using TokenDesk::FakeTest::HttpClient;
using TokenDesk::FakeTest::HttpResult;

class TestFakeScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void millionTokens_seedListAndLookupQuickly();
};

void TestFakeScale::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.fake.info=false"));
}

void TestFakeScale::millionTokens_seedListAndLookupQuickly()
{
    constexpr int kTokens = 1'000'000;
    FakeCluster cluster;
    SeedOptions seed;
    seed.tokens = kTokens;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(cluster.start({}, seed));
    const qint64 seedMs = timer.elapsed();
    QCOMPARE(cluster.tokenCount(), kTokens);

    HttpClient http(cluster.baseUrl(), cluster.adminToken().secret);
    timer.restart();
    const HttpResult all = http.get(QStringLiteral("/tokens?limit=1000000"));
    const qint64 listMs = timer.elapsed();
    QCOMPARE(all.status, 200);
    QCOMPARE(all.body.count("{\"id\":\"dt0c01."), kTokens);
    QVERIFY(all.body.startsWith("{\"values\":[{\"id\":\"") && all.body.endsWith("}]}"));

    // Filters scan the whole store; the last token is found by id at once.
    timer.restart();
    const HttpResult filtered =
        http.get(QStringLiteral("/tokens?limit=1000000&user=alice.meyer&permissions=ServiceProviderAPI&from=0"));
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(filtered.status, 200);
    const QJsonArray values = filtered.json().value(QLatin1String("values")).toArray();
    QVERIFY(values.size() > 1000 && values.size() < kTokens / 2);
    const QString lastId = values.last().toObject().value(QLatin1String("id")).toString();
    timer.restart();
    const HttpResult one = http.get(QStringLiteral("/tokens/") + lastId);
    const qint64 getMs = timer.elapsed();
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("userId")).toString(), QStringLiteral("alice.meyer"));

    qInfo("seed %d tokens: %lld ms; list all (%lld bytes): %lld ms; filtered list (%lld hits): %lld ms; get: %lld ms",
          kTokens, seedMs, static_cast<long long>(all.body.size()), listMs, static_cast<long long>(values.size()),
          filterMs, getMs);
    QVERIFY2(seedMs < 15'000, qPrintable(QString::number(seedMs)));
    QVERIFY2(listMs < 30'000, qPrintable(QString::number(listMs)));
}

QTEST_GUILESS_MAIN(TestFakeScale)
#include "tst_fakescale.moc"
