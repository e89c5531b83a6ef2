// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Lengths of time in milliseconds, the unit of every date the API sends and TokenDesk keeps (UTC
// milliseconds since the Unix epoch), and the day arithmetic built on them.
#pragma once

#include <QtGlobal>

namespace TokenDesk::TimeUnits {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerMinute = 60 * MsPerSecond;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;

// a / b rounded towards minus infinity, so that a moment before 1970 falls on the day it is in
// rather than on the day after (plain integer division rounds towards zero).
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace TokenDesk::TimeUnits
