// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvreader.h"

#include "csv/csvwriter.h"

namespace TokenDesk {

namespace {

// The delimiter of the header line: the most frequent of , ; TAB outside quotes (',' on a tie or none).
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

std::optional<CsvReader::Table> CsvReader::parse(QByteArrayView data, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const QString text = QString::fromUtf8(data);
    Table table;
    table.delimiter = detectDelimiter(text);

    QStringList record;
    QString field;
    bool quoted = false;
    int line = 1;        // the line the current record starts on
    int currentLine = 1; // the line being read
    auto endRecord = [&]() -> bool {
        record.append(field);
        field.clear();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = record;
            } else if (record.size() != table.header.size()) {
                if (error)
                    *error = tr("Line %1 has %2 fields where the header has %3.")
                                 .arg(line)
                                 .arg(record.size())
                                 .arg(table.header.size());
                return false;
            } else {
                table.records.append(record);
            }
        }
        record.clear();
        line = currentLine;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++currentLine;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == table.delimiter) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            ++currentLine;
            if (!endRecord())
                return std::nullopt;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return fail(tr("Line %1: a quoted field is not closed before the end of the file.").arg(line));
    if (!field.isEmpty() || !record.isEmpty()) {
        if (!endRecord())
            return std::nullopt;
    }
    if (table.header.isEmpty())
        return fail(tr("The file is empty."));
    return table;
}

QString CsvReader::unguard(const QString &cell)
{
    if (!cell.contains(QLatin1Char('\'')))
        return cell;
    QString out;
    out.reserve(cell.size());
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        const bool atStart = i == 0;
        const bool afterSeparator = i > 0 && (cell.at(i - 1) == QLatin1Char(',') || cell.at(i - 1) == QLatin1Char(';'));
        if (c == QLatin1Char('\'') && i + 1 < cell.size() && (atStart || afterSeparator)) {
            const QChar next = cell.at(i + 1);
            if (CsvWriter::isFormulaTrigger(next) || (afterSeparator && next == QLatin1Char('"')))
                continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace TokenDesk
