// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-cli as a user runs it: a separate process against a fake cluster served by this test.
// Every subcommand, every exit code; `create` prints exactly the secret line on stdout; no secret
// ever reaches stderr (and none reaches stdout except create's).
#include "api/tokeninuse.h"
#include "api/transportsecurity.h"
#include "audit/auditview.h"
#include "fakecluster.h"
#include "settings/connectionprofile.h"
#include "settings/pendingdeletions.h"
#include "settings/savedviews.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace TokenDesk;
using namespace TokenDesk::Fake;

namespace {

constexpr qint64 DayMs = 86400000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err.left(600)));
    }
};

QString secretPart(const QString &secret)
{
    return secret.mid(32); // dt0c01.<24>.  then the 64 secret characters
}

} // namespace

class TstCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_existsForEveryCommand_data();
    void help_existsForEveryCommand();
    void usageErrors_exitWith1_data();
    void usageErrors_exitWith1();
    void shouldRefuseASecretOnTheCommandLineWithoutEchoingIt();
    void shouldRefuseAnOldFormatSecretOnTheCommandLineWithoutEchoingIt_data();
    void shouldRefuseAnOldFormatSecretOnTheCommandLineWithoutEchoingIt();
    void shouldRefuseToRunWithoutTheTokenInTheEnvironment();
    void delete_withoutYesAndNoTerminal_refusesAndKeepsToken();
    void lookup_withEmptyStdin_exitsWith1();
    void lookup_ofSomethingNotASecret_isRefusedWithoutAskingOrEchoing_data();
    void lookup_ofSomethingNotASecret_isRefusedWithoutAskingOrEchoing();
    void lookup_acceptsASecretPastedWithItsHeaderPrefix();

    void list_printsIdAndNameOfEveryToken();
    void list_sendsFiltersAsTheApiHasThem();
    void list_details_loadsMetadataOfEveryListedToken();
    void list_json_isAnArrayOfTokens();
    void get_printsMetadataAndJson();
    void lookup_readsSecretFromStdinAndNeverPrintsIt();
    void create_printsExactlyTheSecretLine_data();
    void create_printsExactlyTheSecretLine();
    void update_changesOnlyWhatWasAsked();
    void revoke_revokesTheToken();
    void delete_withYes_deletesTheToken();
    void export_toStdout_data();
    void export_toStdout();
    void export_toFile_writesAtomically();
    void export_intoMissingFolder_exitsWith4();
    void demo_listsSeededTokens();
    void profile_takesTheConnectionFromASavedProfile();
    void insecureHttp_toAnotherHost_isRefusedBeforeAnyConnection();
    void profile_storedTokenIsNotSentToAnotherHost();
    void version_printsTheVersion();

    void apiErrors_exitWith2_data();
    void apiErrors_exitWith2();
    void tokenInUse_isRefusedBeforeAskingTheCluster_data();
    void tokenInUse_isRefusedBeforeAskingTheCluster();
    void networkErrors_exitWith3_data();
    void networkErrors_exitWith3();
    void errors_followTheSystemLanguage();

    void rateLimited_everyCommandWaitsForTheResetAndRetries_data();
    void rateLimited_everyCommandWaitsForTheResetAndRetries();
    void rateLimited_givesUpAfterThreeRetries();
    void rateLimited_givesUpAtOnceWhenTheResetIsBeyondTwoMinutes();
    void rateLimited_detailsOfEveryTokenArriveUnderTheClustersLimit();
    void failedChanges_areNeverSentTwice_data();
    void failedChanges_areNeverSentTwice();
    void list_printsServerTextWithoutControlCharacters();

    void bulk_revokeOfSeveralIds_revokesEachAndSaysSoPerToken();
    void bulk_deleteOfSeveralIds_withoutYesAndNoTerminal_sendsNothing();
    void bulk_deleteByFilter_deletesWhatTheFilterSelectsButNeverTheTokenInUse();
    void bulk_revokeByFilter_withoutYesAndNoTerminal_onlyLists();
    void bulk_oneFailure_doesNotStopTheOthersAndDecidesTheExitCode();
    void bulk_rateLimited_isSentAgainWhenTheLimitResets();
    void bulk_usageErrors_exitWith1BeforeAnyRequest_data();
    void bulk_usageErrors_exitWith1BeforeAnyRequest();

    void rotate_createsTheSuccessorThenRevokesAndSchedulesTheDeletion();
    void rotate_failedRevoke_printsTheSecretAndSaysWhereItStopped();
    void rotate_failedCreate_changesNothing();
    void pending_listsTheScheduleWithoutAskingTheCluster();
    void pending_withATokenAtHand_namesEachTokenAsTheClusterHasIt();
    void pending_deleteDue_deletesOnlyWhatIsDueAndTakesItOffTheSchedule();
    void listView_selectsTheTokensOfAnAuditViewAfterLoadingTheirDetails();
    void listView_unknownKey_namesTheViews();
    void listView_ofASavedName_appliesTheProfilesViewAfterTheBuiltInKeys();
    void views_listsTheBuiltInKeysAndTheProfilesSavedViews();
    void report_countsTheFilteredTokens();
    void compare_findsNewGoneAndChangedTokensOfAnEarlierExport();
    void compare_anUnreadableEarlierExportSendsNothing();
    void updateScopes_ofIds_changesEachTokensOwnSet();
    void updateScopes_leavesAloneTheTokenInUseAndOneLeftWithoutScope();
    void updateScopes_byFilter_asksFirst();

private:
    // Six tokens of one owner, one for each question the audit views and the report ask.
    void seedAuditTokens();
    QHash<QString, QString> m_auditIds; // letter -> id
    Run run(const QStringList &args, const QByteArray &stdinData = {}, const QString &token = QString(),
            bool setToken = true);
    QStringList connection() const { return {QStringLiteral("--url"), m_fake.baseUrl()}; }
    // The settings file the CLI reads and writes (profiles, the deletion schedule): a test's own,
    // never the user's.
    QString settingsPath() const { return m_work.filePath(QStringLiteral("config/TokenDesk/TokenDesk.conf")); }
    // The deletion schedule of the --url connection, as the CLI keeps it.
    QList<PendingDeletion> pendingOfUrl() const
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        return PendingDeletions(&settings, Transport::destinationOf(m_fake.baseUrl())).all();
    }
    void schedule(const QString &key, const QList<PendingDeletion> &entries) const
    {
        QDir().mkpath(QFileInfo(settingsPath()).path());
        QSettings settings(settingsPath(), QSettings::IniFormat);
        for (const PendingDeletion &entry : entries)
            PendingDeletions(&settings, key).schedule(entry);
    }
    // The endpoints the fake serves while `body` runs, in order.
    template<class F>
    QList<Endpoint> served(F body)
    {
        QList<Endpoint> endpoints;
        const auto c =
            connect(&m_fake, &FakeCluster::requestServed, this, [&endpoints](Endpoint e, int) { endpoints.append(e); });
        body();
        disconnect(c);
        return endpoints;
    }
    SeededToken addToken(const QString &name, const QString &owner, const QStringList &scopes);

    FakeCluster m_fake;
    SeededToken m_admin;
    QStringList m_secrets; // every secret the fake knows of: checked against every output
    QStringList m_leaks;
    bool m_createRun = false;
    QHash<QString, QString> m_extraEnv;
    QTemporaryDir m_work;
    QString m_lsanOptions;
};

void TstCli::initTestCase()
{
    SeedOptions seed;
    seed.tokens = 20;
    seed.seed = 7;
    QVERIFY2(m_fake.start(ServerOptions{}, seed), qPrintable(m_fake.errorString()));
    m_admin = m_fake.adminToken();
    m_secrets.append(m_admin.secret);
    QVERIFY(QFile::exists(QStringLiteral(TOKENDESK_CLI_PATH)));

    // Under ASan builds: OpenSSL's process-wide allocations (never freed by Qt at exit) are not ours.
    QVERIFY(m_work.isValid());
    const QString suppressions = m_work.filePath(QStringLiteral("lsan.supp"));
    QFile file(suppressions);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("leak:libcrypto.so\nleak:libssl.so\n");
    file.close();
    const QString existing = qEnvironmentVariable("LSAN_OPTIONS");
    m_lsanOptions =
        (existing.isEmpty() ? QString() : existing + QLatin1Char(':')) + QStringLiteral("suppressions=") + suppressions;
}

void TstCli::cleanup()
{
    m_fake.clearFaults();
    m_fake.setRateWindowMs(60000);
    m_fake.setRateLimitPerMinute(100000);
    m_fake.setFixedTime(0);
    m_extraEnv.clear();
    QFile::remove(settingsPath());
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1Char('\n'))));
}

SeededToken TstCli::addToken(const QString &name, const QString &owner, const QStringList &scopes)
{
    const SeededToken t = m_fake.addToken(name, owner, scopes);
    m_secrets.append(t.secret);
    return t;
}

Run TstCli::run(const QStringList &args, const QByteArray &stdinData, const QString &token, bool setToken)
{
    Run result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOKENDESK_API_TOKEN"));
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // stderr as a user sees it (ctest turns debug logs on)
    if (setToken)
        env.insert(QStringLiteral("TOKENDESK_API_TOKEN"), token.isEmpty() ? m_admin.secret : token);
    env.insert(QStringLiteral("LSAN_OPTIONS"), m_lsanOptions);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
    // The CLI speaks the system's language: English unless a test asks for another.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), args);
    process.write(stdinData);
    process.closeWriteChannel();
    // The fake is served by this thread's event loop, which the spy keeps running.
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    for (const QString &secret : std::as_const(m_secrets)) {
        const QByteArray part = secretPart(secret).toLatin1();
        if (result.err.contains(part))
            m_leaks.append(QStringLiteral("secret on stderr of: ") + args.join(QLatin1Char(' ')));
        if (result.out.contains(part) && !m_createRun)
            m_leaks.append(QStringLiteral("secret on stdout of: ") + args.join(QLatin1Char(' ')));
    }
    return result;
}

void TstCli::help_existsForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("general") << QString() << QStringLiteral("Commands:");
    for (const char *c : {"list", "get", "lookup", "create", "update", "revoke", "delete", "export", "rotate",
                          "pending", "report", "compare", "views"})
        QTest::newRow(c) << QString::fromLatin1(c) << QStringLiteral("Usage: tokendesk-cli %1").arg(QLatin1String(c));
}

void TstCli::help_existsForEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QStringList args;
    if (!command.isEmpty())
        args << command;
    args << QStringLiteral("--help");
    const Run r = run(args, {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("TOKENDESK_API_TOKEN")));
    QVERIFY(r.err.isEmpty());
}

