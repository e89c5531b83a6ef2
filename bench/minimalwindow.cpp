// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-bench-minimal: the reference of the start-up figure (P5 of docs/performance.md). A minimal Qt Widgets main
// window holding an empty QTableView; at the first paint of the table's viewport it prints "first-paint-us
// <CLOCK_MONOTONIC microseconds>" and quits, exactly like `tokendesk` does with TOKENDESK_BENCH_FIRST_PAINT=1.
#include "benchcommon.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-us %lld\n", static_cast<long long>(TokenDesk::Bench::monotonicUs()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    auto *model = new QStandardItemModel(0, 8, &window);
    auto *table = new QTableView(&window);
    table->setModel(model);
    window.setCentralWidget(table);
    table->viewport()->installEventFilter(new FirstPaintProbe(&window));
    window.resize(1280, 760);
    window.show();
    return QApplication::exec();
}
