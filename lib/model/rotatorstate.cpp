// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorstate.h"

namespace {

std::optional<int> bearingOfRaw(const RotatorState &state, std::optional<int> rawDeg)
{
    if (!rawDeg)
        return std::nullopt;
    if (state.elevationMode)
        return *rawDeg;
    return wrapBearingDeg(*rawDeg + state.startAzimuthDeg);
}

} // namespace

std::optional<int> RotatorState::bearingDeg() const
{
    return bearingOfRaw(*this, rawAzimuthDeg);
}

std::optional<int> RotatorState::targetBearingDeg() const
{
    return bearingOfRaw(*this, rawTargetDeg);
}