void TstCli::usageErrors_exitWith1_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    const QString url = QStringLiteral("--url=http://127.0.0.1:9");
    QTest::newRow("no command") << QStringList{url} << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), url}
                                     << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), url, QStringLiteral("--token=x")}
                                    << QStringLiteral("unknown option");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("list"), url, QStringLiteral("--yes")} << QStringLiteral("does not apply");
    QTest::newRow("get without id") << QStringList{QStringLiteral("get"), url} << QStringLiteral("ID is missing");
    QTest::newRow("update without change")
        << QStringList{QStringLiteral("update"), QStringLiteral("x"), url} << QStringLiteral("nothing to change");
    QTest::newRow("revoke and activate") << QStringList{QStringLiteral("update"), QStringLiteral("x"),
                                                        QStringLiteral("--revoke"), QStringLiteral("--activate"), url}
                                         << QStringLiteral("exclude each other");
    QTest::newRow("create without scope")
        << QStringList{QStringLiteral("create"), QStringLiteral("--name=x"), url} << QStringLiteral("--scope");
    QTest::newRow("create without name") << QStringList{QStringLiteral("create"), QStringLiteral("--scope=a"), url}
                                         << QStringLiteral("--name");
    QTest::newRow("bad expiry") << QStringList{QStringLiteral("create"), QStringLiteral("--name=x"),
                                               QStringLiteral("--scope=a"), QStringLiteral("--expires=soon"), url}
                                << QStringLiteral("--expires");
    QTest::newRow("limit 0") << QStringList{QStringLiteral("list"), QStringLiteral("--limit=0"), url}
                             << QStringLiteral("--limit");
    QTest::newRow("bad time") << QStringList{QStringLiteral("list"), QStringLiteral("--from=yesterday"), url}
                              << QStringLiteral("is not a time");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("export"), QStringLiteral("--columns=name,secret"),
                                                   url}
                                    << QStringLiteral("Unknown column");
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("export"), QStringLiteral("--preset=tsv"), url}
                                    << QStringLiteral("--preset");
    QTest::newRow("no cluster") << QStringList{QStringLiteral("list")} << QStringLiteral("no cluster given");
    QTest::newRow("url and demo") << QStringList{QStringLiteral("list"), url, QStringLiteral("--demo")}
                                  << QStringLiteral("not both");
    QTest::newRow("url and profile") << QStringList{QStringLiteral("list"), url, QStringLiteral("--profile=x")}
                                     << QStringLiteral("not both");
    QTest::newRow("lookup with an argument")
        << QStringList{QStringLiteral("lookup"), QStringLiteral("abc"), url} << QStringLiteral("takes no arguments");
    QTest::newRow("bad url") << QStringList{QStringLiteral("list"), QStringLiteral("--url=ftp://x")}
                             << QStringLiteral("--url");
}

void TstCli::usageErrors_exitWith1()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    const int before = m_fake.requestCount();
    const Run r = run(args);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(words), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_fake.requestCount(), before);
}

void TstCli::shouldRefuseASecretOnTheCommandLineWithoutEchoingIt()
{
    const SeededToken t = addToken(QStringLiteral("argv"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
    const int before = m_fake.requestCount();
    const Run r = run(QStringList{QStringLiteral("get"), t.secret} + connection());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.err.contains("token secret"));
    QCOMPARE(m_fake.requestCount(), before);
    // (run() fails the test in cleanup() if the secret appeared on stderr or stdout)
}

void TstCli::shouldRefuseAnOldFormatSecretOnTheCommandLineWithoutEchoingIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("oldSecret");
    // Old-format secrets (20 or 21 letters and digits), assembled so that none is committed whole.
    const QString old21 = QStringLiteral("Q3v-x_9Lm") + QStringLiteral("2KpT7wZrB4nY");
    const QString old20 = QStringLiteral("abcdefjhij") + QStringLiteral("1234567890");
    QTest::newRow("delete --yes") << QStringList{QStringLiteral("delete"), QStringLiteral("--yes"), old21} << old21;
    QTest::newRow("delete, asking") << QStringList{QStringLiteral("delete"), old20} << old20;
    QTest::newRow("get") << QStringList{QStringLiteral("get"), old21} << old21;
    QTest::newRow("revoke") << QStringList{QStringLiteral("revoke"), old20} << old20;
}

// Like a new-format one: refused before anything is sent, and repeated nowhere (the delete
// confirmation would otherwise print it in its question).
void TstCli::shouldRefuseAnOldFormatSecretOnTheCommandLineWithoutEchoingIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, oldSecret);
    const int before = m_fake.requestCount();
    const Run r = run(arguments + connection());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("token secret"), qPrintable(r.describe()));
    QVERIFY(!r.err.contains(oldSecret.toLatin1()));
    QVERIFY(!r.out.contains(oldSecret.toLatin1()));
    QCOMPARE(m_fake.requestCount(), before);
}

void TstCli::shouldRefuseToRunWithoutTheTokenInTheEnvironment()
{
    const Run r = run(QStringList{QStringLiteral("list")} + connection(), {}, {}, false);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.err.contains("TOKENDESK_API_TOKEN"));
}

void TstCli::delete_withoutYesAndNoTerminal_refusesAndKeepsToken()
{
    const SeededToken t = addToken(QStringLiteral("keep"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
    const Run r = run(QStringList{QStringLiteral("delete"), t.id} + connection(), "yes\n");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.err.contains("--yes"));
    QVERIFY(m_fake.hasToken(t.id));
}

void TstCli::lookup_withEmptyStdin_exitsWith1()
{
    const Run r = run(QStringList{QStringLiteral("lookup")} + connection(), QByteArray());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.err.contains("no secret"));
}

void TstCli::lookup_ofSomethingNotASecret_isRefusedWithoutAskingOrEchoing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("words");
    const QString notASecret = QStringLiteral("expected dt0c01.<24 characters>.<64 characters> or an old-format token");
    QTest::newRow("a word") << QByteArray("hunter2-password\n") << notASecret;
    QTest::newRow("a secret with a character too many")
        << (QByteArray("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.") + QByteArray(65, 'Q')) << notASecret;
    QTest::newRow("a lower-cased secret")
        << (QByteArray("dt0c01.abcdefghijklmnopqrstuvwx.") + QByteArray(64, 'q')) << notASecret;
    QTest::newRow("a URL") << QByteArray("https://cluster.example.com/e/abc\n") << notASecret;
    QTest::newRow("a token id") << QByteArray("  dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX\n")
                                << QStringLiteral("that is a token id, not a secret: use `tokendesk-cli get ID`");
    QTest::newRow("a token id with the header prefix") << QByteArray("Api-Token dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX\n")
                                                       << QStringLiteral("that is a token id, not a secret");
}

// As in the lookup dialog: the cluster is asked only about a token secret. Anything else is
// refused as a usage error, and the input is never repeated (it may be a secret of another kind).
void TstCli::lookup_ofSomethingNotASecret_isRefusedWithoutAskingOrEchoing()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, words);
    const int before = m_fake.requestCount();
    const Run r = run(QStringList{QStringLiteral("lookup")} + connection(), input);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(words), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), before);
    QVERIFY(r.out.isEmpty());
    const QByteArray typed = input.trimmed();
    QVERIFY2(!r.err.contains(typed), qPrintable(r.describe()));
    if (typed.startsWith("dt0c01."))
        QVERIFY2(!r.err.contains(typed.mid(7, 24)), qPrintable(r.describe()));
}

void TstCli::lookup_acceptsASecretPastedWithItsHeaderPrefix()
{
    const SeededToken t = addToken(QStringLiteral("pasted"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const Run r =
        run(QStringList{QStringLiteral("lookup")} + connection(), "  Api-Token " + t.secret.toLatin1() + " \n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(t.id.toLatin1()));
    QVERIFY(m_fake.lastRequestBody(Endpoint::Lookup).contains(t.secret.toLatin1()));
    QVERIFY(!m_fake.lastRequestBody(Endpoint::Lookup).contains("Api-Token"));
}

void TstCli::list_printsIdAndNameOfEveryToken()
{
    const Run r = run(QStringList{QStringLiteral("list")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_fake.tokenCount());
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 2);
        QVERIFY2(m_fake.hasToken(cells.at(0)), qPrintable(line));
        QCOMPARE(cells.at(1), m_fake.tokenInfo(cells.at(0))->name);
    }
}

void TstCli::list_sendsFiltersAsTheApiHasThem()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Run r =
        run(QStringList{QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--permission"), QStringLiteral("ClusterTokenManagement"),
                        QStringLiteral("--permission=settings.read"), QStringLiteral("--from=90d"),
                        QStringLiteral("--to"), QStringLiteral("2099-01-31T00:00:00Z"), QStringLiteral("--limit=5")} +
            connection());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QUrlQuery query(m_fake.lastRequestQuery(Endpoint::List));
    QCOMPARE(query.queryItemValue(QStringLiteral("user")), QStringLiteral("admin"));
    QCOMPARE(query.allQueryItemValues(QStringLiteral("permissions")),
             (QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")}));
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
    QCOMPARE(query.queryItemValue(QStringLiteral("to")), QString::number(4073500800000));
    const qint64 from = query.queryItemValue(QStringLiteral("from")).toLongLong();
    QVERIFY2(from >= before - 90 * DayMs - 1000 && from <= after - 90 * DayMs, qPrintable(QString::number(from)));
    QVERIFY(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 5);
}

void TstCli::list_details_loadsMetadataOfEveryListedToken()
{
    const int gets = m_fake.requestCount(Endpoint::Get);
    const Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--details"), QStringLiteral("--limit=10")} +
                      connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(m_fake.requestCount(Endpoint::Get) - gets, 10);
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 8);
        const auto info = m_fake.tokenInfo(cells.at(0));
        QVERIFY(info);
        QCOMPARE(cells.at(2), info->owner);
        QCOMPARE(cells.at(4), info->scopes.join(QLatin1Char(' ')));
        QVERIFY(cells.at(3) == QLatin1String("active") || cells.at(3) == QLatin1String("revoked") ||
                cells.at(3) == QLatin1String("expired"));
    }
}

void TstCli::list_json_isAnArrayOfTokens()
{
    const Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    QCOMPARE(doc.array().size(), m_fake.tokenCount());
    for (const QJsonValue &v : doc.array())
        QVERIFY(m_fake.hasToken(v.toObject().value(QStringLiteral("id")).toString()));
}

void TstCli::get_printsMetadataAndJson()
{
    const SeededToken t = addToken(QStringLiteral("reporting \x1b[31mred"), QStringLiteral("alice"),
                                   {QStringLiteral("settings.read"), QStringLiteral("settings.write")});
    const Run r = run(QStringList{QStringLiteral("get"), t.id} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("ID:")) && out.contains(t.id));
    QVERIFY(out.contains(QStringLiteral("alice")));
    QVERIFY(out.contains(QStringLiteral("settings.read settings.write")));
    QVERIFY(out.contains(QStringLiteral("never"))); // no expiry, never used
    QVERIFY2(!r.out.contains('\x1b'), "server text must not reach the terminal with escape sequences");

    const Run j = run(QStringList{QStringLiteral("get"), t.id, QStringLiteral("--json")} + connection());
    QVERIFY2(j.exitCode == 0, qPrintable(j.describe()));
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), t.id);
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("alice"));
    QCOMPARE(o.value(QStringLiteral("revoked")).toBool(true), false);
    QVERIFY(o.value(QStringLiteral("created")).toDouble() > 0);
}

