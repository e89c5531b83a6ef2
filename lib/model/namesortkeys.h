// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Collation keys for sorting by name: one integer per list entry, computed once per list, so that a
// sort of 1,000,000 rows by name is a sort of integers instead of 20 million string comparisons.
//
// The order is the one the Name column has always sorted in (compareNames): the UTF-8 bytes with
// ASCII letters case-folded and every other byte compared by value, a name before any longer name it
// begins, and the raw bytes deciding between names that fold equal. It is neither locale- nor
// digit-aware ("a10" before "a2"), like before; QCollator::sortKey was not used because it would
// change that order, and its keys (ICU sort keys, tens of bytes per name) cost more to build and to
// compare than the ranks below.
//
// A key is a rank among the list's distinct names: names are deduplicated by their bytes (a list of a
// million tokens typically has a few hundred distinct names), the distinct ones sorted once, and each
// entry gets 2 * rank + 1. A name that is not one of them (a rename from details, a token created
// after the keys were built) gets 2 * (number of distinct names before it), an even key between its
// neighbours; two such names may share a key, so even keys are exact only up to ties that the sort
// resolves with compareNames.
#pragma once

#include "api/stublist.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace TokenDesk {

// < 0, 0, > 0 as `a` sorts before, with or after `b`; 0 only for identical bytes (a null view is an
// empty name).
int compareNames(QByteArrayView a, QByteArrayView b);

class NameSortKeys final
{
public:
    // Keys for entries [0, list.size()) of `list`; nullptr when `cancelled` became true meanwhile.
    static std::shared_ptr<const NameSortKeys> build(const StubList &list,
                                                     const std::atomic<bool> *cancelled = nullptr);

    // List entries covered (a list only grows at its end, so they stay valid for longer lists).
    int entries() const { return int(m_entryKeys.size()); }
    int distinctNames() const { return int(m_sortedEntries.size()); }
    // The largest key there is (2 * distinctNames()).
    quint32 maxKey() const { return quint32(2 * m_sortedEntries.size()); }
    static bool isExact(quint32 key) { return key % 2 == 1; }

    // The key of a covered entry's list name.
    quint32 entryKey(int entry) const { return m_entryKeys[size_t(entry)]; }
    // The key of any name. `list` is the one these keys were built from, or a longer version of it.
    quint32 keyOf(QByteArrayView name, const StubList &list) const;

private:
    std::vector<quint32> m_entryKeys;     // per list entry
    std::vector<quint32> m_sortedEntries; // per rank: an entry holding that name
};

// The keys of one list, built on first use and kept while the list lives: a TokenStore and its
// snapshots share it; a new list (TokenTableModel::setList) gets a new one. Thread-safe.
class NameSortCache final
{
public:
    // Keys usable for `list`: the cached ones when they cover it (up to a few appended entries, looked
    // up by keyOf), otherwise built now (on the calling thread, normally the proxy's worker).
    // nullptr when cancelled.
    std::shared_ptr<const NameSortKeys> keys(const StubList &list, const std::atomic<bool> *cancelled = nullptr);
    // How often keys were built (for tests).
    int builds() const;

    // Entries appended after a build that are looked up by binary search before the keys are rebuilt.
    static constexpr int AppendedLimit = 4096;

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const NameSortKeys> m_keys;
    int m_builds = 0;
};

} // namespace TokenDesk
