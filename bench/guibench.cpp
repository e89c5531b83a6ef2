// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-bench-gui: the real MainWindow (offscreen is fine) against a cluster holding 1,000,000
// tokens. A watchdog QTimer fires every 5 ms and records its own lateness: the longest lateness is
// the longest time the GUI event loop was blocked. Phases:
//   load    refresh() with limit 1,000,000 -> every row shown (details of visible rows load meanwhile)
//   filter  quick filter patterns through the proxy, each from setFilterText() (what the debounced
//           line edit calls) to the proxy's `refreshed` (the quick-filter figure P2), rare / common / mid / empty
//   typing  a pattern typed into the quick-filter line edit one key every 40 ms (debounce included)
//   sort    sort by name, then back to list order
//
//   tokendesk-bench-gui --url U [--token T | TOKENDESK_BENCH_TOKEN] [--runs N] [--trace-stalls MS]
// --trace-stalls MS: for every block longer than MS, what the GUI thread was doing (stalltracer.h),
// printed on stderr at the end.
#include "benchcommon.h"
#include "stalltracer.h"

#include "api/tokensservice.h"
#include "filterpane.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace TokenDesk::Bench {
namespace {

class Watchdog final : public QObject
{
public:
    explicit Watchdog(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &Watchdog::tick);
    }
    static constexpr int IntervalMs = 5;

    void start()
    {
        m_last = monotonicMs();
        m_timer.start();
    }
    void setPhase(const QString &phase)
    {
        m_phase = phase;
        m_last = monotonicMs();
        m_worst.try_emplace(phase, 0.0);
    }
    const std::map<QString, double> &worst() const { return m_worst; }
    void setTracer(StallTracer *tracer) { m_tracer = tracer; }

private:
    void tick()
    {
        const double now = monotonicMs();
        const double late = now - m_last - IntervalMs;
        m_last = now;
        double &worst = m_worst[m_phase];
        worst = qMax(worst, late);
        if (m_tracer)
            m_tracer->tick(m_phase);
    }

    QTimer m_timer;
    double m_last = 0;
    QString m_phase = QStringLiteral("idle");
    std::map<QString, double> m_worst;
    StallTracer *m_tracer = nullptr;
};

} // namespace
} // namespace TokenDesk::Bench

