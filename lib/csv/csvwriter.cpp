// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvwriter.h"

#include "api/tokenformat.h"
#include "csv/csvrowsource.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>

namespace TokenDesk {

namespace {

constexpr qsizetype FlushThresholdChars = 32 * 1024; // ~64 KiB of UTF-16, about as much UTF-8
constexpr qsizetype FlushThresholdBytes = 64 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(FlushThresholdChars + 4096);
    m_utf8Buffer.reserve(FlushThresholdBytes + 4096);
}

void CsvWriter::setFreeTextColumns(const QList<bool> &flags)
{
    m_freeText = flags;
}

bool CsvWriter::isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'\0':
        return true;
    default:
        return false;
    }
}

bool CsvWriter::needsFormulaGuard(QStringView field)
{
    return !field.isEmpty() && isFormulaTrigger(field.front());
}

bool CsvWriter::containsSecret(QStringView text)
{
    // Detection, the same as log redaction (tokenformat.h): any case, anywhere in the field.
    return TokenFormat::containsSecret(text);
}

namespace {

bool isListSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';');
}

// A piece that a spreadsheet using the other list separator would start right after this position
// (a ',' or ';' inside the cell): the guard keeps it from starting with a trigger or a quote.
bool opensGuardablePiece(QStringView field, qsizetype i)
{
    return isListSeparator(field[i]) && i + 1 < field.size() &&
           (CsvWriter::isFormulaTrigger(field[i + 1]) || field[i + 1] == QLatin1Char('"'));
}

} // namespace

void CsvWriter::appendField(QString &out, QStringView field, QChar delimiter, bool formulaGuard)
{
    const bool guard = formulaGuard && needsFormulaGuard(field);
    // Both list separators force quotes, whatever the delimiter: a spreadsheet set to the other one
    // must not split the cell.
    bool quote = false;
    for (const QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n') ||
            isListSeparator(c)) {
            quote = true;
            break;
        }
    }
    if (!quote) { // no separator inside: nothing for the guard but the first character
        if (guard)
            out += QLatin1Char('\'');
        out += field;
        return;
    }
    out += QLatin1Char('"');
    if (guard)
        out += QLatin1Char('\'');
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == QLatin1Char('"')) {
            out += field.mid(start, i - start + 1); // up to and including the quote
            out += QLatin1Char('"');
            start = i + 1;
        } else if (formulaGuard && opensGuardablePiece(field, i)) {
            // Quotes only protect a cell that starts a field; after an earlier cell the quote is
            // just a character to a reader that splits at the other separator.
            out += field.mid(start, i - start + 1); // up to and including the separator
            out += QLatin1Char('\'');
            start = i + 1;
        }
    }
    out += field.mid(start);
    out += QLatin1Char('"');
}

namespace {

// Bytes that make appendField() quote a field, whatever the delimiter: '"', CR, LF, ',' and ';'.
constexpr std::array<bool, 256> quoteBytes = [] {
    std::array<bool, 256> table{};
    for (const char c : {'"', '\r', '\n', ',', ';'})
        table[uchar(c)] = true;
    return table;
}();

bool isTriggerByte(char c)
{
    return CsvWriter::isFormulaTrigger(QLatin1Char(c));
}

// The most bytes writeFieldUtf8 writes for a field of `size` bytes: quotes, an apostrophe, and each
// byte doubled at worst.
qsizetype fieldBound(qsizetype size)
{
    return 2 * size + 3;
}

// appendField(), byte for byte, for a UTF-8 field and an ASCII delimiter: every character it looks at
// is ASCII, and no byte of a multi-byte sequence is one. Writes at `out` (fieldBound() bytes of room)
// and returns the end.
char *writeFieldUtf8(char *out, QByteArrayView field, char delimiter, bool formulaGuard)
{
    const char *const data = field.data();
    const qsizetype size = field.size();
    const bool guard = formulaGuard && size > 0 && isTriggerByte(data[0]);
    bool quote = false;
    for (qsizetype i = 0; i < size; ++i) {
        if (quoteBytes[uchar(data[i])] || data[i] == delimiter) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (guard)
            *out++ = '\'';
        if (size > 0)
            std::memcpy(out, data, size_t(size));
        return out + size;
    }
    *out++ = '"';
    if (guard)
        *out++ = '\'';
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        *out++ = c;
        if (c == '"') {
            *out++ = '"';
        } else if (formulaGuard && (c == ',' || c == ';') && i + 1 < size &&
                   (isTriggerByte(data[i + 1]) || data[i + 1] == '"')) {
            *out++ = '\'';
        }
    }
    *out++ = '"';
    return out;
}

} // namespace

void CsvWriter::appendFieldUtf8(QByteArray &out, QByteArrayView field, char delimiter, bool formulaGuard)
{
    const qsizetype used = out.size();
    out.resize(used + fieldBound(field.size()));
    char *end = writeFieldUtf8(out.data() + used, field, delimiter, formulaGuard);
    out.resize(end - out.constData());
}

QString CsvWriter::escapeField(QStringView field, QChar delimiter, bool formulaGuard)
{
    QString out;
    out.reserve(field.size() + 3);
    appendField(out, field, delimiter, formulaGuard);
    return out;
}

