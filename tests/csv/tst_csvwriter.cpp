// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvWriter, CsvOptions, CsvCells and TokenColumns: RFC 4180 quoting, delimiters, CR/LF, unicode,
// the OWASP formula-injection examples, the BOM, the header switch, absent values and the secret
// refusal.
#include "api/tokenformat.h"
#include "csv/csvcells.h"
#include "csv/csvoptions.h"
#include "csv/csvwriter.h"
#include "csv/tokencolumns.h"
#include "csv/tokensnapshot.h"

#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <utility>

using namespace TokenDesk;

Q_DECLARE_METATYPE(TokenDesk::CsvOptions)

namespace {

const QString Secret = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN."
                                      "G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
const QString Identifier = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");

// A minimal RFC 4180 reader (for round trips): returns records of fields.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty())
        record.append(field);
    if (!record.isEmpty())
        records.append(record);
    return records;
}

QByteArray writeAll(const CsvOptions &options, const QStringList &header, const QList<QStringList> &rows,
                    const QList<bool> &freeText = {}, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.setFreeTextColumns(freeText);
    bool ok = writer.writeHeader(header);
    for (const QStringList &row : rows) {
        if (ok)
            ok = writer.writeRecord(row);
    }
    if (ok)
        ok = writer.finish();
    if (error)
        *error = writer.errorString();
    return buffer.data();
}

QString randomField(QRandomGenerator &rng)
{
    static const QString alphabet = QStringLiteral("ab,;\"\r\n\t '=+-@xü日😀");
    QString s;
    const int n = rng.bounded(8);
    for (int i = 0; i < n; ++i) {
        const int k = rng.bounded(int(alphabet.size()));
        if (alphabet.at(k).isHighSurrogate()) {
            s += alphabet.mid(k, 2);
        } else if (alphabet.at(k).isLowSurrogate()) {
            s += alphabet.mid(k - 1, 2);
        } else {
            s += alphabet.at(k);
        }
    }
    return s;
}

} // namespace

class TstCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeField_quotesOnlyWhenNeeded_data();
    void escapeField_quotesOnlyWhenNeeded();
    void formulaGuard_followsOwasp_data();
    void formulaGuard_followsOwasp();
    void writer_producesExactBytes_data();
    void writer_producesExactBytes();
    void shouldRoundTripArbitraryFieldsThroughAnRfc4180Reader_data();
    void shouldRoundTripArbitraryFieldsThroughAnRfc4180Reader();
    void shouldFlushLargeOutputInChunksWithoutLosingData();
    void containsSecret_matchesDocumentedRegex_data();
    void containsSecret_matchesDocumentedRegex();
    void shouldRefuseARowContainingASecretAndWriteNothingOfIt_data();
    void shouldRefuseARowContainingASecretAndWriteNothingOfIt();
    void shouldReportADeviceThatCannotBeWritten();
    void excelPreset_delimiterFollowsLocale_data();
    void excelPreset_delimiterFollowsLocale();
    void presetNames_roundTrip();
    void isoUtc_formatsEpochMillis_data();
    void isoUtc_formatsEpochMillis();
    void isoUtc_agreesWithQDateTime();
    void cells_formatScopesBooleansAndAbsentValues();
    void tokenColumns_parseKeys_data();
    void tokenColumns_parseKeys();
    void tokenColumns_cellsOfFullAndStubOnlyTokens();
    void tokenColumns_status_data();
    void tokenColumns_status();
    void tokenColumns_everyTextFromTheServerIsFreeText();
    void shouldLeaveNoFormulaForASpreadsheetWithEitherSeparator_data();
    void shouldLeaveNoFormulaForASpreadsheetWithEitherSeparator();
    void utf8Records_shouldWriteTheBytesOfTheStringPath_data();
    void utf8Records_shouldWriteTheBytesOfTheStringPath();
    void utf8Records_shouldRefuseSecretsLikeTheStringPath();
    void writeRow_shouldReadAStubListStraightFromItsArena();
};

void TstCsvWriter::escapeField_quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');
    QTest::newRow("plain") << QStringLiteral("abc") << comma << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("spaces kept, not quoted") << QStringLiteral(" a b ") << comma << QStringLiteral(" a b ");
    QTest::newRow("comma") << QStringLiteral("a,b") << comma << QStringLiteral("\"a,b\"");
    // Both list separators are quoted whatever the delimiter: a spreadsheet set to the other one
    // must not split the cell.
    QTest::newRow("comma with semicolon delimiter") << QStringLiteral("a,b") << semicolon << QStringLiteral("\"a,b\"");
    QTest::newRow("semicolon with semicolon delimiter")
        << QStringLiteral("a;b") << semicolon << QStringLiteral("\"a;b\"");
    QTest::newRow("semicolon with comma delimiter") << QStringLiteral("a;b") << comma << QStringLiteral("\"a;b\"");
    QTest::newRow("semicolon with tab delimiter") << QStringLiteral("a;b") << QChar(u'\t') << QStringLiteral("\"a;b\"");
    QTest::newRow("separator then space: nothing to guard")
        << QStringLiteral("a, -b") << comma << QStringLiteral("\"a, -b\"");
    QTest::newRow("tab delimiter") << QStringLiteral("a\tb") << QChar(u'\t') << QStringLiteral("\"a\tb\"");
    QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << comma << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << comma << QStringLiteral("\"\"\"\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << comma << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("unicode untouched") << QStringLiteral("Zürich — 東京 😀") << comma
                                       << QStringLiteral("Zürich — 東京 😀");
    QTest::newRow("unicode with comma") << QStringLiteral("Grüße, 東京") << comma << QStringLiteral("\"Grüße, 東京\"");
    QTest::newRow("apostrophe alone") << QStringLiteral("it's") << comma << QStringLiteral("it's");
}

