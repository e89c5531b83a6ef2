// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokendesk --demo`'s cluster comes from the tokendesk-demo plugin: DemoCluster loads it, the fake
// serves seeded tokens to the real client, and a missing plugin is reported in words instead of a
// crash or a silent empty window. (tst_startup_links checks that the app itself does not link Qt
// HttpServer; tst_a11y runs `tokendesk --demo` end to end.)
#include "api/tokensservice.h"
#include "democluster.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class TestDemoCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsThePluginsClusterWithSeededTokens();
    void saysSoWhenThePluginIsMissing();
};

void TestDemoCluster::startsThePluginsClusterWithSeededTokens()
{
    DemoCluster demo;
    demo.setPluginDirs({QStringLiteral(TOKENDESK_DEMO_PLUGIN_DIR)});
    QSignalSpy started(&demo, &DemoCluster::started);
    QSignalSpy failed(&demo, &DemoCluster::failed);
    demo.start(37);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(started.first().first().toString(), demo.baseUrl());
    QVERIFY(!demo.adminSecret().isEmpty());

    QNetworkAccessManager nam;
    TokensService service(&nam);
    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(demo.baseUrl());
    settings.apiToken = demo.adminSecret();
    service.setConnection(settings);
    std::optional<ApiResult<StubList>> result;
    service.listTokens(ListQuery{}, this, [&result](const ApiResult<StubList> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(result->error.toString()));
    QCOMPARE(result->value->size(), 37);
}

void TestDemoCluster::saysSoWhenThePluginIsMissing()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    DemoCluster demo;
    demo.setPluginDirs({empty.path()});
    QSignalSpy started(&demo, &DemoCluster::started);
    QSignalSpy failed(&demo, &DemoCluster::failed);
    demo.start(5);
    QVERIFY(failed.wait(5000));
    QVERIFY(started.isEmpty());
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(QStringLiteral("tokendesk-demo")), qPrintable(error));
    QVERIFY2(error.contains(empty.path()), qPrintable(error));
}

QTEST_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
