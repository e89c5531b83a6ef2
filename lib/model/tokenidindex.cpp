// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenidindex.h"

#include "model/modellimits.h"

namespace TokenDesk {

TokenIdIndex::TokenIdIndex(QObject *parent)
    : QObject(parent)
    , m_list(std::make_shared<StubList>())
{}

TokenIdIndex::~TokenIdIndex() = default;

void TokenIdIndex::setList(std::shared_ptr<const StubList> list, Hashing hashing)
{
    m_task.discard(); // indexes a list that is gone
    m_task = {};
    m_list = list ? std::move(list) : std::make_shared<StubList>();
    m_index.clear();
    if (hashing == Hashing::OnFirstUse || !ModelLimits::onWorker(m_list->size())) {
        return; // cheap enough (or not worth it yet) to build on first use
    }
    // The worker hashes its own copy (implicitly shared: nothing is copied unless the owner appends
    // to its list meanwhile), so the owner may go on changing its list.
    auto copy = std::make_shared<const StubList>(*m_list);
    m_task = Background::run(
        this,
        [copy](const Background::Task &) {
            StubIdIndex index;
            index.build(*copy);
            return index;
        },
        [this](StubIdIndex index) {
            m_task = {};
            if (!m_index.isBuilt()) {
                adopt(std::move(index));
                Q_EMIT ready();
            }
        });
}

void TokenIdIndex::adopt(StubIdIndex index)
{
    m_index = std::move(index);
    ++m_builds;
    for (int entry = m_index.entries(); entry < m_list->size(); ++entry) {
        m_index.add(*m_list, entry); // tokens appended while the worker ran
    }
}

void TokenIdIndex::append(std::shared_ptr<const StubList> list, int entry)
{
    m_list = std::move(list);
    m_index.add(*m_list, entry); // no-op until built: a later build includes it
}

void TokenIdIndex::ensureBuilt() const
{
    if (m_index.isBuilt()) {
        return;
    }
    m_index.build(*m_list);
    ++m_builds;
    // Announced from the event loop: the caller is in the middle of a lookup.
    QMetaObject::invokeMethod(const_cast<TokenIdIndex *>(this), &TokenIdIndex::ready, Qt::QueuedConnection);
}

int TokenIdIndex::find(QByteArrayView idUtf8) const
{
    ensureBuilt();
    return m_index.find(*m_list, idUtf8);
}

int TokenIdIndex::find(QStringView id) const
{
    return find(QByteArrayView(id.toUtf8()));
}

bool TokenIdIndex::covers(const StubList &list) const
{
    const int size = list.size();
    if (size > m_list->size()) {
        return false;
    }
    if (size == 0) {
        return true;
    }
    for (const int entry : {0, size / 2, size - 1}) {
        if (list.idUtf8(entry) != m_list->idUtf8(entry)) {
            return false;
        }
    }
    return true;
}

} // namespace TokenDesk