void TstCli::lookup_readsSecretFromStdinAndNeverPrintsIt()
{
    const SeededToken t =
        addToken(QStringLiteral("leaked"), QStringLiteral("carol"), {QStringLiteral("settings.read")});
    const Run r = run(QStringList{QStringLiteral("lookup")} + connection(), t.secret.toLatin1() + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(t.id.toLatin1()));
    QVERIFY(r.out.contains("carol"));
    QCOMPARE(m_fake.lastRequestBody(Endpoint::Lookup).contains(t.secret.toLatin1()), true);

    const Run j =
        run(QStringList{QStringLiteral("lookup"), QStringLiteral("--json")} + connection(), t.secret.toLatin1());
    QVERIFY2(j.exitCode == 0, qPrintable(j.describe()));
    QCOMPARE(QJsonDocument::fromJson(j.out).object().value(QStringLiteral("id")).toString(), t.id);
}

void TstCli::create_printsExactlyTheSecretLine_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<qint64>("lifetimeMs"); // -1 = never expires
    QTest::newRow("90 days") << QStringList{QStringLiteral("--expires=90d")} << 90 * DayMs;
    QTest::newRow("24 hours") << QStringList{QStringLiteral("--expires"), QStringLiteral("24h")} << 24 * 3600000LL;
    QTest::newRow("never") << QStringList{QStringLiteral("--expires=never")} << qint64(-1);
    QTest::newRow("default never") << QStringList{} << qint64(-1);
}

void TstCli::create_printsExactlyTheSecretLine()
{
    QFETCH(QStringList, extra);
    QFETCH(qint64, lifetimeMs);
    const int before = m_fake.tokenCount();
    m_createRun = true;
    const Run r = run(QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("ci pipeline"),
                                  QStringLiteral("--scope"), QStringLiteral("settings.read"),
                                  QStringLiteral("--scope=ServiceProviderAPI")} +
                      extra + connection());
    m_createRun = false;
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Standard output is exactly one line: the secret
    static const QRegularExpression secretLine(QStringLiteral("^dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}\n$"));
    QVERIFY2(secretLine.match(QString::fromLatin1(r.out)).hasMatch(), qPrintable(r.describe()));
    const QString secret = QString::fromLatin1(r.out).trimmed();
    m_secrets.append(secret); // from now on, it must never appear anywhere
    QVERIFY2(!r.err.contains(secretPart(secret).toLatin1()), "secret on stderr");
    const QString id = secret.left(31);
    QVERIFY(r.err.contains(id.toLatin1())); // the note names the ID
    QCOMPARE(m_fake.tokenCount(), before + 1);
    const auto info = m_fake.tokenInfo(id);
    QVERIFY(info);
    QCOMPARE(info->name, QStringLiteral("ci pipeline"));
    QCOMPARE(info->scopes, (QStringList{QStringLiteral("ServiceProviderAPI"), QStringLiteral("settings.read")}));
    if (lifetimeMs < 0) {
        QVERIFY(!info->expires);
    } else {
        QVERIFY(info->expires);
        QCOMPARE(*info->expires - info->created, lifetimeMs);
    }
}

void TstCli::update_changesOnlyWhatWasAsked()
{
    const SeededToken t = addToken(QStringLiteral("old"), QStringLiteral("dave"),
                                   {QStringLiteral("settings.read"), QStringLiteral("settings.write")});
    Run r = run(QStringList{QStringLiteral("update"), t.id, QStringLiteral("--name=new name")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.tokenInfo(t.id)->name, QStringLiteral("new name"));
    QCOMPARE(m_fake.tokenInfo(t.id)->scopes.size(), 2);
    QCOMPARE(m_fake.tokenInfo(t.id)->revoked, false);
    QCOMPARE(QString::fromUtf8(m_fake.lastRequestBody(Endpoint::Update)), QStringLiteral("{\"name\":\"new name\"}"));

    r = run(QStringList{QStringLiteral("update"), t.id, QStringLiteral("--scopes"),
                        QStringLiteral("ReadSyntheticData,settings.read"), QStringLiteral("--revoke")} +
            connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.tokenInfo(t.id)->scopes,
             (QStringList{QStringLiteral("ReadSyntheticData"), QStringLiteral("settings.read")}));
    QCOMPARE(m_fake.tokenInfo(t.id)->revoked, true);
    QCOMPARE(m_fake.tokenInfo(t.id)->name, QStringLiteral("new name"));

    r = run(QStringList{QStringLiteral("update"), t.id, QStringLiteral("--activate")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.tokenInfo(t.id)->revoked, false);
    QVERIFY(r.out.isEmpty());
}

void TstCli::revoke_revokesTheToken()
{
    const SeededToken t = addToken(QStringLiteral("stale"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const Run r = run(QStringList{QStringLiteral("revoke"), t.id} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.tokenInfo(t.id)->revoked, true);
    QCOMPARE(QString::fromUtf8(m_fake.lastRequestBody(Endpoint::Update)), QStringLiteral("{\"revoked\":true}"));
}

void TstCli::delete_withYes_deletesTheToken()
{
    const SeededToken t = addToken(QStringLiteral("gone"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const Run r = run(QStringList{QStringLiteral("delete"), t.id, QStringLiteral("--yes")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!m_fake.hasToken(t.id));
}

void TstCli::export_toStdout_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("nameCell");
    QTest::newRow("standard") << QStringList{} << QByteArray("ID,Name,Owner,Status\r\n")
                              << QByteArray("'=HYPERLINK(\"\"x\"\")");
    QTest::newRow("excel") << QStringList{QStringLiteral("--preset=excel")}
                           << QByteArray("\xEF\xBB\xBFID,Name,Owner,Status\r\n") << QByteArray("'=HYPERLINK(");
    QTest::newRow("no header") << QStringList{QStringLiteral("--no-header")} << QByteArray("dt0c01.")
                               << QByteArray("'=HYPERLINK(");
    QTest::newRow("no formula guard") << QStringList{QStringLiteral("--no-formula-guard")}
                                      << QByteArray("ID,Name,Owner,Status\r\n") << QByteArray(",\"=HYPERLINK(");
}

void TstCli::export_toStdout()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, nameCell);
    static SeededToken evil;
    if (evil.id.isEmpty())
        evil =
            addToken(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("mallory"), {QStringLiteral("settings.read")});
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--columns=id,name,owner,status")} +
                      options + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(start), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(nameCell), qPrintable(r.describe()));
    const bool header = !options.contains(QStringLiteral("--no-header"));
    QCOMPARE(r.out.count("\r\n"), m_fake.tokenCount() + (header ? 1 : 0));
    const QByteArray evilRow = QByteArray(evil.id.toLatin1()) + QByteArray(",");
    QVERIFY(r.out.contains(evilRow));
    QVERIFY(r.out.contains(",mallory,active\r\n"));
}

void TstCli::export_toFile_writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("-o"), path} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("Name,ID,Owner,Scopes,Created,Expires,Last used,Status,Revoked,Personal access token\r\n"));
    QCOMPARE(csv.count("\r\n"), m_fake.tokenCount() + 1);
    QVERIFY(csv.contains(m_admin.id.toLatin1()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("tokens.csv")});
}

void TstCli::export_intoMissingFolder_exitsWith4()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/tokens.csv"));
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--output=") + path} + connection());
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY(r.err.contains("does not exist"));
}

void TstCli::version_printsTheVersion()
{
    const Run r = run({QStringLiteral("--version")}, {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("tokendesk-cli " TOKENDESK_VERSION_FOR_TEST));
}

void TstCli::demo_listsSeededTokens()
{
    const Run r =
        run({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--demo-tokens=5")}, {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5);
}

void TstCli::profile_takesTheConnectionFromASavedProfile()
{
    // Given a profile saved the way the GUI saves it (QSettings "TokenDesk"/"TokenDesk")
    QTemporaryDir config;
    {
        QSettings settings(config.filePath(QStringLiteral("TokenDesk/TokenDesk.conf")), QSettings::IniFormat);
        ConnectionProfile profile;
        profile.name = QStringLiteral("fake cluster");
        profile.url = m_fake.baseUrl();
        ProfileStore(&settings).save(profile);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    m_extraEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    // When listing through it, then the CLI reaches that cluster
    Run r = run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("fake cluster")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), m_fake.tokenCount());
    // And an unknown profile is a usage error that lists the known ones
    r = run({QStringLiteral("list"), QStringLiteral("--profile=other")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("no profile named") && r.err.contains("fake cluster"), qPrintable(r.describe()));
    // And without TOKENDESK_API_TOKEN the token is asked of the system keyring; with none reachable
    // (no Secret Service here), that is a usage error that says where the token was looked for
    r = run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("fake cluster")}, {}, {}, false);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("keyring") && r.err.contains("TOKENDESK_API_TOKEN"), qPrintable(r.describe()));
}

// Plain http is fine for this computer; to any other host the API token would travel in clear, so
// the CLI refuses before connecting unless --allow-insecure-http (or the profile's choice) says so.
void TstCli::insecureHttp_toAnotherHost_isRefusedBeforeAnyConnection()
{
    // Given a cluster on an address of this machine that is not loopback (if it has one)
    QHostAddress external;
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
            external = a;
            break;
        }
    }
    FakeCluster remote;
    SeededToken remoteAdmin;
    QString url = QStringLiteral("http://192.0.2.1:9"); // TEST-NET-1: nothing listens there
    if (!external.isNull()) {
        ServerOptions options;
        options.address = external;
        SeedOptions seed;
        seed.tokens = 3;
        QVERIFY2(remote.start(options, seed), qPrintable(remote.errorString()));
        remoteAdmin = remote.adminToken();
        m_secrets.append(remoteAdmin.secret);
        url = remote.baseUrl();
    } else {
        qWarning("no non-loopback IPv4 address: the refusal is checked, the silent server is not");
    }

    // When the CLI is pointed at it over http without the flag, it refuses before connecting
    Run r = run({QStringLiteral("list"), QStringLiteral("--url"), url}, {}, remoteAdmin.secret);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("in clear") && r.err.contains("--allow-insecure-http"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    if (!external.isNull())
        QCOMPARE(remote.requestCount(), 0); // the server saw nothing

    // And the help names the flag
    const Run help = run({QStringLiteral("list"), QStringLiteral("--help")}, {}, {}, false);
    QVERIFY2(help.out.contains("--allow-insecure-http"), qPrintable(help.describe()));

    if (external.isNull())
        return;
    // With the flag, the same cluster is reached
    r = run({QStringLiteral("list"), QStringLiteral("--url"), url, QStringLiteral("--allow-insecure-http")}, {},
            remoteAdmin.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(remote.requestCount() > 0);

    // And a profile that saved the choice is honoured; one that did not is refused
    QTemporaryDir config;
    {
        QSettings settings(config.filePath(QStringLiteral("TokenDesk/TokenDesk.conf")), QSettings::IniFormat);
        ConnectionProfile allowed;
        allowed.name = QStringLiteral("allowed");
        allowed.url = url;
        allowed.allowInsecureHttp = true;
        ProfileStore(&settings).save(allowed);
        ConnectionProfile strict = allowed;
        strict.name = QStringLiteral("strict");
        strict.allowInsecureHttp = false;
        ProfileStore(&settings).save(strict);
        settings.sync();
    }
    m_extraEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    r = run({QStringLiteral("list"), QStringLiteral("--profile=allowed")}, {}, remoteAdmin.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const int seen = remote.requestCount();
    r = run({QStringLiteral("list"), QStringLiteral("--profile=strict")}, {}, remoteAdmin.secret);
    QVERIFY2(r.exitCode == 1 && r.err.contains("in clear"), qPrintable(r.describe()));
    QCOMPARE(remote.requestCount(), seen);
}

// A profile whose address was moved to another server keeps no claim on the token stored for the
// old one: the CLI does not take it from the keyring.
void TstCli::profile_storedTokenIsNotSentToAnotherHost()
{
    QTemporaryDir config;
    {
        QSettings settings(config.filePath(QStringLiteral("TokenDesk/TokenDesk.conf")), QSettings::IniFormat);
        ConnectionProfile profile;
        profile.name = QStringLiteral("moved");
        profile.url = m_fake.baseUrl();
        profile.tokenDestination = QStringLiteral("https://old-cluster.example.com:443");
        ProfileStore(&settings).save(profile);
        settings.sync();
    }
    m_extraEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const int before = m_fake.requestCount();
    const Run r = run({QStringLiteral("list"), QStringLiteral("--profile=moved")}, {}, {}, false);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("old-cluster.example.com") && r.err.contains("enter the token again"),
             qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), before);
}

