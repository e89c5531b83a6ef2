// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test data for the model tests: deterministic token ids/names and metadata.
#pragma once

#include "api/stublist.h"
#include "api/tokentypes.h"

#include <QDateTime>
#include <QString>

namespace TokenDesk::Fixtures {

// "dt0c01." + 24 characters of the documented alphabet, unique per index.
inline QString tokenId(int i)
{
    return QStringLiteral("dt0c01.T%1").arg(i, 23, 10, QLatin1Char('0'));
}

inline QString tokenName(int i)
{
    return QStringLiteral("token-%1").arg(i, 4, 10, QLatin1Char('0'));
}

inline StubList makeList(int count)
{
    StubList list;
    list.reserve(count, qsizetype(count) * 48);
    for (int i = 0; i < count; ++i) {
        list.append(TokenStub{tokenId(i), tokenName(i), std::nullopt});
    }
    return list;
}

inline StubList makeList(const QList<std::pair<QString, QString>> &idsAndNames)
{
    StubList list;
    for (const auto &entry : idsAndNames) {
        list.append(TokenStub{entry.first, entry.second, std::nullopt});
    }
    return list;
}

// 2026-01-31T12:00:00Z
inline qint64 fixedNow()
{
    return QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

constexpr qint64 Day = 24LL * 60 * 60 * 1000;

inline TokenMetadata details(const QString &id, const QString &owner, const QStringList &scopes,
                             std::optional<qint64> created = std::nullopt, std::optional<qint64> expires = std::nullopt,
                             std::optional<qint64> lastUse = std::nullopt, bool revoked = false)
{
    TokenMetadata md;
    md.id = id;
    md.userId = owner;
    md.scopes = scopes;
    md.created = created;
    md.expires = expires;
    md.lastUse = lastUse;
    md.revoked = revoked;
    md.personalAccessToken = false;
    return md;
}

} // namespace TokenDesk::Fixtures