void TstCsvWriter::escapeField_quotesOnlyWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);
    // Given a field that does not start with a formula trigger, the guard makes no difference
    QCOMPARE(CsvWriter::escapeField(field, delimiter, false), expected);
    QCOMPARE(CsvWriter::escapeField(field, delimiter, true), expected);
}

void TstCsvWriter::formulaGuard_followsOwasp_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("guarded");
    QTest::addColumn<QString>("unguarded");

    // The examples of OWASP "CSV Injection"; the piece after the inner separator is guarded too
    QTest::newRow("owasp =1+2\";=1+2") << QStringLiteral("=1+2\";=1+2") << QStringLiteral("\"'=1+2\"\";'=1+2\"")
                                       << QStringLiteral("\"=1+2\"\";=1+2\"");
    QTest::newRow("owasp =1+2'\" ;,=1+2")
        << QStringLiteral("=1+2'\" ;,=1+2") << QStringLiteral("\"'=1+2'\"\" ;,'=1+2\"")
        << QStringLiteral("\"=1+2'\"\" ;,=1+2\"");
    QTest::newRow("owasp cmd") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0")
                               << QStringLiteral("=cmd|' /C calc'!A0");
    QTest::newRow("equals") << QStringLiteral("=SUM(A1:A2)") << QStringLiteral("'=SUM(A1:A2)")
                            << QStringLiteral("=SUM(A1:A2)");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1") << QStringLiteral("+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3") << QStringLiteral("-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)") << QStringLiteral("@SUM(1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1") << QStringLiteral("\t=1");
    QTest::newRow("CR, then quoted") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"")
                                     << QStringLiteral("\"\r=1\"");
    QTest::newRow("LF, then quoted") << QStringLiteral("\n=1") << QStringLiteral("\"'\n=1\"")
                                     << QStringLiteral("\"\n=1\"");
    QTest::newRow("NUL") << QString(QStringLiteral("\0=1")) << QString(QStringLiteral("'\0=1"))
                         << QString(QStringLiteral("\0=1"));
    // A spreadsheet set to the other list separator splits `x;=cmd...` into `x` and a formula:
    // quoted whole, and the piece after the separator guarded as well (after an earlier cell in the
    // row the quote is no field start for such a reader).
    QTest::newRow("other separator, then a formula")
        << QStringLiteral("x;=cmd|' /C calc'!A0") << QStringLiteral("\"x;'=cmd|' /C calc'!A0\"")
        << QStringLiteral("\"x;=cmd|' /C calc'!A0\"");
    QTest::newRow("comma, then a formula")
        << QStringLiteral("x,@SUM(1)") << QStringLiteral("\"x,'@SUM(1)\"") << QStringLiteral("\"x,@SUM(1)\"");
    QTest::newRow("separator, then a quote")
        << QStringLiteral("x;\"=1\"") << QStringLiteral("\"x;'\"\"=1\"\"\"") << QStringLiteral("\"x;\"\"=1\"\"\"");
    QTest::newRow("separator, then NUL") << QString(QStringLiteral("x;\0")) << QString(QStringLiteral("\"x;'\0\""))
                                         << QString(QStringLiteral("\"x;\0\""));
    QTest::newRow("trigger not first") << QStringLiteral("a=1") << QStringLiteral("a=1") << QStringLiteral("a=1");
    QTest::newRow("leading space not a trigger")
        << QStringLiteral(" =1") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TstCsvWriter::formulaGuard_followsOwasp()
{
    QFETCH(QString, field);
    QFETCH(QString, guarded);
    QFETCH(QString, unguarded);
    QCOMPARE(CsvWriter::escapeField(field, QLatin1Char(','), true), guarded);
    QCOMPARE(CsvWriter::escapeField(field, QLatin1Char(','), false), unguarded);
}

