// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one idiom for background work (core/background.h): results reach the receiver on its thread,
// never after it died, never after discard(); cancel() reaches the work; nothing is leaked.
#include "core/background.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace TokenDesk;

namespace {

// Counts live instances: a result or capture that is never delivered must still be destroyed.
struct Tracked
{
    static inline std::atomic_int alive{0};
    int value = 0;
    explicit Tracked(int v)
        : value(v)
    {
        ++alive;
    }
    Tracked(const Tracked &other)
        : value(other.value)
    {
        ++alive;
    }
    ~Tracked() { --alive; }
};

void drainEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        QVERIFY(Background::pool()->waitForDone(20000));
        drainEvents();
        QCOMPARE(Tracked::alive.load(), 0);
    }

    void deliversOnTheReceiversThread()
    {
        QObject receiver;
        Qt::HANDLE workThread = nullptr;
        Qt::HANDLE deliverThread = nullptr;
        int delivered = 0;
        Background::run(
            &receiver,
            [&workThread](const Background::Task &) {
                workThread = QThread::currentThreadId();
                return 42;
            },
            [&](int value) {
                deliverThread = QThread::currentThreadId();
                delivered = value;
            });
        QTRY_COMPARE(delivered, 42);
        QVERIFY(workThread != QThread::currentThreadId());
        QCOMPARE(deliverThread, QThread::currentThreadId());
        // A long-lived receiver collects nothing: one guard child serves all its tasks.
        for (int i = 0; i < 10; ++i) {
            Background::run(
                &receiver, [](const Background::Task &) { return 1; }, [&delivered](int v) { delivered += v; });
        }
        QTRY_COMPARE(delivered, 52);
        QCOMPARE(receiver.children().size(), 1);
    }

    void receiverDestroyedWhileWorking_getsNothing()
    {
        auto receiver = std::make_unique<QObject>();
        QSemaphore started;
        QSemaphore release;
        bool delivered = false;
        bool posted = true;
        Background::start(receiver.get(), [&](const Background::Task &task) {
            started.release();
            release.acquire();
            posted = task.post([&delivered, tracked = Tracked(1)] { delivered = true; });
        });
        started.acquire();
        receiver.reset(); // while the work runs
        release.release();
        QVERIFY(Background::pool()->waitForDone(20000));
        drainEvents();
        QVERIFY(!posted); // the work learns that nobody listens
        QVERIFY(!delivered);
        QCOMPARE(Tracked::alive.load(), 0);
    }

    void receiverDestroyedWithDeliveryQueued_getsNothing()
    {
        auto receiver = std::make_unique<QObject>();
        bool delivered = false;
        Background::run(
            receiver.get(), [](const Background::Task &) { return std::make_shared<Tracked>(7); },
            [&delivered](std::shared_ptr<Tracked>) { delivered = true; });
        QVERIFY(Background::pool()->waitForDone(20000)); // posted, not yet delivered
        QCOMPARE(Tracked::alive.load(), 1);
        receiver.reset();
        drainEvents();
        QVERIFY(!delivered);
        QCOMPARE(Tracked::alive.load(), 0); // the queued result went with the receiver
    }

    void discard_dropsWhatWasPostedAndWhatComes()
    {
        QObject receiver;
        QSemaphore posted;
        QSemaphore release;
        int deliveries = 0;
        std::atomic_bool sawCancel{false};
        const Background::Task task = Background::start(&receiver, [&](const Background::Task &work) {
            work.post([&deliveries, t = Tracked(1)] { ++deliveries; });
            posted.release();
            release.acquire();
            sawCancel = work.isCancelled(); // discard() also asks the work to stop
            work.post([&deliveries, t = Tracked(2)] { ++deliveries; });
        });
        posted.acquire();
        task.discard();
        release.release();
        QVERIFY(Background::pool()->waitForDone(20000));
        drainEvents();
        QCOMPARE(deliveries, 0);
        QVERIFY(sawCancel.load());
        QCOMPARE(Tracked::alive.load(), 0);
    }

    void cancel_reachesTheWork_whichStillReports()
    {
        QObject receiver;
        QSemaphore started;
        QString outcome;
        const Background::Task task = Background::run(
            &receiver,
            [&started](const Background::Task &work) {
                started.release();
                const std::atomic_bool *flag = work.cancelFlag();
                while (!flag->load()) {
                    QThread::yieldCurrentThread();
                }
                return QStringLiteral("stopped");
            },
            [&outcome](const QString &text) { outcome = text; });
        started.acquire();
        QVERIFY(!task.isCancelled());
        task.cancel();
        QVERIFY(task.isCancelled());
        QTRY_COMPARE(outcome, QStringLiteral("stopped"));
    }

    void sharedCancelFlag_spansTasks()
    {
        QObject receiver;
        const Background::CancelFlag flag;
        QSemaphore done;
        std::atomic_int sawCancel{0};
        for (int i = 0; i < 3; ++i) {
            Background::start(
                &receiver,
                [&](const Background::Task &work) {
                    while (!work.isCancelled()) {
                        QThread::yieldCurrentThread();
                    }
                    ++sawCancel;
                    done.release();
                },
                nullptr, flag);
        }
        flag.cancel();
        QVERIFY(done.tryAcquire(3, 20000));
        QCOMPARE(sawCancel.load(), 3);
    }

    void postsArriveInOrder()
    {
        QObject receiver;
        QList<int> seen;
        Background::start(&receiver, [&seen](const Background::Task &task) {
            for (int i = 0; i < 500; ++i) {
                task.post([&seen, i] { seen.append(i); });
            }
        });
        QTRY_COMPARE(seen.size(), 500);
        for (int i = 0; i < 500; ++i) {
            QCOMPARE(seen.at(i), i);
        }
    }

    void ownPool()
    {
        QObject receiver;
        QThreadPool pool;
        int delivered = 0;
        Background::run(
            &receiver, [](const Background::Task &) { return 5; }, [&delivered](int v) { delivered = v; }, &pool);
        QVERIFY(pool.waitForDone(20000));
        QTRY_COMPARE(delivered, 5);
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
