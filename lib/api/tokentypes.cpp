// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokentypes.h"

#include <limits>

namespace TokenDesk {

std::optional<qint64> Duration::toMillis() const
{
    if (value < 0)
        return std::nullopt;
    const qint64 factor = millisPer(unit.value_or(DurationUnit::Millis));
    if (value > std::numeric_limits<qint64>::max() / factor)
        return std::nullopt;
    return value * factor;
}

} // namespace TokenDesk
