// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-bench: the headless benchmarks of issue 6, one measurement per process run, each printing
// "RESULT key=value ..." lines that bench/run collects. Only Qt Core + Network (tokendesk_core), so
// the peak RSS of `list` is that of the app's data path, not of a widget stack.
//
//   tokendesk-bench list    --url U --token T              P1: request -> rows in model -> proxy applied
//   tokendesk-bench rawget  --url U --token T              diagnosis: QNetworkAccessManager download only
//   tokendesk-bench parse   --file F                       diagnosis: our streaming parser vs QJsonDocument
//   tokendesk-bench filter  --url U --token T              P2 (model + proxy, no view)
//   tokendesk-bench sort    --url U --token T              sort by name (first, with the keys built; again)
//   tokendesk-bench export  --url U --token T --out F      P3: CSV (id, name) of the loaded list
//   tokendesk-bench details --url U --token T --count N [--concurrency C]   P4
//   tokendesk-bench startup --runs N -- PROGRAM ARGS...    P5: spawn -> "first-paint-us" line
#include "benchcommon.h"

#include "api/jsoncodec.h"
#include "api/tokensservice.h"
#include "csv/csvexportjob.h"
#include "csv/tokensnapshot.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace TokenDesk::Bench {
namespace {

struct Args
{
    QString url;
    QString token;
    QString file;
    QString out;
    QString caFile;
    int limit = 1000000;
    int count = 10000;
    int concurrency = 0; // 0: the loader's own choice (by protocol)
    int runs = 5;
    QStringList rest;
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "tokendesk-bench: %s\n", message.toUtf8().constData());
    std::exit(1);
}

ConnectionSettings connection(const Args &args)
{
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(args.url);
    s.apiToken = args.token;
    s.caFile = args.caFile;
    s.timeoutMs = 120000;
    return s;
}

// Loads the whole list the way the main window does (service -> model.setList -> loader.setList ->
// proxy recomputed on its worker) and calls `done` once the proxy shows every row.
class ListLoad final : public QObject
{
public:
    ListLoad(TokensService *service, TokenTableModel *model, TokenProxyModel *proxy, DetailsLoader *loader,
             std::function<void(const StubList &)> done)
        : m_service(service)
        , m_model(model)
        , m_proxy(proxy)
        , m_loader(loader)
        , m_done(std::move(done))
    {
        connect(m_proxy, &TokenProxyModel::refreshed, this, &ListLoad::check);
    }

    void start(int limit = ListQuery::MaxLimit)
    {
        ListQuery q;
        q.limit = limit;
        m_startMs = monotonicMs();
        m_service->listTokens(q, this, [this](const ApiResult<StubList> &r) {
            if (!r.ok())
                fail(QStringLiteral("list failed: ") + r.error.toString());
            replyMs = monotonicMs() - m_startMs;
            replyHwmKb = procStatusKb("VmHWM");
            // As MainWindow::onListResult does: the model and the loader take the list; no copy kept here.
            m_model->setList(*r.value);
            if (m_loader)
                m_loader->setList(*r.value);
            setListMs = monotonicMs() - m_startMs;
            m_expected = r.value->size();
            check();
        });
    }

    double replyMs = -1;    // request -> parsed list in the callback
    qint64 replyHwmKb = -1; // peak RSS when the parsed list arrived
    double setListMs = -1;  // ... -> model and loader set
    double totalMs = -1;    // ... -> proxy shows every row

private:
    void check()
    {
        if (m_expected < 0 || totalMs >= 0 || m_proxy->isPending() || m_proxy->shownCount() != m_expected)
            return;
        totalMs = monotonicMs() - m_startMs;
        m_done(*m_model->store().list);
    }

    TokensService *m_service;
    TokenTableModel *m_model;
    TokenProxyModel *m_proxy;
    DetailsLoader *m_loader;
    std::function<void(const StubList &)> m_done;
    double m_startMs = 0;
    int m_expected = -1;
};

