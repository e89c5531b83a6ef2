// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Value types for every schema of the Cluster API v2 Tokens endpoints
// (api/cluster-v2-tokens.openapi.yaml). Absent is not the same as zero/false/empty: every field the
// spec does not require is a std::optional.
#pragma once

#include "core/timeunits.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

// `EntityShortRepresentation`: one entry of the list (`StubList.values`). Only `id` is required.
struct TokenStub
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> description;

    friend bool operator==(const TokenStub &a, const TokenStub &b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description;
    }
};
using EntityShortRepresentation = TokenStub;

// `TokenMetadata`: nothing is required. All times are UTC epoch milliseconds.
// A never-used token has no lastUse; a never-expiring token has no expires.
// Unknown scopes (the spec promises new enum values) are kept verbatim.
struct TokenMetadata
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> userId;
    std::optional<bool> revoked;
    std::optional<qint64> created;
    std::optional<qint64> expires;
    std::optional<qint64> lastUse;
    std::optional<QStringList> scopes;
    std::optional<bool> personalAccessToken;

    // Derived state at a given time (ms since epoch).
    bool isRevoked() const { return revoked.value_or(false); }
    bool isExpiredAt(qint64 nowMs) const { return expires.has_value() && *expires <= nowMs; }

    friend bool operator==(const TokenMetadata &a, const TokenMetadata &b)
    {
        return a.id == b.id && a.name == b.name && a.userId == b.userId && a.revoked == b.revoked &&
               a.created == b.created && a.expires == b.expires && a.lastUse == b.lastUse && a.scopes == b.scopes &&
               a.personalAccessToken == b.personalAccessToken;
    }
};

// `Duration.unit`; the spec's default when absent is MILLIS.
enum class DurationUnit { Millis, Seconds, Minutes, Hours, Days };

// Milliseconds in one `unit`.
constexpr qint64 millisPer(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Millis:
        return 1;
    case DurationUnit::Seconds:
        return TimeUnits::MsPerSecond;
    case DurationUnit::Minutes:
        return TimeUnits::MsPerMinute;
    case DurationUnit::Hours:
        return TimeUnits::MsPerHour;
    case DurationUnit::Days:
        return TimeUnits::MsPerDay;
    }
    return 1;
}

// `Duration`: `value` is required, `unit` is optional (absent = milliseconds).
struct Duration
{
    qint64 value = 0;
    std::optional<DurationUnit> unit;

    // The period in milliseconds, or nullopt on overflow / negative values.
    std::optional<qint64> toMillis() const;

    friend bool operator==(const Duration &a, const Duration &b) { return a.value == b.value && a.unit == b.unit; }
};

// `CreateToken`: `name` and `scopes` (minItems 1, unique) are required; no expiresIn = never expires.
struct CreateTokenRequest
{
    QString name;
    QStringList scopes;
    std::optional<Duration> expiresIn;

    friend bool operator==(const CreateTokenRequest &a, const CreateTokenRequest &b)
    {
        return a.name == b.name && a.scopes == b.scopes && a.expiresIn == b.expiresIn;
    }
};

// `UpdateToken`: every field optional. Absent = leave unchanged; an empty name or an empty scope
// list is a value that is sent. `scopes` replaces the whole set on the server.
struct UpdateTokenRequest
{
    std::optional<QString> name;
    std::optional<bool> revoked;
    std::optional<QStringList> scopes;

    bool isEmpty() const { return !name && !revoked && !scopes; }

    friend bool operator==(const UpdateTokenRequest &a, const UpdateTokenRequest &b)
    {
        return a.name == b.name && a.revoked == b.revoked && a.scopes == b.scopes;
    }
};

// `Token`: the secret. Returned once by create; sent to lookup. Never logged, never stored.
struct TokenSecret
{
    QString token;
    // The created token's id (TokensService::createToken fills it in: the Location header, else
    // derived from a new-format secret); empty when neither names it.
    QString id = QString(); // initialised, so that TokenSecret{secret} stays free of warnings
};

// Query of `GET /tokens`. Every filter must match (AND).
struct ListQuery
{
    static constexpr int DefaultLimit = 1000;
    static constexpr int MaxLimit = 1000000;

    std::optional<int> limit;     // 1..1,000,000 (the server's default is 1000)
    std::optional<QString> user;  // owner, exact
    QStringList permissions;      // token must have all of them; sent as repeated parameters
    std::optional<qint64> fromMs; // last used after (UTC ms)
    std::optional<qint64> toMs;   // last used before (UTC ms)

    friend bool operator==(const ListQuery &a, const ListQuery &b)
    {
        return a.limit == b.limit && a.user == b.user && a.permissions == b.permissions && a.fromMs == b.fromMs &&
               a.toMs == b.toMs;
    }
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::TokenStub)
Q_DECLARE_METATYPE(TokenDesk::TokenMetadata)
