// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stubidindex.h"

#include <QHashFunctions>

#include <algorithm>

namespace TokenDesk {

namespace {
size_t hashOf(QByteArrayView bytes)
{
    return qHash(bytes, 0);
}

quint32 tagOf(size_t hash)
{
    return quint32(quint64(hash) >> 32);
}
} // namespace

void StubIdIndex::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_count = 0;
    m_entries = 0;
    m_built = false;
}

void StubIdIndex::build(const StubList &list)
{
    m_count = 0;
    m_slots.clear();
    rehash(list, list.size());
    for (int entry = 0; entry < list.size(); ++entry) {
        insert(list, entry, false);
    }
    m_entries = list.size();
    m_built = true;
}

void StubIdIndex::rehash(const StubList &list, qsizetype minEntries)
{
    qsizetype capacity = 16;
    while (capacity < 2 * (minEntries + 1)) {
        capacity *= 2;
    }
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(size_t(capacity), Slot{});
    m_count = 0;
    for (const Slot &slot : old) {
        if (slot.entry >= 0) {
            insert(list, slot.entry, false);
        }
    }
}

void StubIdIndex::insert(const StubList &list, int entry, bool replace)
{
    const QByteArrayView id = list.idUtf8(entry);
    const size_t hash = hashOf(id);
    const quint32 tag = tagOf(hash);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.entry < 0) {
            slot = Slot{entry, tag};
            ++m_count;
            return;
        }
        // The tag spares most comparisons (and the arena cache misses they cost).
        if (slot.tag == tag && list.idUtf8(slot.entry) == id) {
            if (replace) {
                slot.entry = entry;
            }
            return;
        }
    }
}

void StubIdIndex::add(const StubList &list, int entry)
{
    if (!m_built) {
        return; // built lazily later, including this entry
    }
    if (2 * (m_count + 1) > qsizetype(m_slots.size())) {
        rehash(list, m_count + 1);
    }
    insert(list, entry, true);
    m_entries = std::max(m_entries, entry + 1);
}

int StubIdIndex::find(const StubList &list, QByteArrayView idUtf8) const
{
    if (m_slots.empty()) {
        return -1;
    }
    const size_t hash = hashOf(idUtf8);
    const quint32 tag = tagOf(hash);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.entry < 0) {
            return -1;
        }
        if (slot.tag == tag && list.idUtf8(slot.entry) == idUtf8) {
            return slot.entry;
        }
    }
}

int StubIdIndex::find(const StubList &list, QStringView id) const
{
    return find(list, QByteArrayView(id.toUtf8()));
}

} // namespace TokenDesk