void TstCli::apiErrors_exitWith2_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown id, 404") << QStringLiteral("404") << QStringLiteral("404");
    QTest::newRow("server error, 500") << QStringLiteral("500") << QStringLiteral("500");
    QTest::newRow("self-delete, refused before asking")
        << QStringLiteral("self") << QStringLiteral("the token TokenDesk is connected with");
    QTest::newRow("bad token, 401") << QStringLiteral("401") << QStringLiteral("401");
    QTest::newRow("malformed JSON") << QStringLiteral("json") << QStringLiteral("invalid response");
    QTest::newRow("lookup of an unknown secret") << QStringLiteral("lookup") << QStringLiteral("40");
}

void TstCli::apiErrors_exitWith2()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    Run r;
    if (kind == QLatin1String("404")) {
        r = run(QStringList{QStringLiteral("get"), QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA")} + connection());
    } else if (kind == QLatin1String("500")) {
        Fault fault;
        fault.kind = Fault::Kind::Status;
        fault.status = 500;
        fault.count = -1;
        m_fake.injectFault(Endpoint::List, fault);
        r = run(QStringList{QStringLiteral("list")} + connection());
    } else if (kind == QLatin1String("self")) {
        r = run(QStringList{QStringLiteral("delete"), m_admin.id, QStringLiteral("--yes")} + connection());
        QVERIFY(m_fake.hasToken(m_admin.id));
    } else if (kind == QLatin1String("401")) {
        const QString wrong = QStringLiteral("dt0c01.ZZZZZZZZZZZZZZZZZZZZZZZZ.") + QString(64, QLatin1Char('Z'));
        m_secrets.append(wrong);
        r = run(QStringList{QStringLiteral("list")} + connection(), {}, wrong);
    } else if (kind == QLatin1String("json")) {
        Fault fault;
        fault.kind = Fault::Kind::MalformedJson;
        fault.count = -1;
        m_fake.injectFault(Endpoint::Get, fault);
        r = run(QStringList{QStringLiteral("get"), m_admin.id} + connection());
    } else {
        const QString unknown = QStringLiteral("dt0c01.YYYYYYYYYYYYYYYYYYYYYYYY.") + QString(64, QLatin1Char('Y'));
        m_secrets.append(unknown);
        r = run(QStringList{QStringLiteral("lookup")} + connection(), unknown.toLatin1());
    }
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(words), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TstCli::tokenInUse_isRefusedBeforeAskingTheCluster_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("endpoint");
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), QStringLiteral("--yes")} << int(Endpoint::Delete);
    QTest::newRow("revoke") << QStringList{QStringLiteral("revoke")} << int(Endpoint::Update);
    QTest::newRow("update") << QStringList{QStringLiteral("update"), QStringLiteral("--name=renamed")}
                            << int(Endpoint::Update);
}

// The token the CLI authenticates with is recognised by its id (a new-format secret names it), and
// a change of it is refused with the window's explanation, without a request the cluster would
// refuse anyway; the exit code is the one that refusal gave.
void TstCli::tokenInUse_isRefusedBeforeAskingTheCluster()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, endpoint);
    arguments.insert(1, m_admin.id);
    const int before = m_fake.requestCount(Endpoint(endpoint));
    const Run r = run(arguments + connection());
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(TokenInUse::explanation()), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(m_admin.id.toLatin1()), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint(endpoint)), before);
    QVERIFY(m_fake.hasToken(m_admin.id));
    QVERIFY(!m_fake.tokenInfo(m_admin.id)->revoked);
    QVERIFY(r.out.isEmpty());
}

void TstCli::networkErrors_exitWith3_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("connection refused") << QStringLiteral("refused");
    QTest::newRow("TLS to a plain HTTP server") << QStringLiteral("tls");
    QTest::newRow("connection dropped") << QStringLiteral("drop");
    QTest::newRow("timeout") << QStringLiteral("timeout");
}

void TstCli::networkErrors_exitWith3()
{
    QFETCH(QString, kind);
    QString url;
    if (kind == QLatin1String("refused")) {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        server.close();
    } else if (kind == QLatin1String("tls")) {
        url = QStringLiteral("https://127.0.0.1:%1").arg(m_fake.port());
    } else if (kind == QLatin1String("drop")) {
        Fault fault;
        fault.kind = Fault::Kind::DropConnection;
        fault.count = -1;
        m_fake.injectFault(Endpoint::List, fault);
        url = m_fake.baseUrl();
    } else {
        Fault fault;
        fault.kind = Fault::Kind::Latency;
        fault.latencyMs = 10000; // far beyond the CLI's 1 s timeout
        fault.count = 1;
        m_fake.injectFault(Endpoint::List, fault);
        url = m_fake.baseUrl();
    }
    const QString timeout =
        kind == QLatin1String("timeout") ? QStringLiteral("--timeout=1") : QStringLiteral("--timeout=20");
    const Run r = run({QStringLiteral("list"), QStringLiteral("--url"), url, timeout});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY(r.err.startsWith("tokendesk-cli: List tokens failed"));
    if (kind == QLatin1String("timeout"))
        QVERIFY2(r.err.contains("timed out"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

void TstCli::errors_followTheSystemLanguage()
{
    // Given a German system
    m_extraEnv.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    m_extraEnv.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));

    // When an API call fails (the token does not exist)
    const Run r =
        run(QStringList{QStringLiteral("get"), QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA")} + connection());

    // Then the exit code is the documented one, and the words around the server's message are German
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("tokendesk-cli: Token abrufen fehlgeschlagen: HTTP 404 Nicht gefunden")),
             qPrintable(r.describe()));
    QVERIFY2(!err.contains(QStringLiteral("failed")) && !err.contains(QStringLiteral("Not Found")),
             qPrintable(r.describe()));

    // And a usage error is German too, with the same exit code as in English
    const Run usage = run(QStringList{QStringLiteral("get")} + connection());
    QCOMPARE(usage.exitCode, 1);
    QVERIFY2(QString::fromUtf8(usage.err).contains(QStringLiteral("die Token-ID fehlt.")),
             qPrintable(usage.describe()));
    QVERIFY2(!usage.err.contains("missing") && !usage.err.contains("usage"), qPrintable(usage.describe()));
}

void TstCli::rateLimited_everyCommandWaitsForTheResetAndRetries_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("endpoint");
    for (const auto &[name, endpoint] :
         {std::pair{"list", Endpoint::List}, std::pair{"get", Endpoint::Get}, std::pair{"lookup", Endpoint::Lookup},
          std::pair{"create", Endpoint::Create}, std::pair{"update", Endpoint::Update},
          std::pair{"delete", Endpoint::Delete}, std::pair{"export", Endpoint::List}})
        QTest::newRow(name) << QString::fromLatin1(name) << int(endpoint);
}

void TstCli::rateLimited_everyCommandWaitsForTheResetAndRetries()
{
    QFETCH(QString, command);
    QFETCH(int, endpoint);
    const SeededToken t =
        addToken(QStringLiteral("rate limited"), QStringLiteral("dave"), {QStringLiteral("settings.read")});
    QStringList args{command};
    QByteArray input;
    if (command == QLatin1String("get") || command == QLatin1String("delete"))
        args << t.id;
    if (command == QLatin1String("delete"))
        args << QStringLiteral("--yes");
    if (command == QLatin1String("update"))
        args << t.id << QStringLiteral("--name=renamed");
    if (command == QLatin1String("create"))
        args << QStringLiteral("--name=new") << QStringLiteral("--scope=settings.read");
    if (command == QLatin1String("lookup"))
        input = t.secret.toLatin1();
    // Given a cluster whose rate window ends within a second and that answers the next two
    // requests of the command with 429 (not carried out)
    m_fake.setRateWindowMs(1000);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 429;
    fault.count = 2;
    m_fake.injectFault(Endpoint(endpoint), fault);
    const int before = m_fake.requestCount(Endpoint(endpoint));
    // When the command runs
    m_createRun = command == QLatin1String("create");
    const Run r = run(args + connection(), input);
    m_createRun = false;
    // Then it says that it waits and how long, tries again, and succeeds
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint(endpoint)) - before, 3);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("rate limited by the cluster; retrying in 1 s (1 of 3)")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("rate limited by the cluster; retrying in 1 s (2 of 3)")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("(3 of 3)")), qPrintable(err));
    if (command == QLatin1String("update"))
        QCOMPARE(m_fake.tokenInfo(t.id)->name, QStringLiteral("renamed"));
    if (command == QLatin1String("delete"))
        QVERIFY(!m_fake.hasToken(t.id));
    if (command == QLatin1String("lookup") || command == QLatin1String("get"))
        QVERIFY(r.out.contains("dave"));
    if (command == QLatin1String("create"))
        m_secrets.append(QString::fromLatin1(r.out.trimmed()));
}

void TstCli::rateLimited_givesUpAfterThreeRetries()
{
    // Given a cluster that answers every list request with 429, its window ending within a second
    m_fake.setRateWindowMs(1000);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 429;
    fault.count = -1;
    m_fake.injectFault(Endpoint::List, fault);
    const int before = m_fake.requestCount(Endpoint::List);
    // When listing
    const Run r = run(QStringList{QStringLiteral("list")} + connection());
    // Then the CLI tries four times in all and fails with the API's exit code and the reason
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::List) - before, 4);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("(3 of 3)")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("after 3 retries; giving up")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("List tokens failed")) && err.contains(QStringLiteral("429")),
             qPrintable(err));
    QVERIFY(r.out.isEmpty());
}

