// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The built-in audit views: what each one selects at a given moment, their one-pass counts, and the
// proxy filtering by a view (with the rows it cannot decide counted, not silently dropped).
#include "audit/auditcounter.h"
#include "audit/auditview.h"
#include "catalog/scopecatalog.h"
#include "core/background.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "tokenfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace TokenDesk;
using namespace TokenDesk::Fixtures;

namespace {

struct Case
{
    QString name;
    QString owner;
    QStringList scopes;
    std::optional<qint64> created;
    std::optional<qint64> expires;
    std::optional<qint64> lastUse;
    bool revoked = false;
    bool personal = false;
};

Case token(const char *name, const char *owner, const char *scope, std::optional<qint64> created,
           std::optional<qint64> expires = std::nullopt, std::optional<qint64> lastUse = std::nullopt,
           bool revoked = false, bool personal = false)
{
    return Case{QLatin1String(name),
                QLatin1String(owner),
                {QLatin1String(scope)},
                created,
                expires,
                lastUse,
                revoked,
                personal};
}

// Each case is one token; the comments say which views it belongs to.
QList<Case> cases()
{
    const qint64 now = fixedNow();
    return {
        // 0: active, used 91 days ago -> unused-90d
        token("stale", "ann", "settings.read", now - 400 * Day, std::nullopt, now - 91 * Day),
        // 1: active, used 89 days ago -> nothing
        token("recent", "ann", "settings.read", now - 400 * Day, std::nullopt, now - 89 * Day),
        // 2: active, never used, created 120 days ago -> unused-90d, never-used
        token("idle-old", "bob", "Nodekeeper", now - 120 * Day),
        // 3: active, never used, created 10 days ago -> never-used
        token("idle-new", "bob", "Nodekeeper", now - 10 * Day),
        // 4: expires in 29 days -> expiring-30d; ClusterTokenManagement -> control-scopes
        token("soon", "cy", "ClusterTokenManagement", now - 5 * Day, now + 29 * Day, now - Day),
        // 5: expires in 31 days -> nothing (activeGateTokenManagement.read -> control-scopes)
        token("later", "cy", "activeGateTokenManagement.read", now - 5 * Day, now + 31 * Day, now - Day),
        // 6: expired 3 days ago, unused for 200 days -> expired (not unused-90d: not active)
        token("gone", "dee", "settings.write", now - 300 * Day, now - 3 * Day, now - 200 * Day),
        // 7: revoked, unused for 200 days -> revoked (not unused-90d)
        token("cut", "dee", "ServiceProviderAPI", now - 300 * Day, std::nullopt, now - 200 * Day, true),
        // 8: personal access token -> personal
        token("mine", "eve", "apiTokens.read", now - 5 * Day, std::nullopt, now - Day, false, true),
        // 9: apiTokens.write -> control-scopes
        token("writer", "eve", "apiTokens.write", now - 5 * Day, std::nullopt, now - Day),
    };
}

QList<TokenMetadata> batch(const QList<Case> &all)
{
    QList<TokenMetadata> result;
    for (int i = 0; i < all.size(); ++i) {
        const Case &c = all[i];
        TokenMetadata md = details(tokenId(i), c.owner, c.scopes, c.created, c.expires, c.lastUse, c.revoked);
        md.name = c.name;
        md.personalAccessToken = c.personal;
        result.append(md);
    }
    return result;
}

QStringList namesOf(const QList<Case> &all, const QList<int> &rows)
{
    QStringList names;
    for (int row : rows)
        names << all[row].name;
    return names;
}

} // namespace

class TestAuditViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveAStableKeyForEveryView()
    {
        QSet<QString> keys;
        for (AuditView view : AuditViews::all()) {
            const QString key = AuditViews::key(view);
            QVERIFY(!key.isEmpty());
            QVERIFY(!AuditViews::title(view).isEmpty());
            QVERIFY(!AuditViews::description(view).isEmpty());
            QCOMPARE(AuditViews::fromKey(key), std::optional<AuditView>(view));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), AuditViews::all().size());
        QCOMPARE(AuditViews::fromKey(QStringLiteral("no-such-view")), std::nullopt);
        QCOMPARE(AuditViews::key(AuditView::Unused90Days), QStringLiteral("unused-90d"));
    }

    // The control-scope view names the scopes it looks for from the catalogue's own rule: every
    // known scope that grants control, and none that does not.
    void controlScopesDescription_shouldNameExactlyTheCataloguesControlScopes()
    {
        const QString description = AuditViews::description(AuditView::ControlScopes);
        const QStringList control = ScopeCatalog::controlScopes();
        QVERIFY(control.contains(ScopeCatalog::clusterTokenManagement()));
        for (const QString &scope : ScopeCatalog::names()) {
            const bool named =
                description.contains(scope + QLatin1Char(',')) || description.contains(scope + QLatin1Char('.'));
            QCOMPARE(named, ScopeCatalog::grantsControl(scope));
            QCOMPARE(control.contains(scope), ScopeCatalog::grantsControl(scope));
        }
    }

    void shouldSelectWhatEachViewSays_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QList<int>>("rows");
        QTest::addRow("unused-90d") << QStringLiteral("unused-90d") << QList<int>{0, 2};
        QTest::addRow("never-used") << QStringLiteral("never-used") << QList<int>{2, 3};
        QTest::addRow("expiring-30d") << QStringLiteral("expiring-30d") << QList<int>{4};
        QTest::addRow("expired") << QStringLiteral("expired") << QList<int>{6};
        QTest::addRow("revoked") << QStringLiteral("revoked") << QList<int>{7};
        QTest::addRow("control-scopes") << QStringLiteral("control-scopes") << QList<int>{4, 5, 7, 9};
        QTest::addRow("personal") << QStringLiteral("personal") << QList<int>{8};
    }

    void shouldSelectWhatEachViewSays()
    {
        QFETCH(QString, view);
        QFETCH(QList<int>, rows);
        const QList<Case> all = cases();
        TokenTableModel model;
        model.setNow(fixedNow());
        model.setList(makeList(int(all.size()) + 2)); // two more rows without details
        QCOMPARE(model.setDetails(batch(all)), int(all.size()));
        const std::optional<AuditView> v = AuditViews::fromKey(view);
        QVERIFY(v);

        // The proxy shows exactly those rows and says the two without details are undecided
        TokenProxyModel proxy;
        proxy.setRefreshDelay(0);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setAuditView(*v);
        QTRY_VERIFY(!proxy.isPending());
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << model.name(proxy.sourceRow(row));
        QCOMPARE(shown, namesOf(all, rows));
        QCOMPARE(proxy.undecided().hidden, 2);

        // And the one-pass counts agree
        const QList<AuditViews::Count> counts = AuditViews::counts(*model.snapshot(), fixedNow());
        const auto index = AuditViews::all().indexOf(*v);
        QCOMPARE(counts[index].matching, int(rows.size()));
        QCOMPARE(counts[index].needsDetails, 2);

        // Without a view, every row is shown again
        proxy.setAuditView(std::nullopt);
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(proxy.undecided().hidden, 0);
    }

    void shouldJudgeAtTheModelsMoment()
    {
        // A token used 89 days ago becomes stale two days later
        const QList<Case> all = cases();
        TokenTableModel model;
        model.setNow(fixedNow());
        model.setList(makeList(int(all.size())));
        model.setDetails(batch(all));
        TokenProxyModel proxy;
        proxy.setRefreshDelay(0);
        proxy.setSourceModel(&model);
        proxy.setAuditView(AuditView::Unused90Days);
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(proxy.rowCount(), 2);

        model.setNow(fixedNow() + 2 * Day);
        proxy.setAuditView(AuditView::Unused90Days); // same view, later moment: judged again
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void counterShouldCountOnAWorkerAndAgainAsDetailsArrive()
    {
        const QList<Case> all = cases();
        TokenTableModel model;
        model.setNow(fixedNow());
        AuditCounter counter(&model);
        counter.setDelay(0);
        QSignalSpy changed(&counter, &AuditCounter::countsChanged);

        // A list without details: every view is undecided for every row
        model.setList(makeList(int(all.size())));
        QTRY_VERIFY(!counter.isPending());
        QTRY_COMPARE(counter.count(AuditView::NeverUsed).needsDetails, int(all.size()));
        QCOMPARE(counter.count(AuditView::NeverUsed).matching, 0);

        // Details arrive: counted again, exactly
        model.setDetails(batch(all));
        QTRY_COMPARE(counter.count(AuditView::NeverUsed).needsDetails, 0);
        QCOMPARE(counter.count(AuditView::NeverUsed).matching, 2);
        QCOMPARE(counter.count(AuditView::ControlScopes).matching, 4);
        QVERIFY(changed.count() >= 2);

        // A token deleted: one fewer
        model.removeIds({tokenId(2)});
        QTRY_COMPARE(counter.count(AuditView::NeverUsed).matching, 1);
    }

    void counterShouldDeliverNothingOnceDestroyed()
    {
        TokenTableModel model;
        model.setNow(fixedNow());
        model.setList(makeList(5000));
        {
            AuditCounter counter(&model);
            counter.setDelay(0);
            QSignalSpy changed(&counter, &AuditCounter::countsChanged);
            QCoreApplication::processEvents(); // the zero delay passes: the count starts on a worker
            QVERIFY(changed.isEmpty());
        } // destroyed while its pass may still run
        Background::pool()->waitForDone();
        QCoreApplication::processEvents(); // a late delivery would touch the dead counter (ASan)
    }

    void proxyShouldShowOnlyTheGivenIdsWithoutCallingOthersUndecided()
    {
        TokenTableModel model;
        model.setNow(fixedNow());
        model.setList(makeList(10)); // no details at all
        TokenProxyModel proxy;
        proxy.setRefreshDelay(0);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setOnlyIds(std::make_shared<const QSet<QString>>(QSet<QString>{tokenId(3), tokenId(7)}));
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(model.id(proxy.sourceRow(0)), tokenId(3));
        QCOMPARE(model.id(proxy.sourceRow(1)), tokenId(7));
        QCOMPARE(proxy.undecided().hidden, 0);
        proxy.setOnlyIds(nullptr);
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(proxy.rowCount(), 10);
    }

    void shouldKnowTheScopesThatGrantControl()
    {
        for (const char *scope : {"ClusterTokenManagement", "EnvironmentTokenManagement", "ServiceProviderAPI",
                                  "ControlManagement", "apiTokens.write", "activeGateTokenManagement.create",
                                  "activeGateTokenManagement.read", "activeGateTokenManagement.write"})
            QVERIFY2(ScopeCatalog::grantsControl(QLatin1String(scope)), scope);
        for (const char *scope : {"settings.read", "settings.write", "apiTokens.read", "Nodekeeper", "DiagnosticExport",
                                  "UnattendedInstall", "ReadSyntheticData", "ExternalSyntheticIntegration", ""})
            QVERIFY2(!ScopeCatalog::grantsControl(QLatin1String(scope)), scope);
    }
};

QTEST_GUILESS_MAIN(TestAuditViews)
#include "tst_auditviews.moc"
