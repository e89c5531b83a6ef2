// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A streaming RFC 4180 CSV writer over any QIODevice.
//
// - Records end with CRLF; a field is quoted when it contains the delimiter, '"', CR or LF, and a
//   '"' inside a quoted field is doubled. A field holding ',' or ';' is quoted whatever the
//   delimiter, so that a spreadsheet set to the other list separator does not split it. A record of one empty field is
//   written as `""` so that it is not an empty line.
// - UTF-8; with CsvOptions::byteOrderMark the file starts with EF BB BF. Never a `sep=` line.
// - Formula-injection guard (OWASP "CSV Injection"), for the columns marked free text (every text
//   that came from the server): a cell that starts with = + - @ TAB CR LF or NUL gets a leading
//   apostrophe, then normal quoting (`=1+2";=1+2` -> `"'=1+2"";=1+2"`). Inside such a cell, a ','
//   or ';' followed by one of those characters or a '"' gets an apostrophe after it
//   (`x;=cmd` -> `"x;'=cmd"`): a reader that splits at the other separator sees a field starting
//   there, and in a row after the first cell the surrounding quotes do not protect it.
// - Defence in depth: a record any of whose cells contains a token secret (the detection that log
//   redaction uses, defined once in api/tokenformat.h) is refused and nothing of it is written; the
//   error names the row and column, never the value.
//
// Output is buffered (about 64 KiB) and handed to the device in chunks; call finish() at the end.
// Not thread-safe; one writer per thread.
#pragma once

#include "csvoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace TokenDesk {

class CsvRowSource;

class CsvWriter final
{
public:
    enum class Error { None, Device, SecretRefused };

    explicit CsvWriter(QIODevice *device, const CsvOptions &options = CsvOptions::standard());
    ~CsvWriter() = default;
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // Column i is free text (gets the formula guard) when flags.value(i) is true.
    void setFreeTextColumns(const QList<bool> &flags);
    const CsvOptions &options() const { return m_options; }

    // Writes the header record unless options().header is false (then only remembers the names,
    // for error messages). Header cells are never formula-guarded but are checked for secrets.
    bool writeHeader(const QStringList &names);
    // Writes one data record. On a refused or failed record nothing of it is written.
    bool writeRecord(const QStringList &fields);
    // The same for cells given as UTF-8 (e.g. a list's arena): exactly the bytes writeRecord() writes
    // for the same text, without a QString per cell.
    bool writeRecord(const QList<QByteArrayView> &utf8Fields);
    // Writes row `row` of `source`, as UTF-8 when the source has its cells so.
    bool writeRow(const CsvRowSource &source, int row);
    // Writes the BOM if nothing was written yet and flushes the buffer to the device.
    bool finish();

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    qint64 recordsWritten() const { return m_records; } // data records, header excluded

    // Pure helpers (tested on their own).
    static void appendField(QString &out, QStringView field, QChar delimiter, bool formulaGuard);
    // appendField() over UTF-8 with an ASCII delimiter: every character it looks at is ASCII, and a
    // byte of a multi-byte sequence is never one.
    static void appendFieldUtf8(QByteArray &out, QByteArrayView field, char delimiter, bool formulaGuard);
    static QString escapeField(QStringView field, QChar delimiter, bool formulaGuard);
    // = + - @ TAB CR LF NUL: a spreadsheet may read a cell starting with one as a formula.
    static bool isFormulaTrigger(QChar c);
    static bool needsFormulaGuard(QStringView field);
    // True when `text` contains a new-format token secret: TokenFormat::containsSecret.
    static bool containsSecret(QStringView text);

private:
    bool checkSecrets(const QStringList &fields, bool isHeader);
    bool appendRecord(const QStringList &fields, bool guard);
    bool flushIfFull();
    bool flush();
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    CsvOptions m_options;
    QList<bool> m_freeText;
    QStringList m_headerNames;
    QString m_buffer;
    QByteArray m_utf8Buffer; // records written as UTF-8; at most one of the two buffers holds data
    QStringList m_rowFields;
    QList<QByteArrayView> m_rowUtf8Fields;
    bool m_started = false;
    qint64 m_records = 0;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace TokenDesk
