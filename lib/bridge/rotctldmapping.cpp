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

RotctldMapping::Limits RotctldMapping::pairLimitsFor(const RotatorState &azimuth,
                                                     int elevationMaxRawDeg)
{
    RotatorState azimuthOnly = azimuth;
    azimuthOnly.elevationMode = false;
    Limits limits = limitsFor(azimuthOnly);
    limits.maxElDeg = std::max(0, elevationMaxRawDeg);
    return limits;
}

std::optional<RotctldMapping::PairTarget> RotctldMapping::pairTargetFor(const RotatorState &azimuth,
                                                                        int elevationMaxRawDeg,
                                                                        double azimuthDeg,
                                                                        double elevationDeg)
{
    if (!std::isfinite(azimuthDeg) || !std::isfinite(elevationDeg))
        return std::nullopt;
    const Limits limits = pairLimitsFor(azimuth, elevationMaxRawDeg);
    if (azimuthDeg < limits.minAzDeg || azimuthDeg > limits.maxAzDeg
        || elevationDeg < limits.minElDeg || elevationDeg > limits.maxElDeg)
        return std::nullopt;
    PairTarget target;
    target.rawElevationDeg = static_cast<int>(std::lround(elevationDeg));
    if (azimuthDeg > 360.0) {
        const long raw = std::lround(azimuthDeg - azimuth.startAzimuthDeg);
        if (raw < 0 || raw > azimuth.maxRotateDeg)
            return std::nullopt;
        target.kind = PairTarget::Kind::RawPose;
        target.rawAzimuthDeg = static_cast<int>(raw);
        return target;
    }
    target.bearingDeg = azimuthDeg >= 359.5 ? 0.0 : azimuthDeg; // rounds to 360 = north
    if (elevationDeg > 90.0) {
        target.kind = PairTarget::Kind::BearingRawElevation;
        return target;
    }
    target.kind = PairTarget::Kind::Point;
    target.elevationDeg = elevationDeg;
    return target;
}

std::optional<std::pair<double, double>>
RotctldMapping::pairPositionFor(const RotatorState &azimuth, const RotatorState &elevation,
                                bool clientPoseFrame)
{
    if (!azimuth.rawAzimuthDeg || !elevation.rawAzimuthDeg)
        return std::nullopt;
    RotatorState azimuthOnly = azimuth;
    azimuthOnly.elevationMode = false;
    const double az = positionFor(azimuthOnly)->first;
    const int rawEl = *elevation.rawAzimuthDeg;
    if (clientPoseFrame || rawEl <= 90)
        return std::pair<double, double> {az, double(rawEl)};
    // Flipped: the antenna looks the other way, 180 - raw above the horizon.
    const int bearing = wrapBearingDeg(*azimuth.rawAzimuthDeg + azimuth.startAzimuthDeg);
    return std::pair<double, double> {double(wrapBearingDeg(bearing + 180)), double(180 - rawEl)};
}
