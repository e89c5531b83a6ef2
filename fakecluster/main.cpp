// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-fakecluster: a fake Dynatrace Managed cluster (Cluster API v2 Tokens) on loopback.
// Prints the base URL and its own admin token (a local fake: handing out its admin secret is its job),
// then serves until SIGINT/SIGTERM.
#include "fakecluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using TokenDesk::Fake::FakeCluster;
using TokenDesk::Fake::SeedOptions;
using TokenDesk::Fake::ServerOptions;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= min && *value <= max;
}

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-fakecluster"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake Dynatrace Managed cluster serving the Cluster API v2 Tokens endpoints "
                       "(/api/cluster/v2/tokens) with seeded tokens, for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (default 0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Seeded tokens, admin token included (default %1, max %2).")
                                              .arg(TokenDesk::DemoTokens::Default)
                                              .arg(TokenDesk::DemoTokens::Max),
                                          QStringLiteral("N"), QString::number(TokenDesk::DemoTokens::Default));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated tokens (default 42)."),
                                        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"), QStringLiteral("State file: loaded at start if present, saved after every change."),
        QStringLiteral("FILE"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        QStringLiteral("Requests per token per minute before 429 (default 100000)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption lookupOption(
        QStringLiteral("lookup-needs-cluster-token-management"),
        QStringLiteral("Require scope ClusterTokenManagement for POST /tokens/lookup (the docs page's rule; "
                       "the spec says any scope)."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("Do not log requests."));
    parser.addOptions(
        {bindOption, portOption, tokensOption, seedOption, stateOption, rateOption, lookupOption, quietOption});
    parser.process(app);

    ServerOptions options;
    SeedOptions seed;
    qint64 number = 0;
    if (!options.address.setAddress(parser.value(bindOption))) {
        std::fprintf(stderr, "tokendesk-fakecluster: --bind: not an IP address\n");
        return 2;
    }
    if (!parseNumber(parser.value(portOption), 0, 65535, &number)) {
        std::fprintf(stderr, "tokendesk-fakecluster: --port: expected 0..65535\n");
        return 2;
    }
    options.port = static_cast<quint16>(number);
    if (!parseNumber(parser.value(tokensOption), 1, TokenDesk::DemoTokens::Max, &number)) {
        std::fprintf(stderr, "tokendesk-fakecluster: --tokens: expected 1..1000000\n");
        return 2;
    }
    seed.tokens = static_cast<int>(number);
    if (!parseNumber(parser.value(seedOption), 0, 0xFFFFFFFFLL, &number)) {
        std::fprintf(stderr, "tokendesk-fakecluster: --seed: expected 0..4294967295\n");
        return 2;
    }
    seed.seed = static_cast<quint32>(number);
    if (!parseNumber(parser.value(rateOption), 1, 1'000'000'000, &number)) {
        std::fprintf(stderr, "tokendesk-fakecluster: --rate-limit: expected a positive number\n");
        return 2;
    }
    options.rateLimitPerMinute = static_cast<int>(number);
    options.lookupNeedsClusterTokenManagement = parser.isSet(lookupOption);
    options.stateFile = parser.value(stateOption);
    if (parser.isSet(quietOption))
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.fake.info=false"));

    // SIGINT/SIGTERM -> a byte on a socket pair -> quit() from the event loop (async-signal-safe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        std::perror("tokendesk-fakecluster: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto readBytes = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    FakeCluster cluster;
    if (!cluster.start(options, seed)) {
        std::fprintf(stderr, "tokendesk-fakecluster: %s\n", cluster.errorString().toLocal8Bit().constData());
        return 1;
    }
    const auto admin = cluster.adminToken();
    printLine(QStringLiteral("TokenDesk fake cluster: %1 tokens").arg(cluster.tokenCount()));
    printLine(QStringLiteral("Base URL: %1").arg(cluster.baseUrl()));
    printLine(
        QStringLiteral("Admin token: %1").arg(admin.secret.isEmpty() ? QStringLiteral("(deleted)") : admin.secret));
    printLine(QStringLiteral("Admin token ID: %1").arg(admin.id));
    printLine(QStringLiteral("Try: curl -s -H 'Authorization: Api-Token %1' '%2/tokens?limit=5'")
                  .arg(admin.secret, cluster.baseUrl()));
    printLine(QStringLiteral("Serving until Ctrl+C (SIGINT) or SIGTERM."));
    std::fflush(stdout);

    const int rc = QCoreApplication::exec();
    cluster.stop(); // flushes the state file
    return rc;
}