void TstCsvWriter::writer_producesExactBytes_data()
{
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<bool>>("freeText");
    QTest::addColumn<QByteArray>("expected");

    const QStringList header{QStringLiteral("Name"), QStringLiteral("Count")};
    const QList<QStringList> rows{{QStringLiteral("a"), QStringLiteral("1")},
                                  {QStringLiteral("b,c"), QStringLiteral("-2")}};
    CsvOptions standard = CsvOptions::standard();
    CsvOptions noHeader = standard;
    noHeader.header = false;
    const CsvOptions excelDe = CsvOptions::excel(QLocale(QLocale::German, QLocale::Germany));
    CsvOptions excelNoHeader = excelDe;
    excelNoHeader.header = false;
    CsvOptions unguarded = standard;
    unguarded.formulaGuard = false;

    QTest::newRow("standard: header, CRLF, no BOM")
        << standard << header << rows << QList<bool>{} << QByteArray("Name,Count\r\na,1\r\n\"b,c\",-2\r\n");
    QTest::newRow("header off") << noHeader << header << rows << QList<bool>{} << QByteArray("a,1\r\n\"b,c\",-2\r\n");
    QTest::newRow("excel de: BOM and semicolon")
        << excelDe << header << rows << QList<bool>{} << QByteArray("\xEF\xBB\xBFName;Count\r\na;1\r\n\"b,c\";-2\r\n");
    QTest::newRow("excel, header off: BOM still first") << excelNoHeader << header << rows << QList<bool>{}
                                                        << QByteArray("\xEF\xBB\xBF"
                                                                      "a;1\r\n\"b,c\";-2\r\n");
    QTest::newRow("excel, no rows: BOM and header")
        << excelDe << header << QList<QStringList>{} << QList<bool>{} << QByteArray("\xEF\xBB\xBFName;Count\r\n");
    QTest::newRow("standard, no rows, no header: empty file")
        << noHeader << header << QList<QStringList>{} << QList<bool>{} << QByteArray();
    QTest::newRow("guard only on free-text column")
        << standard << header
        << QList<QStringList>{{QStringLiteral("=1+2"), QStringLiteral("-2")},
                              {QStringLiteral("-x"), QStringLiteral("+3")}}
        << QList<bool>{true, false} << QByteArray("Name,Count\r\n'=1+2,-2\r\n'-x,+3\r\n");
    QTest::newRow("guard off") << unguarded << header
                               << QList<QStringList>{{QStringLiteral("=1+2"), QStringLiteral("-2")}}
                               << QList<bool>{true, true} << QByteArray("Name,Count\r\n=1+2,-2\r\n");
    QTest::newRow("header cells never guarded")
        << standard << QStringList{QStringLiteral("=Name")} << QList<QStringList>{{QStringLiteral("=x")}}
        << QList<bool>{true} << QByteArray("=Name\r\n'=x\r\n");
    QTest::newRow("absent fields are empty cells")
        << standard << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
        << QList<QStringList>{{QString(), QStringLiteral("x"), QString()}} << QList<bool>{}
        << QByteArray("A,B,C\r\n,x,\r\n");
    QTest::newRow("single empty field is not an empty line")
        << noHeader << QStringList{QStringLiteral("A")} << QList<QStringList>{{QString()}} << QList<bool>{}
        << QByteArray("\"\"\r\n");
    QTest::newRow("unicode is UTF-8") << noHeader << QStringList{QStringLiteral("A")}
                                      << QList<QStringList>{{QStringLiteral("ü😀")}} << QList<bool>{}
                                      << QByteArray("\xC3\xBC\xF0\x9F\x98\x80\r\n");
    QTest::newRow("embedded CRLF quoted")
        << noHeader << QStringList{QStringLiteral("A"), QStringLiteral("B")}
        << QList<QStringList>{{QStringLiteral("line1\r\nline2"), QStringLiteral("q\"")}} << QList<bool>{}
        << QByteArray("\"line1\r\nline2\",\"q\"\"\"\r\n");
}

void TstCsvWriter::writer_producesExactBytes()
{
    QFETCH(CsvOptions, options);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<bool>, freeText);
    QFETCH(QByteArray, expected);

    QString error;
    const QByteArray actual = writeAll(options, header, rows, freeText, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actual, expected);
    QVERIFY(!actual.contains("sep="));
}

void TstCsvWriter::shouldRoundTripArbitraryFieldsThroughAnRfc4180Reader_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void TstCsvWriter::shouldRoundTripArbitraryFieldsThroughAnRfc4180Reader()
{
    QFETCH(QChar, delimiter);
    // Given random fields full of delimiters, quotes, CR, LF, triggers and non-BMP characters
    QRandomGenerator rng(4180);
    QList<QStringList> rows;
    for (int r = 0; r < 500; ++r) {
        QStringList row;
        for (int c = 0; c < 4; ++c)
            row.append(randomField(rng));
        if (row.size() == 1 && row.front().isEmpty())
            row.front() = QStringLiteral("x");
        rows.append(row);
    }
    CsvOptions options;
    options.delimiter = delimiter;
    options.header = false;
    options.formulaGuard = false;
    // When written and read back
    const QByteArray bytes = writeAll(options, {}, rows);
    const QList<QStringList> parsed = parseCsv(QString::fromUtf8(bytes), delimiter);
    // Then every field is exactly what went in
    QCOMPARE(parsed.size(), rows.size());
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(parsed.at(r), rows.at(r));
}

void TstCsvWriter::shouldFlushLargeOutputInChunksWithoutLosingData()
{
    // Given more rows than the writer buffers at once
    QList<QStringList> rows;
    QByteArray expected("H\r\n");
    for (int i = 0; i < 20000; ++i) {
        rows.append({QStringLiteral("row %1, ü").arg(i)});
        expected += QStringLiteral("\"row %1, ü\"\r\n").arg(i).toUtf8();
    }
    // When written, then the output is complete and in order
    QCOMPARE(writeAll(CsvOptions::standard(), {QStringLiteral("H")}, rows), expected);
}

