// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the GUI thread was doing while it did not answer: a watcher thread notices that the GUI's
// watchdog timer has not ticked for `thresholdMs`, then samples the GUI thread's stack every 5 ms
// (a signal whose handler calls backtrace()) until it ticks again, and notes how the time was spent
// from the kernel's account of that thread (/proc/self/task/TID/schedstat): running on a CPU,
// runnable but waiting for one (other processes had the cores), or neither (blocked: a lock, I/O,
// a page fault from disk). tokendesk-bench-gui --trace-stalls MS prints one report per stall.
#pragma once

#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace TokenDesk::Bench {

class StallTracer
{
public:
    // Call in the GUI thread.
    explicit StallTracer(double thresholdMs);
    ~StallTracer();
    StallTracer(const StallTracer &) = delete;
    StallTracer &operator=(const StallTracer &) = delete;

    // The GUI thread is alive (call from its watchdog timer); `phase` names what the bench is doing.
    void tick(const QString &phase);
    // Stops watching; the stalls seen, each with its time split and its most frequent stacks.
    QString finish();

private:
    struct Stall
    {
        QString phase;
        double startMs = 0;
        double durationMs = 0;
        double cpuMs = 0;      // the GUI thread ran
        double runqueueMs = 0; // it was runnable, no CPU was free
        int firstSample = 0;
        int samples = 0;
    };
    void watch();

    double m_thresholdMs;
    std::atomic<qint64> m_lastTickUs;
    std::atomic<bool> m_stop{false};
    QString m_phase;
    std::atomic<int> m_phaseIndex{0};
    std::vector<QString> m_phases;
    int m_guiTid = 0;
    unsigned long m_guiThread = 0;
    std::vector<Stall> m_stalls; // written by the watcher thread, read after stop
    std::thread m_watcher;
};

} // namespace TokenDesk::Bench