void TstCli::rateLimited_givesUpAtOnceWhenTheResetIsBeyondTwoMinutes()
{
    // Given a cluster whose clock says the limit resets in ten minutes
    m_fake.setFixedTime(QDateTime::currentMSecsSinceEpoch() + 10 * 60000);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 429;
    fault.count = -1;
    m_fake.injectFault(Endpoint::List, fault);
    const int before = m_fake.requestCount(Endpoint::List);
    // When listing, then the CLI does not wait: it says why and fails at once
    QElapsedTimer elapsed;
    elapsed.start();
    const Run r = run(QStringList{QStringLiteral("list")} + connection());
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::List) - before, 1);
    QVERIFY2(r.err.contains("would exceed 120 s of waiting in all; giving up"), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("retrying in"), qPrintable(r.describe()));
    QVERIFY2(elapsed.elapsed() < 30000, qPrintable(QString::number(elapsed.elapsed())));
}

void TstCli::rateLimited_detailsOfEveryTokenArriveUnderTheClustersLimit()
{
    // Given the cluster's own limiter: 8 requests per one-second window, fewer than the tokens
    m_fake.setRateWindowMs(1000);
    m_fake.setRateLimitPerMinute(8);
    const int tokens = m_fake.tokenCount();
    QVERIFY(tokens > 16);
    // When listing with details (one request per token, 6 at a time)
    const Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--details")} + connection());
    // Then the rate-limited requests waited for the next window and every token has its details
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("rate limited by the cluster; retrying in"), qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), tokens);
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells.at(2), m_fake.tokenInfo(cells.at(0))->owner);
    }
}

void TstCli::failedChanges_areNeverSentTwice_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("status"); // 0 = a timeout
    QTest::addColumn<int>("exitCode");
    QTest::newRow("create, 500") << QStringLiteral("create") << int(Endpoint::Create) << 500 << 2;
    QTest::newRow("create, 503") << QStringLiteral("create") << int(Endpoint::Create) << 503 << 2;
    QTest::newRow("create, timeout") << QStringLiteral("create") << int(Endpoint::Create) << 0 << 3;
    QTest::newRow("update, 502") << QStringLiteral("update") << int(Endpoint::Update) << 502 << 2;
    QTest::newRow("update, timeout") << QStringLiteral("update") << int(Endpoint::Update) << 0 << 3;
    QTest::newRow("delete, 500") << QStringLiteral("delete") << int(Endpoint::Delete) << 500 << 2;
    QTest::newRow("delete, timeout") << QStringLiteral("delete") << int(Endpoint::Delete) << 0 << 3;
}

void TstCli::failedChanges_areNeverSentTwice()
{
    QFETCH(QString, command);
    QFETCH(int, endpoint);
    QFETCH(int, status);
    QFETCH(int, exitCode);
    const SeededToken t = addToken(QStringLiteral("kept"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    QStringList args{command};
    if (command == QLatin1String("create"))
        args << QStringLiteral("--name=once") << QStringLiteral("--scope=settings.read");
    else if (command == QLatin1String("update"))
        args << t.id << QStringLiteral("--name=once");
    else
        args << t.id << QStringLiteral("--yes");
    // Given a change the cluster may or may not have carried out: a 5xx, or no answer in time
    Fault fault;
    fault.count = 1;
    if (status == 0) {
        fault.kind = Fault::Kind::Latency;
        fault.latencyMs = 5000; // beyond the 1 s timeout
        args << QStringLiteral("--timeout=1");
    } else {
        fault.kind = Fault::Kind::Status;
        fault.status = status;
    }
    m_fake.injectFault(Endpoint(endpoint), fault);
    const int before = m_fake.requestCount(Endpoint(endpoint));
    // When the command runs, then it fails, and exactly one request reached the cluster
    const Run r = run(args + connection());
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint(endpoint)) - before, 1);
    QVERIFY2(!r.err.contains("retrying"), qPrintable(r.describe()));
}

namespace {
QStringList outputLines(const Run &r)
{
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

void TstCli::bulk_revokeOfSeveralIds_revokesEachAndSaysSoPerToken()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << addToken(QStringLiteral("ci %1").arg(i), QStringLiteral("erin"), {QStringLiteral("settings.read")}).id;
    const int before = m_fake.requestCount(Endpoint::Update);
    // Revoking ids asks nothing (as for one id), even with standard input not a terminal
    const Run r = run(QStringList{QStringLiteral("revoke")} + ids + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Update) - before, 5);
    const QStringList lines = outputLines(r);
    QCOMPARE(lines.size(), 5);
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(m_fake.tokenInfo(id)->revoked, true);
        QVERIFY2(lines.contains(id + QStringLiteral("\trevoked")), qPrintable(r.describe()));
    }
    QVERIFY2(r.err.contains("Revoked 5 of 5 tokens."), qPrintable(r.describe()));
}

void TstCli::bulk_deleteOfSeveralIds_withoutYesAndNoTerminal_sendsNothing()
{
    const SeededToken a = addToken(QStringLiteral("a"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const SeededToken b = addToken(QStringLiteral("b"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const int before = m_fake.requestCount();
    const Run r = run(QStringList{QStringLiteral("delete"), a.id, b.id} + connection(), "yes\n");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(m_fake.requestCount(), before);
    QVERIFY(m_fake.hasToken(a.id) && m_fake.hasToken(b.id));
}

void TstCli::bulk_deleteByFilter_deletesWhatTheFilterSelectsButNeverTheTokenInUse()
{
    const QString owner = QStringLiteral("bulk-owner");
    // The command runs with a token of the same owner: the filter selects it too
    const SeededToken self = addToken(QStringLiteral("runner"), owner, {QStringLiteral("ClusterTokenManagement")});
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids << addToken(QStringLiteral("old %1").arg(i), owner, {QStringLiteral("settings.read")}).id;
    const SeededToken other =
        addToken(QStringLiteral("keep"), QStringLiteral("else"), {QStringLiteral("settings.read")});
    const int before = m_fake.requestCount(Endpoint::Delete);
    const Run r = run(QStringList{QStringLiteral("delete"), QStringLiteral("--user"), owner, QStringLiteral("--yes")} +
                          connection(),
                      {}, self.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Delete) - before, 6);
    const QStringList lines = outputLines(r);
    QCOMPARE(lines.size(), 6);
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(!m_fake.hasToken(id));
        QVERIFY2(lines.contains(id + QStringLiteral("\tdeleted")), qPrintable(r.describe()));
    }
    QVERIFY(m_fake.hasToken(self.id));
    QVERIFY(m_fake.hasToken(other.id));
    QVERIFY2(r.err.contains((QStringLiteral("Leaving out ") + self.id).toUtf8()), qPrintable(r.describe()));
}

void TstCli::bulk_revokeByFilter_withoutYesAndNoTerminal_onlyLists()
{
    const QString owner = QStringLiteral("bulk-revoke-owner");
    const SeededToken t = addToken(QStringLiteral("x"), owner, {QStringLiteral("settings.read")});
    const int lists = m_fake.requestCount(Endpoint::List);
    const int updates = m_fake.requestCount(Endpoint::Update);
    const Run r = run(QStringList{QStringLiteral("revoke"), QStringLiteral("--user=") + owner} + connection(), "yes\n");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("refusing to revoke 1 token") && r.err.contains("--yes"), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::List) - lists, 1);
    QCOMPARE(m_fake.requestCount(Endpoint::Update), updates);
    QCOMPARE(m_fake.tokenInfo(t.id)->revoked, false);
}

