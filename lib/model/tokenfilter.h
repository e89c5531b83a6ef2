// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The filtering and sorting behind TokenProxyModel, as a pure function over an immutable
// TokenStore, so it can run on a worker thread (and be tested on its own).
#pragma once

#include "audit/auditview.h"
#include "model/tokenstore.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace TokenDesk {

struct TokenFilterSpec
{
    enum class StatusFilter : quint8 { All, Active, Revoked, Expired };

    QString text; // case-insensitive substring of name, id, owner or a scope
    StatusFilter status = StatusFilter::All;
    bool neverUsedOnly = false;    // details loaded and no lastUse
    std::optional<AuditView> view; // one of the built-in audit views, judged at viewNowMs
    qint64 viewNowMs = 0;
    // Only these tokens (the ones behind a bar of the audit report, say); null = no such restriction.
    std::shared_ptr<const QSet<QString>> onlyIds;
    int sortColumn = -1; // TokenTableModel::Column, -1 = list order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool filters() const
    {
        return !text.isEmpty() || status != StatusFilter::All || neverUsedOnly || view.has_value() || onlyIds;
    }
    bool isIdentity() const { return !filters() && sortColumn < 0; }
    // Whether results can change when details arrive (filters or sort keys that read them).
    bool dependsOnDetails() const;

    friend bool operator==(const TokenFilterSpec &a, const TokenFilterSpec &b)
    {
        return a.text == b.text && a.status == b.status && a.neverUsedOnly == b.neverUsedOnly && a.view == b.view &&
               a.onlyIds == b.onlyIds && (!a.view || a.viewNowMs == b.viewNowMs) && a.sortColumn == b.sortColumn &&
               a.sortOrder == b.sortOrder;
    }
    friend bool operator!=(const TokenFilterSpec &a, const TokenFilterSpec &b) { return !(a == b); }
};

class TokenFilter final
{
public:
    TokenFilter(const TokenStore &store, const TokenFilterSpec &spec);

    bool accepts(int row) const;
    // Strict weak order of rows for the spec's sort column and order: rows without the sorted
    // detail come last in both orders; ties keep list order.
    bool lessThan(int a, int b) const;

    // What a result cannot know yet because some rows have no details.
    struct Undecided
    {
        // Rows left out only for now: their details are missing, and with them they may match
        // (the name and id did not, but owner, scopes, status or last use are unknown).
        int hidden = 0;
        // Rows shown but not really sorted: the sort column needs their details (they come last).
        int unsorted = 0;
        friend bool operator==(const Undecided &a, const Undecided &b)
        {
            return a.hidden == b.hidden && a.unsorted == b.unsorted;
        }
        friend bool operator!=(const Undecided &a, const Undecided &b) { return !(a == b); }
    };

    // Rows of the store in view order. Returns false (result incomplete) when cancelled.
    bool run(std::vector<int> *proxyToSource, const std::atomic<bool> *cancelled = nullptr,
             Undecided *undecided = nullptr) const;
    // Whether the spec's sort column reads details (anything but name and id, and no sort at all).
    bool sortsByDetails() const;
    // A row without details that the filter rejects (it may match once they arrive), or that it
    // accepts but cannot sort.
    bool isHiddenUndecided(int row) const;
    bool isUnsortedUndecided(int row) const;

    // Case-insensitive substring search; `needle` must be case-folded (QString::toCaseFolded).
    static bool containsFolded(QByteArrayView haystackUtf8, const QString &needleFolded, const QByteArray &needleAscii,
                               bool needleIsAscii);

private:
    bool textMatches(const TokenRow &row) const;
    // Whether an id restriction leaves the row out (a decision that needs no details).
    bool outsideOnlyIds(int row) const;
    int compare(const TokenRow &a, const TokenRow &b) const;
    quint64 sortKey(const TokenRow &row, qsizetype textOffset) const;
    struct Keyed
    {
        quint64 key;
        int row;
    };
    void sortKeyed(Keyed *begin, Keyed *end, qsizetype textOffset, bool textColumn) const;
    // Sorts rows (in list order) by name on the list's name keys; false when cancelled.
    bool sortByName(std::vector<int> *rows, const std::atomic<bool> *cancelled) const;

    const TokenStore &m_store;
    TokenFilterSpec m_spec;
    QString m_needle;         // case-folded
    QByteArray m_needleAscii; // lower-case ASCII bytes when the needle is ASCII
    bool m_needleIsAscii = true;
    std::vector<quint8> m_ownerMatches;
    std::vector<quint8> m_scopeSetMatches;
    std::vector<qint32> m_ownerRank;
    std::vector<qint32> m_scopeSetRank;
    std::vector<quint8> m_controlScopeSets; // for the audit view that reads scopes
};

} // namespace TokenDesk
