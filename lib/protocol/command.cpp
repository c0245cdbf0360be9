// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

namespace protocol {

std::optional<Command> targetCommand(int rawDeg, int maxRotateDeg)
{
    if (maxRotateDeg < 0 || maxRotateDeg > maxRotateRangeDeg || rawDeg < 0 || rawDeg > maxRotateDeg)
        return std::nullopt;
    return Command {QStringLiteral("Target"), QByteArray::number(rawDeg)};
}

Command stopCommand()
{
    return Command {QStringLiteral("stop"), QByteArrayLiteral("1")};
}

Command getCommand()
{
    return Command {QStringLiteral("get"), QByteArrayLiteral("1")};
}

std::optional<int> firmwareDestinationRaw(int currentRawDeg, int targetRawDeg,
                                          int maxRotateDeg) noexcept
{
    if (maxRotateDeg < 0 || targetRawDeg < 0 || targetRawDeg > maxRotateDeg)
        return std::nullopt;
    // The firmware compares signed values with an unsigned MaxRotateDegree: a negative current
    // raw becomes huge and therefore never "below half".
    const unsigned int half = static_cast<unsigned int>(maxRotateDeg) / 2;
    const bool currentBelowHalf = static_cast<unsigned int>(currentRawDeg) < half;
    const bool targetBelowHalf = static_cast<unsigned int>(targetRawDeg) < half;
    if (currentBelowHalf && targetBelowHalf)
        return targetRawDeg;
    if (maxRotateDeg > 360 && targetRawDeg < maxRotateDeg - 360)
        return targetRawDeg + 360;
    return targetRawDeg;
}

} // namespace protocol
