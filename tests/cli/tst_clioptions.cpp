// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pure argument parsing of tokendesk-cli: time points, expiry spans, and how options land in
// the invocation (the process-level behaviour is in tst_cli).
#include "api/connectionsettings.h"
#include "clioptions.h"
#include "secretsamples.h"

#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Cli;

namespace {
constexpr qint64 Now = 1769860800000; // 2026-01-31T12:00:00.000Z
}

class TstCliOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTimePoint_acceptsIsoRelativeAndEpoch_data();
    void parseTimePoint_acceptsIsoRelativeAndEpoch();
    void parseExpiry_mapsToApiDuration_data();
    void parseExpiry_mapsToApiDuration();
    void shouldFindTheCommandAfterOptionValues();
    void shouldCollectRepeatedAndCommaSeparatedScopes();
    void export_defaultsToAllColumnsAndStandardPreset();
    void export_optionsChangeTheCsvOptions();
    void shouldRefuseWhatRedactionHides_data();
    void shouldRefuseWhatRedactionHides();
    void shouldRefuseAnOldFormatSecretWhereAnIdGoes_data();
    void shouldRefuseAnOldFormatSecretWhereAnIdGoes();
    void shouldAcceptOldFormatLookingOptionValues_data();
    void shouldAcceptOldFormatLookingOptionValues();
    void shouldFollowTheUsualCommandLineConventions();
    void optionOfAnotherCommand_pointsAtThisCommandsHelp();
    void everyOptionOfACommand_isInItsHelp();
    void revokeAndDelete_takeSeveralIdsOrFilters();
    void help_namesTheDefaultTimeoutTheClientUses();
    void rotate_takesOneIdANameAnExpiryAndTheDaysUntilDeletion();
    void update_addAndRemoveScope_takeSeveralIdsOrFilters();
    void view_takesTheKeysOfTheAuditViews();
};

namespace {

bool isSecretRefusal(const ParseResult &r)
{
    return r.status == ParseResult::Status::Error && r.text.contains(QLatin1String("contains a token secret"));
}

} // namespace

void TstCliOptions::parseTimePoint_acceptsIsoRelativeAndEpoch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1 = invalid
    QTest::newRow("90 days ago") << QStringLiteral("90d") << Now - 90 * 86400000LL;
    QTest::newRow("12 hours ago") << QStringLiteral("12h") << Now - 12 * 3600000LL;
    QTest::newRow("30 minutes ago") << QStringLiteral("30m") << Now - 30 * 60000LL;
    QTest::newRow("date is UTC midnight") << QStringLiteral("2026-01-31") << qint64(1769817600000);
    QTest::newRow("UTC time") << QStringLiteral("2026-01-31T12:00:00Z") << Now;
    QTest::newRow("with millis") << QStringLiteral("2026-01-31T12:00:00.250Z") << Now + 250;
    QTest::newRow("offset") << QStringLiteral("2026-01-31T13:00:00+01:00") << Now;
    QTest::newRow("no zone = UTC") << QStringLiteral("2026-01-31T12:00:00") << Now;
    QTest::newRow("epoch ms") << QStringLiteral("1769860800000") << Now;
    QTest::newRow("word") << QStringLiteral("yesterday") << qint64(-1);
    QTest::newRow("negative span") << QStringLiteral("-5d") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TstCliOptions::parseTimePoint_acceptsIsoRelativeAndEpoch()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QString error;
    const std::optional<qint64> result = parseTimePoint(text, Now, &error);
    if (expected < 0) {
        QVERIFY(!result);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(*result, expected);
    }
}

void TstCliOptions::parseExpiry_mapsToApiDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("never");
    QTest::addColumn<qint64>("millis");
    QTest::newRow("90d") << QStringLiteral("90d") << true << false << 90 * 86400000LL;
    QTest::newRow("24h") << QStringLiteral("24h") << true << false << 24 * 3600000LL;
    QTest::newRow("30m") << QStringLiteral("30m") << true << false << 30 * 60000LL;
    QTest::newRow("45s") << QStringLiteral("45s") << true << false << qint64(45000);
    QTest::newRow("never") << QStringLiteral("never") << true << true << qint64(0);
    QTest::newRow("NEVER") << QStringLiteral("NEVER") << true << true << qint64(0);
    QTest::newRow("0d") << QStringLiteral("0d") << false << false << qint64(0);
    QTest::newRow("2w") << QStringLiteral("2w") << false << false << qint64(0);
    QTest::newRow("soon") << QStringLiteral("soon") << false << false << qint64(0);
}