void TstCli::bulk_oneFailure_doesNotStopTheOthersAndDecidesTheExitCode()
{
    const SeededToken a = addToken(QStringLiteral("a"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const SeededToken b = addToken(QStringLiteral("b"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const QString missing = QStringLiteral("dt0c01.NOSUCHTOKENAAAAAAAAAAAAA");
    const Run r = run(QStringList{QStringLiteral("revoke"), a.id, missing, b.id} + connection());
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(m_fake.tokenInfo(a.id)->revoked, true);
    QCOMPARE(m_fake.tokenInfo(b.id)->revoked, true);
    const QStringList lines = outputLines(r);
    QVERIFY2(lines.contains(missing + QStringLiteral("\tfailed")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(missing.toUtf8()) && r.err.contains("404"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Revoked 2 of 3 tokens. 1 failed."), qPrintable(r.describe()));
}

void TstCli::bulk_rateLimited_isSentAgainWhenTheLimitResets()
{
    const SeededToken a = addToken(QStringLiteral("a"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    const SeededToken b = addToken(QStringLiteral("b"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    m_fake.setRateWindowMs(1000);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 429;
    fault.count = 1; // the first delete is rate-limited, not carried out
    m_fake.injectFault(Endpoint::Delete, fault);
    const int before = m_fake.requestCount(Endpoint::Delete);
    const Run r = run(QStringList{QStringLiteral("delete"), a.id, b.id, QStringLiteral("--yes")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Delete) - before, 3);
    QVERIFY(!m_fake.hasToken(a.id) && !m_fake.hasToken(b.id));
    QVERIFY2(r.err.contains("rate limited by the cluster; retrying in"), qPrintable(r.describe()));
    QCOMPARE(outputLines(r).size(), 2);
}

void TstCli::bulk_usageErrors_exitWith1BeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    QTest::newRow("ids and a filter") << QStringList{QStringLiteral("delete"), QStringLiteral("x"),
                                                     QStringLiteral("--user=bob"), QStringLiteral("--yes")}
                                      << QStringLiteral("not both");
    QTest::newRow("limit alone") << QStringList{QStringLiteral("revoke"), QStringLiteral("--limit=5")}
                                 << QStringLiteral("--limit alone");
    QTest::newRow("neither") << QStringList{QStringLiteral("revoke")} << QStringLiteral("ID is missing");
    QTest::newRow("filters on get") << QStringList{QStringLiteral("get"), QStringLiteral("x"),
                                                   QStringLiteral("--user=bob")}
                                    << QStringLiteral("does not apply");
}

void TstCli::bulk_usageErrors_exitWith1BeforeAnyRequest()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    const int before = m_fake.requestCount();
    const Run r = run(args + connection());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(words), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), before);
}

void TstCli::list_printsServerTextWithoutControlCharacters()
{
    // Given names with C0 and C1 control characters (an escape sequence, the 8-bit CSI), DEL, line
    // breaks and non-ASCII text, on a cluster of their own
    FakeCluster fake;
    SeedOptions seed;
    seed.tokens = 3;
    QVERIFY2(fake.start(ServerOptions{}, seed), qPrintable(fake.errorString()));
    const QStringList names = {QStringLiteral("reporting \x1b[31mred"), QStringLiteral("line\nbreak\r\ttab"),
                               QStringLiteral("c1 \u0085 \u009b2J \u00a0kept"), QStringLiteral("del\x7fz"),
                               QStringLiteral("Z\u00fcrich \u76e3\u8996\u30c8\u30fc\u30af\u30f3 \U0001F511")};
    QHash<QString, QString> expected;
    for (const QString &name : names) {
        QString printable = name;
        for (QChar &c : printable) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
                c = QLatin1Char(' ');
        }
        expected.insert(fake.addToken(name, QStringLiteral("alice"), {QStringLiteral("settings.read")}).id, printable);
    }

    // When they are listed
    const Run r = run({QStringLiteral("list"), QStringLiteral("--limit=1000"), QStringLiteral("--url"), fake.baseUrl()},
                      {}, fake.adminToken().secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // Then each is one line, its control characters spaces, everything else as the server sent it
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), fake.tokenCount());
    int found = 0;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 2);
        if (expected.contains(cells.at(0))) {
            QCOMPARE(cells.at(1), expected.value(cells.at(0)));
            ++found;
        }
    }
    QCOMPARE(found, int(names.size()));
    for (const char c : r.out)
        QVERIFY(c == '\n' || c == '\t' || uchar(c) >= 0x20);
}

void TstCli::rotate_createsTheSuccessorThenRevokesAndSchedulesTheDeletion()
{
    const SeededToken old = addToken(QStringLiteral("ci pipeline"), QStringLiteral("frank"),
                                     {QStringLiteral("settings.read"), QStringLiteral("ReadSyntheticData")});
    const int before = m_fake.tokenCount();
    Run r;
    m_createRun = true;
    const QList<Endpoint> endpoints = served([&] {
        r = run(QStringList{QStringLiteral("rotate"), old.id, QStringLiteral("--expires=30d"),
                            QStringLiteral("--delete-after"), QStringLiteral("3d")} +
                connection());
    });
    m_createRun = false;
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Standard output is exactly the new secret
    static const QRegularExpression secretLine(QStringLiteral("^dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}\n$"));
    QVERIFY2(secretLine.match(QString::fromLatin1(r.out)).hasMatch(), qPrintable(r.describe()));
    const QString secret = QString::fromLatin1(r.out).trimmed();
    m_secrets.append(secret);
    const QString newId = secret.left(31);
    QVERIFY2(r.err.contains(newId.toLatin1()), qPrintable(r.describe()));

    // The cluster saw: the old token read, the successor created with its scopes, the old one revoked;
    // nothing deleted
    QCOMPARE(endpoints, (QList<Endpoint>{Endpoint::Get, Endpoint::Create, Endpoint::Update}));
    QCOMPARE(m_fake.tokenCount(), before + 1);
    const auto successor = m_fake.tokenInfo(newId);
    QVERIFY(successor);
    QCOMPARE(successor->scopes, (QStringList{QStringLiteral("ReadSyntheticData"), QStringLiteral("settings.read")}));
    QCOMPARE(
        successor->name,
        QStringLiteral("ci pipeline (rotated %1)").arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)));
    QVERIFY(successor->expires);
    QCOMPARE(*successor->expires - successor->created, 30 * DayMs);
    QVERIFY(!successor->revoked);
    QCOMPARE(QString::fromUtf8(m_fake.lastRequestBody(Endpoint::Update)), QStringLiteral("{\"revoked\":true}"));
    QVERIFY(m_fake.tokenInfo(old.id)->revoked);

    // And the old token's deletion is scheduled for this connection, 3 days on
    const QList<PendingDeletion> pending = pendingOfUrl();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.front().id, old.id);
    // Ids and dates only: the old token's name is nowhere in the settings file
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(old.id.toLatin1()));
        QVERIFY2(!written.contains("ci pipeline") && !written.contains("name="), written.constData());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(pending.front().dueMs > now + 3 * DayMs - 120000 && pending.front().dueMs <= now + 3 * DayMs,
             qPrintable(QString::number(pending.front().dueMs - now)));

    // A given name is the successor's
    m_createRun = true;
    r = run(QStringList{QStringLiteral("rotate"), newId, QStringLiteral("--name=ci pipeline 2")} + connection());
    m_createRun = false;
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString second = QString::fromLatin1(r.out).trimmed();
    m_secrets.append(second);
    QCOMPARE(m_fake.tokenInfo(second.left(31))->name, QStringLiteral("ci pipeline 2"));
    QVERIFY(!m_fake.tokenInfo(second.left(31))->expires);
    QCOMPARE(pendingOfUrl().size(), 2);
}

void TstCli::rotate_failedRevoke_printsTheSecretAndSaysWhereItStopped()
{
    const SeededToken old =
        addToken(QStringLiteral("agent"), QStringLiteral("frank"), {QStringLiteral("settings.read")});
    const int deletes = m_fake.requestCount(Endpoint::Delete);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_fake.injectFault(Endpoint::Update, fault);
    m_createRun = true;
    const Run r = run(QStringList{QStringLiteral("rotate"), old.id} + connection());
    m_createRun = false;
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    // The successor exists, and its secret was printed (nothing else on stdout)
    const QString secret = QString::fromLatin1(r.out).trimmed();
    QCOMPARE(r.out.count('\n'), 1);
    m_secrets.append(secret);
    QVERIFY(m_fake.tokenInfo(secret.left(31)));
    // The old token is untouched and the error says so, with no deletion scheduled
    QVERIFY(!m_fake.tokenInfo(old.id)->revoked);
    QVERIFY2(r.err.contains("500"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("is still active"), qPrintable(r.describe()));
    QVERIFY(pendingOfUrl().isEmpty());
    QCOMPARE(m_fake.requestCount(Endpoint::Delete), deletes);
}

void TstCli::rotate_failedCreate_changesNothing()
{
    const SeededToken old =
        addToken(QStringLiteral("agent"), QStringLiteral("frank"), {QStringLiteral("settings.read")});
    const int before = m_fake.tokenCount();
    const int updates = m_fake.requestCount(Endpoint::Update);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 400;
    fault.message = QStringLiteral("scope not allowed");
    m_fake.injectFault(Endpoint::Create, fault);
    const Run r = run(QStringList{QStringLiteral("rotate"), old.id} + connection());
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("Nothing was changed"), qPrintable(r.describe()));
    QCOMPARE(m_fake.tokenCount(), before);
    QCOMPARE(m_fake.requestCount(Endpoint::Update), updates);
    QVERIFY(!m_fake.tokenInfo(old.id)->revoked);
    QVERIFY(pendingOfUrl().isEmpty());
}

void TstCli::pending_listsTheScheduleWithoutAskingTheCluster()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = Transport::destinationOf(m_fake.baseUrl());
    schedule(key, {{QStringLiteral("dt0c01.LATERLATERLATERLATERLATE"), now + 2 * DayMs, now},
                   {QStringLiteral("dt0c01.DUEDUEDUEDUEDUEDUEDUEDUEDU"), now - DayMs, now - 8 * DayMs}});
    schedule(QStringLiteral("another profile"),
             {{QStringLiteral("dt0c01.OTHEROTHEROTHEROTHEROTHE"), now - DayMs, now}});
    const int requests = m_fake.requestCount();
    // No API token needed, nothing sent
    Run r = run(QStringList{QStringLiteral("pending")} + connection(), {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), requests);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // Soonest first: id, name (not known without asking), due date, whether due
    QCOMPARE(lines.at(0), QStringLiteral("dt0c01.DUEDUEDUEDUEDUEDUEDUEDUEDU\t\t%1\tdue")
                              .arg(QDateTime::fromMSecsSinceEpoch(now - DayMs, Qt::UTC).toString(Qt::ISODateWithMs)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("dt0c01.LATERLATERLATERLATERLATE\t\t")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("\tnot due")), qPrintable(lines.at(1)));
    QVERIFY2(r.err.contains("pending --delete-due"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("TOKENDESK_API_TOKEN"), qPrintable(r.describe())); // why no names

    // Another connection has its own schedule
    r = run({QStringLiteral("pending"), QStringLiteral("--url"), QStringLiteral("https://elsewhere.example.com")}, {},
            {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("No deletion is scheduled"), qPrintable(r.describe()));
}

void TstCli::pending_withATokenAtHand_namesEachTokenAsTheClusterHasIt()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = Transport::destinationOf(m_fake.baseUrl());
    const SeededToken renamed =
        addToken(QStringLiteral("renamed\tsince"), QStringLiteral("hank"), {QStringLiteral("settings.read")});
    const QString gone = QStringLiteral("dt0c01.GONEGONEGONEGONEGONEGONE");
    schedule(key, {{renamed.id, now + DayMs, now}, {gone, now - DayMs, now - 8 * DayMs}});
    const int gets = m_fake.requestCount(Endpoint::Get);
    const int requests = m_fake.requestCount();

    const Run r = run(QStringList{QStringLiteral("pending")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // One GET per entry, nothing else
    QCOMPARE(m_fake.requestCount(Endpoint::Get) - gets, 2);
    QCOMPARE(m_fake.requestCount() - requests, 2);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // The name as the cluster has it now (printable); the id alone for a token it no longer has
    QVERIFY2(lines.at(0).startsWith(gone + QStringLiteral("\t\t")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(renamed.id + QStringLiteral("\trenamed since\t")), qPrintable(lines.at(1)));
    QVERIFY2(r.err.contains("1 of them no longer on the cluster"), qPrintable(r.describe()));
    // Listing wrote nothing into the schedule
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("renamed"));
}

void TstCli::pending_deleteDue_deletesOnlyWhatIsDueAndTakesItOffTheSchedule()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = Transport::destinationOf(m_fake.baseUrl());
    const SeededToken due = addToken(QStringLiteral("due"), QStringLiteral("gina"), {QStringLiteral("settings.read")});
    const SeededToken notYet =
        addToken(QStringLiteral("not yet"), QStringLiteral("gina"), {QStringLiteral("settings.read")});
    const SeededToken otherProfiles =
        addToken(QStringLiteral("other profile's"), QStringLiteral("gina"), {QStringLiteral("settings.read")});
    const QString gone = QStringLiteral("dt0c01.GONEGONEGONEGONEGONEGONE");
    schedule(key, {{due.id, now - 60000, now - 7 * DayMs},
                   {notYet.id, now + 3600000, now},
                   {gone, now - DayMs, now - 8 * DayMs},
                   {m_admin.id, now - DayMs, now - 8 * DayMs}});
    schedule(QStringLiteral("another profile"), {{otherProfiles.id, now - DayMs, now}});
    const int deletes = m_fake.requestCount(Endpoint::Delete);

    // Without --yes and no terminal: refused, nothing sent, the schedule as it was
    Run r = run(QStringList{QStringLiteral("pending"), QStringLiteral("--delete-due")} + connection());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("--yes"), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Delete), deletes);
    QCOMPARE(pendingOfUrl().size(), 4);

    r = run(QStringList{QStringLiteral("pending"), QStringLiteral("--delete-due"), QStringLiteral("--yes")} +
            connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Only the due ones were deleted (never the token in use), each said on stdout
    QCOMPARE(m_fake.requestCount(Endpoint::Delete), deletes + 2);
    QVERIFY(!m_fake.hasToken(due.id));
    QVERIFY(m_fake.hasToken(notYet.id));
    QVERIFY(m_fake.hasToken(otherProfiles.id));
    QVERIFY(m_fake.hasToken(m_admin.id));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()),
             (QSet<QString>{due.id + QStringLiteral("\tdeleted"), gone + QStringLiteral("\talready gone")}));
    QVERIFY2(r.err.contains(QByteArray("Leaving out " + m_admin.id.toLatin1())), qPrintable(r.describe()));
    // And the schedule keeps what was not deleted
    QStringList left;
    for (const PendingDeletion &entry : pendingOfUrl())
        left.append(entry.id);
    QCOMPARE(left, (QStringList{m_admin.id, notYet.id}));
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QCOMPARE(PendingDeletions(&settings, QStringLiteral("another profile")).all().size(), 1);

    // Nothing else due: nothing sent
    r = run(QStringList{QStringLiteral("pending"), QStringLiteral("--delete-due"), QStringLiteral("--yes")} +
            connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("nothing was deleted"), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Delete), deletes + 2);
}

