// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The id index of the token list (id -> list entry), built once per list and shared: the table
// model owns one and keeps it in step with its list (setList, append), and the details loader is
// given it (DetailsLoader::setIdIndex) instead of hashing the same ids again.
//
// A list longer than ModelLimits::SynchronousRows is indexed on a worker right after setList(), so
// the first lookup usually finds it ready; a lookup before that builds it on the calling thread and
// the worker's result is dropped. ready() follows either way.
#pragma once

#include "api/stublist.h"
#include "core/background.h"
#include "model/stubidindex.h"

#include <QByteArrayView>
#include <QObject>
#include <QStringView>

#include <memory>

namespace TokenDesk {

class TokenIdIndex final : public QObject
{
    Q_OBJECT
public:
    explicit TokenIdIndex(QObject *parent = nullptr);
    ~TokenIdIndex() override;

    enum class Hashing { Soon, OnFirstUse };
    // A new list: the index of the previous one is dropped. Soon: a long list is indexed on a worker
    // now (a short one on first use). OnFirstUse: only when a lookup needs it.
    void setList(std::shared_ptr<const StubList> list, Hashing hashing = Hashing::Soon);
    // The list grew by one entry (a created token): `list` is the indexed list plus `entry` (it may
    // be a new copy of it). The newest entry wins over an older one with the same id.
    void append(std::shared_ptr<const StubList> list, int entry);
    const StubList &list() const { return *m_list; }

    // The entry holding `id`, or -1. Builds the index first when it is not ready.
    int find(QByteArrayView idUtf8) const;
    int find(QStringView id) const;
    // Whether the index is built (lookups are O(1) without building anything).
    bool isReady() const { return m_index.isBuilt(); }
    // A worker is building it.
    bool isPending() const { return !m_index.isBuilt() && !m_task.isNull(); }
    // Builds it on the calling thread unless ready.
    void ensureBuilt() const;
    // Whether this index covers `list` (the same entries, maybe more appended): a spot check of
    // a few ids, for users that keep their own copy of the list.
    bool covers(const StubList &list) const;
    // Complete builds done so far, on a worker or on demand (one per list when shared as meant).
    int builds() const { return m_builds; }

Q_SIGNALS:
    // The index of the current list is built (queued when a lookup built it on demand).
    void ready();

private:
    void adopt(StubIdIndex index);

    std::shared_ptr<const StubList> m_list;
    mutable StubIdIndex m_index;
    mutable int m_builds = 0;
    Background::Task m_task; // the worker building it, if any
};

} // namespace TokenDesk
