// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Our background work must never hold the threads Qt paints with. Qt GUI 6.4 splits a large fill of
// the raster paint engine into segments, runs them on QThreadPool::globalInstance() and waits on the
// painting thread until all are done. Had our long jobs (a filter or sort of a million rows, a list's
// decode, its id index) run on that pool, a repaint of the window would have waited for them: seconds
// under load. Each test here keeps every worker of ours busy until the test lets it go.
#include "core/background.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QSemaphore>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <thread>

using namespace TokenDesk;

namespace {

// Occupies every thread of Background::pool() until release() or its destruction.
class BusyWorkers
{
public:
    explicit BusyWorkers(QObject *receiver)
    {
        m_count = Background::pool()->maxThreadCount();
        for (int i = 0; i < m_count; ++i) {
            // The workers share the semaphores: they may still be leaving acquire() when this is gone.
            Background::start(receiver, [gate = m_gate](const Background::Task &) {
                gate->started.release();
                gate->release.acquire();
            });
        }
        m_gate->started.acquire(m_count); // each one runs, none is queued
    }
    ~BusyWorkers() { release(); }
    Q_DISABLE_COPY_MOVE(BusyWorkers)

    int count() const { return m_count; }
    void release()
    {
        if (!m_released.exchange(true)) {
            m_gate->release.release(m_count);
        }
    }

private:
    struct Gate
    {
        QSemaphore started;
        QSemaphore release;
    };
    int m_count = 0;
    std::shared_ptr<Gate> m_gate = std::make_shared<Gate>();
    std::atomic_bool m_released{false};
};

} // namespace

class TestPaintWhileBusy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The style the header trace showed (QFusionStyle drawing the header's lines).
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanup() { QVERIFY(Background::pool()->waitForDone(20000)); }

    void ourPool_isNotQtsGlobalPool()
    {
        QVERIFY(Background::pool() != nullptr);
        QVERIFY(Background::pool() != QThreadPool::globalInstance());
        QCOMPARE(Background::pool(), Background::pool()); // one pool for all of our work
        QVERIFY(Background::pool()->maxThreadCount() >= 1);
    }

    void qtsGlobalPool_isFree_whileEveryWorkerOfOursIsBusy()
    {
        QObject receiver;
        BusyWorkers busy(&receiver);
        QCOMPARE(Background::pool()->activeThreadCount(), busy.count());
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        // What a segmented fill needs: a thread of the global pool, now.
        QSemaphore ran;
        QVERIFY(QThreadPool::globalInstance()->tryStart([&ran] { ran.release(); }));
        QVERIFY(ran.tryAcquire(1, 20000));
    }

    void windowPaints_whileEveryWorkerOfOursIsBusy()
    {
        // A table as large as the main window's, painted on this (the GUI) thread with the raster
        // engine, as the window repaints after a filter.
        QStandardItemModel model(2000, 6);
        for (int row = 0; row < 200; ++row) {
            for (int column = 0; column < 6; ++column) {
                model.setItem(row, column, new QStandardItem(QStringLiteral("dt0c01.TOKEN%1").arg(row * 6 + column)));
            }
        }
        QTableView view;
        view.setModel(&model);
        view.resize(1600, 1200);

        QObject receiver;
        BusyWorkers busy(&receiver);
        // Were the paint to wait for our workers, it would wait for ever: after a generous while, a
        // watchdog lets them go, so that the test fails instead of hanging.
        QSemaphore painted;
        std::atomic_bool gaveUp{false};
        std::thread watchdog([&] {
            if (!painted.tryAcquire(1, 60000)) {
                gaveUp = true;
                busy.release();
            }
        });
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&image);
        painted.release();
        watchdog.join();
        QVERIFY2(!gaveUp, "the paint waited for TokenDesk's background workers");
    }
};

QTEST_MAIN(TestPaintWhileBusy)
#include "tst_paintwhilebusy.moc"