int main(int argc, char *argv[])
{
    using namespace TokenDesk;
    using namespace TokenDesk::Bench;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendesk-bench-gui"));
    QApplication::setOrganizationName(QStringLiteral("TokenDeskBench"));
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.info=false\ntokendesk.*.debug=false"));

    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Cluster base URL."),
                                       QStringLiteral("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("API token (secret)."),
                                         QStringLiteral("SECRET"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Filter repetitions."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption traceOption(QStringLiteral("trace-stalls"),
                                         QStringLiteral("Report what the GUI thread did in blocks longer than MS."),
                                         QStringLiteral("MS"));
    parser.addOptions({urlOption, tokenOption, runsOption, traceOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    // Every run starts from the same view. The window restores what its settings hold (the table's
    // sort, the filters, the layout), and the last phase of a run leaves the table sorted by name: a
    // run that found those settings would filter and sort a sorted view (and its sort phase would
    // wait for a change that never comes). So the settings live in a directory of this run only.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "tokendesk-bench-gui: cannot create a settings directory: %s\n",
                     qPrintable(settingsDir.errorString()));
        return 1;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(parser.value(urlOption));
    settings.apiToken =
        parser.isSet(tokenOption) ? parser.value(tokenOption) : qEnvironmentVariable("TOKENDESK_BENCH_TOKEN");
    settings.timeoutMs = 120000;

    MainWindow window(MainWindow::Options{});
    window.resize(1280, 760);
    window.show();
    auto *watchdog = new Watchdog(&window);
    std::unique_ptr<StallTracer> tracer;
    if (parser.isSet(traceOption)) {
        tracer = std::make_unique<StallTracer>(parser.value(traceOption).toDouble());
        watchdog->setTracer(tracer.get());
    }
    watchdog->start();

    TokenProxyModel *proxy = window.proxy();
    QString phase;
    double phaseStart = 0;
    int expected = -1;
    std::map<QString, std::vector<double>> filterTimes;
    const QStringList patterns = {QStringLiteral("tokendesk-admin"), QString(), QStringLiteral("e"), QString(),
                                  QStringLiteral("pipeline"),        QString()};
    int step = 0;
    QString current;
    double loadMs = -1;
    double typingMs = -1;
    double sortMs = -1;
    std::function<void()> nextStep;

    auto settled = [&] { return !proxy->isPending(); };
    auto finish = [&] {
        QString line = QStringLiteral("gui_load_ms=%1 gui_typing_ms=%2 gui_sort_ms=%3 rows=%4 hwm_kb=%5")
                           .arg(loadMs, 0, 'f', 1)
                           .arg(typingMs, 0, 'f', 1)
                           .arg(sortMs, 0, 'f', 1)
                           .arg(expected)
                           .arg(procStatusKb("VmHWM"));
        for (const auto &[pattern, values] : filterTimes)
            line += QStringLiteral(" filter[%1]_ms=%2 filter[%1]_max_ms=%3")
                        .arg(pattern.isEmpty() ? QStringLiteral("<empty>") : pattern)
                        .arg(median(values), 0, 'f', 1)
                        .arg(maximum(values), 0, 'f', 1);
        for (const auto &[name, worst] : watchdog->worst())
            line += QStringLiteral(" stall[%1]_ms=%2").arg(name).arg(worst, 0, 'f', 1);
        result(line);
        if (tracer)
            std::fputs(tracer->finish().toUtf8().constData(), stderr);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };

    // Typing: one key every 40 ms (faster than the 150 ms debounce), then wait for the result.
    const QString typed = QStringLiteral("pipeline-4");
    int typedKeys = 0;
    std::function<void()> typeKey = [&] {
        WindowParts::quickFilter(window)->setText(typed.left(++typedKeys));
        if (typedKeys < typed.size())
            QTimer::singleShot(40, &window, typeKey);
    };

    nextStep = [&] {
        if (phase == QLatin1String("filter")) {
            if (step >= int(patterns.size()) * runs) {
                phase = QStringLiteral("typing");
                watchdog->setPhase(phase);
                phaseStart = monotonicMs();
                typeKey();
                return;
            }
            current = patterns.at(step % patterns.size());
            ++step;
            phaseStart = monotonicMs();
            {
                const QSignalBlocker blocker(WindowParts::quickFilter(window));
                WindowParts::quickFilter(window)->setText(current);
            }
            proxy->setFilterText(current); // what the debounced line edit calls
            return;
        }
    };

    std::function<void()> checkProgress = [&] {
        if (!settled())
            return;
        if (phase == QLatin1String("load")) {
            if (expected < 0 || proxy->shownCount() != expected)
                return;
            loadMs = monotonicMs() - phaseStart;
            phase = QStringLiteral("filter");
            watchdog->setPhase(phase);
            QTimer::singleShot(0, &window, nextStep);
        } else if (phase == QLatin1String("filter")) {
            if (proxy->filterText() != current)
                return;
            filterTimes[current].push_back(monotonicMs() - phaseStart);
            QTimer::singleShot(0, &window, nextStep);
        } else if (phase == QLatin1String("typing")) {
            if (proxy->filterText() != typed)
                return;
            typingMs = monotonicMs() - phaseStart;
            WindowParts::quickFilter(window)->clear();
            phase = QStringLiteral("clear");
        } else if (phase == QLatin1String("clear")) {
            if (!proxy->filterText().isEmpty())
                return;
            phase = QStringLiteral("sort");
            watchdog->setPhase(phase);
            phaseStart = monotonicMs();
            WindowParts::table(window)->sortByColumn(TokenTableModel::NameColumn, Qt::AscendingOrder);
        } else if (phase == QLatin1String("sort")) {
            if (proxy->sortColumn() != TokenTableModel::NameColumn)
                return;
            sortMs = monotonicMs() - phaseStart;
            phase = QStringLiteral("done");
            watchdog->setPhase(QStringLiteral("idle"));
            QTimer::singleShot(200, &window, finish);
        }
    };
    QObject::connect(proxy, &TokenProxyModel::refreshed, &window, [&] { checkProgress(); });
    // An unfiltered list may be shown at once (during setList): check again after listLoaded.
    QObject::connect(&window, &MainWindow::listLoaded, &window, [&](int rows) {
        if (phase == QLatin1String("load") && rows > 1000) {
            expected = rows;
            QTimer::singleShot(0, &window, checkProgress);
        }
    });
    QObject::connect(&window, &MainWindow::listFailed, &window, [&](const ApiError &error) {
        std::fprintf(stderr, "tokendesk-bench-gui: list failed: %s\n", error.toString().toUtf8().constData());
        QCoreApplication::exit(1);
    });

    QTimer::singleShot(0, &window, [&] {
        window.connectTo(settings, QStringLiteral("bench"), false);
        FilterPane::State state = WindowParts::filterPane(window)->state();
        state.limit = ListQuery::MaxLimit;
        WindowParts::filterPane(window)->setState(state);
        phase = QStringLiteral("load");
        if (qEnvironmentVariableIsSet("TOKENDESK_BENCH_DEBUG"))
            std::fprintf(stderr, "spec at load: text '%s' status %d neverUsed %d sort %d identity %d\n",
                         qPrintable(proxy->spec().text), int(proxy->spec().status), int(proxy->spec().neverUsedOnly),
                         proxy->spec().sortColumn, int(proxy->spec().isIdentity()));
        watchdog->setPhase(phase);
        phaseStart = monotonicMs();
        window.refresh();
    });
    QTimer::singleShot(300000, &app, [&] {
        // Say where it waited: the phase, and what the proxy and the quick filter hold.
        std::fprintf(stderr,
                     "tokendesk-bench-gui: timed out in phase '%s' (proxy pending %d, filter '%s', shown %d of %d "
                     "expected, step %d)\n",
                     qPrintable(phase), int(proxy->isPending()), qPrintable(proxy->filterText()), proxy->shownCount(),
                     expected, step);
        if (tracer)
            std::fputs(tracer->finish().toUtf8().constData(), stderr);
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}