void TstCsvWriter::containsSecret_matchesDocumentedRegex_data()
{
    QTest::addColumn<QString>("text");
    const QString secretPart = Secret.mid(32);
    QTest::newRow("secret") << Secret;
    QTest::newRow("identifier only") << Identifier;
    QTest::newRow("secret inside text") << (QStringLiteral("my token is ") + Secret + QStringLiteral(" ok"));
    QTest::newRow("other prefix dt0a99") << (QStringLiteral("dt0a99") + Secret.mid(6));
    QTest::newRow("upper-case prefix letter") << (QStringLiteral("dt0C01") + Secret.mid(6));
    QTest::newRow("63 secret chars") << Secret.left(Secret.size() - 1);
    QTest::newRow("lower-case secret part") << (Identifier + QLatin1Char('.') + secretPart.toLower());
    QTest::newRow("all lower-case") << Secret.toLower();
    QTest::newRow("upper-case DT0C01") << (QStringLiteral("DT0C01") + Secret.mid(6));
    QTest::newRow("dot in secret part") << (Identifier + QStringLiteral(".") + secretPart.left(20) + QLatin1Char('.') +
                                            secretPart.mid(21));
    QTest::newRow("23-char public part") << (QStringLiteral("dt0c01.") + Secret.mid(8));
    QTest::newRow("two prefixes, second is the secret") << (QStringLiteral("dt0dt0") + Secret);
    QTest::newRow("empty") << QString();
    QTest::newRow("old-format secret") << QStringLiteral("abcdefjhij1234567890");
}

void TstCsvWriter::containsSecret_matchesDocumentedRegex()
{
    QFETCH(QString, text);
    // The detection of tokenformat.h (the published pattern in any case, anywhere), which log
    // redaction uses too: the writer refuses whatever a log line would have hidden.
    static const QRegularExpression regex(QLatin1String(TokenFormat::DetectionPattern));
    QCOMPARE(CsvWriter::containsSecret(text), regex.match(text).hasMatch());
}

void TstCsvWriter::shouldRefuseARowContainingASecretAndWriteNothingOfIt_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("freeText");
    QTest::newRow("in a free-text column") << 0 << true;
    QTest::newRow("in a generated column") << 1 << false;
}

void TstCsvWriter::shouldRefuseARowContainingASecretAndWriteNothingOfIt()
{
    QFETCH(int, column);
    QFETCH(bool, freeText);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvOptions::standard());
    writer.setFreeTextColumns({freeText, false});
    QVERIFY(writer.writeHeader({QStringLiteral("Name"), QStringLiteral("ID")}));
    QVERIFY(writer.writeRecord({QStringLiteral("first"), Identifier}));

    // Given a row that carries a secret somewhere in a cell
    QStringList row{QStringLiteral("second"), Identifier};
    row[column] = QStringLiteral("leaked ") + Secret;
    // When it is written, then it is refused with words that name the place but not the value
    QVERIFY(!writer.writeRecord(row));
    QCOMPARE(writer.error(), CsvWriter::Error::SecretRefused);
    QVERIFY(writer.errorString().contains(QStringLiteral("row 2")));
    QVERIFY(writer.errorString().contains(column == 0 ? QStringLiteral("Name") : QStringLiteral("ID")));
    QVERIFY(!writer.errorString().contains(Secret.mid(32)));
    // And the writer stays failed, and nothing of the secret reaches the device
    QVERIFY(!writer.writeRecord({QStringLiteral("third"), Identifier}));
    QVERIFY(!writer.finish());
    QVERIFY(!buffer.data().contains(Secret.mid(32).toLatin1()));
    QCOMPARE(writer.recordsWritten(), qint64(1));
}

void TstCsvWriter::shouldReportADeviceThatCannotBeWritten()
{
    // Given a device opened read-only
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer, CsvOptions::standard());
    QVERIFY(writer.writeHeader({QStringLiteral("A")}));
    QVERIFY(writer.writeRecord({QStringLiteral("x")}));
    // When flushed, then the failure is reported
    QVERIFY(!writer.finish());
    QCOMPARE(writer.error(), CsvWriter::Error::Device);
    QVERIFY(!writer.errorString().isEmpty());
}

void TstCsvWriter::excelPreset_delimiterFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QChar(u',');
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QChar(u',');
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QChar(u';');
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QChar(u';');
    QTest::newRow("C") << QLocale::c() << QChar(u',');
}

void TstCsvWriter::excelPreset_delimiterFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, delimiter);
    const CsvOptions excel = CsvOptions::excel(locale);
    QCOMPARE(excel.delimiter, delimiter);
    QVERIFY(excel.byteOrderMark);
    QVERIFY(excel.header);
    QVERIFY(excel.formulaGuard);
    QCOMPARE(CsvOptions::fromPreset(CsvOptions::Preset::Excel, locale), excel);
    // The standard preset does not depend on the locale
    const CsvOptions standard = CsvOptions::fromPreset(CsvOptions::Preset::Standard, locale);
    QCOMPARE(standard.delimiter, QChar(u','));
    QVERIFY(!standard.byteOrderMark);
}

