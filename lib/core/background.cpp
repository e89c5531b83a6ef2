// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "background.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <utility>

namespace TokenDesk::Background {

namespace Detail {

Guard::Guard(QObject *receiver)
    : QObject(receiver)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->guard = this;
}

Guard::~Guard()
{
    // After this, workers post nowhere; what they posted before is dropped by QObject's destructor.
    std::lock_guard<std::mutex> lock(m_mailbox->mutex);
    m_mailbox->guard = nullptr;
}

bool Guard::event(QEvent *event)
{
    // First: the event may be a delivery from a worker, not to be read before it is picked up.
    Tsan::acquire(event);
    if (event->type() == Delivery::eventType()) {
        static_cast<Delivery *>(event)->deliver();
        return true;
    }
    return QObject::event(event);
}

QEvent::Type Delivery::eventType()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

namespace {
// The work as handed to the pool: a runnable of our own (not a std::function that Qt wraps and
// copies), complete before QThreadPool::start() (Tsan::release) and picked up by the worker
// (Tsan::acquire) before it reads any of it. The pool deletes it on the worker once it ran, which
// releases the work's captures there.
class Job final : public QRunnable
{
public:
    Job(Task task, std::function<void(const Task &)> work)
        : m_task(std::move(task))
        , m_work(std::move(work))
    {}
    // Also where a pool that never ran the job (QThreadPool::clear) destroys it.
    ~Job() override { Tsan::acquire(static_cast<QRunnable *>(this)); }
    Q_DISABLE_COPY_MOVE(Job)

    void run() override
    {
        Tsan::acquire(static_cast<QRunnable *>(this));
        m_work(m_task);
    }

private:
    Task m_task;
    std::function<void(const Task &)> m_work;
};

Guard *guardOf(QObject *receiver)
{
    for (QObject *child : receiver->children()) {
        if (auto *guard = dynamic_cast<Guard *>(child)) {
            return guard;
        }
    }
    return new Guard(receiver);
}
} // namespace

} // namespace Detail

namespace {
QBasicMutex poolMutex;
QThreadPool *thePool = nullptr;

// Called by QCoreApplication's destructor, next to where Qt stops its global pool: the work ends while
// the application's objects still exist, and no thread of ours outlives main().
void stopPool()
{
    QThreadPool *stopping = nullptr;
    {
        const QMutexLocker lock(&poolMutex);
        stopping = std::exchange(thePool, nullptr);
    }
    if (stopping) {
        stopping->waitForDone();
        delete stopping;
    }
}
} // namespace

QThreadPool *pool()
{
    const QMutexLocker lock(&poolMutex);
    if (!thePool) {
        // Its default size is one thread per core (QThread::idealThreadCount()), like the global pool's.
        thePool = new QThreadPool;
        thePool->setObjectName(QStringLiteral("TokenDesk background"));
        qAddPostRoutine(stopPool);
    }
    return thePool;
}

void Task::cancel() const
{
    if (m_state) {
        m_state->cancelled.cancel();
    }
}

void Task::discard() const
{
    if (m_state) {
        m_state->cancelled.cancel();
        m_state->discarded = true;
    }
}

Task startTask(QObject *receiver, CancelFlag cancel, QThreadPool *pool, std::function<void(const Task &)> work)
{
    Q_ASSERT(receiver);
    Q_ASSERT(receiver->thread() == QThread::currentThread());
    auto state = std::make_shared<Detail::State>();
    state->mailbox = Detail::guardOf(receiver)->mailbox();
    state->cancelled = std::move(cancel);
    Task task(state);
    QRunnable *job = new Detail::Job(task, std::move(work));
    // QThreadPool's queue orders the start before the run under its own lock, which the sanitizer
    // does not see (Job::run picks it up).
    Tsan::release(job);
    (pool ? pool : Background::pool())->start(job);
    return task;
}

} // namespace TokenDesk::Background
