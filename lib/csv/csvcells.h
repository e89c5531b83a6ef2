// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Cell values of a token CSV, one rule each:
// - dates: ISO 8601 UTC with milliseconds and `Z` ("2026-01-31T12:00:00.000Z"), the format of
//   Dynatrace's environment API; computed without QDateTime (fast, thread-safe); proleptic
//   Gregorian years 0000-9999, an instant outside that range gives an empty cell;
// - absent values (never used, never expires, details not loaded) are empty cells, never 0;
// - scopes joined by a single space (scope names never contain spaces);
// - booleans `true` / `false`.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

class CsvCells final
{
public:
    CsvCells() = delete;

    static QString isoUtc(std::optional<qint64> epochMs);
    static void appendIsoUtc(QString &out, qint64 epochMs);
    static QString scopes(const std::optional<QStringList> &scopes);
    static QString boolean(std::optional<bool> value);
    static QString text(const std::optional<QString> &value) { return value.value_or(QString()); }
};

} // namespace TokenDesk
