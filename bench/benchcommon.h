// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Small helpers shared by the benchmark executables: monotonic clock, peak RSS, medians, one-line
// JSON-ish result output ("key=value" pairs that bench/run parses).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace TokenDesk::Bench {

// CLOCK_MONOTONIC is system-wide on Linux: comparable between a launcher and its child.
inline qint64 monotonicUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

inline double monotonicMs()
{
    return double(monotonicUs()) / 1000.0;
}

// A field of /proc/self/status in kB (VmHWM = peak resident set, VmRSS = current), -1 if unknown.
inline qint64 procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            QByteArray value = line.mid(key.size()).trimmed();
            value.chop(3); // " kB"
            return value.trimmed().toLongLong();
        }
    }
    return -1;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double maximum(const std::vector<double> &values)
{
    return values.empty() ? -1 : *std::max_element(values.begin(), values.end());
}

// "RESULT key=value key=value", one line per measurement, flushed at once.
inline void result(const QString &line)
{
    std::fputs("RESULT ", stdout);
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace TokenDesk::Bench
