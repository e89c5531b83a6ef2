// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvcells.h"

#include "core/timeunits.h"

namespace TokenDesk {

namespace {

// 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z in ms since the Unix epoch.
constexpr qint64 MinIsoMs = -62167219200000;
constexpr qint64 MaxIsoMs = 253402300799999;

// Howard Hinnant's civil_from_days: days since 1970-01-01 -> proleptic Gregorian y/m/d.
void civilFromDays(qint64 z, qint64 &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = TimeUnits::floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    if (m <= 2)
        ++y;
}

void appendDigits(QString &out, qint64 value, int width)
{
    char16_t buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += QStringView(buf, width);
}

} // namespace

void CsvCells::appendIsoUtc(QString &out, qint64 epochMs)
{
    if (epochMs < MinIsoMs || epochMs > MaxIsoMs)
        return;
    const qint64 days = TimeUnits::floorDiv(epochMs, TimeUnits::MsPerDay);
    qint64 msOfDay = epochMs - days * TimeUnits::MsPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    appendDigits(out, year, 4);
    out += QLatin1Char('-');
    appendDigits(out, month, 2);
    out += QLatin1Char('-');
    appendDigits(out, day, 2);
    out += QLatin1Char('T');
    appendDigits(out, msOfDay / TimeUnits::MsPerHour, 2);
    msOfDay %= TimeUnits::MsPerHour;
    out += QLatin1Char(':');
    appendDigits(out, msOfDay / TimeUnits::MsPerMinute, 2);
    msOfDay %= TimeUnits::MsPerMinute;
    out += QLatin1Char(':');
    appendDigits(out, msOfDay / TimeUnits::MsPerSecond, 2);
    out += QLatin1Char('.');
    appendDigits(out, msOfDay % TimeUnits::MsPerSecond, 3);
    out += QLatin1Char('Z');
}

QString CsvCells::isoUtc(std::optional<qint64> epochMs)
{
    QString out;
    if (epochMs) {
        out.reserve(24);
        appendIsoUtc(out, *epochMs);
    }
    return out;
}

QString CsvCells::scopes(const std::optional<QStringList> &scopes)
{
    return scopes ? scopes->join(QLatin1Char(' ')) : QString();
}

QString CsvCells::boolean(std::optional<bool> value)
{
    if (!value)
        return QString();
    return *value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace TokenDesk