bool CsvWriter::checkSecrets(const QStringList &fields, bool isHeader)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!containsSecret(fields.at(i)))
            continue;
        QString column = m_headerNames.value(i);
        if (column.isEmpty() || containsSecret(column)) // an unwritten header is not checked: never quote it
            column = QString::number(i + 1);
        m_error = Error::SecretRefused;
        if (isHeader) {
            m_errorString = QCoreApplication::translate("TokenDesk::CsvWriter",
                                                        "Export refused: header column %1 contains a token secret. "
                                                        "Token secrets are never written to CSV.")
                                .arg(i + 1);
        } else {
            m_errorString = QCoreApplication::translate("TokenDesk::CsvWriter",
                                                        "Export refused: row %1, column “%2” contains a token secret. "
                                                        "Token secrets are never written to CSV.")
                                .arg(m_records + 1)
                                .arg(column);
        }
        return false;
    }
    return true;
}

bool CsvWriter::appendRecord(const QStringList &fields, bool guard)
{
    if (!m_utf8Buffer.isEmpty() && !flush())
        return false; // keeps the records in order
    const QChar delimiter = m_options.delimiter;
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_buffer += QLatin1String("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer += delimiter;
            appendField(m_buffer, fields.at(i), delimiter, guard && m_freeText.value(i, false));
        }
    }
    m_buffer += QLatin1String("\r\n");
    return flushIfFull();
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    if (m_error != Error::None)
        return false;
    m_headerNames = names;
    if (!m_options.header)
        return true;
    if (!checkSecrets(names, true))
        return false;
    return appendRecord(names, false);
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (m_error != Error::None)
        return false;
    if (!checkSecrets(fields, false))
        return false;
    if (!appendRecord(fields, m_options.formulaGuard))
        return false;
    ++m_records;
    return true;
}

bool CsvWriter::writeRecord(const QList<QByteArrayView> &fields)
{
    if (m_error != Error::None)
        return false;
    // A secret is SecretLength ASCII characters: only a field that long may hold one, and such a rare
    // record takes the QString path, whose check also names the row and column. So does a delimiter
    // that is not ASCII.
    const QChar delimiter = m_options.delimiter;
    const bool viaStrings = delimiter.unicode() >= 0x80 ||
                            std::any_of(fields.cbegin(), fields.cend(),
                                        [](QByteArrayView f) { return f.size() >= TokenFormat::SecretLength; });
    if (viaStrings) {
        QStringList strings;
        strings.reserve(fields.size());
        for (const QByteArrayView f : fields)
            strings.append(QString::fromUtf8(f));
        return writeRecord(strings);
    }
    if (!m_buffer.isEmpty() && !flush())
        return false; // keeps the records in order
    const bool guard = m_options.formulaGuard;
    // Written through a pointer into room reserved for the worst case (no append per piece).
    qsizetype bound = 4;
    for (const QByteArrayView f : fields)
        bound += fieldBound(f.size()) + 1;
    const qsizetype used = m_utf8Buffer.size();
    m_utf8Buffer.resize(used + bound);
    char *out = m_utf8Buffer.data() + used;
    if (fields.size() == 1 && fields.front().isEmpty()) {
        *out++ = '"';
        *out++ = '"';
    } else {
        const char delimiterByte = char(delimiter.unicode());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                *out++ = delimiterByte;
            out = writeFieldUtf8(out, fields.at(i), delimiterByte, guard && m_freeText.value(i, false));
        }
    }
    *out++ = '\r';
    *out++ = '\n';
    m_utf8Buffer.resize(out - m_utf8Buffer.constData());
    ++m_records;
    if (m_utf8Buffer.size() >= FlushThresholdBytes)
        return flush();
    return true;
}

bool CsvWriter::writeRow(const CsvRowSource &source, int row)
{
    if (source.hasUtf8Fields()) {
        source.fieldsUtf8(row, m_rowUtf8Fields);
        return writeRecord(m_rowUtf8Fields);
    }
    source.fields(row, m_rowFields);
    return writeRecord(m_rowFields);
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (!m_device || !m_device->isWritable()) {
        m_error = Error::Device;
        m_errorString = QCoreApplication::translate("TokenDesk::CsvWriter", "The output is not open for writing.");
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = m_device->write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            m_error = Error::Device;
            m_errorString = m_device->errorString();
            return false;
        }
        written += n;
    }
    return true;
}

bool CsvWriter::flush()
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark && !writeBytes(QByteArray("\xEF\xBB\xBF", 3)))
            return false;
    }
    if (!m_utf8Buffer.isEmpty()) {
        const bool ok = writeBytes(m_utf8Buffer);
        m_utf8Buffer.resize(0); // keeps the capacity
        return ok;
    }
    if (m_buffer.isEmpty())
        return true;
    const bool ok = writeBytes(m_buffer.toUtf8());
    m_buffer.resize(0); // keeps the capacity: no per-chunk reallocation
    return ok;
}

bool CsvWriter::flushIfFull()
{
    if (m_buffer.size() < FlushThresholdChars)
        return true;
    return flush();
}

bool CsvWriter::finish()
{
    if (m_error != Error::None)
        return false;
    return flush();
}

} // namespace TokenDesk
