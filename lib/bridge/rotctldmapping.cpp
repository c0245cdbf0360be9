// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotctldmapping.h"

#include <algorithm>
#include <cmath>

RotctldMapping::Limits RotctldMapping::limitsFor(const RotatorState &state)
{
    Limits limits;
    if (state.elevationMode) {
        limits.maxElDeg = std::max(0, state.maxRotateDeg);
        return limits;
    }
    limits.maxAzDeg = std::max(360, state.startAzimuthDeg + state.maxRotateDeg);
    return limits;
}

std::optional<RotctldMapping::Target>
RotctldMapping::targetFor(const RotatorState &state, double azimuthDeg, double elevationDeg)
{
    if (!std::isfinite(azimuthDeg) || !std::isfinite(elevationDeg))
        return std::nullopt;
    const Limits limits = limitsFor(state);
    if (azimuthDeg < limits.minAzDeg || azimuthDeg > limits.maxAzDeg
        || elevationDeg < limits.minElDeg || elevationDeg > limits.maxElDeg)
        return std::nullopt;
    if (state.elevationMode) {
        const long raw = std::lround(elevationDeg);
        if (raw < 0 || raw > state.maxRotateDeg)
            return std::nullopt;
        return Target {Target::Kind::Raw, 0.0, static_cast<int>(raw)};
    }
    if (azimuthDeg <= 360.0) {
        double bearing = azimuthDeg;
        if (bearing >= 359.5) // rounds to 360 = north
            bearing = 0.0;
        return Target {Target::Kind::Bearing, bearing, 0};
    }
    const long raw = std::lround(azimuthDeg - state.startAzimuthDeg);
    if (raw < 0 || raw > state.maxRotateDeg)
        return std::nullopt;
    return Target {Target::Kind::Raw, 0.0, static_cast<int>(raw)};
}

std::optional<std::pair<double, double>> RotctldMapping::positionFor(const RotatorState &state)
{
    if (!state.rawAzimuthDeg)
        return std::nullopt;
    if (state.elevationMode)
        return std::pair<double, double> {0.0, double(*state.rawAzimuthDeg)};
    const int raw = *state.rawAzimuthDeg;
    if (raw >= 360) // the overlap copy: S + raw, which `P` maps back to this raw value
        return std::pair<double, double> {double(state.startAzimuthDeg + raw), 0.0};
    return std::pair<double, double> {double(wrapBearingDeg(raw + state.startAzimuthDeg)), 0.0};
}
