// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "job.h"

#include <QMetaObject>

namespace TokenDesk {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::run()
{
    m_starting = true;
    start();
    m_starting = false;
    if (isFinished() && !m_announced) {
        // Done before the caller could connect: tell it from the event loop.
        QMetaObject::invokeMethod(this, &Job::announce, Qt::QueuedConnection);
    }
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    stop();
}

void Job::setProgress(int done, int total)
{
    if (done == m_done && total == m_total)
        return;
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void Job::finish(Outcome outcome, const ApiError &error)
{
    if (isFinished())
        return;
    m_outcome = outcome;
    m_error = error;
    if (!m_starting)
        announce();
}

void Job::announce()
{
    if (m_announced)
        return;
    m_announced = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace TokenDesk
