// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The compact storage behind TokenTableModel, shared read-only with the proxy's worker thread.
// A row is the list entry (id and name live in the StubList arena) plus a fixed-size record of
// its details: dates as qint64 with sentinels, owner and scope set as indices into interned tables,
// and flags. An undetailed row costs sizeof(TokenRow) and no heap allocation.
#pragma once

#include "api/stublist.h"
#include "model/namesortkeys.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace TokenDesk {

// Status of a token at the model's "now". NotLoaded sorts last; the order of the others is the
// order the status column sorts in.
enum class TokenStatus : quint8 { Active, Expired, Revoked, NotLoaded };

struct TokenRow
{
    // A date field the token does not have (never used, never expires, no creation date).
    static constexpr qint64 Absent = std::numeric_limits<qint64>::min();

    enum Flag : quint8 {
        Loaded = 0x01,              // details arrived (GET /tokens/{id})
        Revoked = 0x02,             // `revoked: true`
        PersonalAccessToken = 0x04, // `personalAccessToken: true`
        HasRevoked = 0x08,          // `revoked` was present
        HasPersonalAccessToken = 0x10,
    };

    qint64 created = Absent;
    qint64 expires = Absent;
    qint64 lastUse = Absent;
    quint32 stub = 0;         // entry in TokenStore::list (id, list name)
    qint32 owner = -1;        // TokenStore::owners, -1 = absent
    qint32 scopeSet = -1;     // TokenStore::scopeSets, -1 = absent
    qint32 nameOverride = -1; // TokenStore::nameOverrides: the name from details when it differs
    qint32 createdText = -1;  // display strings (relative dates), indices into the model's text table
    qint32 expiresText = -1;
    qint32 lastUseText = -1;
    quint8 flags = 0;
    TokenStatus status = TokenStatus::NotLoaded;

    bool isLoaded() const { return flags & Loaded; }
};

// The rows, in chunks of 1024 shared copy-on-write: copying a TokenRows copies only chunk
// pointers, and writing a row clones just its chunk when a snapshot may share it. So a details
// batch arriving while the proxy's worker reads a snapshot costs a few chunks, not the table.
// Whether a chunk may be shared is decided by an epoch kept on the owning thread (markShared()),
// never by shared_ptr::use_count(), whose relaxed read would not order the worker's reads before
// our writes.
class TokenRows
{
public:
    static constexpr int ChunkBits = 10;
    static constexpr size_t ChunkSize = size_t(1) << ChunkBits;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const TokenRow &operator[](size_t i) const { return m_chunks[i >> ChunkBits]->rows[i & (ChunkSize - 1)]; }
    TokenRow &mutableAt(size_t i)
    {
        std::shared_ptr<Chunk> &chunk = m_chunks[i >> ChunkBits];
        if (chunk->epoch != m_epoch) {
            chunk = std::make_shared<Chunk>(*chunk);
            chunk->epoch = m_epoch;
        }
        return chunk->rows[i & (ChunkSize - 1)];
    }
    // Every chunk may now be shared with a copy (a snapshot): the next write to it clones it.
    void markShared() { ++m_epoch; }
    // Rows 0..count-1 for list entries 0..count-1, nothing loaded.
    void assignList(size_t count)
    {
        m_chunks.clear();
        m_chunks.reserve((count + ChunkSize - 1) / ChunkSize);
        for (size_t first = 0; first < count; first += ChunkSize) {
            auto chunk = newChunk();
            const size_t n = std::min(ChunkSize, count - first);
            for (size_t i = 0; i < n; ++i) {
                chunk->rows[i].stub = quint32(first + i);
            }
            m_chunks.push_back(std::move(chunk));
        }
        m_size = count;
    }
    void push_back(const TokenRow &row)
    {
        if ((m_size & (ChunkSize - 1)) == 0) {
            m_chunks.push_back(newChunk());
        }
        mutableAt(m_size) = row;
        ++m_size;
    }
    // Removes rows [first, last): the chunks from `first` on are rebuilt (block copies).
    void erase(size_t first, size_t last)
    {
        const size_t removed = last - first;
        const size_t newSize = m_size - removed;
        const size_t firstChunk = first >> ChunkBits;
        std::vector<std::shared_ptr<Chunk>> chunks(m_chunks.begin(), m_chunks.begin() + qsizetype(firstChunk));
        chunks.reserve((newSize + ChunkSize - 1) / ChunkSize);
        for (size_t to = firstChunk << ChunkBits; to < newSize;) {
            if ((to & (ChunkSize - 1)) == 0) {
                chunks.push_back(newChunk());
            }
            // Copy the longest run that stays within one source chunk and one target chunk.
            const size_t from = to < first ? to : to + removed;
            const size_t fromEnd = to < first ? first : m_size;
            size_t n = std::min(ChunkSize - (to & (ChunkSize - 1)), ChunkSize - (from & (ChunkSize - 1)));
            n = std::min({n, fromEnd - from, newSize - to});
            const TokenRow *source = &(*this)[from];
            std::copy(source, source + n, &chunks.back()->rows[to & (ChunkSize - 1)]);
            to += n;
        }
        m_chunks = std::move(chunks);
        m_size = newSize;
    }

private:
    struct Chunk
    {
        TokenRow rows[ChunkSize];
        quint64 epoch = 0; // chunks of the current epoch are ours alone
    };
    std::shared_ptr<Chunk> newChunk() const
    {
        auto chunk = std::make_shared<Chunk>();
        chunk->epoch = m_epoch;
        return chunk;
    }
    std::vector<std::shared_ptr<Chunk>> m_chunks;
    size_t m_size = 0;
    quint64 m_epoch = 0;
};

struct ScopeSet
{
    QStringList scopes; // as the server sent them
    QString display;    // joined with ", " (computed once)
};

struct TokenStore
{
    // Shared between store copies (and the snapshots the proxy's worker reads); copied before an append when it
    // may be shared (listShared, kept by the owning thread), so a snapshot's list never changes.
    std::shared_ptr<StubList> list = std::make_shared<StubList>();
    bool listShared = false;
    TokenRows rows;
    QStringList owners;
    std::vector<ScopeSet> scopeSets;
    std::vector<QByteArray> nameOverrides; // UTF-8
    // The name sort keys of `list`, built by the first sort by name and shared by the store's copies.
    // Appending to the list keeps them valid (they cover its first entries; later ones are looked up);
    // a new list comes with a new store, and so with new keys.
    std::shared_ptr<NameSortCache> nameSort = std::make_shared<NameSortCache>();

    QByteArrayView nameUtf8(const TokenRow &row) const
    {
        return row.nameOverride >= 0 ? QByteArrayView(nameOverrides[size_t(row.nameOverride)])
                                     : list->nameUtf8(int(row.stub));
    }
    StubList &mutableList()
    {
        if (listShared) {
            list = std::make_shared<StubList>(*list);
            listShared = false;
        }
        return *list;
    }
    QByteArrayView idUtf8(const TokenRow &row) const { return list->idUtf8(int(row.stub)); }
};

} // namespace TokenDesk
