// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tokendesk-fakecluster executable: starts, prints its URL and admin token, serves, stops on SIGTERM.
#include "fakehttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TokenDesk::FakeTest::HttpClient;
using TokenDesk::FakeTest::HttpResult;

namespace {

struct Started
{
    QString url;
    QString secret;
};

// Reads the banner until both the URL and the admin token are printed.
Started readBanner(QProcess &process)
{
    Started started;
    QByteArray out;
    const QRegularExpression urlLine(QStringLiteral("^Base URL: (http://\\S+)$"), QRegularExpression::MultilineOption);
    const QRegularExpression tokenLine(QStringLiteral("^Admin token: (dt0c01\\.[A-Z2-7]{24}\\.[A-Z2-7]{64})$"),
                                       QRegularExpression::MultilineOption);
    QSignalSpy readyRead(&process, &QProcess::readyReadStandardOutput);
    for (int i = 0; i < 100 && (started.url.isEmpty() || started.secret.isEmpty()); ++i) {
        if (process.bytesAvailable() == 0 && !readyRead.wait(300) && process.state() != QProcess::Running)
            break;
        out += process.readAllStandardOutput();
        const QString text = QString::fromUtf8(out);
        started.url = urlLine.match(text).captured(1);
        started.secret = tokenLine.match(text).captured(1);
    }
    return started;
}

} // namespace

class TestFakeProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_listsEveryOption();
    void start_printsUrlAndTokenAndServes();
    void stateFile_survivesRestart();
    void badArguments_exitWithError_data();
    void badArguments_exitWithError();
};

void TestFakeProcess::help_listsEveryOption()
{
    QProcess process;
    process.start(QStringLiteral(TOKENDESK_FAKECLUSTER_EXE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--bind", "--port", "--tokens", "--seed", "--state", "--rate-limit",
                               "--lookup-needs-cluster-token-management"})
        QVERIFY2(help.contains(option), option);
}

void TestFakeProcess::start_printsUrlAndTokenAndServes()
{
    QProcess process;
    process.start(QStringLiteral(TOKENDESK_FAKECLUSTER_EXE),
                  {QStringLiteral("--tokens"), QStringLiteral("500"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForStarted(10000));
    const Started started = readBanner(process);
    QVERIFY2(started.url.endsWith(QLatin1String("/api/cluster/v2")), qPrintable(started.url));
    QVERIFY(started.url.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(!started.secret.isEmpty());

    HttpClient http(started.url, started.secret);
    const HttpResult r = http.get(QStringLiteral("/tokens?limit=10"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("values")).toArray().size(), 10);
    QCOMPARE(http.get(QStringLiteral("/tokens?limit=1000000")).json().value(QLatin1String("values")).toArray().size(),
             500);

    // Secrets in the path or in the api-token query parameter never reach the log.
    QCOMPARE(http.get(QStringLiteral("/tokens/") + started.secret).status, 200);
    QCOMPARE(http.send("GET", QStringLiteral("/tokens?limit=1&api-token=") + started.secret, {}, {}, QString()).status,
             200);

    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The request log names method, path and status, never the secret.
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GET /api/cluster/v2/tokens?limit=10 -> 200"), log.constData());
    QVERIFY(!log.contains(started.secret.toLatin1()));
    QVERIFY(!log.contains(started.secret.mid(32).toLatin1()));                   // not even the secret part alone
    QVERIFY2(log.contains(started.secret.left(31).toLatin1()), log.constData()); // the identifier may be logged
}

void TestFakeProcess::stateFile_survivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args = {QStringLiteral("--tokens"), QStringLiteral("30"), QStringLiteral("--state"),
                              dir.filePath(QStringLiteral("state.bin")), QStringLiteral("--quiet")};
    QString createdId;
    QString secret;
    {
        QProcess process;
        process.start(QStringLiteral(TOKENDESK_FAKECLUSTER_EXE), args);
        const Started started = readBanner(process);
        QVERIFY(!started.url.isEmpty());
        secret = started.secret;
        HttpClient http(started.url, started.secret);
        const HttpResult created = http.post(QStringLiteral("/tokens"), R"({"name":"kept","scopes":["Nodekeeper"]})");
        QCOMPARE(created.status, 201);
        createdId = QString::fromLatin1(created.header("Location"));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
    QProcess process;
    process.start(QStringLiteral(TOKENDESK_FAKECLUSTER_EXE), args);
    const Started started = readBanner(process);
    QCOMPARE(started.secret, secret);
    HttpClient http(started.url, started.secret);
    const HttpResult r = http.get(QStringLiteral("/tokens/") + createdId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("kept"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestFakeProcess::badArguments_exitWithError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("tokens") << QStringList{QStringLiteral("--tokens"), QStringLiteral("0")};
    QTest::newRow("bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("not-an-address")};
    QTest::newRow("rate") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("-3")};
}

void TestFakeProcess::badArguments_exitWithError()
{
    QFETCH(QStringList, args);
    QProcess process;
    process.start(QStringLiteral(TOKENDESK_FAKECLUSTER_EXE), args);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeProcess)
#include "tst_fakeprocess.moc"
