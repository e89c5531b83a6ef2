// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Background work, the one way it is done in TokenDesk: a function runs on a QThreadPool worker and
// hands what it produced back to a receiver QObject, on the receiver's thread, only while the
// receiver lives.
//
//   // One result:
//   m_task = Background::run(this,
//       [store](const Background::Task &task) { return filter(*store, task.cancelFlag()); },
//       [this](Result result) { apply(std::move(result)); });
//
//   // Several deliveries (progress, then an outcome):
//   Background::start(this, [](const Background::Task &task) {
//       task.post([] { ... }); // runs on the receiver's thread
//   });
//
// Guarantees:
// - A delivery runs on the receiver's thread, from its event loop, never after the receiver is
//   destroyed: the receiver gets one small guard child, and deliveries are posted to that guard under
//   a mutex its destructor takes. A delivery already queued when the receiver dies is dropped by Qt
//   with the guard; the work may go on but its posts go nowhere (post() returns false).
// - cancel() only asks the work to stop (cancelFlag() turns true; the work decides what it still
//   reports: a filter drops its partial result, an export reports "cancelled"). discard() also drops
//   every delivery not run yet, posted or still to come: after it returns nothing of the task is
//   delivered.
// - Deliveries of one task run in the order they were posted.
// - The work owns what it captured: when it ends, its captures are released on the worker; a
//   dropped delivery's captures are released with the guard or when it is skipped.
//
// start() and run() are called on the receiver's thread (the guard becomes its child). The work runs on
// Background::pool() unless a pool is given. Work that must not outlive the process (tests) is awaited
// with Background::pool()->waitForDone().
#pragma once

#include "tsan.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace TokenDesk::Background {

// A stop request shared by the owner and the work. Copies share one flag.
class CancelFlag
{
public:
    CancelFlag()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    // For code that polls a plain flag (decoders, filters).
    const std::atomic_bool *get() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

class Task;

namespace Detail {
class Guard;

// Whether the receiver still lives: cleared under `mutex` when its guard is destroyed.
struct Mailbox
{
    std::mutex mutex;
    Guard *guard = nullptr;
};

struct State
{
    std::shared_ptr<Mailbox> mailbox;
    CancelFlag cancelled;
    bool discarded = false; // the receiver's thread only
};

// The QObject deliveries are posted to: one child per receiver, shared by all its tasks, destroyed
// with the receiver.
class Guard final : public QObject
{
public:
    explicit Guard(QObject *receiver);
    ~Guard() override;
    const std::shared_ptr<Mailbox> &mailbox() const { return m_mailbox; }

protected:
    bool event(QEvent *event) override;

private:
    std::shared_ptr<Mailbox> m_mailbox;
};

// One delivery, posted to the guard as an event of our own (not a queued call) so that the object
// handed from the worker to the receiver's thread is ours from end to end: it is complete when it is
// posted (Tsan::release) and the guard picks it up (Tsan::acquire) before reading any of it.
class Delivery : public QEvent
{
public:
    static QEvent::Type eventType();
    // Runs the delivery unless its task was discarded meanwhile.
    void deliver()
    {
        if (!m_state->discarded) {
            run();
        }
    }

protected:
    explicit Delivery(std::shared_ptr<State> state)
        : QEvent(eventType())
        , m_state(std::move(state))
    {}
    virtual void run() = 0;

private:
    std::shared_ptr<State> m_state;
};

template<class F>
class DeliveryOf final : public Delivery
{
public:
    DeliveryOf(std::shared_ptr<State> state, F f)
        : Delivery(std::move(state))
        , m_f(std::move(f))
    {}
    // A delivery dropped unrun (its receiver died) is destroyed on the receiver's thread without
    // passing Guard::event: the same pick-up, before the captures are released.
    ~DeliveryOf() override { Tsan::acquire(static_cast<QEvent *>(this)); }
    Q_DISABLE_COPY_MOVE(DeliveryOf)

private:
    void run() override { m_f(); }
    F m_f;
};
} // namespace Detail

// One piece of background work: the owner's handle and the work's way back. Copies share the task.
class Task
{
public:
    Task() = default;
    bool isNull() const { return !m_state; }

