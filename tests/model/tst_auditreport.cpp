// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit report's numbers over a snapshot: last-use buckets, scopes, top owners, expiries per
// week; rows without details in no bar; each bar's ids; the JSON the CLI prints.
#include "audit/auditreport.h"
#include "export/modelsnapshot.h"
#include "model/tokentablemodel.h"
#include "tokenfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Fixtures;

class TestAuditReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountEveryTokenInItsBars()
    {
        const qint64 now = fixedNow();
        TokenTableModel model;
        model.setNow(now);
        model.setList(makeList(14)); // rows 12 and 13 stay without details
        QList<TokenMetadata> batch;
        auto add = [&](int i, const char *owner, QStringList scopes, std::optional<qint64> lastUse,
                       std::optional<qint64> expires = std::nullopt, bool revoked = false) {
            TokenMetadata md =
                details(tokenId(i), QLatin1String(owner), scopes, now - 400 * Day, expires, lastUse, revoked);
            md.name = tokenName(i);
            batch.append(md);
        };
        const QString read = QStringLiteral("settings.read");
        const QString write = QStringLiteral("settings.write");
        add(0, "ann", {read}, now - 2 * 60 * 60 * 1000);        // today
        add(1, "ann", {read, write}, now - 3 * Day);            // 7 d
        add(2, "ann", {read}, now - 20 * Day, now + 2 * Day);   // 30 d; expires in week 1
        add(3, "bob", {write}, now - 60 * Day, now + 8 * Day);  // 90 d; week 2
        add(4, "bob", {read}, now - 100 * Day, now + 90 * Day); // 180 d; week 13
        add(5, "cy", {read}, now - 200 * Day, now + 92 * Day);  // older; beyond 13 weeks
        add(6, "cy", {}, std::nullopt, now + 2 * Day, true);    // never; revoked: no expiry bar
        add(7, "dee", {read}, std::nullopt, now - Day);         // never; expired already
        for (int i = 8; i < 12; ++i)
            add(i, "", {read}, now - Day); // 7 d, no owner
        QCOMPARE(model.setDetails(batch), 12);

        const auto snapshot = ModelSnapshot::fromModel(model);
        const AuditReport report = AuditReport::compute(*snapshot, now);
        QCOMPARE(report.tokens, 14);
        QCOMPARE(report.withoutDetails, 2);

        QList<int> lastUse;
        for (const AuditReport::Bar &bar : report.lastUse)
            lastUse << bar.count();
        QCOMPARE(lastUse, (QList<int>{1, 5, 1, 1, 1, 1, 2}));
        QCOMPARE(AuditReport::ids(*snapshot, report.lastUse[6]), (QStringList{tokenId(6), tokenId(7)}));

        QCOMPARE(report.scopes.size(), 2);
        QCOMPARE(report.scopes[0].key, read);
        QCOMPARE(report.scopes[0].count(), 10);
        QCOMPARE(report.scopes[1].key, write);
        QCOMPARE(report.scopes[1].count(), 2);

        QCOMPARE(report.owners[0].key, QStringLiteral("(none)"));
        QCOMPARE(report.owners[0].count(), 4);
        QCOMPARE(report.owners[1].key, QStringLiteral("ann"));
        QCOMPARE(report.owners[1].count(), 3);

        QCOMPARE(report.expiries.size(), AuditReport::ExpiryWeeks);
        QCOMPARE(report.expiries[0].count(), 1);
        QCOMPARE(report.expiries[1].count(), 1);
        QCOMPARE(report.expiries[12].count(), 1);
        int expiring = 0;
        for (const AuditReport::Bar &bar : report.expiries)
            expiring += bar.count();
        QCOMPARE(expiring, 3);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("tokens")).toInt(), 14);
        QCOMPARE(json.value(QStringLiteral("withoutDetails")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("lastUse")).toObject().value(QStringLiteral("never")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("scopes")).toObject().value(read).toInt(), 10);
        QCOMPARE(json.value(QStringLiteral("expiries")).toArray().size(), AuditReport::ExpiryWeeks);
    }

    void shouldSumTheOwnersBeyondTheTop()
    {
        const qint64 now = fixedNow();
        TokenTableModel model;
        model.setNow(now);
        const int count = AuditReport::TopOwners + 5;
        model.setList(makeList(count));
        QList<TokenMetadata> batch;
        for (int i = 0; i < count; ++i) {
            TokenMetadata md = details(tokenId(i), QStringLiteral("owner-%1").arg(i, 2, 10, QLatin1Char('0')), {});
            md.name = tokenName(i);
            batch.append(md);
        }
        model.setDetails(batch);
        const auto snapshot = ModelSnapshot::fromModel(model);
        const AuditReport report = AuditReport::compute(*snapshot, now);
        QCOMPARE(report.owners.size(), AuditReport::TopOwners + 1);
        QCOMPARE(report.owners.last().key, QStringLiteral("(other)"));
        QCOMPARE(report.owners.last().count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