int runList(const Args &args)
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    service.setConnection(connection(args));
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    DetailsLoader loader(&service);
    loader.setIdIndex(model.idIndex()); // as the app does: the ids are hashed once
    ListLoad load(&service, &model, &proxy, &loader, [&](const StubList &list) {
        result(QStringLiteral("list_ms=%1 reply_ms=%2 setlist_ms=%3 rows=%4 hwm_kb=%5 arena_bytes=%6 reply_hwm_kb=%7")
                   .arg(load.totalMs, 0, 'f', 1)
                   .arg(load.replyMs, 0, 'f', 1)
                   .arg(load.setListMs, 0, 'f', 1)
                   .arg(list.size())
                   .arg(procStatusKb("VmHWM"))
                   .arg(list.memoryBytes())
                   .arg(load.replyHwmKb));
        QCoreApplication::quit();
    });
    load.start(args.limit);
    return QCoreApplication::exec();
}

int runRawGet(const Args &args)
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    service.setConnection(connection(args));
    QNetworkRequest request =
        service.buildRequest(QStringLiteral("tokens"), {{QStringLiteral("limit"), QStringLiteral("1000000")}});
    const double start = monotonicMs();
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, start] {
        const QByteArray body = reply->readAll();
        result(QStringLiteral("rawget_ms=%1 bytes=%2 hwm_kb=%3")
                   .arg(monotonicMs() - start, 0, 'f', 1)
                   .arg(body.size())
                   .arg(procStatusKb("VmHWM")));
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

int runParse(const Args &args)
{
    QFile file(args.file);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + args.file);
    const QByteArray json = file.readAll();
    std::vector<double> ours;
    std::vector<double> qt;
    int rows = 0;
    for (int i = 0; i < args.runs; ++i) {
        double t = monotonicMs();
        const std::optional<StubList> list = Json::decodeStubList(json);
        ours.push_back(monotonicMs() - t);
        if (!list)
            fail(QStringLiteral("our parser rejected the file"));
        rows = list->size();
        t = monotonicMs();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        qt.push_back(monotonicMs() - t);
        if (doc.isNull())
            fail(QStringLiteral("QJsonDocument rejected the file"));
    }
    result(QStringLiteral("parse_ours_ms=%1 parse_qjson_ms=%2 rows=%3 bytes=%4")
               .arg(median(ours), 0, 'f', 1)
               .arg(median(qt), 0, 'f', 1)
               .arg(rows)
               .arg(json.size()));
    return 0;
}

int runFilter(const Args &args)
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    service.setConnection(connection(args));
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    // Patterns: one token (rare), most tokens (common), a mid-size set, and back to all (empty).
    const QStringList patterns = {QStringLiteral("tokendesk-admin"), QString(), QStringLiteral("e"), QString(),
                                  QStringLiteral("pipeline"),        QString()};
    std::map<QString, std::vector<double>> times;
    int step = 0;
    double started = 0;
    QString current;
    auto next = [&] {
        if (step >= int(patterns.size()) * args.runs) {
            QString line;
            for (const auto &[pattern, values] : times)
                line += QStringLiteral("filter[%1]_ms=%2 filter[%1]_max_ms=%3 ")
                            .arg(pattern.isEmpty() ? QStringLiteral("<empty>") : pattern)
                            .arg(median(values), 0, 'f', 1)
                            .arg(maximum(values), 0, 'f', 1);
            result(line.trimmed());
            QCoreApplication::quit();
            return;
        }
        current = patterns.at(step % patterns.size());
        ++step;
        started = monotonicMs();
        proxy.setFilterText(current);
    };
    bool loaded = false;
    QObject::connect(&proxy, &TokenProxyModel::refreshed, &proxy, [&] {
        if (!loaded || proxy.isPending())
            return;
        times[current].push_back(monotonicMs() - started);
        QTimer::singleShot(0, &proxy, next);
    });
    ListLoad load(&service, &model, &proxy, nullptr, [&](const StubList &) {
        loaded = true;
        QTimer::singleShot(0, &proxy, next);
    });
    load.start();
    return QCoreApplication::exec();
}

