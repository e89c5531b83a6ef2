// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokendesk --demo`'s cluster comes from the tokendesk-demo plugin: DemoCluster loads it, the fake
// serves seeded tokens to the real client, and a missing plugin is reported in words instead of a
// crash or a silent empty window. (tst_startup_links checks that the app itself does not link Qt
// HttpServer; tst_a11y runs `tokendesk --demo` end to end.)
#include "api/tokensservice.h"
#include "democluster.h"
#include "mainwindow.h"
#include "settings/pendingdeletions.h"
#include "settings/secretstore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class TestDemoCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsThePluginsClusterWithSeededTokens();
    void saysSoWhenThePluginIsMissing();
    void startingTheDemoForgetsTheDeletionsAnEarlierDemoScheduled();

private:
    QTemporaryDir m_config;
};

void TestDemoCluster::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_democluster"));
}

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

void TestDemoCluster::startingTheDemoForgetsTheDeletionsAnEarlierDemoScheduled()
{
    // An earlier run's rotation scheduled a deletion on the demo cluster; a real profile has one too.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QSettings settings;
        PendingDeletions(&settings, MainWindow::demoProfile())
            .schedule({QStringLiteral("dt0c01.EARLIERDEMOEARLIERDEMOEA"), now - 1000, now - 2000});
        PendingDeletions(&settings, QStringLiteral("prod"))
            .schedule({QStringLiteral("dt0c01.PRODPRODPRODPRODPRODPR"), now, now});
        QCOMPARE(PendingDeletions(&settings, MainWindow::demoProfile()).all().size(), 1);
    }

    MainWindow::Options options;
    options.demo = true;
    options.demoTokens = 5;
    options.demoPluginDirs = {QStringLiteral(TOKENDESK_DEMO_PLUGIN_DIR)};
    options.keyring = new MemorySecretStore;
    MainWindow window(options);
    QSignalSpy connected(&window, &MainWindow::connected);
    window.start();
    QVERIFY(connected.wait(20000));

    // The demo is seeded afresh: yesterday's ids mean nothing there; the real profile keeps its own.
    QSettings settings;
    QVERIFY(PendingDeletions(&settings, MainWindow::demoProfile()).all().isEmpty());
    QCOMPARE(PendingDeletions(&settings, QStringLiteral("prod")).all().size(), 1);
}

QTEST_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
