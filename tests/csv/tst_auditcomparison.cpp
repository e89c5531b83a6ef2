// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading TokenDesk's own CSV back (both presets, guarded cells, quoted line breaks) and comparing an
// earlier export with the current list by id: new, gone, changed (owner, scopes as a set, state,
// expiry), unchanged, and tokens whose details are not loaded counted apart.
#include "audit/auditcomparison.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>

using namespace TokenDesk;

namespace {

constexpr qint64 Day = 24LL * 60 * 60 * 1000;

qint64 now()
{
    return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

TokenMetadata token(const QString &id, const QString &name, const QString &owner, const QStringList &scopes,
                    std::optional<qint64> expires = std::nullopt, bool revoked = false)
{
    TokenMetadata md;
    md.id = id;
    md.name = name;
    md.userId = owner;
    md.scopes = scopes;
    md.created = now() - 100 * Day;
    md.expires = expires;
    md.revoked = revoked;
    md.personalAccessToken = false;
    return md;
}

QByteArray exportOf(const QList<TokenMetadata> &tokens, const CsvOptions &options, const QList<TokenColumn> &columns,
                    qint64 at)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.setFreeTextColumns(TokenColumns::freeTextFlags(columns));
    writer.writeHeader(TokenColumns::headerNames(columns));
    QStringList cells;
    for (const TokenMetadata &md : tokens) {
        TokenColumns::cells(columns, md, at, cells);
        writer.writeRecord(cells);
    }
    writer.finish();
    return buffer.data();
}

const QString A = QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA");
const QString B = QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBBB");
const QString C = QStringLiteral("dt0c01.CCCCCCCCCCCCCCCCCCCCCCCC");
const QString D = QStringLiteral("dt0c01.DDDDDDDDDDDDDDDDDDDDDDDD");
const QString E = QStringLiteral("dt0c01.EEEEEEEEEEEEEEEEEEEEEEEE");

} // namespace

class TestAuditComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerShouldReadBackWhatTheWriterWrote_data()
    {
        QTest::addColumn<bool>("excel");
        QTest::addColumn<QString>("locale");
        QTest::addRow("standard") << false << QStringLiteral("en_US");
        QTest::addRow("excel, comma") << true << QStringLiteral("en_US");
        QTest::addRow("excel, semicolon") << true << QStringLiteral("de_DE");
    }

    void readerShouldReadBackWhatTheWriterWrote()
    {
        QFETCH(bool, excel);
        QFETCH(QString, locale);
        const CsvOptions options = excel ? CsvOptions::excel(QLocale(locale)) : CsvOptions::standard();
        const QList<TokenColumn> columns = TokenColumns::all();
        const QList<TokenMetadata> tokens = {
            token(A, QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-alice"), {QStringLiteral("settings.read")}),
            token(B, QStringLiteral("two\r\nlines; \"quoted\", =cmd"), QStringLiteral("bob"),
                  {QStringLiteral("settings.read"), QStringLiteral("settings.write")}, now() + Day, true),
            token(C, QStringLiteral("Zürich 監視"), QString(), {}),
        };
        QString error;
        const auto table = CsvReader::parse(exportOf(tokens, options, columns, now()), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->delimiter, options.delimiter);
        QCOMPARE(table->header, TokenColumns::headerNames(columns));
        QCOMPARE(table->records.size(), tokens.size());
        QStringList expected;
        for (qsizetype row = 0; row < tokens.size(); ++row) {
            TokenColumns::cells(columns, tokens[row], now(), expected);
            QStringList read = table->records[row];
            for (qsizetype i = 0; i < read.size(); ++i)
                read[i] = TokenColumns::isFreeText(columns[i]) ? CsvReader::unguard(read[i]) : read[i];
            QCOMPARE(read, expected);
        }
    }

    void readerShouldSayWhatIsWrongWithoutQuotingCells()
    {
        QString error;
        QVERIFY(!CsvReader::parse("ID,Name\r\ndt0c01.X,\"secret-ish unclosed\r\n", &error));
        QVERIFY2(error.contains(QStringLiteral("Line 2")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("secret-ish")));
        QVERIFY(!CsvReader::parse("ID,Name\r\na,b,c\r\n", &error));
        QVERIFY2(error.contains(QStringLiteral("3 fields")), qPrintable(error));
        QVERIFY(!CsvReader::parse("", &error));
        QVERIFY(!EarlierExport::read("Name,Owner\r\nx,y\r\n", &error));
        QVERIFY2(error.contains(QStringLiteral("ID")), qPrintable(error));
    }

    void shouldFindNewGoneAndChangedTokensById()
    {
        // Then: A, B, C, D. Now: B (owner changed), C (a scope taken away, one added, order changed),
        // D (revoked), E (new); A is gone. C's other fields and B's scopes are the same.
        const qint64 then = now() - 90 * Day;
        const QList<TokenMetadata> before = {
            token(A, QStringLiteral("old-ci"), QStringLiteral("ann"), {QStringLiteral("settings.read")}),
            token(B, QStringLiteral("backup"), QStringLiteral("bob"), {QStringLiteral("Nodekeeper")}),
            token(
                C, QStringLiteral("sync"), QStringLiteral("cy"),
                {QStringLiteral("settings.read"), QStringLiteral("settings.write"), QStringLiteral("apiTokens.read")}),
            token(D, QStringLiteral("deploy"), QStringLiteral("dee"), {QStringLiteral("UnattendedInstall")}),
        };
        const QByteArray file =
            exportOf(before, CsvOptions::excel(QLocale(QStringLiteral("de_DE"))), TokenColumns::all(), then);
        QString error;
        const auto earlier = EarlierExport::read(file, &error);
        QVERIFY2(earlier, qPrintable(error));
        QCOMPARE(earlier->tokens.size(), 4);

        const QList<CurrentToken> current = {
            {token(B, QStringLiteral("backup"), QStringLiteral("bobby"), {QStringLiteral("Nodekeeper")}), true},
            {token(C, QStringLiteral("sync"), QStringLiteral("cy"),
                   {QStringLiteral("apiTokens.write"), QStringLiteral("settings.read"),
                    QStringLiteral("apiTokens.read")}),
             true},
            {token(D, QStringLiteral("deploy"), QStringLiteral("dee"), {QStringLiteral("UnattendedInstall")},
                   std::nullopt, true),
             true},
            {token(E, QStringLiteral("fresh"), QStringLiteral("eve"), {QStringLiteral("settings.read")}), true},
        };
        const AuditComparison result = AuditComparison::compare(*earlier, current, now());
        QCOMPARE(result.changes.size(), 5);
        QCOMPARE(result.unchanged, 0);
        QCOMPARE(result.notCompared, 0);

        QCOMPARE(result.changes[0].kind, TokenChange::Kind::New);
        QCOMPARE(result.changes[0].id, E);
        QCOMPARE(result.changes[1].kind, TokenChange::Kind::Changed);
        QCOMPARE(result.changes[1].id, B);
        QCOMPARE(result.changes[1].fields.size(), 1);
        QCOMPARE(result.changes[1].fields[0].column, TokenColumn::Owner);
        QCOMPARE(result.changes[1].fields[0].before, QStringLiteral("bob"));
        QCOMPARE(result.changes[1].fields[0].after, QStringLiteral("bobby"));
        QCOMPARE(result.changes[2].id, C);
        QCOMPARE(AuditComparison::describe(result.changes[2]),
                 QStringLiteral("Scopes: +apiTokens.write \u2212settings.write"));
        QCOMPARE(result.changes[3].id, D);
        QCOMPARE(result.changes[3].fields[0].column, TokenColumn::Status);
        QCOMPARE(result.changes[3].fields[0].before, QStringLiteral("active"));
        QCOMPARE(result.changes[3].fields[0].after, QStringLiteral("revoked"));
        QCOMPARE(result.changes[4].kind, TokenChange::Kind::Gone);
        QCOMPARE(result.changes[4].id, A);
        QCOMPARE(result.changes[4].name, QStringLiteral("old-ci"));
    }

    void shouldNotGuessAboutTokensWithoutDetails()
    {
        const QList<TokenColumn> columns = {TokenColumn::Id, TokenColumn::Name, TokenColumn::Owner};
        const auto earlier = EarlierExport::read(exportOf({token(A, QStringLiteral("a"), QStringLiteral("ann"), {})},
                                                          CsvOptions::standard(), columns, now()));
        QVERIFY(earlier);
        TokenMetadata bare;
        bare.id = A;
        bare.name = QStringLiteral("a");
        const AuditComparison result = AuditComparison::compare(*earlier, {{bare, false}}, now());
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(result.notCompared, 1);
        QCOMPARE(result.unchanged, 0);
    }

    void shouldCompareOnlyWhatTheFileHas()
    {
        // A file with ID and Name only: nothing can have "changed"
        const QList<TokenColumn> columns = {TokenColumn::Name, TokenColumn::Id};
        const auto earlier = EarlierExport::read(exportOf({token(A, QStringLiteral("a"), QStringLiteral("ann"), {})},
                                                          CsvOptions::standard(), columns, now()));
        QVERIFY(earlier);
        const AuditComparison result = AuditComparison::compare(
            *earlier, {{token(A, QStringLiteral("a"), QStringLiteral("someone else"), {QStringLiteral("x")}), true}},
            now());
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(result.unchanged, 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditComparison)
#include "tst_auditcomparison.moc"