void TstCsvWriter::presetNames_roundTrip()
{
    for (CsvOptions::Preset p : {CsvOptions::Preset::Standard, CsvOptions::Preset::Excel})
        QCOMPARE(CsvOptions::presetFromName(CsvOptions::presetName(p)), std::optional<CsvOptions::Preset>(p));
    QCOMPARE(CsvOptions::presetFromName(u"EXCEL"), std::optional<CsvOptions::Preset>(CsvOptions::Preset::Excel));
    QVERIFY(!CsvOptions::presetFromName(u"tsv"));
}

void TstCsvWriter::isoUtc_formatsEpochMillis_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000Z");
    QTest::newRow("docs created") << qint64(1554076800000) << QStringLiteral("2019-04-01T00:00:00.000Z");
    QTest::newRow("millis kept") << qint64(1769860800123) << QStringLiteral("2026-01-31T12:00:00.123Z");
    QTest::newRow("leap day") << qint64(1709208000000) << QStringLiteral("2024-02-29T12:00:00.000Z");
    QTest::newRow("before epoch") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999Z");
    QTest::newRow("year 2000 leap") << qint64(951782400000) << QStringLiteral("2000-02-29T00:00:00.000Z");
    QTest::newRow("last representable") << qint64(253402300799999) << QStringLiteral("9999-12-31T23:59:59.999Z");
    QTest::newRow("first representable") << qint64(-62167219200000) << QStringLiteral("0000-01-01T00:00:00.000Z");
    QTest::newRow("year 10000 is empty") << qint64(253402300800000) << QString();
    QTest::newRow("int64 max is empty") << std::numeric_limits<qint64>::max() << QString();
    QTest::newRow("int64 min is empty") << std::numeric_limits<qint64>::min() << QString();
}

void TstCsvWriter::isoUtc_formatsEpochMillis()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(CsvCells::isoUtc(ms), expected);
}

void TstCsvWriter::isoUtc_agreesWithQDateTime()
{
    // Given random instants between 1900 and 2200, the fast formatter agrees with QDateTime
    QRandomGenerator rng(8601);
    const qint64 from = -2208988800000;
    const qint64 to = 7258118400000;
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = from + qint64(rng.generate64() % quint64(to - from));
        const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        QCOMPARE(CsvCells::isoUtc(ms), expected);
    }
}

void TstCsvWriter::cells_formatScopesBooleansAndAbsentValues()
{
    QCOMPARE(CsvCells::isoUtc(std::nullopt), QString());
    QCOMPARE(CsvCells::scopes(std::nullopt), QString());
    QCOMPARE(CsvCells::scopes(QStringList{}), QString());
    QCOMPARE(CsvCells::scopes(QStringList{QStringLiteral("settings.read"), QStringLiteral("ServiceProviderAPI")}),
             QStringLiteral("settings.read ServiceProviderAPI"));
    QCOMPARE(CsvCells::boolean(true), QStringLiteral("true"));
    QCOMPARE(CsvCells::boolean(false), QStringLiteral("false"));
    QCOMPARE(CsvCells::boolean(std::nullopt), QString());
    QCOMPARE(CsvCells::text(std::nullopt), QString());
}

void TstCsvWriter::tokenColumns_parseKeys_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("keys"); // empty = must fail
    QTest::newRow("single") << QStringLiteral("name") << QStringList{QStringLiteral("name")};
    QTest::newRow("several with spaces") << QStringLiteral("id, name ,lastUse")
                                         << QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                        QStringLiteral("lastUse")};
    QTest::newRow("case-insensitive") << QStringLiteral("LASTUSE,PersonalAccessToken")
                                      << QStringList{QStringLiteral("lastUse"), QStringLiteral("personalAccessToken")};
    QTest::newRow("unknown") << QStringLiteral("name,secret") << QStringList{};
    QTest::newRow("duplicate") << QStringLiteral("name,NAME") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("trailing comma") << QStringLiteral("name,") << QStringList{};
}

void TstCsvWriter::tokenColumns_parseKeys()
{
    QFETCH(QString, input);
    QFETCH(QStringList, keys);
    QString error;
    const auto parsed = TokenColumns::parseKeys(input, &error);
    if (keys.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(error.contains(QStringLiteral("Valid columns: name,id,owner")));
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(TokenColumns::keys(*parsed), keys);
    }
}

