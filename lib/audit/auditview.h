// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The built-in audit views: the questions an administrator's token audit asks of a list ("which
// tokens were not used for 90 days?", "which ones may manage tokens?"), each answered from a
// token's details at a given moment. A view is a filter like the status filter: it works on the
// rows whose details are loaded, and says how many it cannot decide yet.
//
// Each view has a stable key (used on the command line and in saved settings), a title and a line
// that says exactly what it selects.
#pragma once

#include "model/tokenstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace TokenDesk {

enum class AuditView : quint8 {
    Unused90Days,         // active tokens not used for 90 days or more
    NeverUsed,            // tokens never used, in any state
    ExpiringWithin30Days, // active tokens that expire within 30 days
    ExpiredNotDeleted,    // expired tokens still on the cluster
    RevokedNotDeleted,    // revoked tokens still on the cluster
    ControlScopes,        // tokens that may manage tokens or control the cluster
    PersonalAccessTokens, // personal access tokens
};

class AuditViews
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::AuditViews)
public:
    // How long without use makes a token stale, and how near an expiry must be to count as soon.
    static constexpr int UnusedDays = 90;
    static constexpr int ExpiringDays = 30;

    // Every view, in the order menus and help list them.
    static QList<AuditView> all();

    static QString key(AuditView view);
    static std::optional<AuditView> fromKey(const QString &key);
    static QString title(AuditView view);
    static QString description(AuditView view);

    enum class Verdict : quint8 { Matches, DoesNotMatch, NeedsDetails };
    // Whether the row belongs to the view at `nowMs` (ms since the epoch, UTC). A row without its
    // details is NeedsDetails for every view.
    static Verdict verdict(AuditView view, const TokenRow &row, const TokenStore &store, qint64 nowMs);
    // The same for a filter over many rows: `controlSets` from controlScopeSets(), so that the scopes
    // are read once per scope set instead of once per row.
    static Verdict verdict(AuditView view, const TokenRow &row, const std::vector<quint8> &controlSets, qint64 nowMs);
    // For each of the store's scope sets, whether it holds a scope that grants control.
    static std::vector<quint8> controlScopeSets(const TokenStore &store);

    struct Count
    {
        int matching = 0;
        int needsDetails = 0; // rows whose details are not loaded: they may belong to the view
        friend bool operator==(const Count &a, const Count &b)
        {
            return a.matching == b.matching && a.needsDetails == b.needsDetails;
        }
        friend bool operator!=(const Count &a, const Count &b) { return !(a == b); }
    };
    // One pass over the store: the count of every view, indexed like all().
    static QList<Count> counts(const TokenStore &store, qint64 nowMs);
};

} // namespace TokenDesk
