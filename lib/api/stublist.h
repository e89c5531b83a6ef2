// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The list endpoint's answer (`StubList`), stored compactly: one UTF-8 arena and a small entry per
// token, so a 1,000,000-token list costs about its JSON size and no per-row heap allocation.
#pragma once

#include "tokentypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TokenDesk {

class StubList
{
public:
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void reserve(int rows, qsizetype arenaBytes);
    void clear();
    // Releases spare capacity (after a bulk append).
    void squeeze();

    // Appends one entry; the views are UTF-8. A null view (data() == nullptr) means "absent".
    void append(QByteArrayView id, QByteArrayView name, QByteArrayView description);
    void append(const TokenStub &stub);

    QString id(int row) const;
    QString name(int row) const; // empty when absent
    bool hasName(int row) const;
    std::optional<QString> description(int row) const;
    QByteArrayView idUtf8(int row) const;
    QByteArrayView nameUtf8(int row) const;
    TokenStub at(int row) const;

    // Approximate heap bytes held (for benchmarks).
    qsizetype memoryBytes() const;

    friend bool operator==(const StubList &a, const StubList &b);
    friend bool operator!=(const StubList &a, const StubList &b) { return !(a == b); }

private:
    struct Entry
    {
        quint32 offset; // of id in m_arena; name and description follow it
        quint32 idLength;
        qint32 nameLength;        // -1 = absent
        qint32 descriptionLength; // -1 = absent
    };
    // Both implicitly shared: a copy (the model's, the details loader's, a snapshot) costs nothing until
    // one of them appends, so a 1,000,000-token list is held once, not once per holder.
    QByteArray m_arena;
    QList<Entry> m_entries;
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::StubList)