void TstCsvWriter::tokenColumns_cellsOfFullAndStubOnlyTokens()
{
    const qint64 now = 1769860800000; // 2026-01-31T12:00:00Z
    TokenMetadata full;
    full.id = Identifier;
    full.name = QStringLiteral("=evil");
    full.userId = QStringLiteral("admin");
    full.revoked = false;
    full.created = 1554076800000;
    full.expires = now + 1000;
    full.lastUse = now - 1;
    full.scopes = QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")};
    full.personalAccessToken = false;

    QStringList cells;
    TokenColumns::cells(TokenColumns::all(), full, now, cells);
    QCOMPARE(cells, (QStringList{QStringLiteral("=evil"), Identifier, QStringLiteral("admin"),
                                 QStringLiteral("ClusterTokenManagement settings.read"),
                                 QStringLiteral("2019-04-01T00:00:00.000Z"), QStringLiteral("2026-01-31T12:00:01.000Z"),
                                 QStringLiteral("2026-01-31T11:59:59.999Z"), QStringLiteral("active"),
                                 QStringLiteral("false"), QStringLiteral("false")}));

    // A stub whose details were not loaded: only id and name, every other cell empty
    TokenMetadata stub;
    stub.id = Identifier;
    stub.name = QStringLiteral("ci");
    TokenColumns::cells(TokenColumns::all(), stub, now, cells);
    QCOMPARE(cells, (QStringList{QStringLiteral("ci"), Identifier, QString(), QString(), QString(), QString(),
                                 QString(), QString(), QString(), QString()}));
    QCOMPARE(TokenColumns::headerNames(TokenColumns::all()).size(), cells.size());
}

void TstCsvWriter::tokenColumns_status_data()
{
    QTest::addColumn<std::optional<bool>>("revoked");
    QTest::addColumn<std::optional<qint64>>("expires");
    QTest::addColumn<QString>("expected");
    const qint64 now = 1000000;
    QTest::newRow("details not loaded") << std::optional<bool>() << std::optional<qint64>() << QString();
    QTest::newRow("active, never expires")
        << std::optional<bool>(false) << std::optional<qint64>() << QStringLiteral("active");
    QTest::newRow("active, expires later")
        << std::optional<bool>(false) << std::optional<qint64>(now + 1) << QStringLiteral("active");
    QTest::newRow("expired exactly now") << std::optional<bool>(false) << std::optional<qint64>(now)
                                         << QStringLiteral("expired");
    QTest::newRow("revoked wins over expired")
        << std::optional<bool>(true) << std::optional<qint64>(now - 1) << QStringLiteral("revoked");
    // Loaded details without a `revoked` field: not revoked, as the table shows it.
    QTest::newRow("no revoked field, expired")
        << std::optional<bool>() << std::optional<qint64>(now - 1) << QStringLiteral("expired");
}

void TstCsvWriter::tokenColumns_status()
{
    QFETCH(std::optional<bool>, revoked);
    QFETCH(std::optional<qint64>, expires);
    QFETCH(QString, expected);
    TokenMetadata token;
    token.revoked = revoked;
    token.expires = expires;
    QCOMPARE(TokenColumns::status(token, 1000000), expected);
    if (!revoked && !expires) {
        // Details loaded (an owner is known) but neither field sent: active.
        token.userId = QStringLiteral("alice");
        QCOMPARE(TokenColumns::status(token, 1000000), QStringLiteral("active"));
    }
}

void TstCsvWriter::tokenColumns_everyTextFromTheServerIsFreeText()
{
    const QList<TokenColumn> all = TokenColumns::all();
    QCOMPARE(all.size(), 10);
    QStringList freeText;
    for (TokenColumn c : all) {
        if (TokenColumns::isFreeText(c))
            freeText.append(TokenColumns::key(c));
        QCOMPARE(TokenColumns::fromKey(TokenColumns::key(c)), std::optional<TokenColumn>(c));
        QVERIFY(!TokenColumns::headerName(c).isEmpty());
    }
    // Name and owner are typed by people; id and scopes are whatever the cluster answers
    QCOMPARE(freeText, (QStringList{QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("owner"),
                                    QStringLiteral("scopes")}));
}

void TstCsvWriter::shouldLeaveNoFormulaForASpreadsheetWithEitherSeparator_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QChar>("readerSeparator");
    QTest::newRow("comma file, comma reader") << QChar(u',') << QChar(u',');
    QTest::newRow("comma file, semicolon reader") << QChar(u',') << QChar(u';');
    QTest::newRow("semicolon file, semicolon reader") << QChar(u';') << QChar(u';');
    QTest::newRow("semicolon file, comma reader") << QChar(u';') << QChar(u',');
    QTest::newRow("tab file, comma reader") << QChar(u'\t') << QChar(u',');
    QTest::newRow("tab file, semicolon reader") << QChar(u'\t') << QChar(u';');
}

