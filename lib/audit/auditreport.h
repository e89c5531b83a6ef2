// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The numbers of the audit report: for a set of tokens (the rows a view shows), how many were last
// used today, within 7 / 30 / 90 / 180 days, earlier or never; how many carry each scope; the owners
// with the most tokens; and how many expire in each of the next 13 weeks. Each bar remembers its
// tokens, so that a click on it can show exactly them in the table. Computed in one pass over a
// snapshot, on any thread; the same numbers feed the report window and `tokendesk-cli report --json`.
#pragma once

#include "model/tokenstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace TokenDesk {

class ModelSnapshot;

struct AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::AuditReport)
public:
    struct Bar
    {
        QString key;           // stable, for JSON ("7d", "settings.read", "alice", "2026-W49")
        QString label;         // for people, in their language
        std::vector<int> rows; // snapshot rows (ModelSnapshot row numbers) of the tokens counted
        int count() const { return int(rows.size()); }
    };

    // How many top owners are named; the rest are summed as "other owners".
    static constexpr int TopOwners = 10;
    static constexpr int ExpiryWeeks = 13;

    qint64 nowMs = 0;
    int tokens = 0;         // rows looked at
    int withoutDetails = 0; // of them, rows whose details are not loaded (in no bar)
    QList<Bar> lastUse;     // today, 7 d, 30 d, 90 d, 180 d, older, never (oldest last but never)
    QList<Bar> scopes;      // by count, most first; a token counts once per scope it has
    QList<Bar> owners;      // top owners by count, then "other owners" when there are more
    QList<Bar> expiries;    // week 1..13 from now: tokens (not revoked) that expire in it

    static AuditReport compute(const ModelSnapshot &snapshot, qint64 nowMs);

    // The ids of a bar's tokens (from the snapshot the report was computed on).
    static QStringList ids(const ModelSnapshot &snapshot, const Bar &bar);

    // {"generated": ISO, "tokens": n, "withoutDetails": n, "lastUse": {"today": n, ...}, "scopes": {...},
    //  "owners": {...}, "expiries": [{"week": 1, "from": ISO, "to": ISO, "tokens": n}, ...]}
    QJsonObject toJson() const;
};

} // namespace TokenDesk