    // The owner (receiver's thread) -------------------------------------------------------------
    // Asks the work to stop; what it still posts is delivered.
    void cancel() const;
    // Asks the work to stop and drops every delivery not run yet (posted or to come).
    void discard() const;

    // Both sides -------------------------------------------------------------------------------
    bool isCancelled() const { return m_state && m_state->cancelled.isCancelled(); }
    // For code that polls a plain flag (decoders, filters); null for a null task.
    const std::atomic_bool *cancelFlag() const { return m_state ? m_state->cancelled.get() : nullptr; }

    // The work (any thread) ----------------------------------------------------------------------
    // Queues `f()` to run on the receiver's thread. False (and `f` dropped) when the receiver is gone.
    template<class F>
    bool post(F f) const
    {
        if (!m_state) {
            return false;
        }
        Detail::Mailbox &mailbox = *m_state->mailbox;
        std::lock_guard<std::mutex> lock(mailbox.mutex);
        if (!mailbox.guard) {
            return false;
        }
        QEvent *delivery = new Detail::DeliveryOf<F>(m_state, std::move(f));
        // Qt's event queue orders the post before the delivery under its own lock, which the
        // sanitizer does not see (Guard::event and ~DeliveryOf pick it up).
        Tsan::release(delivery);
        QCoreApplication::postEvent(mailbox.guard, delivery);
        return true;
    }

private:
    friend Task startTask(QObject *, CancelFlag, QThreadPool *, std::function<void(const Task &)>);
    explicit Task(std::shared_ptr<Detail::State> state)
        : m_state(std::move(state))
    {}
    std::shared_ptr<Detail::State> m_state;
};

// The pool TokenDesk's background work runs on (one thread per core), created on first use and stopped
// (its work awaited) when the application object is destroyed, as Qt stops its own global pool.
//
// It is deliberately not QThreadPool::globalInstance(): Qt GUI 6.4 splits a large fill of its raster
// paint engine (a widget's background, a tall line of the header, a scaled image) into segments that it
// runs on the global pool while the painting thread waits for all of them. Our jobs run for seconds (a
// filter or sort of a million rows, the decode of a list, its id index); had they held the global
// pool's threads, a repaint of the window would have waited on the GUI thread until one of them ended.
QThreadPool *pool();

// Runs `work(task)` on `pool` (null: Background::pool()). `cancel` is the task's flag (a request that
// spans several tasks shares one).
Task startTask(QObject *receiver, CancelFlag cancel, QThreadPool *pool, std::function<void(const Task &)> work);

// Runs `work(task)` on a worker; it posts its results with task.post().
template<class Work>
Task start(QObject *receiver, Work work, QThreadPool *pool = nullptr, CancelFlag cancel = CancelFlag())
{
    return startTask(receiver, std::move(cancel), pool, std::function<void(const Task &)>(std::move(work)));
}

// Runs `result = work(task)` on a worker, then `deliver(std::move(result))` on the receiver's thread
// (unless the receiver died or the task was discarded meanwhile).
template<class Work, class Deliver>
Task run(QObject *receiver, Work work, Deliver deliver, QThreadPool *pool = nullptr, CancelFlag cancel = CancelFlag())
{
    using Result = std::invoke_result_t<Work &, const Task &>;
    return start(
        receiver,
        [work = std::move(work), deliver = std::move(deliver)](const Task &task) mutable {
            // Shared, so the posted call stays copyable whatever Result is.
            auto result = std::make_shared<std::optional<Result>>(work(task));
            task.post([deliver = std::move(deliver), result]() mutable { deliver(std::move(**result)); });
        },
        pool, std::move(cancel));
}

} // namespace TokenDesk::Background