void TstCliOptions::parseExpiry_mapsToApiDuration()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, never);
    QFETCH(qint64, millis);
    bool isNever = false;
    QString error;
    const std::optional<Duration> d = parseExpiry(text, &isNever, &error);
    QCOMPARE(isNever, never);
    if (!valid) {
        QVERIFY(!d);
        QVERIFY(!error.isEmpty());
    } else if (never) {
        QVERIFY(!d);
    } else {
        QVERIFY(d);
        QVERIFY(d->unit); // always explicit, never the MILLIS default
        QCOMPARE(d->toMillis(), std::optional<qint64>(millis));
    }
}

void TstCliOptions::shouldFindTheCommandAfterOptionValues()
{
    const ParseResult r = parseArguments({QStringLiteral("--url"), QStringLiteral("https://cluster"),
                                          QStringLiteral("get"), QStringLiteral("dt0c01.ABC")},
                                         Now);
    QVERIFY2(r.status == ParseResult::Status::Run, qPrintable(r.text));
    QCOMPARE(r.invocation.command, Command::Get);
    QCOMPARE(r.invocation.id, QStringLiteral("dt0c01.ABC"));
    QCOMPARE(r.invocation.url, QStringLiteral("https://cluster"));
}

void TstCliOptions::shouldCollectRepeatedAndCommaSeparatedScopes()
{
    const ParseResult r = parseArguments({QStringLiteral("create"), QStringLiteral("--demo"),
                                          QStringLiteral("--name=x"), QStringLiteral("--scope=a,b"),
                                          QStringLiteral("--scope"), QStringLiteral("c"), QStringLiteral("--scope=a")},
                                         Now);
    QVERIFY2(r.status == ParseResult::Status::Run, qPrintable(r.text));
    QCOMPARE(r.invocation.scopes, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(!r.invocation.expiresIn);
}

void TstCliOptions::export_defaultsToAllColumnsAndStandardPreset()
{
    const ParseResult r = parseArguments({QStringLiteral("export"), QStringLiteral("--demo")}, Now);
    QVERIFY2(r.status == ParseResult::Status::Run, qPrintable(r.text));
    QCOMPARE(r.invocation.columns, TokenColumns::all());
    QCOMPARE(r.invocation.csv, CsvOptions::standard());
    QVERIFY(r.invocation.outputFile.isEmpty());
}

void TstCliOptions::export_optionsChangeTheCsvOptions()
{
    const ParseResult r =
        parseArguments({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--preset=excel"),
                        QStringLiteral("--no-header"), QStringLiteral("--no-formula-guard"),
                        QStringLiteral("--columns=lastUse,id"), QStringLiteral("-o"), QStringLiteral("out.csv")},
                       Now);
    QVERIFY2(r.status == ParseResult::Status::Run, qPrintable(r.text));
    QCOMPARE(r.invocation.columns, (QList<TokenColumn>{TokenColumn::LastUse, TokenColumn::Id}));
    QVERIFY(r.invocation.csv.byteOrderMark);
    QVERIFY(!r.invocation.csv.header);
    QVERIFY(!r.invocation.csv.formulaGuard);
    QCOMPARE(r.invocation.outputFile, QStringLiteral("out.csv"));

    const ParseResult dash = parseArguments(
        {QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("-o"), QStringLiteral("-")}, Now);
    QVERIFY2(dash.status == ParseResult::Status::Run, qPrintable(dash.text));
    QVERIFY(dash.invocation.outputFile.isEmpty());
}

void TstCliOptions::shouldRefuseWhatRedactionHides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("detected");
    QTest::addColumn<int>("kind");
    for (const TestSamples::Sample &sample : TestSamples::samples())
        QTest::newRow(sample.name) << sample.text << sample.detected << int(sample.kind);
}

