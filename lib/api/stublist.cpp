// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stublist.h"

#include <cstring>
#include <limits>

namespace TokenDesk {

namespace {

QByteArrayView viewOf(const std::optional<QString> &text, QByteArray *storage)
{
    if (!text)
        return QByteArrayView();
    *storage = text->toUtf8();
    // A present but empty value must still be a non-null view.
    return storage->isEmpty() ? QByteArrayView("", 0) : QByteArrayView(*storage);
}

} // namespace

void StubList::reserve(int rows, qsizetype arenaBytes)
{
    m_entries.reserve(qMax(rows, 0));
    m_arena.reserve(qMax<qsizetype>(arenaBytes, 0));
}

void StubList::clear()
{
    m_entries.clear();
    m_entries.squeeze();
    m_arena.clear();
}

void StubList::squeeze()
{
    // Spare capacity that was never written costs address space, not resident memory, while a shrink
    // copies every entry (16 MB for 1,000,000 rows) just when memory peaks, at the end of a list
    // decode: shrink only a large excess.
    if (m_entries.capacity() - m_entries.size() > m_entries.size() / 8)
        m_entries.squeeze();
    m_arena.squeeze();
}

void StubList::append(QByteArrayView id, QByteArrayView name, QByteArrayView description)
{
    const qsizetype offset = m_arena.size();
    const qsizetype total =
        offset + id.size() + (name.data() ? name.size() : 0) + (description.data() ? description.size() : 0);
    // Offsets are 32-bit: the arena holds at most 4 GiB (the list body is bounded far below that).
    Q_ASSERT(quint64(total) <= quint64(std::numeric_limits<quint32>::max()));
    Entry entry;
    entry.offset = quint32(offset);
    entry.idLength = quint32(id.size());
    entry.nameLength = name.data() ? qint32(name.size()) : -1;
    entry.descriptionLength = description.data() ? qint32(description.size()) : -1;
    // One resize and plain copies (the arena is usually reserved for the whole list): two or three
    // QByteArray::append calls per entry were a tenth of a list decode.
    m_arena.resize(total);
    char *at = m_arena.data() + offset;
    for (const QByteArrayView part : {id, name, description}) {
        if (!part.isEmpty()) {
            std::memcpy(at, part.data(), size_t(part.size()));
            at += part.size();
        }
    }
    m_entries.append(entry);
}

void StubList::append(const TokenStub &stub)
{
    const QByteArray id = stub.id.toUtf8();
    QByteArray name, description;
    append(QByteArrayView(id.constData(), id.size()), viewOf(stub.name, &name), viewOf(stub.description, &description));
}

QByteArrayView StubList::idUtf8(int row) const
{
    const Entry &e = m_entries[row];
    return QByteArrayView(m_arena.constData() + e.offset, e.idLength);
}

QByteArrayView StubList::nameUtf8(int row) const
{
    const Entry &e = m_entries[row];
    if (e.nameLength < 0)
        return QByteArrayView();
    return QByteArrayView(m_arena.constData() + e.offset + e.idLength, e.nameLength);
}

QString StubList::id(int row) const
{
    const QByteArrayView v = idUtf8(row);
    return QString::fromUtf8(v.data(), v.size());
}

QString StubList::name(int row) const
{
    const QByteArrayView v = nameUtf8(row);
    return QString::fromUtf8(v.data(), v.size());
}

bool StubList::hasName(int row) const
{
    return m_entries[row].nameLength >= 0;
}

std::optional<QString> StubList::description(int row) const
{
    const Entry &e = m_entries[row];
    if (e.descriptionLength < 0)
        return std::nullopt;
    const qsizetype start = qsizetype(e.offset) + e.idLength + qMax(e.nameLength, 0);
    return QString::fromUtf8(m_arena.constData() + start, e.descriptionLength);
}

TokenStub StubList::at(int row) const
{
    TokenStub stub;
    stub.id = id(row);
    if (hasName(row))
        stub.name = name(row);
    stub.description = description(row);
    return stub;
}

qsizetype StubList::memoryBytes() const
{
    return m_arena.capacity() + m_entries.capacity() * qsizetype(sizeof(Entry)) + qsizetype(sizeof(StubList));
}

bool operator==(const StubList &a, const StubList &b)
{
    if (a.size() != b.size())
        return false;
    for (int row = 0; row < a.size(); ++row) {
        if (a.idUtf8(row) != b.idUtf8(row) || a.hasName(row) != b.hasName(row) || a.nameUtf8(row) != b.nameUtf8(row) ||
            a.description(row) != b.description(row))
            return false;
    }
    return true;
}

} // namespace TokenDesk
