#include "csvwriter.h"

#include "api/tokenformat.h"

#include <QCoreApplication>
#include <QIODevice>

namespace TokenDesk {

namespace {

constexpr qsizetype FlushThresholdChars = 32 * 1024; // ~64 KiB of UTF-16, about as much UTF-8

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(FlushThresholdChars + 4096);
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
