// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "namesortkeys.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace TokenDesk {

namespace {

inline uchar asciiLower(uchar c)
{
    return (c >= 'A' && c <= 'Z') ? uchar(c - 'A' + 'a') : c;
}

// The first 8 case-folded bytes, big-endian, zero-padded: comparing two of them compares those bytes
// (zero padding agrees with "a name sorts before any longer name it begins"); equal prefixes fall back
// to compareNames.
quint64 foldedPrefix(QByteArrayView name)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        key = (key << 8) | (i < name.size() ? asciiLower(uchar(name[i])) : 0u);
    }
    return key;
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

} // namespace

int compareNames(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const uchar ca = asciiLower(uchar(a[i]));
        const uchar cb = asciiLower(uchar(b[i]));
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
    }
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i] != b[i]) {
            return uchar(a[i]) < uchar(b[i]) ? -1 : 1;
        }
    }
    return 0;
}

std::shared_ptr<const NameSortKeys> NameSortKeys::build(const StubList &list, const std::atomic<bool> *cancelled)
{
    const auto isCancelled = [cancelled]() { return cancelled && cancelled->load(std::memory_order_relaxed); };
    auto keys = std::make_shared<NameSortKeys>();
    const int n = list.size();

    // 1. Distinct names by their bytes (open addressing; a slot holds distinct index + 1).
    size_t capacity = 64;
    while (capacity < size_t(n) * 2) {
        capacity *= 2;
    }
    std::vector<quint32> slots(capacity, 0);
    std::vector<quint32> distinctEntry;                      // distinct index -> an entry with that name
    std::vector<quint32> &entryDistinct = keys->m_entryKeys; // per entry: its distinct index, for now
    entryDistinct.resize(size_t(n));
    for (int entry = 0; entry < n; ++entry) {
        if ((entry & 0xFFFF) == 0 && isCancelled()) {
            return nullptr;
        }
        const QByteArrayView name = list.nameUtf8(entry);
        size_t slot = size_t(qHash(name, 0)) & (capacity - 1);
        for (;;) {
            const quint32 held = slots[slot];
            if (held == 0) {
                slots[slot] = quint32(distinctEntry.size() + 1);
                entryDistinct[size_t(entry)] = quint32(distinctEntry.size());
                distinctEntry.push_back(quint32(entry));
                break;
            }
            if (sameBytes(list.nameUtf8(int(distinctEntry[held - 1])), name)) {
                entryDistinct[size_t(entry)] = held - 1;
                break;
            }
            slot = (slot + 1) & (capacity - 1);
        }
    }
    slots = {};
    if (isCancelled()) {
        return nullptr;
    }

    // 2. The distinct names in order (integer prefixes first, full comparison on equal prefixes).
    struct Item
    {
        quint64 prefix;
        quint32 distinct;
    };
    std::vector<Item> items(distinctEntry.size());
    for (size_t d = 0; d < distinctEntry.size(); ++d) {
        items[d] = Item{foldedPrefix(list.nameUtf8(int(distinctEntry[d]))), quint32(d)};
    }
    std::sort(items.begin(), items.end(), [&list, &distinctEntry](const Item &a, const Item &b) {
        if (a.prefix != b.prefix) {
            return a.prefix < b.prefix;
        }
        return compareNames(list.nameUtf8(int(distinctEntry[a.distinct])),
                            list.nameUtf8(int(distinctEntry[b.distinct]))) < 0;
    });
    if (isCancelled()) {
        return nullptr;
    }

    // 3. Ranks: distinct names differ in their bytes, so each has its own.
    std::vector<quint32> rankOfDistinct(items.size());
    keys->m_sortedEntries.resize(items.size());
    for (size_t rank = 0; rank < items.size(); ++rank) {
        rankOfDistinct[items[rank].distinct] = quint32(rank);
        keys->m_sortedEntries[rank] = distinctEntry[items[rank].distinct];
    }
    for (quint32 &key : entryDistinct) {
        key = 2 * rankOfDistinct[key] + 1;
    }
    return keys;
}

quint32 NameSortKeys::keyOf(QByteArrayView name, const StubList &list) const
{
    const auto at = std::lower_bound(
        m_sortedEntries.begin(), m_sortedEntries.end(), name,
        [&list](quint32 entry, QByteArrayView value) { return compareNames(list.nameUtf8(int(entry)), value) < 0; });
    const quint32 position = quint32(at - m_sortedEntries.begin());
    if (at != m_sortedEntries.end() && compareNames(list.nameUtf8(int(*at)), name) == 0) {
        return 2 * position + 1;
    }
    return 2 * position;
}

std::shared_ptr<const NameSortKeys> NameSortCache::keys(const StubList &list, const std::atomic<bool> *cancelled)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    // Usable when built from this list or a shorter version of it (the list only grows at its end),
    // with not too many entries appended since.
    if (m_keys && m_keys->entries() <= list.size() && list.size() - m_keys->entries() <= AppendedLimit) {
        return m_keys;
    }
    std::shared_ptr<const NameSortKeys> built = NameSortKeys::build(list, cancelled);
    if (!built) {
        return nullptr;
    }
    ++m_builds;
    // A snapshot older than the cached keys (a shorter list) gets its own keys; the cache keeps the
    // ones covering the most entries.
    if (!m_keys || built->entries() > m_keys->entries()) {
        m_keys = built;
    }
    return built;
}

int NameSortCache::builds() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_builds;
}

} // namespace TokenDesk
