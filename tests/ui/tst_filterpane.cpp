// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The filter pane turns its fields into the exact ListQuery of GET /tokens.
#include "filterpane.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>

using namespace TokenDesk;

class TestFilterPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldAskForEverythingByDefault();
    void shouldBuildPresetDates_data();
    void shouldBuildPresetDates();
    void shouldSendCheckedScopesAndOwner();
    void shouldRoundTripState();
    void shouldKeepUnknownScopesSeen();
};

static constexpr qint64 kNow = 1780000000000LL;
static constexpr qint64 kDay = 24LL * 3600 * 1000;

void TestFilterPane::shouldAskForEverythingByDefault()
{
    FilterPane pane;
    const ListQuery q = pane.query(kNow);
    QCOMPARE(q.limit, std::optional<int>(1000));
    QVERIFY(!q.user);
    QVERIFY(q.permissions.isEmpty());
    QVERIFY(!q.fromMs);
    QVERIFY(!q.toMs);
    QVERIFY(!pane.neverUsedOnly());
}

void TestFilterPane::shouldBuildPresetDates_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<bool>("neverUsed");
    QTest::newRow("used 7 d") << int(FilterPane::LastUsedPreset::UsedLast7Days) << kNow - 7 * kDay << qint64(-1)
                              << false;
    QTest::newRow("used 30 d") << int(FilterPane::LastUsedPreset::UsedLast30Days) << kNow - 30 * kDay << qint64(-1)
                               << false;
    QTest::newRow("unused 30 d") << int(FilterPane::LastUsedPreset::UnusedFor30Days) << qint64(-1) << kNow - 30 * kDay
                                 << false;
    QTest::newRow("unused 90 d") << int(FilterPane::LastUsedPreset::UnusedFor90Days) << qint64(-1) << kNow - 90 * kDay
                                 << false;
    QTest::newRow("unused 180 d") << int(FilterPane::LastUsedPreset::UnusedFor180Days) << qint64(-1)
                                  << kNow - 180 * kDay << false;
    QTest::newRow("never used") << int(FilterPane::LastUsedPreset::NeverUsed) << qint64(-1) << qint64(-1) << true;
}

void TestFilterPane::shouldBuildPresetDates()
{
    QFETCH(int, preset);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(bool, neverUsed);
    FilterPane pane;
    auto *combo = pane.findChild<QComboBox *>(QStringLiteral("lastUsedComboBox"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(preset));
    const ListQuery q = pane.query(kNow);
    QCOMPARE(q.fromMs.value_or(-1), from);
    QCOMPARE(q.toMs.value_or(-1), to);
    QCOMPARE(pane.neverUsedOnly(), neverUsed);
}

void TestFilterPane::shouldSendCheckedScopesAndOwner()
{
    FilterPane pane;
    auto *owner = pane.findChild<QLineEdit *>(QStringLiteral("ownerLineEdit"));
    auto *scopes = pane.findChild<QListWidget *>(QStringLiteral("scopesListWidget"));
    auto *limit = pane.findChild<QSpinBox *>(QStringLiteral("limitSpinBox"));
    QVERIFY(owner && scopes && limit);
    QTest::keyClicks(owner, QStringLiteral("  alice  "));
    const auto settingsRead = scopes->findItems(QStringLiteral("settings.read"), Qt::MatchExactly);
    const auto tokenMgmt = scopes->findItems(QStringLiteral("ClusterTokenManagement"), Qt::MatchExactly);
    QCOMPARE(settingsRead.size(), 1);
    QCOMPARE(tokenMgmt.size(), 1);
    settingsRead.first()->setCheckState(Qt::Checked);
    tokenMgmt.first()->setCheckState(Qt::Checked);
    limit->setValue(50);
    const ListQuery q = pane.query(kNow);
    QCOMPARE(q.user, std::optional<QString>(QStringLiteral("alice")));
    QCOMPARE(q.permissions, (QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")}));
    QCOMPARE(q.limit, std::optional<int>(50));
    // The limit cannot leave the API's range.
    limit->setValue(5000000);
    QCOMPARE(pane.query(kNow).limit, std::optional<int>(ListQuery::MaxLimit));
}

void TestFilterPane::shouldRoundTripState()
{
    FilterPane pane;
    FilterPane::State s;
    s.owner = QStringLiteral("bob");
    s.scopes = QStringList{QStringLiteral("Nodekeeper")};
    s.lastUsed = FilterPane::LastUsedPreset::Custom;
    s.customFrom = QDateTime::fromMSecsSinceEpoch(kNow - 10 * kDay);
    s.customTo = QDateTime::fromMSecsSinceEpoch(kNow - 2 * kDay);
    s.limit = 123;
    pane.setState(s);
    const auto back = pane.state();
    QCOMPARE(back.owner, s.owner);
    QCOMPARE(back.scopes, s.scopes);
    QCOMPARE(back.lastUsed, s.lastUsed);
    QCOMPARE(back.limit, 123);
    const ListQuery q = pane.query(kNow);
    // QDateTimeEdit shows minutes: the query keeps the minute the user sees.
    QVERIFY(qAbs(*q.fromMs - (kNow - 10 * kDay)) < 60 * 1000);
    QVERIFY(qAbs(*q.toMs - (kNow - 2 * kDay)) < 60 * 1000);
}

void TestFilterPane::shouldKeepUnknownScopesSeen()
{
    FilterPane pane;
    const int before = int(pane.listedScopes().size());
    QCOMPARE(before, 16);
    pane.addSeenScopes(
        {QStringLiteral("future.scope"), QStringLiteral("settings.read"), QStringLiteral("future.scope")});
    QCOMPARE(pane.listedScopes().size(), before + 1);
    QVERIFY(pane.listedScopes().contains(QStringLiteral("future.scope")));
    FilterPane::State s;
    s.scopes = QStringList{QStringLiteral("future.scope")};
    pane.setState(s);
    QCOMPARE(pane.query(kNow).permissions, QStringList{QStringLiteral("future.scope")});
}

QTEST_MAIN(TestFilterPane)
#include "tst_filterpane.moc"