void TstCsvWriter::shouldLeaveNoFormulaForASpreadsheetWithEitherSeparator()
{
    QFETCH(QChar, delimiter);
    QFETCH(QChar, readerSeparator);
    // Given a token whose every server-sent text carries a formula, after either list separator
    const QString payloads[] = {QStringLiteral("x;=cmd|' /C calc'!A0;"),
                                QStringLiteral("x,=cmd|' /C calc'!A0,"),
                                QStringLiteral("=1+2\";=1+2"),
                                QStringLiteral("a;\"=HYPERLINK(\"\"u\"\")\""),
                                QStringLiteral("b,@SUM(1)"),
                                QStringLiteral("c;\t=1"),
                                QStringLiteral("d;-2+3")};
    for (const QString &payload : payloads) {
        TokenMetadata token;
        token.name = payload;
        token.id = payload;
        token.userId = payload;
        token.scopes = QStringList{payload, payload};
        token.revoked = false;
        const QList<TokenColumn> columns{TokenColumn::Status, TokenColumn::Name, TokenColumn::Id, TokenColumn::Owner,
                                         TokenColumn::Scopes};
        QStringList cells;
        TokenColumns::cells(columns, token, 0, cells);
        CsvOptions options = CsvOptions::standard();
        options.delimiter = delimiter;
        options.header = false;
        // When exported with the guard
        const QString line = QString::fromUtf8(writeAll(options, {}, {cells}, TokenColumns::freeTextFlags(columns)));
        QVERIFY(line.endsWith(QLatin1String("\r\n")));
        // Then a spreadsheet reading the row with either separator finds no cell that starts a
        // formula: a field is quoted only when its first character is a quote, a quote elsewhere is
        // a plain character, and characters after a closing quote are kept.
        QStringList fields;
        QString field;
        bool atStart = true;
        bool inQuotes = false;
        const QStringView body = QStringView(line).chopped(2);
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QChar c = body[i];
            if (inQuotes) {
                if (c == QLatin1Char('"') && i + 1 < body.size() && body[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    inQuotes = false;
                } else {
                    field += c;
                }
            } else if (c == readerSeparator) {
                fields.append(std::exchange(field, QString()));
                atStart = true;
                continue;
            } else if (c == QLatin1Char('"') && atStart) {
                inQuotes = true;
            } else {
                field += c;
            }
            atStart = false;
        }
        fields.append(field);
        for (const QString &f : std::as_const(fields)) {
            // Leading white space (and NUL) may be skipped by a spreadsheet before it looks for a
            // formula; a leading apostrophe makes the rest text.
            qsizetype first = 0;
            while (first < f.size() && (f[first].isSpace() || f[first] == QChar(u'\0')))
                ++first;
            const QStringView rest = QStringView(f).mid(first);
            QVERIFY2(!CsvWriter::needsFormulaGuard(rest),
                     qPrintable(QStringLiteral("%1 -> [%2] in %3").arg(payload, f, line.trimmed())));
        }
    }
}

namespace {

// Tricky cells: every quoting and guard case, non-ASCII, and multi-byte characters next to the
// characters the writer looks at.
QStringList trickyCells()
{
    return {QString(),
            QStringLiteral("plain"),
            QStringLiteral("with,comma"),
            QStringLiteral("semi;colon"),
            QStringLiteral("tab\there"),
            QStringLiteral("quote\"inside"),
            QStringLiteral("\"quoted\""),
            QStringLiteral("=1+2"),
            QStringLiteral("+1"),
            QStringLiteral("-2"),
            QStringLiteral("@SUM(A1)"),
            QStringLiteral("\tlead"),
            QStringLiteral("\r\nlead"),
            QStringLiteral("line\nbreak"),
            QString(QChar(0)) + QStringLiteral("nul"),
            QStringLiteral("x;=cmd"),
            QStringLiteral("x,\"y"),
            QStringLiteral("x,-y;+z,@w"),
            QStringLiteral("Z\u00fcrich, \u00e9t\u00e9"),
            QStringLiteral("\u76e3\u8996;=\u30c8\u30fc\u30af\u30f3"),
            QStringLiteral("\u00e9=\u00e9"),
            QStringLiteral("ends with ,"),
            QStringLiteral("'already"),
            QString(120, QLatin1Char('a'))};
}

QByteArray writeBoth(const CsvOptions &options, const QList<bool> &freeText, const QList<QStringList> &records,
                     bool utf8)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.setFreeTextColumns(freeText);
    writer.writeHeader({QStringLiteral("A,1"), QStringLiteral("B")});
    for (int i = 0; i < records.size(); ++i) {
        const QStringList &record = records.at(i);
        // The UTF-8 path, with a string record now and then (the two must keep their order)
        if (utf8 && i % 7 != 3) {
            QList<QByteArray> bytes;
            for (const QString &cell : record)
                bytes.append(cell.toUtf8());
            QList<QByteArrayView> views;
            for (const QByteArray &b : bytes)
                views.append(QByteArrayView(b));
            [&] { QVERIFY(writer.writeRecord(views)); }();
        } else {
            [&] { QVERIFY(writer.writeRecord(record)); }();
        }
    }
    [&] { QVERIFY(writer.finish()); }();
    [&] { QCOMPARE(writer.recordsWritten(), qint64(records.size())); }();
    return buffer.data();
}

} // namespace

