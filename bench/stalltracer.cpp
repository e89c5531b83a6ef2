// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stalltracer.h"

#include "benchcommon.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <csignal>
#include <cxxabi.h>
#include <execinfo.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace TokenDesk::Bench {
namespace {

constexpr int MaxSamples = 20000;
constexpr int MaxFrames = 64;
struct Sample
{
    int depth = 0;
    void *frames[MaxFrames];
};
Sample g_samples[MaxSamples];
std::atomic<int> g_sampleCount{0};

void onSampleSignal(int)
{
    const int saved = errno;
    const int i = g_sampleCount.load(std::memory_order_relaxed);
    if (i < MaxSamples) {
        g_samples[i].depth = backtrace(g_samples[i].frames, MaxFrames);
        g_sampleCount.store(i + 1, std::memory_order_release);
    }
    errno = saved;
}

// Nanoseconds on a CPU and waiting on a run queue, from /proc/self/task/TID/schedstat.
bool schedstat(int tid, double *cpuMs, double *runqueueMs)
{
    QFile file(QStringLiteral("/proc/self/task/%1/schedstat").arg(tid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return false;
    *cpuMs = fields.at(0).toDouble() / 1e6;
    *runqueueMs = fields.at(1).toDouble() / 1e6;
    return true;
}

QString symbolOf(void *address)
{
    char **names = backtrace_symbols(&address, 1);
    QString text = names ? QString::fromLocal8Bit(names[0]) : QStringLiteral("?");
    std::free(names);
    // "module(mangled+0x12) [0x...]": demangle the name, drop the offsets.
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const qsizetype plus = text.indexOf(QLatin1Char('+'), open);
    if (open >= 0 && plus > open + 1) {
        const QByteArray mangled = text.mid(open + 1, plus - open - 1).toLatin1();
        int status = -1;
        char *demangled = abi::__cxa_demangle(mangled.constData(), nullptr, nullptr, &status);
        QString name = status == 0 && demangled ? QString::fromLatin1(demangled) : QString::fromLatin1(mangled);
        std::free(demangled);
        if (name.size() > 140)
            name = name.left(140) + QStringLiteral("…");
        return name;
    }
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'), open);
    return text.mid(slash + 1);
}

} // namespace

StallTracer::StallTracer(double thresholdMs)
    : m_thresholdMs(thresholdMs)
    , m_lastTickUs(monotonicUs())
    , m_guiTid(int(::syscall(SYS_gettid)))
    , m_guiThread(pthread_self())
{
    void *warm[4];
    backtrace(warm, 4); // loads libgcc's unwinder now, not inside the signal handler
    struct sigaction action = {};
    action.sa_handler = onSampleSignal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGPROF, &action, nullptr);
    m_phases.push_back(QStringLiteral("idle"));
    m_watcher = std::thread([this] { watch(); });
}

StallTracer::~StallTracer()
{
    finish();
}

void StallTracer::tick(const QString &phase)
{
    if (phase != m_phase) {
        m_phase = phase;
        m_phases.push_back(phase); // the GUI thread only; the watcher reads the index
        m_phaseIndex.store(int(m_phases.size()) - 1);
    }
    m_lastTickUs.store(monotonicUs());
}

void StallTracer::watch()
{
    bool inStall = false;
    Stall current;
    double cpu0 = 0;
    double queue0 = 0;
    while (!m_stop) {
        usleep(5000);
        const double sinceTickMs = double(monotonicUs() - m_lastTickUs.load()) / 1000.0;
        if (sinceTickMs > m_thresholdMs) {
            if (!inStall) {
                inStall = true;
                current = Stall();
                current.startMs = monotonicMs() - sinceTickMs;
                current.firstSample = g_sampleCount.load(std::memory_order_acquire);
                schedstat(m_guiTid, &cpu0, &queue0);
            }
            pthread_kill(pthread_t(m_guiThread), SIGPROF);
        } else if (inStall) {
            inStall = false;
            double cpu1 = 0;
            double queue1 = 0;
            schedstat(m_guiTid, &cpu1, &queue1);
            // The part before the threshold was crossed is not in the schedstat difference: scale.
            current.durationMs = double(m_lastTickUs.load()) / 1000.0 - current.startMs;
            current.cpuMs = cpu1 - cpu0;
            current.runqueueMs = queue1 - queue0;
            current.samples = g_sampleCount.load(std::memory_order_acquire) - current.firstSample;
            current.phase = QString::number(m_phaseIndex.load());
            m_stalls.push_back(current);
        }
    }
}

QString StallTracer::finish()
{
    if (m_watcher.joinable()) {
        m_stop = true;
        m_watcher.join();
        signal(SIGPROF, SIG_IGN);
    }
    QString out;
    for (const Stall &stall : m_stalls) {
        const int phaseIndex = stall.phase.toInt();
        const QString phase =
            phaseIndex >= 0 && phaseIndex < int(m_phases.size()) ? m_phases.at(phaseIndex) : QString();
        const double watched = qMax(0.0, stall.durationMs - m_thresholdMs);
        out += QStringLiteral("STALL phase=%1 duration_ms=%2 (after the first %3 ms: gui_cpu_ms=%4 runqueue_ms=%5 "
                              "blocked_ms=%6) samples=%7\n")
                   .arg(phase)
                   .arg(stall.durationMs, 0, 'f', 1)
                   .arg(m_thresholdMs, 0, 'f', 0)
                   .arg(stall.cpuMs, 0, 'f', 1)
                   .arg(stall.runqueueMs, 0, 'f', 1)
                   .arg(qMax(0.0, watched - stall.cpuMs - stall.runqueueMs), 0, 'f', 1)
                   .arg(stall.samples);
        // The most frequent stacks (innermost first, the signal frames left out).
        QHash<QString, int> counts;
        for (int i = stall.firstSample; i < stall.firstSample + stall.samples && i < MaxSamples; ++i) {
            QStringList frames;
            for (int f = 2; f < g_samples[i].depth && frames.size() < 28; ++f)
                frames << symbolOf(g_samples[i].frames[f]);
            counts[frames.join(QStringLiteral("\n    "))]++;
        }
        std::vector<std::pair<int, QString>> sorted;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            sorted.emplace_back(it.value(), it.key());
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < sorted.size() && i < 3; ++i)
            out += QStringLiteral("  %1 of %2 samples:\n    %3\n")
                       .arg(sorted[i].first)
                       .arg(stall.samples)
                       .arg(sorted[i].second);
    }
    return out;
}

} // namespace TokenDesk::Bench
