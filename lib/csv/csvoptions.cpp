// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvoptions.h"

namespace TokenDesk {

CsvOptions CsvOptions::standard()
{
    return CsvOptions{};
}

CsvOptions CsvOptions::excel(const QLocale &locale)
{
    CsvOptions options;
    options.byteOrderMark = true;
    // Excel splits on the locale's list separator, which is ';' wherever ',' is the decimal point.
    if (locale.decimalPoint() == QLatin1String(","))
        options.delimiter = QLatin1Char(';');
    return options;
}

CsvOptions CsvOptions::fromPreset(Preset preset, const QLocale &locale)
{
    switch (preset) {
    case Preset::Standard:
        return standard();
    case Preset::Excel:
        return excel(locale);
    }
    return standard();
}

std::optional<CsvOptions::Preset> CsvOptions::presetFromName(QStringView name)
{
    if (name.compare(QLatin1String("standard"), Qt::CaseInsensitive) == 0)
        return Preset::Standard;
    if (name.compare(QLatin1String("excel"), Qt::CaseInsensitive) == 0)
        return Preset::Excel;
    return std::nullopt;
}

QString CsvOptions::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Standard:
        return QStringLiteral("standard");
    case Preset::Excel:
        return QStringLiteral("excel");
    }
    return QString();
}

} // namespace TokenDesk
