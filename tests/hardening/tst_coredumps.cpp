// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// No core dumps of the API token: tokendesk and tokendesk-cli turn them off first thing in main()
// (lib/security/processhardening.h), as KeePassXC does.
//
// How this is checked from outside, soundly:
// - The core size limit: /proc/<pid>/limits of the running program ("Max core file size"), while
//   the program waits (the CLI for a secret on standard input, the GUI in its event loop). The
//   child is started with a core limit of "unlimited", so a 0 there was set by the program itself.
// - Dumpability (PR_SET_DUMPABLE) is not shown in /proc, but the kernel hands the /proc/<pid>
//   files of a non-dumpable process to root (so that others of the same user cannot read its
//   memory or environment). The child runs as an ordinary user (this test drops to "nobody" for
//   it when it runs as root), so "/proc/<pid>/status owned by root while the process's user is
//   not root" means non-dumpable.
// - A control row runs /bin/cat the same way and must be seen as dumpable with no core limit:
//   the check can tell the two apart.
// The library function itself is also checked in a forked child of this test (getrlimit and
// PR_GET_DUMPABLE), without changing this process.
#include "security/processhardening.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <grp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

class TstCoreDumps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disableCoreDumps_setsLimitAndDumpable();
    void programsRunWithoutCoreDumps_data();
    void programsRunWithoutCoreDumps();
};

namespace {

#if defined(Q_OS_LINUX)
constexpr uid_t Nobody = 65534;

// "Max core file size  0  0  bytes" -> {"0", "0"}.
QStringList coreLimit(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("Max core file size"))
            continue;
        const QList<QByteArray> words = line.mid(int(qstrlen("Max core file size"))).simplified().split(' ');
        if (words.size() >= 2)
            return {QString::fromLatin1(words.at(0)), QString::fromLatin1(words.at(1))};
    }
    return {};
}

// The real user id of the process, from its status file.
int processUid(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toInt();
    }
    return -1;
}

struct Seen
{
    QStringList coreLimit;
    int uid = -1;
    uint statusOwner = 0;
    bool hardened() const
    {
        return coreLimit == QStringList{QStringLiteral("0"), QStringLiteral("0")} && uid > 0 && statusOwner == 0;
    }
    QString describe() const
    {
        return QStringLiteral("core limit %1, uid %2, /proc owner %3")
            .arg(coreLimit.join(QLatin1Char('/')))
            .arg(uid)
            .arg(statusOwner);
    }
};

Seen look(qint64 pid)
{
    Seen seen;
    seen.coreLimit = coreLimit(pid);
    seen.uid = processUid(pid);
    seen.statusOwner = QFileInfo(QStringLiteral("/proc/%1/status").arg(pid)).ownerId();
    return seen;
}
#endif

} // namespace

void TstCoreDumps::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("Core dumps are checked through /proc and prctl on Linux only");
#endif
}

void TstCoreDumps::disableCoreDumps_setsLimitAndDumpable()
{
#if defined(Q_OS_LINUX)
    // In a forked child, so that this process (and the programs it starts below) keep their limits.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        struct rlimit before = {};
        getrlimit(RLIMIT_CORE, &before);
        before.rlim_cur = before.rlim_max; // start from a non-zero limit where allowed
        setrlimit(RLIMIT_CORE, &before);
        const bool ok = TokenDesk::ProcessHardening::disableCoreDumps();
        struct rlimit after = {};
        getrlimit(RLIMIT_CORE, &after);
        int code = 0;
        if (!ok)
            code |= 1;
        if (after.rlim_cur != 0 || after.rlim_max != 0)
            code |= 2;
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
            code |= 4;
        _exit(code);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
#endif
}

void TstCoreDumps::programsRunWithoutCoreDumps_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hardened");
    // Waits for the secret on standard input (a pipe this test keeps open).
    QTest::newRow("tokendesk-cli lookup") << QStringLiteral(TOKENDESK_CLI_PATH)
                                          << QStringList{QStringLiteral("lookup"), QStringLiteral("--demo")} << true;
    // Waits in its event loop (offscreen, no profile).
    QTest::newRow("tokendesk") << QStringLiteral(TOKENDESK_APP_PATH) << QStringList{} << true;
    QTest::newRow("control: cat") << QStringLiteral("/bin/cat") << QStringList{} << false;
}

void TstCoreDumps::programsRunWithoutCoreDumps()
{
#if defined(Q_OS_LINUX)
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(bool, hardened);

    // A home the child may write to, whoever it runs as.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOKENDESK_API_TOKEN"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home.path());
    process.setChildProcessModifier([] {
        // Only async-signal-safe calls here (between fork and exec).
        struct rlimit unlimited = {};
        getrlimit(RLIMIT_CORE, &unlimited);
        unlimited.rlim_cur = unlimited.rlim_max;
        setrlimit(RLIMIT_CORE, &unlimited);
        if (geteuid() == 0) {
            setgroups(0, nullptr);
            if (setgid(Nobody) != 0 || setuid(Nobody) != 0)
                _exit(127);
        }
    });
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    const qint64 pid = process.processId();
    const auto stop = qScopeGuard([&process] {
        process.kill();
        process.waitForFinished(10000);
    });

    if (hardened) {
        // Until the program has turned core dumps off (first thing in main), or the timeout.
        QTRY_VERIFY2_WITH_TIMEOUT(look(pid).hardened(), qPrintable(look(pid).describe()), 30000);
    } else {
        // The control: started the same way, it stays dumpable with an unlimited core size, so
        // the check above can tell the difference.
        QTRY_VERIFY2_WITH_TIMEOUT(look(pid).uid > 0, qPrintable(look(pid).describe()), 30000);
        const Seen seen = look(pid);
        QVERIFY2(seen.coreLimit.value(0) != QLatin1String("0"), qPrintable(seen.describe()));
        QVERIFY2(seen.statusOwner == uint(seen.uid), qPrintable(seen.describe()));
    }
    QCOMPARE(process.state(), QProcess::Running); // the right process, still waiting
#endif
}

QTEST_GUILESS_MAIN(TstCoreDumps)
#include "tst_coredumps.moc"
