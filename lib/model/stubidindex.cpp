#include "stubidindex.h"

#include <QThreadPool>

#include <algorithm>
#include <cstring>

namespace TokenDesk {

namespace {
// A fast non-cryptographic hash (8 bytes at a time, multiply-xorshift mixing): ids are short
// ASCII strings from the server; the table never sees attacker-chosen keys in bulk beyond the
// list itself, and probing stays correct under any collisions.
size_t hashOf(QByteArrayView bytes)
{
    constexpr quint64 k = 0x9E3779B97F4A7C15ULL;
    quint64 h = quint64(bytes.size()) * k;
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * k;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, p, size_t(n));
    h = (h ^ tail) * k;
    h ^= h >> 32;
    h *= k;
    h ^= h >> 29;
    return size_t(h);
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

void StubIdIndex::buildAsync(std::shared_ptr<const StubList> list, std::shared_ptr<Receiver> receiver,
                             std::function<void(std::shared_ptr<StubIdIndex>)> done)
{
    QThreadPool::globalInstance()->start(
        [list = std::move(list), receiver = std::move(receiver), done = std::move(done)]() {
            auto index = std::make_shared<StubIdIndex>();
            index->build(*list);
            std::lock_guard<std::mutex> lock(receiver->mutex);
            if (receiver->target) {
                QMetaObject::invokeMethod(
                    receiver->target, [done, index]() { done(index); }, Qt::QueuedConnection);
            }
        });
}

void StubIdIndex::rehash(const StubList &list, qsizetype minEntries)
{
    qsizetype capacity = 16;
    while (capacity < 2 * (minEntries + 1)) {
        capacity *= 2;
    }
    std::vector<qint32> old;
    old.swap(m_slots);
    m_slots.assign(size_t(capacity), -1);
    m_count = 0;
    for (const qint32 entry : old) {
        if (entry >= 0) {
            insert(list, entry, false);
        }
    }
}

void StubIdIndex::insert(const StubList &list, int entry, bool replace)
{
    const QByteArrayView id = list.idUtf8(entry);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hashOf(id) & mask;; slot = (slot + 1) & mask) {
        const qint32 existing = m_slots[slot];
        if (existing < 0) {
            m_slots[slot] = entry;
            ++m_count;
            return;
        }
        if (list.idUtf8(existing) == id) {
            if (replace) {
                m_slots[slot] = entry;
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
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hashOf(idUtf8) & mask;; slot = (slot + 1) & mask) {
        const qint32 entry = m_slots[slot];
        if (entry < 0) {
            return -1;
        }
        if (list.idUtf8(entry) == idUtf8) {
            return entry;
        }
    }
}

int StubIdIndex::find(const StubList &list, QStringView id) const
{
    return find(list, QByteArrayView(id.toUtf8()));
}

} // namespace TokenDesk
