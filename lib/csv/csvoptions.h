// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// How a CSV file is written: delimiter, byte order mark, header row, formula-injection guard.
// Two presets: "Standard" (RFC 4180: UTF-8, comma, CRLF, no BOM) and "Excel" (UTF-8 with BOM; the
// delimiter is ';' when the locale's decimal point is ',', as Excel expects there). A `sep=` line is
// never written: it makes Excel ignore the BOM.
#pragma once

#include <QChar>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace TokenDesk {

struct CsvOptions
{
    enum class Preset { Standard, Excel };

    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = false;
    bool header = true;
    // OWASP CSV injection guard: cells of free-text columns that start with = + - @ TAB CR LF NUL get
    // a leading apostrophe (then normal quoting; see CsvWriter). On by default.
    bool formulaGuard = true;

    static CsvOptions standard();
    // `locale` decides the delimiter; QLocale() is the application's default locale.
    static CsvOptions excel(const QLocale &locale = QLocale());
    static CsvOptions fromPreset(Preset preset, const QLocale &locale = QLocale());

    // "standard" / "excel" (case-insensitive); nullopt for anything else.
    static std::optional<Preset> presetFromName(QStringView name);
    static QString presetName(Preset preset);

    friend bool operator==(const CsvOptions &a, const CsvOptions &b)
    {
        return a.delimiter == b.delimiter && a.byteOrderMark == b.byteOrderMark && a.header == b.header &&
               a.formulaGuard == b.formulaGuard;
    }
};

} // namespace TokenDesk
