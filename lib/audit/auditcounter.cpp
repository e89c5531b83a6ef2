// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditcounter.h"

#include "model/tokentablemodel.h"

namespace TokenDesk {

AuditCounter::AuditCounter(TokenTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &AuditCounter::start);
    // Every change of what the views read: the list, rows added or removed, and details arriving or
    // changing (a revoke, a rename, a new "now").
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditCounter::schedule);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditCounter::schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AuditCounter::schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditCounter::schedule);
    schedule();
}

AuditCounter::~AuditCounter()
{
    m_task.discard();
}

AuditViews::Count AuditCounter::count(AuditView view) const
{
    const qsizetype index = AuditViews::all().indexOf(view);
    return index >= 0 && index < m_counts.size() ? m_counts[index] : AuditViews::Count{};
}

void AuditCounter::schedule()
{
    if (m_running) {
        m_dirty = true; // counted again when the running pass reports
        return;
    }
    // Not restarted while active: during a details load, one count per interval, not none until the end.
    if (!m_timer.isActive())
        m_timer.start();
}

void AuditCounter::start()
{
    m_running = true;
    m_dirty = false;
    std::shared_ptr<const TokenStore> store = m_model->snapshot();
    const qint64 now = m_model->now();
    m_task = Background::run(
        this, [store, now](const Background::Task &) { return AuditViews::counts(*store, now); },
        [this](QList<AuditViews::Count> counts) {
            m_running = false;
            const bool changed = counts != m_counts;
            m_counts = std::move(counts);
            if (m_dirty)
                schedule();
            if (changed)
                Q_EMIT countsChanged();
        });
}

} // namespace TokenDesk
