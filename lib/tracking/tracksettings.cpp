// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracksettings.h"

#include "model/rotator.h"

#include <algorithm>

namespace tracking {

TrackSettings trackSettingsFor(const RotatorSettings &settings)
{
    TrackSettings out;
    out.deadBandDeg = settings.trackDeadBandDeg.value_or(RotatorSettings::defaultTrackDeadBandDeg);
    out.minIntervalMs = std::max(
        settings.trackIntervalSec.value_or(RotatorSettings::defaultTrackIntervalSec) * 1000,
        Rotator::commandIntervalMs);
    out.startElevationDeg
        = settings.trackStartElevationDeg.value_or(RotatorSettings::defaultTrackStartElevationDeg);
    out.stopElevationDeg = std::min(
        settings.trackStopElevationDeg.value_or(RotatorSettings::defaultTrackStopElevationDeg),
        out.startElevationDeg);
    return out;
}

} // namespace tracking