void TstCsvWriter::utf8Records_shouldWriteTheBytesOfTheStringPath_data()
{
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<QList<bool>>("freeText");
    CsvOptions semicolon = CsvOptions::standard();
    semicolon.delimiter = QLatin1Char(';');
    CsvOptions tab = CsvOptions::standard();
    tab.delimiter = QLatin1Char('\t');
    CsvOptions unguarded = CsvOptions::standard();
    unguarded.formulaGuard = false;
    CsvOptions bomNoHeader = CsvOptions::standard();
    bomNoHeader.byteOrderMark = true;
    bomNoHeader.header = false;
    CsvOptions nonAscii = CsvOptions::standard();
    nonAscii.delimiter = QChar(0x00a6); // a delimiter the UTF-8 path leaves to the string path
    QTest::newRow("standard, both free text") << CsvOptions::standard() << QList<bool>{true, true};
    QTest::newRow("standard, second free text") << CsvOptions::standard() << QList<bool>{false, true};
    QTest::newRow("semicolon") << semicolon << QList<bool>{true, true};
    QTest::newRow("tab") << tab << QList<bool>{true, false};
    QTest::newRow("no guard") << unguarded << QList<bool>{true, true};
    QTest::newRow("BOM, no header") << bomNoHeader << QList<bool>{true, true};
    QTest::newRow("non-ASCII delimiter") << nonAscii << QList<bool>{true, true};
}

void TstCsvWriter::utf8Records_shouldWriteTheBytesOfTheStringPath()
{
    QFETCH(CsvOptions, options);
    QFETCH(QList<bool>, freeText);
    // Given every pair of tricky cells, and one-cell records (an empty one is written as "")
    const QStringList cells = trickyCells();
    QList<QStringList> records;
    for (const QString &a : cells) {
        for (const QString &b : cells)
            records.append({a, b});
        records.append({a});
    }
    // When written as strings and as UTF-8
    const QByteArray viaStrings = writeBoth(options, freeText, records, false);
    const QByteArray viaUtf8 = writeBoth(options, freeText, records, true);
    // Then the bytes are the same
    QVERIFY(viaStrings.size() > 1000);
    QCOMPARE(viaUtf8, viaStrings);
    for (const QString &cell : cells) {
        QByteArray out;
        CsvWriter::appendFieldUtf8(out, cell.toUtf8(), char(options.delimiter.unicode() & 0x7f), true);
        if (options.delimiter.unicode() < 0x80)
            QCOMPARE(QString::fromUtf8(out), CsvWriter::escapeField(cell, options.delimiter, true));
    }
}

void TstCsvWriter::utf8Records_shouldRefuseSecretsLikeTheStringPath()
{
    const QByteArray secret = Secret.toUtf8();
    const QByteArray inText = "see " + Secret.toLower().toUtf8() + " here";
    for (const QByteArray &cell : {secret, inText}) {
        QBuffer strings;
        strings.open(QIODevice::WriteOnly);
        CsvWriter a(&strings);
        a.writeHeader({QStringLiteral("ID"), QStringLiteral("Name")});
        QVERIFY(a.writeRecord(QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(!a.writeRecord(QStringList{QStringLiteral("x"), QString::fromUtf8(cell)}));

        QBuffer utf8;
        utf8.open(QIODevice::WriteOnly);
        CsvWriter b(&utf8);
        b.writeHeader({QStringLiteral("ID"), QStringLiteral("Name")});
        QVERIFY(b.writeRecord(QList<QByteArrayView>{"x", "y"}));
        QVERIFY(!b.writeRecord(QList<QByteArrayView>{"x", QByteArrayView(cell)}));

        QCOMPARE(b.error(), CsvWriter::Error::SecretRefused);
        QCOMPARE(b.errorString(), a.errorString());
        QVERIFY(!b.errorString().contains(Secret, Qt::CaseInsensitive));
        QVERIFY(!b.finish());
        QVERIFY(!utf8.data().contains(cell));
    }
}

void TstCsvWriter::writeRow_shouldReadAStubListStraightFromItsArena()
{
    // Given a list with tricky names, an absent one among them
    StubList stubs;
    QList<TokenMetadata> tokens;
    const QStringList names = trickyCells();
    for (int i = 0; i <= names.size(); ++i) {
        TokenStub stub{QStringLiteral("dt0c01.ID%1").arg(i, 22, 10, QLatin1Char('0')),
                       i < names.size() ? std::optional<QString>(names.at(i)) : std::nullopt, std::nullopt};
        stubs.append(stub);
        TokenMetadata token;
        token.id = stub.id;
        token.name = stub.name;
        tokens.append(token);
    }
    const QList<TokenColumn> columns = {TokenColumn::Name, TokenColumn::Id, TokenColumn::Name};
    const TokenCsvRowSource arena(std::make_shared<StubListSnapshot>(stubs), columns, 0);
    const TokenCsvRowSource objects(std::make_shared<TokenListSnapshot>(tokens), columns, 0);
    QVERIFY(arena.hasUtf8Fields());
    QVERIFY(!objects.hasUtf8Fields());
    QVERIFY(!TokenCsvRowSource(std::make_shared<StubListSnapshot>(stubs), {TokenColumn::Id, TokenColumn::Owner}, 0)
                 .hasUtf8Fields());

    // When both are written row by row
    const auto write = [&columns](const CsvRowSource &source) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.setFreeTextColumns(source.freeTextColumns());
        writer.writeHeader(source.header());
        for (int row = 0; row < source.rowCount(); ++row)
            writer.writeRow(source, row);
        writer.finish();
        return buffer.data();
    };
    // Then the files are the same
    const QByteArray expected = write(objects);
    QCOMPARE(write(arena), expected);
    QVERIFY(expected.contains("\r\n'=1+2,dt0c01."));
}

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
