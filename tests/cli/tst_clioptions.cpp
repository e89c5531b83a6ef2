// The pure argument parsing of tokendesk-cli: time points, expiry spans, and how options land in
// the invocation (the process-level behaviour is in tst_cli).
#include "clioptions.h"

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
};

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

QTEST_GUILESS_MAIN(TstCliOptions)
#include "tst_clioptions.moc"