// Sort by name on the proxy's worker: the first sort of a list builds its name keys, the next ones
// (descending, ascending again) reuse them. Each from TokenProxyModel::sort to `refreshed`.
int runSort(const Args &args)
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    service.setConnection(connection(args));
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    const std::vector<std::pair<int, Qt::SortOrder>> steps = {{TokenTableModel::NameColumn, Qt::AscendingOrder},
                                                              {TokenTableModel::NameColumn, Qt::DescendingOrder},
                                                              {-1, Qt::AscendingOrder},
                                                              {TokenTableModel::NameColumn, Qt::AscendingOrder}};
    std::vector<double> times;
    std::vector<qint64> computeMs;
    size_t step = 0;
    double started = 0;
    bool loaded = false;
    auto next = [&] {
        if (step >= steps.size()) {
            std::vector<double> warm = {times[1], times[3]};
            result(QStringLiteral("sort_first_ms=%1 sort_first_compute_ms=%2 sort_ms=%3 sort_compute_ms=%4 rows=%5")
                       .arg(times[0], 0, 'f', 1)
                       .arg(computeMs[0])
                       .arg(median(warm), 0, 'f', 1)
                       .arg(std::max(computeMs[1], computeMs[3]))
                       .arg(proxy.shownCount()));
            QCoreApplication::quit();
            return;
        }
        started = monotonicMs();
        proxy.sort(steps[step].first, steps[step].second);
        ++step;
    };
    QObject::connect(&proxy, &TokenProxyModel::refreshed, &proxy, [&] {
        if (!loaded || proxy.isPending() || step == 0)
            return;
        times.push_back(monotonicMs() - started);
        computeMs.push_back(proxy.lastTimings().computeMs);
        QTimer::singleShot(0, &proxy, next);
    });
    ListLoad load(&service, &model, &proxy, nullptr, [&](const StubList &) {
        loaded = true;
        QTimer::singleShot(0, &proxy, next);
    });
    load.start();
    return QCoreApplication::exec();
}

int runExport(const Args &args)
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    service.setConnection(connection(args));
    ListQuery q;
    q.limit = args.limit;
    std::vector<double> times;
    std::unique_ptr<CsvExportJob> job;
    std::shared_ptr<const TokenSnapshot> snapshot;
    double started = 0;
    std::function<void()> next = [&] {
        if (int(times.size()) >= args.runs) {
            result(QStringLiteral("export_ms=%1 export_max_ms=%2 rows=%3 csv_bytes=%4")
                       .arg(median(times), 0, 'f', 1)
                       .arg(maximum(times), 0, 'f', 1)
                       .arg(snapshot->rowCount())
                       .arg(QFile(args.out).size()));
            QCoreApplication::quit();
            return;
        }
        started = monotonicMs();
        job = std::make_unique<CsvExportJob>(snapshot, QList<TokenColumn>{TokenColumn::Id, TokenColumn::Name},
                                             QDateTime::currentMSecsSinceEpoch(), args.out, CsvOptions::standard());
        QObject::connect(job.get(), &CsvExportJob::finished, job.get(), [&](bool ok, const QString &error) {
            if (!ok)
                fail(QStringLiteral("export failed: ") + error);
            times.push_back(monotonicMs() - started);
            QTimer::singleShot(0, QCoreApplication::instance(), next);
        });
        job->start();
    };
    service.listTokens(q, &service, [&](const ApiResult<StubList> &r) {
        if (!r.ok())
            fail(QStringLiteral("list failed: ") + r.error.toString());
        snapshot = std::make_shared<StubListSnapshot>(*r.value);
        next();
    });
    return QCoreApplication::exec();
}

int runDetails(const Args &args)
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    service.setConnection(connection(args));
    DetailsLoader loader(&service);
    loader.setMaxConcurrent(args.concurrency);
    ListQuery q;
    q.limit = args.count;
    double started = 0;
    int delivered = 0;
    QObject::connect(&loader, &DetailsLoader::detailsLoaded, &loader,
                     [&](const QList<TokenMetadata> &batch) { delivered += int(batch.size()); });
    QObject::connect(&loader, &DetailsLoader::allLoaded, &loader, [&] {
        result(QStringLiteral("details_ms=%1 loaded=%2 failed=%3 requests=%4 concurrency=%5")
                   .arg(monotonicMs() - started, 0, 'f', 1)
                   .arg(delivered)
                   .arg(loader.failedCount())
                   .arg(loader.requestsSent())
                   .arg(loader.maxConcurrent()));
        QCoreApplication::quit();
    });
    service.listTokens(q, &service, [&](const ApiResult<StubList> &r) {
        if (!r.ok())
            fail(QStringLiteral("list failed: ") + r.error.toString());
        loader.setList(*r.value);
        started = monotonicMs();
        loader.loadAll();
    });
    return QCoreApplication::exec();
}

