// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keeps the counts of the built-in audit views up to date for a table model: after the list or
// details change it counts again, at most every few hundred milliseconds, on a worker (one pass over
// a snapshot of the rows), so that a million rows never block the thread that owns the model.
#pragma once

#include "audit/auditview.h"
#include "core/background.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace TokenDesk {

class TokenTableModel;

class AuditCounter final : public QObject
{
    Q_OBJECT
public:
    explicit AuditCounter(TokenTableModel *model, QObject *parent = nullptr);
    ~AuditCounter() override;

    // Indexed like AuditViews::all(); empty before the first count.
    const QList<AuditViews::Count> &counts() const { return m_counts; }
    AuditViews::Count count(AuditView view) const;
    // Whether a count is running or due.
    bool isPending() const { return m_running || m_timer.isActive(); }
    // The pause between a change and the count it causes (default 250 ms).
    void setDelay(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void countsChanged();

private:
    void schedule();
    void start();

    TokenTableModel *m_model;
    QTimer m_timer;
    Background::Task m_task;
    QList<AuditViews::Count> m_counts;
    bool m_running = false;
    bool m_dirty = false;
};

} // namespace TokenDesk
