// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The filters of the token list, saved per connection profile in the QSettings group
// "filters/<profile name as hex>". Every choice is saved as a word ("revoked", "usedLast7Days"),
// never as the position of an entry in a combo box, so that reordering or adding entries in the
// window cannot change what a saved value means. Values written by older versions as positions
// are read once and rewritten as words. Never a secret: an owner, scopes, dates and a limit.
#pragma once

#include "api/tokentypes.h"
#include "model/tokenfilter.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace TokenDesk {

// The last-use presets of the filter pane. "Never used" cannot be asked of the API: it is applied
// on the client once details are loaded.
enum class LastUsedPreset : quint8 {
    Any,
    UsedLast7Days,
    UsedLast30Days,
    UnusedFor30Days,
    UnusedFor90Days,
    UnusedFor180Days,
    NeverUsed,
    Custom,
};

// What the filter pane asks of the list endpoint: owner, scopes (a token must have all of them),
// last use, limit.
struct ListFilters
{
    QString owner;
    QStringList scopes;
    LastUsedPreset lastUsed = LastUsedPreset::Any;
    QDateTime customFrom; // used with Custom; invalid = open
    QDateTime customTo;
    int limit = ListQuery::DefaultLimit;

    // The list endpoint's query for these filters; the presets are relative to `nowMs`. "Never
    // used" asks nothing of the server (see neverUsedOnly()).
    ListQuery query(qint64 nowMs) const;
    bool neverUsedOnly() const { return lastUsed == LastUsedPreset::NeverUsed; }

    friend bool operator==(const ListFilters &a, const ListFilters &b)
    {
        return a.owner == b.owner && a.scopes == b.scopes && a.lastUsed == b.lastUsed && a.customFrom == b.customFrom &&
               a.customTo == b.customTo && a.limit == b.limit;
    }
};

struct FilterSettings
{
    using Status = TokenFilterSpec::StatusFilter;

    ListFilters list;
    Status status = Status::All; // the status box above the table, applied on the client

    // Missing or unknown values keep their defaults. Values saved by older versions as positions
    // are read and rewritten as words (the one write a load makes).
    static FilterSettings load(QSettings &settings, const QString &profileName);
    void save(QSettings &settings, const QString &profileName) const;
    // The same, in the settings' current group (a saved view keeps its filters so).
    static FilterSettings read(QSettings &settings);
    void write(QSettings &settings) const;

    // The words saved for each value, and back (nullopt for a word this version does not know).
    static QString key(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString key(LastUsedPreset preset);
    static std::optional<LastUsedPreset> lastUsedFromKey(const QString &key);

    friend bool operator==(const FilterSettings &a, const FilterSettings &b)
    {
        return a.list == b.list && a.status == b.status;
    }
};

} // namespace TokenDesk