// Spawns PROGRAM and reads its stdout until a line "first-paint-us <monotonic us>"; the figure is
// that instant minus the instant just before posix_spawn. The child quits by itself after printing.
int runStartup(const Args &args)
{
    if (args.rest.isEmpty())
        fail(QStringLiteral("startup needs -- PROGRAM ARGS..."));
    std::vector<QByteArray> argvStore;
    for (const QString &a : args.rest)
        argvStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argvStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<double> times;
    for (int run = 0; run < args.runs; ++run) {
        int fds[2];
        if (::pipe(fds) != 0)
            fail(QStringLiteral("pipe failed"));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addclose(&actions, fds[1]);
        pid_t pid = 0;
        const qint64 before = monotonicUs();
        const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        if (rc != 0)
            fail(QStringLiteral("cannot start ") + args.rest.first() + QStringLiteral(": ") +
                 QString::fromLocal8Bit(std::strerror(rc)));
        QByteArray output;
        char buffer[4096];
        qint64 paintedUs = -1;
        for (;;) {
            const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            output.append(buffer, n);
            const qsizetype at = output.indexOf("first-paint-us ");
            if (at >= 0 && output.indexOf('\n', at) > at) {
                const qsizetype end = output.indexOf('\n', at);
                paintedUs = output.mid(at + 15, end - at - 15).trimmed().toLongLong();
                break;
            }
        }
        ::close(fds[0]);
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (paintedUs < 0)
            fail(QStringLiteral("the program printed no first-paint-us line"));
        times.push_back(double(paintedUs - before) / 1000.0);
    }
    result(QStringLiteral("startup_ms=%1 startup_min_ms=%2 runs=%3")
               .arg(median(times), 0, 'f', 1)
               .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
               .arg(times.size()));
    return 0;
}

} // namespace
} // namespace TokenDesk::Bench

int main(int argc, char *argv[])
{
    using namespace TokenDesk::Bench;
    // `startup` must not parse the child's options: split at "--" first.
    QStringList rest;
    int ownArgc = argc;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            for (int j = i + 1; j < argc; ++j)
                rest << QString::fromLocal8Bit(argv[j]);
            ownArgc = i;
            break;
        }
    }
    QCoreApplication app(ownArgc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.info=false\ntokendesk.*.debug=false"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("list | rawget | parse | filter | sort | export | details | startup"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Cluster base URL."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("API token (secret)."),
                                   QStringLiteral("SECRET"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("JSON file (parse)."), QStringLiteral("F"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("CSV file (export)."), QStringLiteral("F"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Tokens (details)."), QStringLiteral("N"),
                                   QStringLiteral("10000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Details requests at a time."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("Extra CA certificates (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Tokens to list (list, export)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions in this process."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({url, token, file, out, caFile, limit, count, concurrency, runs});
    parser.addHelpOption();
    parser.process(app);

    Args args;
    args.url = parser.value(url);
    // The secret may also come from the environment (keeps it out of `ps`).
    args.token = parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("TOKENDESK_BENCH_TOKEN");
    args.file = parser.value(file);
    args.out = parser.value(out);
    args.caFile = parser.value(caFile);
    args.limit = parser.value(limit).toInt();
    args.count = parser.value(count).toInt();
    args.concurrency = parser.value(concurrency).toInt();
    args.runs = qMax(1, parser.value(runs).toInt());
    args.rest = rest;

    const QString command = parser.positionalArguments().value(0);
    if (command == QLatin1String("list"))
        return runList(args);
    if (command == QLatin1String("rawget"))
        return runRawGet(args);
    if (command == QLatin1String("parse"))
        return runParse(args);
    if (command == QLatin1String("filter"))
        return runFilter(args);
    if (command == QLatin1String("sort"))
        return runSort(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("details"))
        return runDetails(args);
    if (command == QLatin1String("startup"))
        return runStartup(args);
    parser.showHelp(2);
}
