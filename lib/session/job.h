// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The base of every job a ClusterSession runs: one piece of work against the cluster (a list, a
// create, a bulk revoke, "make sure these ids have details", ...) that reports progress, can be
// cancelled, and ends exactly once with an outcome. The typed result lives in the subclass.
//
// A job is started by the session that made it and is returned running. `finished` is emitted
// exactly once, never from inside the session call that returned the job (a job that is done at
// once, e.g. a bulk action over no tokens, emits it from the event loop), so a caller always has
// the chance to connect first. By default the job deletes itself (deleteLater) after `finished`;
// whoever keeps showing it (a result list, say) calls setAutoDelete(false) and owns it.
#pragma once

#include "api/apierror.h"

#include <QObject>

namespace TokenDesk {

class ClusterSession;

class Job : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    ~Job() override;

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Running; }
    bool succeeded() const { return m_outcome == Outcome::Succeeded; }
    bool isCancelled() const { return m_outcome == Outcome::Cancelled || m_cancelRequested; }
    // Why the job failed (meaningful when outcome() is Failed).
    const ApiError &error() const { return m_error; }

    // Work done of the total; a total of 0 means "not known yet" (one request, say).
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }

    // Nothing new is sent. A job whose requests in flight still matter (a bulk action: what reached
    // the server is never hidden) finishes when they are answered; any other job finishes at once
    // with Outcome::Cancelled. Does nothing once the job is finished.
    void cancel();

    void setAutoDelete(bool on) { m_autoDelete = on; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    // Exactly once per job.
    void finished();

protected:
    explicit Job(QObject *parent);

    // Sends the first requests. Called once, by the session, right after construction.
    virtual void start() = 0;
    // Stops the work; call finishCancelled() now or, for work still in flight, later.
    virtual void stop() = 0;

    // The session stops awaiting every answer (the connection changes): the job finishes now,
    // Cancelled. A job that keeps per-item results marks the unanswered ones first.
    virtual void abandon() { finishCancelled(); }

    void setProgress(int done, int total);
    void finishSucceeded() { finish(Outcome::Succeeded, ApiError()); }
    void finishFailed(const ApiError &error) { finish(Outcome::Failed, error); }
    void finishCancelled() { finish(Outcome::Cancelled, ApiError()); }

private:
    friend class ClusterSession;
    void run();
    void finish(Outcome outcome, const ApiError &error);
    void announce();

    Outcome m_outcome = Outcome::Running;
    ApiError m_error;
    int m_done = 0;
    int m_total = 0;
    bool m_starting = false;
    bool m_cancelRequested = false;
    bool m_announced = false;
    bool m_autoDelete = true;
};

} // namespace TokenDesk
