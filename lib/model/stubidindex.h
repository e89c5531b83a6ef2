// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An id -> entry index over a StubList: open addressing on the UTF-8 ids held by the list itself,
// so 1,000,000 ids cost two 8-byte slots each (16 MB) and no QString per token. TokenIdIndex builds
// one per list (on a worker for long lists) and shares it.
#pragma once

#include "api/stublist.h"

#include <QStringView>

#include <vector>

namespace TokenDesk {

class StubIdIndex final
{
public:
    // Indexes entries [0, list.size()). The list must outlive every later call with the same list.
    void build(const StubList &list);
    void clear();
    bool isBuilt() const { return m_built; }
    // Adds one entry appended to the list after build() (the newest duplicate id wins).
    void add(const StubList &list, int entry);
    // The entry holding `id`, or -1. With duplicate ids: the first indexed entry (the last added one
    // after add()).
    int find(const StubList &list, QStringView id) const;
    int find(const StubList &list, QByteArrayView idUtf8) const;
    // Entries indexed so far ([0, entries()) of the list).
    int entries() const { return m_entries; }

private:
    void insert(const StubList &list, int entry, bool replace);
    void rehash(const StubList &list, qsizetype minEntries);

    struct Slot
    {
        qint32 entry = -1; // -1 = empty
        quint32 tag = 0;   // high bits of the id's hash
    };
    std::vector<Slot> m_slots; // size is a power of two, at most half full
    qsizetype m_count = 0;
    int m_entries = 0;
    bool m_built = false;
};

} // namespace TokenDesk
