#include "tokentypes.h"

#include <limits>

namespace TokenDesk {

std::optional<qint64> Duration::toMillis() const
{
    if (value < 0)
        return std::nullopt;
    qint64 factor = 1;
    switch (unit.value_or(DurationUnit::Millis)) {
    case DurationUnit::Millis:
        factor = 1;
        break;
    case DurationUnit::Seconds:
        factor = 1000;
        break;
    case DurationUnit::Minutes:
        factor = 60 * 1000;
        break;
    case DurationUnit::Hours:
        factor = 60 * 60 * 1000;
        break;
    case DurationUnit::Days:
        factor = 24 * 60 * 60 * 1000;
        break;
    }
    if (value > std::numeric_limits<qint64>::max() / factor)
        return std::nullopt;
    return value * factor;
}

} // namespace TokenDesk
