// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the streaming CSV writer. The input chooses the options and free-text columns
// and holds the records (records split at 0x1E, fields at 0x1F). Beyond "no crash" it checks:
// - the bytes parse back (RFC 4180, the chosen delimiter) to exactly the records written, with the
//   formula guard's apostrophes on guarded free-text cells only (before a leading trigger, and after
//   a ',' or ';' followed by a trigger or a quote), and a BOM exactly when asked;
// - every cell holding ',' or ';' is quoted, whatever the delimiter;
// - secret detection agrees with the documented regex, a record holding a secret is refused whole,
//   nothing after it is written, and neither the output nor the error text contains the secret.
#include "api/apierror.h"
#include "api/tokenformat.h"
#include "csv/csvwriter.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

using namespace TokenDesk;
using TokenDesk::Fuzz::check;

namespace {

// RFC 4180 with CRLF record ends; returns false on anything the writer should never produce.
// Also returns false for a field holding ',' or ';' that was not quoted.
bool parseCsv(QStringView text, QChar delimiter, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    bool quoted = false;
    const auto unquotedSeparator = [&field, &quoted] {
        return !quoted && (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char(';')));
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == QLatin1Char('"')) {
            if (!field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < n && text[i] != delimiter && text[i] != QLatin1Char('\r'))
                return false; // text after the closing quote
            continue;
        }
        if (text[i] == delimiter) {
            if (unquotedSeparator())
                return false;
            record.append(field);
            field.clear();
            quoted = false;
            ++i;
            continue;
        }
        if (text[i] == QLatin1Char('\r')) {
            if (i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
                return false; // a bare CR outside quotes
            if (unquotedSeparator())
                return false;
            record.append(field);
            field.clear();
            quoted = false;
            records->append(record);
            record.clear();
            i += 2;
            continue;
        }
        if (text[i] == QLatin1Char('\n') || text[i] == QLatin1Char('"'))
            return false;
        field += text[i++];
    }
    return record.isEmpty() && field.isEmpty(); // the last record ends with CRLF
}

bool isTrigger(QChar c)
{
    static const QString triggers = QStringLiteral("=+-@\t\r\n") + QChar(u'\0');
    return triggers.contains(c);
}

// What a guarded cell reads as: an apostrophe before a leading trigger, and one after each ',' or
// ';' that a trigger or a quote follows (where a spreadsheet using the other separator would start
// a field).
QString guarded(const QString &cell)
{
    QString out;
    if (!cell.isEmpty() && isTrigger(cell.front()))
        out += QLatin1Char('\'');
    for (qsizetype i = 0; i < cell.size(); ++i) {
        out += cell[i];
        if ((cell[i] == QLatin1Char(',') || cell[i] == QLatin1Char(';')) && i + 1 < cell.size() &&
            (isTrigger(cell[i + 1]) || cell[i + 1] == QLatin1Char('"')))
            out += QLatin1Char('\'');
    }
    return out;
}

const QRegularExpression &secretRegex()
{
    // The writer refuses what log redaction hides: the detection pattern of tokenformat.h.
    static const QRegularExpression re(QLatin1String(TokenDesk::TokenFormat::DetectionPattern));
    return re;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const QChar delimiters[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    CsvOptions options;
    options.delimiter = delimiters[data[0] & 3];
    options.byteOrderMark = (data[0] & 4) != 0;
    options.header = (data[0] & 8) != 0;
    options.formulaGuard = (data[0] & 16) != 0;
    QList<bool> freeText;
    for (int bit = 0; bit < 8; ++bit)
        freeText.append((data[1] >> bit) & 1);

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    QList<QStringList> input;
    for (const QString &line : text.split(QChar(0x1E)))
        input.append(line.split(QChar(0x1F)));
    if (input.size() > 2000)
        return 0;

    QBuffer device;
    device.open(QIODevice::WriteOnly);
    CsvWriter writer(&device, options);
    writer.setFreeTextColumns(freeText);

    QList<QStringList> expected;
    QString refusedSecret;
    for (qsizetype r = 0; r < input.size(); ++r) {
        const QStringList &fields = input.at(r);
        const bool isHeader = r == 0;
        QString secret;
        for (const QString &f : fields) {
            const QRegularExpressionMatch m = secretRegex().match(f);
            check(m.hasMatch() == CsvWriter::containsSecret(f), "containsSecret disagrees with the regex", f);
            if (m.hasMatch() && secret.isEmpty())
                secret = m.captured(0);
        }
        const bool ok = isHeader ? writer.writeHeader(fields) : writer.writeRecord(fields);
        const bool checked = !isHeader || options.header; // a header that is not written is not checked
        if (!secret.isEmpty() && checked) {
            check(!ok, "a record with a secret was accepted");
            check(writer.error() == CsvWriter::Error::SecretRefused, "secret refusal has the wrong error");
            check(!writer.errorString().contains(secret), "the error text holds the secret");
            refusedSecret = secret;
            break;
        }
        check(ok, "a record without a secret was refused", writer.errorString());
        if (isHeader && !options.header)
            continue;
        QStringList written = fields;
        if (!isHeader && options.formulaGuard) {
            for (qsizetype i = 0; i < written.size(); ++i) {
                if (freeText.value(i, false))
                    written[i] = guarded(written.at(i));
            }
        }
        expected.append(written);
    }
    const bool finished = writer.finish();
    check(finished == refusedSecret.isEmpty(), "finish() disagrees with the refusal");

    const QByteArray bytes = device.data();
    if (!refusedSecret.isEmpty()) {
        // Some earlier records may have been flushed; the refused one and the secret never.
        check(!bytes.contains(refusedSecret.toUtf8()), "the secret reached the output");
        return 0;
    }
    QByteArrayView body(bytes);
    if (options.byteOrderMark) {
        check(body.startsWith("\xEF\xBB\xBF"), "BOM missing");
        body = body.sliced(3);
    } else {
        const bool firstCellStartsWithBom =
            !expected.isEmpty() && expected.constFirst().constFirst().startsWith(QChar(0xFEFF));
        check(!body.startsWith("\xEF\xBB\xBF") || firstCellStartsWithBom, "unexpected BOM");
    }
    QList<QStringList> parsed;
    // Keep a leading U+FEFF that is a cell's own character (QString::fromUtf8 would drop it).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString decoded = utf8.decode(body);
    check(parseCsv(decoded, options.delimiter, &parsed), "output is not valid CSV", decoded.left(200));
    check(parsed.size() == expected.size(), "record count differs");
    for (qsizetype r = 0; r < parsed.size(); ++r)
        check(parsed.at(r) == expected.at(r), "a record changed", expected.at(r).join(QLatin1Char('|')));
    check(writer.recordsWritten() ==
              (options.header ? expected.size() - (expected.isEmpty() ? 0 : 1) : expected.size()),
          "recordsWritten is wrong");
    return 0;
}