void TstCli::seedAuditTokens()
{
    if (!m_auditIds.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString owner = QStringLiteral("auditor");
    const QStringList read{QStringLiteral("settings.read")};
    // a: active, last used 100 days ago
    m_auditIds.insert(
        QStringLiteral("a"),
        m_fake.addToken(QStringLiteral("a"), owner, read, {}, now - 100 * DayMs, false, now - 200 * DayMs).id);
    // b: active, used 10 days ago
    m_auditIds.insert(
        QStringLiteral("b"),
        m_fake.addToken(QStringLiteral("b"), owner, read, {}, now - 10 * DayMs, false, now - 200 * DayMs).id);
    // c: never used, created 120 days ago
    m_auditIds.insert(QStringLiteral("c"),
                      m_fake.addToken(QStringLiteral("c"), owner, read, {}, {}, false, now - 120 * DayMs).id);
    // d: revoked, last used 100 days ago
    m_auditIds.insert(
        QStringLiteral("d"),
        m_fake.addToken(QStringLiteral("d"), owner, read, {}, now - 100 * DayMs, true, now - 200 * DayMs).id);
    // e: expires in 10 days, used 2 days ago
    m_auditIds.insert(
        QStringLiteral("e"),
        m_fake.addToken(QStringLiteral("e"), owner, read, now + 10 * DayMs, now - 2 * DayMs, false, now - 20 * DayMs)
            .id);
    // f: may manage tokens, used an hour ago
    m_auditIds.insert(QStringLiteral("f"),
                      m_fake
                          .addToken(QStringLiteral("f"), owner,
                                    {QStringLiteral("apiTokens.write"), QStringLiteral("settings.read")}, {},
                                    now - 3600000, false, now - 20 * DayMs)
                          .id);
}

void TstCli::listView_selectsTheTokensOfAnAuditViewAfterLoadingTheirDetails()
{
    seedAuditTokens();
    const auto ids = [this](const QString &letters) {
        QSet<QString> set;
        for (QChar c : letters)
            set.insert(m_auditIds.value(QString(c)));
        return set;
    };
    const auto listed = [](const Run &r) {
        QSet<QString> set;
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            set.insert(line.section(QLatin1Char('\t'), 0, 0));
        return set;
    };
    const QStringList auditor{QStringLiteral("--user=auditor")};
    const int gets = m_fake.requestCount(Endpoint::Get);
    Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view"), QStringLiteral("unused-90d")} + auditor +
                connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(listed(r), ids(QStringLiteral("ac")));
    // The details of every listed token were loaded to decide, once each
    QCOMPARE(m_fake.requestCount(Endpoint::Get) - gets, 6);
    // ID<TAB>name, as 'list' prints
    QVERIFY2(r.out.contains((m_auditIds.value(QStringLiteral("a")) + QStringLiteral("\ta\n")).toUtf8()),
             qPrintable(r.describe()));

    const QList<QPair<QString, QString>> views{{QStringLiteral("never-used"), QStringLiteral("c")},
                                               {QStringLiteral("expiring-30d"), QStringLiteral("e")},
                                               {QStringLiteral("revoked"), QStringLiteral("d")},
                                               {QStringLiteral("control-scopes"), QStringLiteral("f")},
                                               {QStringLiteral("expired"), QString()},
                                               {QStringLiteral("personal"), QString()}};
    for (const auto &[view, letters] : views) {
        r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view=") + view} + auditor + connection());
        QVERIFY2(r.exitCode == 0, qPrintable(view + r.describe()));
        QVERIFY2(listed(r) == ids(letters), qPrintable(view + r.describe()));
    }

    // With --details and --json, as 'list' has them
    r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view=revoked"), QStringLiteral("--details")} +
            auditor + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(
        r.out.startsWith((m_auditIds.value(QStringLiteral("d")) + QStringLiteral("\td\tauditor\trevoked\t")).toUtf8()),
        qPrintable(r.describe()));
    r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view=never-used"), QStringLiteral("--json")} +
            auditor + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(), m_auditIds.value(QStringLiteral("c")));
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("c"));
}

void TstCli::listView_unknownKey_namesTheViews()
{
    const int requests = m_fake.requestCount();
    const Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view=stale")} + connection());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), requests);
    QVERIFY2(r.err.contains("unused-90d") && r.err.contains("control-scopes"), qPrintable(r.describe()));
    // --help names every view by its key
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("report")}) {
        const Run help = run({command, QStringLiteral("--help")}, {}, {}, false);
        for (AuditView view : AuditViews::all())
            QVERIFY2(help.out.contains(AuditViews::key(view).toUtf8()), qPrintable(AuditViews::key(view)));
    }
}

namespace {
SavedView savedView(const QString &name, const QString &owner, FilterSettings::Status status, const QString &text,
                    std::optional<AuditView> view)
{
    SavedView v;
    v.name = name;
    v.filters.list.owner = owner;
    v.filters.status = status;
    v.quickFilter = text;
    v.auditView = view;
    return v;
}
} // namespace

void TstCli::listView_ofASavedName_appliesTheProfilesViewAfterTheBuiltInKeys()
{
    seedAuditTokens();
    // Given a profile with views saved in TokenDesk
    {
        QDir().mkpath(QFileInfo(settingsPath()).path());
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ConnectionProfile profile;
        profile.name = QStringLiteral("audit");
        profile.url = m_fake.baseUrl();
        ProfileStore(&settings).save(profile);
        SavedViews views(&settings, QStringLiteral("audit"));
        using Status = FilterSettings::Status;
        QCOMPARE(views.save(savedView(QStringLiteral("Stale of the auditor"), QStringLiteral("auditor"), Status::All,
                                      QString(), AuditView::Unused90Days)),
                 QString());
        QCOMPARE(views.save(savedView(QStringLiteral("revoked of the auditor"), QStringLiteral("auditor"),
                                      Status::Revoked, QString(), std::nullopt)),
                 QString());
        QCOMPARE(views.save(savedView(QStringLiteral("may write tokens"), QStringLiteral("auditor"), Status::All,
                                      QStringLiteral("apiTokens.WRITE"), std::nullopt)),
                 QString());
        // Named like a built-in view: the built-in key wins
        QCOMPARE(views.save(savedView(QStringLiteral("revoked"), QStringLiteral("auditor"), Status::All,
                                      QStringLiteral("matches nothing"), std::nullopt)),
                 QString());
    }
    const auto ids = [this](const QString &letters) {
        QSet<QString> set;
        for (QChar c : letters)
            set.insert(m_auditIds.value(QString(c)));
        return set;
    };
    const auto listed = [](const Run &r) {
        QSet<QString> set;
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            set.insert(line.section(QLatin1Char('\t'), 0, 0));
        return set;
    };
    const QStringList profile{QStringLiteral("--profile"), QStringLiteral("audit")};

    // The saved view's server filter reaches the cluster, its audit view, status and quick filter the rows
    const QList<QPair<QString, QString>> views{{QStringLiteral("  stale OF the auditor "), QStringLiteral("ac")},
                                               {QStringLiteral("revoked of the auditor"), QStringLiteral("d")},
                                               {QStringLiteral("may write tokens"), QStringLiteral("f")}};
    for (const auto &[view, letters] : views) {
        const Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view"), view} + profile);
        QVERIFY2(r.exitCode == 0, qPrintable(view + r.describe()));
        QCOMPARE(QUrlQuery(m_fake.lastRequestQuery(Endpoint::List)).queryItemValue(QStringLiteral("user")),
                 QStringLiteral("auditor"));
        QVERIFY2(listed(r) == ids(letters), qPrintable(view + r.describe()));
    }
    // The built-in key wins over a saved view of that name: every revoked token, of any owner
    Run r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view"), QStringLiteral("revoked")} + profile);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!QUrlQuery(m_fake.lastRequestQuery(Endpoint::List)).hasQueryItem(QStringLiteral("user")));
    QVERIFY2(listed(r).contains(m_auditIds.value(QStringLiteral("d"))), qPrintable(r.describe()));
    // A filter on the command line wins over the view's
    r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view=revoked of the auditor"),
                        QStringLiteral("--user=nobody")} +
            profile);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QUrlQuery(m_fake.lastRequestQuery(Endpoint::List)).queryItemValue(QStringLiteral("user")),
             QStringLiteral("nobody"));
    QVERIFY(r.out.isEmpty());
    // The report takes it as well
    r = run(QStringList{QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--view=may write tokens")} +
            profile);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tokens")).toInt(), 1);

    // An unknown name: a usage error naming the built-in keys and the saved names, nothing sent
    const int requests = m_fake.requestCount();
    r = run(QStringList{QStringLiteral("list"), QStringLiteral("--view=stale")} + profile);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), requests);
    QVERIFY2(r.err.contains("unused-90d") && r.err.contains("Stale of the auditor") &&
                 r.err.contains("may write tokens"),
             qPrintable(r.describe()));
    // Another profile's views are not this one's
    r = run({QStringLiteral("list"), QStringLiteral("--view=may write tokens"), QStringLiteral("--profile=other")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
}

void TstCli::views_listsTheBuiltInKeysAndTheProfilesSavedViews()
{
    {
        QDir().mkpath(QFileInfo(settingsPath()).path());
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SavedView view = savedView(QStringLiteral("Stale\u00A0ones"), QStringLiteral("auditor"),
                                   FilterSettings::Status::Revoked, QStringLiteral("ci-"), AuditView::Unused90Days);
        view.filters.list.scopes = {QStringLiteral("settings.read"), QStringLiteral("apiTokens.write")};
        QCOMPARE(SavedViews(&settings, QStringLiteral("audit")).save(view), QString());
    }
    const int requests = m_fake.requestCount();
    // No token, no cluster: this computer's settings only
    Run r = run({QStringLiteral("views"), QStringLiteral("--profile=audit")}, {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(), requests);
    QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), AuditViews::all().size() + 1);
    QCOMPARE(lines.first(),
             QStringLiteral("unused-90d\tbuilt-in\t") + AuditViews::description(AuditView::Unused90Days));
    QCOMPARE(lines.last(), QStringLiteral("Stale\u00A0ones\tsaved\towner=auditor scopes=settings.read,apiTokens.write "
                                          "status=revoked quickFilter=ci- view=unused-90d"));
    r = run({QStringLiteral("views"), QStringLiteral("--profile=audit"), QStringLiteral("--json")}, {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), AuditViews::all().size() + 1);
    const QJsonObject saved = array.last().toObject();
    QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("Stale\u00A0ones"));
    QCOMPARE(saved.value(QStringLiteral("builtIn")).toBool(true), false);
    QCOMPARE(saved.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(saved.value(QStringLiteral("view")).toString(), QStringLiteral("unused-90d"));
    // Without a profile: the built-in keys, and a word on where saved views are
    r = run({QStringLiteral("views")}, {}, {}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), AuditViews::all().size());
    QVERIFY2(r.err.contains("--profile"), qPrintable(r.describe()));
}