// The argument check uses the same detection as log redaction and the CSV writer: in an id, inside
// an option value, or glued to an option name, a secret is refused and not repeated.
void TstCliOptions::shouldRefuseWhatRedactionHides()
{
    QFETCH(QString, text);
    QFETCH(bool, detected);
    QFETCH(int, kind);
    const bool oldFormat = kind == int(TokenFormat::Kind::OldSecret);
    const QList<QStringList> placements = {
        {QStringLiteral("get"), text, QStringLiteral("--demo")},
        {QStringLiteral("create"), QStringLiteral("--demo"), QStringLiteral("--scope=ClusterTokenManagement"),
         QStringLiteral("--name=") + text},
        {QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--user"), text},
    };
    for (int i = 0; i < placements.size(); ++i) {
        const ParseResult r = parseArguments(placements.at(i), Now);
        // An old-format secret is refused only where an id goes: a name or a user may be any word.
        const bool refused = detected || (oldFormat && i == 0);
        QVERIFY2(isSecretRefusal(r) == refused,
                 qPrintable(placements.at(i).join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.text));
        if (refused)
            QVERIFY(!r.text.contains(text, Qt::CaseInsensitive));
    }
}

void TstCliOptions::shouldRefuseAnOldFormatSecretWhereAnIdGoes_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString old20 = TestSamples::oldSecret20();
    const QString old21 = TestSamples::oldSecret21();
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), old21, QStringLiteral("--demo")};
    QTest::newRow("delete --yes, docs example")
        << QStringList{QStringLiteral("delete"), QStringLiteral("--yes"), old20, QStringLiteral("--demo")};
    QTest::newRow("get") << QStringList{QStringLiteral("get"), old21, QStringLiteral("--demo")};
    QTest::newRow("revoke") << QStringList{QStringLiteral("revoke"), old21, QStringLiteral("--demo")};
    QTest::newRow("update") << QStringList{QStringLiteral("update"), old21, QStringLiteral("--name"),
                                           QStringLiteral("x"), QStringLiteral("--demo")};
    QTest::newRow("after --") << QStringList{QStringLiteral("delete"), QStringLiteral("--demo"), QStringLiteral("--"),
                                             old21};
    QTest::newRow("with blanks") << QStringList{QStringLiteral("delete"), QStringLiteral(" ") + old21,
                                                QStringLiteral("--demo")};
    QTest::newRow("as the command") << QStringList{old21};
    QTest::newRow("extra argument of list") << QStringList{QStringLiteral("list"), QStringLiteral("--demo"), old21};
}

void TstCliOptions::shouldRefuseAnOldFormatSecretWhereAnIdGoes()
{
    QFETCH(QStringList, arguments);
    const ParseResult r = parseArguments(arguments, Now);
    QVERIFY2(isSecretRefusal(r), qPrintable(r.text));
    QVERIFY(!r.text.contains(TestSamples::oldSecret20()));
    QVERIFY(!r.text.contains(TestSamples::oldSecret21()));
    QVERIFY(r.invocation.id.isEmpty());
}

void TstCliOptions::shouldAcceptOldFormatLookingOptionValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString word = TestSamples::oldSecret21(); // 21 letters and digits: also a plausible name
    QTest::newRow("--name value") << QStringList{QStringLiteral("create"),  QStringLiteral("--demo"),
                                                 QStringLiteral("--scope"), QStringLiteral("ClusterTokenManagement"),
                                                 QStringLiteral("--name"),  word};
    QTest::newRow("--user value") << QStringList{QStringLiteral("list"), QStringLiteral("--user"), word,
                                                 QStringLiteral("--demo")};
    QTest::newRow("-o value") << QStringList{QStringLiteral("export"), QStringLiteral("-o"), word,
                                             QStringLiteral("--demo")};
    QTest::newRow("--output=value") << QStringList{QStringLiteral("export"), QStringLiteral("--output=") + word,
                                                   QStringLiteral("--demo")};
    QTest::newRow("a UUID id") << QStringList{
        QStringLiteral("delete"), QStringLiteral("a6e91657-1fa7-4742-af40-39469b92bd65"), QStringLiteral("--demo")};
}

