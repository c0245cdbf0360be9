// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rotatortracker.h"

#include "settings/appsettings.h"

namespace tracking {

/// How the rotator follows a target, from the user's settings of the rotator: its dead band,
/// minimum interval (never below the device's one command a second) and start and stop
/// elevations; unset fields take RotatorSettings' defaults. A stop elevation above the start
/// elevation is lowered to it.
[[nodiscard]] TrackSettings trackSettingsFor(const RotatorSettings &settings);

} // namespace tracking