void TstCli::report_countsTheFilteredTokens()
{
    seedAuditTokens();
    const QStringList auditor{QStringLiteral("--user=auditor")};
    Run r = run(QStringList{QStringLiteral("report"), QStringLiteral("--json")} + auditor + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("tokens")).toInt(), 6);
    QCOMPARE(report.value(QStringLiteral("withoutDetails")).toInt(), 0);
    const QJsonObject lastUse = report.value(QStringLiteral("lastUse")).toObject();
    QCOMPARE(lastUse.value(QStringLiteral("today")).toInt(), 1); // f
    QCOMPARE(lastUse.value(QStringLiteral("7d")).toInt(), 1);    // e
    QCOMPARE(lastUse.value(QStringLiteral("30d")).toInt(), 1);   // b
    QCOMPARE(lastUse.value(QStringLiteral("180d")).toInt(), 2);  // a, d
    QCOMPARE(lastUse.value(QStringLiteral("never")).toInt(), 1); // c
    const QJsonObject scopes = report.value(QStringLiteral("scopes")).toObject();
    QCOMPARE(scopes.value(QStringLiteral("settings.read")).toInt(), 6);
    QCOMPARE(scopes.value(QStringLiteral("apiTokens.write")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("owners")).toObject(), (QJsonObject{{QStringLiteral("auditor"), 6}}));
    const QJsonArray expiries = report.value(QStringLiteral("expiries")).toArray();
    QCOMPARE(expiries.size(), 13);
    QCOMPARE(expiries.at(1).toObject().value(QStringLiteral("tokens")).toInt(), 1); // e, in 10 days
    QCOMPARE(expiries.at(0).toObject().value(QStringLiteral("tokens")).toInt(), 0);

    // Of a view: only its tokens
    r = run(QStringList{QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--view=unused-90d")} +
            auditor + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tokens")).toInt(), 2);

    // For people: the same numbers under headings
    r = run(QStringList{QStringLiteral("report")} + auditor + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Tokens: 6 (without details: 0)")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\n  never +1\n"))), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\n  settings\\.read +6\n"))), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\n  auditor +6\n"))), qPrintable(text));
}

void TstCli::compare_findsNewGoneAndChangedTokensOfAnEarlierExport()
{
    const QString owner = QStringLiteral("comparer");
    const QStringList read{QStringLiteral("settings.read")};
    const SeededToken kept = addToken(QStringLiteral("kept"), owner, read);
    const SeededToken rescoped = addToken(QStringLiteral("rescoped"), owner, read);
    const SeededToken removed = addToken(QStringLiteral("removed"), owner, read);
    const QStringList filter{QStringLiteral("--user=") + owner};
    const QString earlier = m_work.filePath(QStringLiteral("earlier.csv"));
    Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--preset=excel"), QStringLiteral("-o"), earlier} +
                filter + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // Since that export: one token re-scoped, one deleted, one created.
    r = run(
        QStringList{QStringLiteral("update"), rescoped.id, QStringLiteral("--scopes=settings.read,settings.write")} +
        connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run(QStringList{QStringLiteral("delete"), removed.id, QStringLiteral("--yes")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const SeededToken added = addToken(QStringLiteral("added"), owner, read);

    const int listsBefore = m_fake.requestCount(Endpoint::List);
    r = run(QStringList{QStringLiteral("compare"), earlier, QStringLiteral("--json")} + filter + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::List), listsBefore + 1);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(result.value(QStringLiteral("new")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("gone")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("notCompared")).toInt(), 0);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : result.value(QStringLiteral("changes")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    QCOMPARE(byId.value(added.id).value(QStringLiteral("change")).toString(), QStringLiteral("new"));
    QCOMPARE(byId.value(removed.id).value(QStringLiteral("change")).toString(), QStringLiteral("gone"));
    QCOMPARE(byId.value(removed.id).value(QStringLiteral("name")).toString(), QStringLiteral("removed"));
    const QJsonObject changed = byId.value(rescoped.id);
    QCOMPARE(changed.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    const QJsonArray fields = changed.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("scopes"));
    QVERIFY(!byId.contains(kept.id));

    // For people: a line per change, the counts on standard error.
    r = run(QStringList{QStringLiteral("compare"), earlier} + filter + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("new\t%1\tadded\t\n").arg(added.id)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("gone\t%1\tremoved\t").arg(removed.id)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("changed\t%1\trescoped\t").arg(rescoped.id)) &&
                 text.contains(QStringLiteral("+settings.write")),
             qPrintable(text));
    QVERIFY2(r.err.contains("1 new, 1 gone, 1 changed, 1 unchanged."), r.err.constData());

    // As CSV, the desktop app's comparison export.
    const QString changes = m_work.filePath(QStringLiteral("changes.csv"));
    r = run(QStringList{QStringLiteral("compare"), earlier, QStringLiteral("-o"), changes} + filter + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile file(changes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("Change,Name,ID,What changed"));
    QCOMPARE(lines.size(), 5); // header, three changes, the final line break
}

void TstCli::compare_anUnreadableEarlierExportSendsNothing()
{
    const QString notAnExport = m_work.filePath(QStringLiteral("notes.csv"));
    QFile file(notAnExport);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Owner\nsomething,someone\n");
    file.close();
    const QString changes = m_work.filePath(QStringLiteral("kept.csv"));
    QFile existing(changes);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old contents\n");
    existing.close();
    const int before = m_fake.requestCount(Endpoint::Any);

    Run r = run(QStringList{QStringLiteral("compare"), notAnExport, QStringLiteral("-o"), changes} + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("could not be read"), r.err.constData());
    r = run(QStringList{QStringLiteral("compare"), m_work.filePath(QStringLiteral("missing.csv"))} + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("could not be opened"), r.err.constData());
    r = run(QStringList{QStringLiteral("compare")} + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("file name is missing"), r.err.constData());

    QCOMPARE(m_fake.requestCount(Endpoint::Any), before);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("old contents\n"));
}

void TstCli::updateScopes_ofIds_changesEachTokensOwnSet()
{
    const SeededToken a =
        addToken(QStringLiteral("scoped a"), QStringLiteral("hank"), {QStringLiteral("settings.read")});
    const SeededToken b = addToken(QStringLiteral("scoped b"), QStringLiteral("hank"),
                                   {QStringLiteral("ReadSyntheticData"), QStringLiteral("settings.write")});
    const int gets = m_fake.requestCount(Endpoint::Get);
    const int updates = m_fake.requestCount(Endpoint::Update);
    const Run r = run(QStringList{QStringLiteral("update"), a.id, b.id, QStringLiteral("--add-scope=apiTokens.read"),
                                  QStringLiteral("--remove-scope"), QStringLiteral("settings.write")} +
                      connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Each token read afresh and written with its own set changed
    QCOMPARE(m_fake.requestCount(Endpoint::Get) - gets, 2);
    QCOMPARE(m_fake.requestCount(Endpoint::Update) - updates, 2);
    QCOMPARE(m_fake.tokenInfo(a.id)->scopes,
             (QStringList{QStringLiteral("apiTokens.read"), QStringLiteral("settings.read")}));
    QCOMPARE(m_fake.tokenInfo(b.id)->scopes,
             (QStringList{QStringLiteral("ReadSyntheticData"), QStringLiteral("apiTokens.read")}));
    QCOMPARE(QJsonDocument::fromJson(m_fake.lastRequestBody(Endpoint::Update)).object().keys(),
             QStringList{QStringLiteral("scopes")});
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()),
             (QSet<QString>{a.id + QStringLiteral("\tupdated"), b.id + QStringLiteral("\tupdated")}));
    QVERIFY2(r.err.contains("add apiTokens.read; remove settings.write"), qPrintable(r.describe()));
}

void TstCli::updateScopes_leavesAloneTheTokenInUseAndOneLeftWithoutScope()
{
    const SeededToken only =
        addToken(QStringLiteral("only write"), QStringLiteral("hank"), {QStringLiteral("settings.write")});
    const SeededToken without =
        addToken(QStringLiteral("without write"), QStringLiteral("hank"), {QStringLiteral("settings.read")});
    const SeededToken with = addToken(QStringLiteral("with write"), QStringLiteral("hank"),
                                      {QStringLiteral("settings.read"), QStringLiteral("settings.write")});
    const QStringList adminScopes = m_fake.tokenInfo(m_admin.id)->scopes;
    const int updates = m_fake.requestCount(Endpoint::Update);
    const Run r = run(QStringList{QStringLiteral("update"), only.id, m_admin.id, without.id, with.id,
                                  QStringLiteral("--remove-scope=settings.write")} +
                      connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Update) - updates, 1);
    QCOMPARE(m_fake.tokenInfo(only.id)->scopes, QStringList{QStringLiteral("settings.write")});
    QCOMPARE(m_fake.tokenInfo(m_admin.id)->scopes, adminScopes);
    QCOMPARE(m_fake.tokenInfo(with.id)->scopes, QStringList{QStringLiteral("settings.read")});
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("%1\tno scope left\n%2\tin use\n%3\tunchanged\n%4\tupdated\n")
                                           .arg(only.id, m_admin.id, without.id, with.id));
    // Each one left alone is said why
    QVERIFY2(r.err.contains(QStringLiteral("%1: not changed: it would be left with no scope").arg(only.id).toUtf8()),
             qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QByteArray(m_admin.id.toUtf8() + ": " + TokenInUse::explanation().toUtf8())),
             qPrintable(r.describe()));
}

void TstCli::updateScopes_byFilter_asksFirst()
{
    const SeededToken a = addToken(QStringLiteral("ivy 1"), QStringLiteral("ivy"), {QStringLiteral("settings.read")});
    const SeededToken b = addToken(QStringLiteral("ivy 2"), QStringLiteral("ivy"), {QStringLiteral("settings.write")});
    const int updates = m_fake.requestCount(Endpoint::Update);
    const int gets = m_fake.requestCount(Endpoint::Get);
    const QStringList args{QStringLiteral("update"), QStringLiteral("--user=ivy"),
                           QStringLiteral("--add-scope=UnattendedInstall")};
    Run r = run(args + connection());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("--yes"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Scopes of 2 tokens: add UnattendedInstall."), qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Update), updates);
    QCOMPARE(m_fake.requestCount(Endpoint::Get), gets);

    r = run(args + QStringList{QStringLiteral("--yes")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake.requestCount(Endpoint::Update) - updates, 2);
    QCOMPARE(m_fake.tokenInfo(a.id)->scopes,
             (QStringList{QStringLiteral("UnattendedInstall"), QStringLiteral("settings.read")}));
    QCOMPARE(m_fake.tokenInfo(b.id)->scopes,
             (QStringList{QStringLiteral("UnattendedInstall"), QStringLiteral("settings.write")}));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