void TstCliOptions::shouldAcceptOldFormatLookingOptionValues()
{
    QFETCH(QStringList, arguments);
    const ParseResult r = parseArguments(arguments, Now);
    QVERIFY2(r.status == ParseResult::Status::Run, qPrintable(r.text));
}

// The conventions of QCommandLineParser (and of getopt): a short option's value glued to it, "--"
// before the command word, --version wherever it stands.
void TstCliOptions::shouldFollowTheUsualCommandLineConventions()
{
    const ParseResult glued = parseArguments(
        {QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("-o") + TestSamples::oldSecret21()}, Now);
    QVERIFY2(glued.status == ParseResult::Status::Run, qPrintable(glued.text));
    QCOMPARE(glued.invocation.outputFile, TestSamples::oldSecret21());

    const ParseResult dashes = parseArguments(
        {QStringLiteral("--demo"), QStringLiteral("--"), QStringLiteral("get"), QStringLiteral("-x")}, Now);
    QVERIFY2(dashes.status == ParseResult::Status::Run, qPrintable(dashes.text));
    QCOMPARE(dashes.invocation.command, Command::Get);
    QCOMPARE(dashes.invocation.id, QStringLiteral("-x"));

    const ParseResult version = parseArguments({QStringLiteral("list"), QStringLiteral("--version")}, Now);
    QCOMPARE(version.status, ParseResult::Status::Version);
    const ParseResult compacted = parseArguments({QStringLiteral("list"), QStringLiteral("-vh")}, Now);
    QCOMPARE(compacted.status, ParseResult::Status::Help);
    QVERIFY(compacted.invocation.verbose);
}

