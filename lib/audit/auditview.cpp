// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditview.h"

#include "catalog/scopecatalog.h"
#include "core/timeunits.h"

#include <vector>

namespace TokenDesk {

namespace {

bool anyControlScope(const ScopeSet &set)
{
    for (const QString &scope : set.scopes) {
        if (ScopeCatalog::grantsControl(scope))
            return true;
    }
    return false;
}

// A token's last use, or for one never used, its creation: the moment since which it has been idle.
qint64 idleSince(const TokenRow &row)
{
    return row.lastUse != TokenRow::Absent ? row.lastUse : row.created;
}

AuditViews::Verdict decide(AuditView view, const TokenRow &row, bool controlScopes, qint64 nowMs)
{
    using V = AuditViews::Verdict;
    if (!row.isLoaded())
        return V::NeedsDetails;
    bool match = false;
    switch (view) {
    case AuditView::Unused90Days: {
        const qint64 since = idleSince(row);
        match = row.status == TokenStatus::Active && since != TokenRow::Absent &&
                since <= nowMs - AuditViews::UnusedDays * TimeUnits::MsPerDay;
        break;
    }
    case AuditView::NeverUsed:
        match = row.lastUse == TokenRow::Absent;
        break;
    case AuditView::ExpiringWithin30Days:
        match = row.status == TokenStatus::Active && row.expires != TokenRow::Absent && row.expires > nowMs &&
                row.expires <= nowMs + AuditViews::ExpiringDays * TimeUnits::MsPerDay;
        break;
    case AuditView::ExpiredNotDeleted:
        match = row.status == TokenStatus::Expired;
        break;
    case AuditView::RevokedNotDeleted:
        match = row.status == TokenStatus::Revoked;
        break;
    case AuditView::ControlScopes:
        match = controlScopes;
        break;
    case AuditView::PersonalAccessTokens:
        match = (row.flags & TokenRow::PersonalAccessToken) != 0;
        break;
    }
    return match ? V::Matches : V::DoesNotMatch;
}

} // namespace

QList<AuditView> AuditViews::all()
{
    return {AuditView::Unused90Days,        AuditView::NeverUsed,         AuditView::ExpiringWithin30Days,
            AuditView::ExpiredNotDeleted,   AuditView::RevokedNotDeleted, AuditView::ControlScopes,
            AuditView::PersonalAccessTokens};
}

QString AuditViews::key(AuditView view)
{
    switch (view) {
    case AuditView::Unused90Days:
        return QStringLiteral("unused-90d");
    case AuditView::NeverUsed:
        return QStringLiteral("never-used");
    case AuditView::ExpiringWithin30Days:
        return QStringLiteral("expiring-30d");
    case AuditView::ExpiredNotDeleted:
        return QStringLiteral("expired");
    case AuditView::RevokedNotDeleted:
        return QStringLiteral("revoked");
    case AuditView::ControlScopes:
        return QStringLiteral("control-scopes");
    case AuditView::PersonalAccessTokens:
        return QStringLiteral("personal");
    }
    return QString();
}

std::optional<AuditView> AuditViews::fromKey(const QString &key)
{
    for (AuditView view : all()) {
        if (AuditViews::key(view) == key)
            return view;
    }
    return std::nullopt;
}

QString AuditViews::title(AuditView view)
{
    switch (view) {
    case AuditView::Unused90Days:
        return tr("Unused for %n days or more", nullptr, UnusedDays);
    case AuditView::NeverUsed:
        return tr("Never used");
    case AuditView::ExpiringWithin30Days:
        return tr("Expiring within %n days", nullptr, ExpiringDays);
    case AuditView::ExpiredNotDeleted:
        return tr("Expired, not deleted");
    case AuditView::RevokedNotDeleted:
        return tr("Revoked, not deleted");
    case AuditView::ControlScopes:
        return tr("Token or cluster control");
    case AuditView::PersonalAccessTokens:
        return tr("Personal access tokens");
    }
    return QString();
}

QString AuditViews::description(AuditView view)
{
    switch (view) {
    case AuditView::Unused90Days:
        return tr("Active tokens whose last use (or, if never used, whose creation) is %n days ago or more.", nullptr,
                  UnusedDays);
    case AuditView::NeverUsed:
        return tr("Tokens that were never used, whatever their state.");
    case AuditView::ExpiringWithin30Days:
        return tr("Active tokens that expire within the next %n days.", nullptr, ExpiringDays);
    case AuditView::ExpiredNotDeleted:
        return tr("Tokens past their expiry date that are still on the cluster.");
    case AuditView::RevokedNotDeleted:
        return tr("Revoked tokens that are still on the cluster.");
    case AuditView::ControlScopes:
        return tr("Tokens with a scope that manages tokens or controls the cluster: %1.")
            .arg(ScopeCatalog::controlScopes().join(QStringLiteral(", ")));
    case AuditView::PersonalAccessTokens:
        return tr("Tokens created by a user as personal access tokens.");
    }
    return QString();
}

AuditViews::Verdict AuditViews::verdict(AuditView view, const TokenRow &row, const TokenStore &store, qint64 nowMs)
{
    const bool control =
        view == AuditView::ControlScopes && row.scopeSet >= 0 && anyControlScope(store.scopeSets[size_t(row.scopeSet)]);
    return decide(view, row, control, nowMs);
}

AuditViews::Verdict AuditViews::verdict(AuditView view, const TokenRow &row, const std::vector<quint8> &controlSets,
                                        qint64 nowMs)
{
    const bool control =
        row.scopeSet >= 0 && size_t(row.scopeSet) < controlSets.size() && controlSets[size_t(row.scopeSet)] != 0;
    return decide(view, row, control, nowMs);
}

std::vector<quint8> AuditViews::controlScopeSets(const TokenStore &store)
{
    std::vector<quint8> control(store.scopeSets.size());
    for (size_t i = 0; i < store.scopeSets.size(); ++i)
        control[i] = anyControlScope(store.scopeSets[i]) ? 1 : 0;
    return control;
}

QList<AuditViews::Count> AuditViews::counts(const TokenStore &store, qint64 nowMs)
{
    const QList<AuditView> views = all();
    QList<Count> result(views.size());
    // The scope sets are few (interned): decide "control" once per set, not once per row.
    const std::vector<quint8> control = controlScopeSets(store);
    const size_t rows = store.rows.size();
    for (size_t i = 0; i < rows; ++i) {
        const TokenRow &row = store.rows[i];
        if (!row.isLoaded()) {
            for (Count &count : result)
                ++count.needsDetails;
            continue;
        }
        const bool hasControl = row.scopeSet >= 0 && control[size_t(row.scopeSet)];
        for (qsizetype v = 0; v < views.size(); ++v) {
            if (decide(views[v], row, hasControl, nowMs) == Verdict::Matches)
                ++result[v].matching;
        }
    }
    return result;
}

} // namespace TokenDesk
