// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditreport.h"

#include "core/timeunits.h"
#include "export/modelsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace TokenDesk {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Most first; ties by key, so that the order does not depend on the list's.
void sortByCount(QList<AuditReport::Bar> &bars)
{
    std::sort(bars.begin(), bars.end(), [](const AuditReport::Bar &a, const AuditReport::Bar &b) {
        return a.count() != b.count() ? a.count() > b.count() : a.key < b.key;
    });
}

} // namespace

AuditReport AuditReport::compute(const ModelSnapshot &snapshot, qint64 nowMs)
{
    AuditReport report;
    report.nowMs = nowMs;
    report.tokens = snapshot.rowCount();

    // Last use: [0] today (the last 24 hours), [1] within 7 days, ... [5] longer ago, [6] never.
    const qint64 limits[] = {TimeUnits::MsPerDay, 7 * TimeUnits::MsPerDay, 30 * TimeUnits::MsPerDay,
                             90 * TimeUnits::MsPerDay, 180 * TimeUnits::MsPerDay};
    report.lastUse = {
        // Short: they label the bars of a chart ("within 7 days" is the chart's axis title's job).
        {QStringLiteral("today"), tr("today"), {}},
        {QStringLiteral("7d"), tr("%n d", nullptr, 7), {}},
        {QStringLiteral("30d"), tr("%n d", nullptr, 30), {}},
        {QStringLiteral("90d"), tr("%n d", nullptr, 90), {}},
        {QStringLiteral("180d"), tr("%n d", nullptr, 180), {}},
        {QStringLiteral("older"), tr("older"), {}},
        {QStringLiteral("never"), tr("never"), {}},
    };
    report.expiries.reserve(ExpiryWeeks);
    for (int week = 0; week < ExpiryWeeks; ++week) {
        report.expiries.append({QStringLiteral("week%1").arg(week + 1), QString::number(week + 1), {}});
    }

    QHash<QString, int> scopeIndex;
    QHash<QString, int> ownerIndex;
    QList<Bar> scopes;
    QList<Bar> owners;
    TokenMetadata md;
    for (int row = 0; row < report.tokens; ++row) {
        if (!snapshot.isLoaded(row)) {
            ++report.withoutDetails;
            continue;
        }
        snapshot.token(row, md);
        if (!md.lastUse) {
            report.lastUse[6].rows.push_back(row);
        } else {
            const qint64 age = nowMs - *md.lastUse;
            int bucket = 5;
            for (int i = 0; i < 5; ++i) {
                if (age < limits[i]) {
                    bucket = i;
                    break;
                }
            }
            report.lastUse[bucket].rows.push_back(row);
        }
        for (const QString &scope : md.scopes.value_or(QStringList())) {
            auto it = scopeIndex.find(scope);
            if (it == scopeIndex.end()) {
                it = scopeIndex.insert(scope, int(scopes.size()));
                scopes.append({scope, scope, {}});
            }
            scopes[*it].rows.push_back(row);
        }
        const QString owner = md.userId.value_or(QString());
        auto ownerIt = ownerIndex.find(owner);
        if (ownerIt == ownerIndex.end()) {
            ownerIt = ownerIndex.insert(owner, int(owners.size()));
            owners.append(
                {owner.isEmpty() ? QStringLiteral("(none)") : owner, owner.isEmpty() ? tr("(no owner)") : owner, {}});
        }
        owners[*ownerIt].rows.push_back(row);
        if (md.expires && !md.isRevoked() && *md.expires > nowMs) {
            const qint64 week = (*md.expires - nowMs) / (7 * TimeUnits::MsPerDay);
            if (week < ExpiryWeeks)
                report.expiries[int(week)].rows.push_back(row);
        }
    }
    sortByCount(scopes);
    report.scopes = scopes;
    sortByCount(owners);
    if (owners.size() > TopOwners) {
        Bar others{QStringLiteral("(other)"), tr("Other owners"), {}};
        for (qsizetype i = TopOwners; i < owners.size(); ++i)
            others.rows.insert(others.rows.end(), owners[i].rows.begin(), owners[i].rows.end());
        std::sort(others.rows.begin(), others.rows.end());
        owners.resize(TopOwners);
        owners.append(std::move(others));
    }
    report.owners = owners;
    return report;
}

QStringList AuditReport::ids(const ModelSnapshot &snapshot, const Bar &bar)
{
    QStringList result;
    result.reserve(bar.count());
    for (int row : bar.rows)
        result.append(snapshot.id(row));
    return result;
}

QJsonObject AuditReport::toJson() const
{
    auto counts = [](const QList<Bar> &bars) {
        QJsonObject object;
        for (const Bar &bar : bars)
            object.insert(bar.key, bar.count());
        return object;
    };
    QJsonArray weeks;
    for (int week = 0; week < expiries.size(); ++week) {
        const qint64 from = nowMs + week * 7 * TimeUnits::MsPerDay;
        weeks.append(QJsonObject{{QStringLiteral("week"), week + 1},
                                 {QStringLiteral("from"), iso(from)},
                                 {QStringLiteral("to"), iso(from + 7 * TimeUnits::MsPerDay)},
                                 {QStringLiteral("tokens"), expiries[week].count()}});
    }
    return QJsonObject{{QStringLiteral("generated"), iso(nowMs)},
                       {QStringLiteral("tokens"), tokens},
                       {QStringLiteral("withoutDetails"), withoutDetails},
                       {QStringLiteral("lastUse"), counts(lastUse)},
                       {QStringLiteral("scopes"), counts(scopes)},
                       {QStringLiteral("owners"), counts(owners)},
                       {QStringLiteral("expiries"), weeks}};
}

} // namespace TokenDesk