void TstCliOptions::optionOfAnotherCommand_pointsAtThisCommandsHelp()
{
    // --name takes a value in create; for list it is refused as such, not read as a switch whose
    // "value" would then be an extra argument.
    const ParseResult r = parseArguments(
        {QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--name"), QStringLiteral("x")}, Now);
    QCOMPARE(r.status, ParseResult::Status::Error);
    QVERIFY2(r.text.contains(QLatin1String("option '--name' does not apply to 'list'")), qPrintable(r.text));
    QVERIFY2(r.text.contains(QLatin1String("tokendesk-cli list --help")), qPrintable(r.text));

    const ParseResult none = parseArguments({QStringLiteral("--demo"), QStringLiteral("--yes")}, Now);
    QVERIFY2(none.text.contains(QLatin1String("option '--yes' needs a command")), qPrintable(none.text));
}

// The help is written by hand (it explains, the parser only knows names): it must name every option
// the command's parser accepts.
void TstCliOptions::everyOptionOfACommand_isInItsHelp()
{
    for (Command command :
         {Command::List, Command::Get, Command::Lookup, Command::Create, Command::Update, Command::Revoke,
          Command::Delete, Command::Export, Command::Rotate, Command::Pending, Command::Report}) {
        const QString help = commandHelp(command);
        for (const QString &name : optionNames(command))
            QVERIFY2(help.contains(QStringLiteral("--") + name),
                     qPrintable(commandName(command) + QStringLiteral(": --") + name));
    }
    const QString general = generalHelp();
    for (const QString &name : optionNames(Command::None))
        QVERIFY2(general.contains(QStringLiteral("--") + name), qPrintable(name));
}

void TstCliOptions::revokeAndDelete_takeSeveralIdsOrFilters()
{
    const ParseResult ids = parseArguments({QStringLiteral("revoke"), QStringLiteral("a"), QStringLiteral("b"),
                                            QStringLiteral(" a "), QStringLiteral("--demo")},
                                           Now);
    QVERIFY2(ids.status == ParseResult::Status::Run, qPrintable(ids.text));
    QCOMPARE(ids.invocation.ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(ids.invocation.id.isEmpty()); // not the one-token path
    QVERIFY(!ids.invocation.selectByFilter);

    const ParseResult one =
        parseArguments({QStringLiteral("delete"), QStringLiteral("a"), QStringLiteral("--demo")}, Now);
    QCOMPARE(one.invocation.id, QStringLiteral("a"));

    const ParseResult filtered = parseArguments({QStringLiteral("delete"), QStringLiteral("--user=bob"),
                                                 QStringLiteral("--from=90d"), QStringLiteral("--demo")},
                                                Now);
    QVERIFY2(filtered.status == ParseResult::Status::Run, qPrintable(filtered.text));
    QVERIFY(filtered.invocation.selectByFilter);
    QVERIFY(filtered.invocation.ids.isEmpty());
    QCOMPARE(filtered.invocation.query.user, std::optional<QString>(QStringLiteral("bob")));

    // Every id is a bare word: an old-format secret among them is refused like a single one
    const ParseResult secret = parseArguments(
        {QStringLiteral("revoke"), QStringLiteral("a"), TestSamples::oldSecret21(), QStringLiteral("--demo")}, Now);
    QVERIFY(isSecretRefusal(secret));
    QVERIFY(!secret.text.contains(TestSamples::oldSecret21()));
}

// The help's default timeout is the one a connection gets (ConnectionSettings), not a second copy.
void TstCliOptions::help_namesTheDefaultTimeoutTheClientUses()
{
    const QString expected = QStringLiteral("--timeout SECONDS    Per-request timeout (default %1).")
                                 .arg(ConnectionSettings::DefaultTimeoutMs / 1000);
    QVERIFY2(generalHelp().contains(expected), qPrintable(generalHelp()));
    QVERIFY(!generalHelp().contains(QLatin1String("(default %1)")));
}

void TstCliOptions::rotate_takesOneIdANameAnExpiryAndTheDaysUntilDeletion()
{
    const ParseResult plain =
        parseArguments({QStringLiteral("rotate"), QStringLiteral("a"), QStringLiteral("--demo")}, Now);
    QVERIFY2(plain.status == ParseResult::Status::Run, qPrintable(plain.text));
    QCOMPARE(plain.invocation.id, QStringLiteral("a"));
    QVERIFY(!plain.invocation.name);
    QVERIFY(!plain.invocation.expiresIn);
    QCOMPARE(plain.invocation.deleteAfterDays, PendingDeletions::DefaultGraceDays);

    const ParseResult full = parseArguments({QStringLiteral("rotate"), QStringLiteral("a"), QStringLiteral("--demo"),
                                             QStringLiteral("--name=b"), QStringLiteral("--expires=90d"),
                                             QStringLiteral("--delete-after"), QStringLiteral("14d")},
                                            Now);
    QVERIFY2(full.status == ParseResult::Status::Run, qPrintable(full.text));
    QCOMPARE(*full.invocation.name, QStringLiteral("b"));
    QCOMPARE(full.invocation.expiresIn->value, 90);
    QCOMPARE(full.invocation.deleteAfterDays, 14);
    QCOMPARE(parseArguments({QStringLiteral("rotate"), QStringLiteral("a"), QStringLiteral("--demo"),
                             QStringLiteral("--delete-after=0")},
                            Now)
                 .invocation.deleteAfterDays,
             0);

    const QString id = QStringLiteral("a");
    const QString demo = QStringLiteral("--demo");
    const QString rotate = QStringLiteral("rotate");
    for (const QStringList &bad : {QStringList{rotate, demo}, QStringList{rotate, id, QStringLiteral("b"), demo},
                                   QStringList{rotate, id, demo, QStringLiteral("--delete-after=-1")},
                                   QStringList{rotate, id, demo, QStringLiteral("--delete-after=2w")},
                                   QStringList{rotate, id, demo, QStringLiteral("--name=")},
                                   QStringList{rotate, id, demo, QStringLiteral("--scope=x")}}) {
        const ParseResult r = parseArguments(bad, Now);
        QVERIFY2(r.status == ParseResult::Status::Error, qPrintable(bad.join(QLatin1Char(' '))));
    }
}

void TstCliOptions::update_addAndRemoveScope_takeSeveralIdsOrFilters()
{
    const QString demo = QStringLiteral("--demo");
    const QString update = QStringLiteral("update");
    const ParseResult ids =
        parseArguments({update, QStringLiteral("a"), QStringLiteral("b"), demo, QStringLiteral("--add-scope=x,y"),
                        QStringLiteral("--remove-scope"), QStringLiteral("z"), QStringLiteral("--add-scope=y")},
                       Now);
    QVERIFY2(ids.status == ParseResult::Status::Run, qPrintable(ids.text));
    QCOMPARE(ids.invocation.ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(ids.invocation.addScopes, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(ids.invocation.removeScopes, QStringList{QStringLiteral("z")});
    QVERIFY(!ids.invocation.selectByFilter);

    const ParseResult filtered = parseArguments(
        {update, QStringLiteral("--user=bob"), QStringLiteral("--remove-scope=z"), QStringLiteral("--yes"), demo}, Now);
    QVERIFY2(filtered.status == ParseResult::Status::Run, qPrintable(filtered.text));
    QVERIFY(filtered.invocation.selectByFilter);
    QVERIFY(filtered.invocation.yes);
    QCOMPARE(filtered.invocation.query.user, QStringLiteral("bob"));

    // The one-token update is as it was
    const ParseResult one = parseArguments({update, QStringLiteral("a"), QStringLiteral("--name=n"), demo}, Now);
    QVERIFY2(one.status == ParseResult::Status::Run, qPrintable(one.text));
    QCOMPARE(one.invocation.id, QStringLiteral("a"));
    QVERIFY(one.invocation.addScopes.isEmpty() && one.invocation.removeScopes.isEmpty());

    for (const QStringList &bad :
         {QStringList{update, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--name=n"), demo},
          QStringList{update, QStringLiteral("--user=bob"), QStringLiteral("--name=n"), demo},
          QStringList{update, QStringLiteral("a"), QStringLiteral("--add-scope=x"), QStringLiteral("--name=n"), demo},
          QStringList{update, QStringLiteral("a"), QStringLiteral("--add-scope=x"), QStringLiteral("--remove-scope=x"),
                      demo},
          QStringList{update, QStringLiteral("--add-scope=x"), demo},
          QStringList{update, QStringLiteral("a"), QStringLiteral("--user=bob"), QStringLiteral("--add-scope=x"), demo},
          QStringList{update, QStringLiteral("a"), QStringLiteral("--add-scope=,"), demo}}) {
        const ParseResult r = parseArguments(bad, Now);
        QVERIFY2(r.status == ParseResult::Status::Error, qPrintable(bad.join(QLatin1Char(' '))));
    }
}

void TstCliOptions::view_takesTheKeysOfTheAuditViews()
{
    for (AuditView view : AuditViews::all()) {
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("report")}) {
            const ParseResult r = parseArguments(
                {command, QStringLiteral("--demo"), QStringLiteral("--view"), AuditViews::key(view)}, Now);
            QVERIFY2(r.status == ParseResult::Status::Run, qPrintable(r.text));
            QCOMPARE(r.invocation.view, std::optional<AuditView>(view));
        }
        QVERIFY(commandHelp(Command::List).contains(AuditViews::key(view)));
    }
    const ParseResult unknown =
        parseArguments({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--view=old")}, Now);
    QCOMPARE(unknown.status, ParseResult::Status::Error);
    QVERIFY2(unknown.text.contains(QStringLiteral("--profile")), qPrintable(unknown.text)); // where saved views are
    QVERIFY(
        parseArguments({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--view=never-used")}, Now)
            .status == ParseResult::Status::Error);
    // With a profile, any other name may be a view saved for it: the runner reads the settings
    const ParseResult saved = parseArguments(
        {QStringLiteral("list"), QStringLiteral("--profile=prod"), QStringLiteral("--view= stale ones ")}, Now);
    QVERIFY2(saved.status == ParseResult::Status::Run, qPrintable(saved.text));
    QCOMPARE(saved.invocation.savedView, QStringLiteral("stale ones"));
    QVERIFY(!saved.invocation.view);
    // A built-in key stays the built-in view
    const ParseResult builtIn = parseArguments(
        {QStringLiteral("list"), QStringLiteral("--profile=prod"), QStringLiteral("--view=revoked")}, Now);
    QCOMPARE(builtIn.invocation.view, std::optional<AuditView>(AuditView::RevokedNotDeleted));
    QVERIFY(builtIn.invocation.savedView.isEmpty());
}

QTEST_GUILESS_MAIN(TstCliOptions)
#include "tst_clioptions.moc"
