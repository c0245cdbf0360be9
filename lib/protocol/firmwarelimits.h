// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The ranges and defaults of the IP-Rotator firmware (REV 20260523), in one place: the simulator,
/// its options, settings validation, the model, the app and the bridge all take them from here.
/// Each value is what the device's own setup form or EEPROM loader allows; the section numbers
/// refer to the firmware specification.
namespace protocol {

// ---- MaxRotateDegree (§3.4, §5.1, §5.6) ----

/// Smallest rotation range the setup form takes. 0 is legal: the rotor then has no travel.
inline constexpr int minRotateRangeDeg = 0;
/// Largest rotation range the setup form takes; above 360 the rest is overlap.
inline constexpr int maxRotateRangeDeg = 719;
/// Largest rotation range in elevation-only mode (horizon to horizon through the zenith); the
/// firmware also forces the range to exactly this when that mode is switched on.
inline constexpr int maxElevationRangeDeg = 180;
/// Range of a unit with a blank EEPROM: one full turn, no overlap.
inline constexpr int defaultRotateRangeDeg = 360;
/// Same as maxRotateRangeDeg; the name lib/model used before this header existed.
inline constexpr int maxRotateLimitDeg = maxRotateRangeDeg;

// ---- StartAzimuth (§3.4, §5.1, §5.6) ----

/// StartAzimuth is a compass bearing, so 0..359.
inline constexpr int minStartAzimuthDeg = 0;
inline constexpr int maxStartAzimuthDeg = 359;
/// Blank EEPROM: the CCW end stop points north.
inline constexpr int defaultStartAzimuthDeg = 0;
/// Elevation-only mode pins the CCW end to 270 so that raw 90 is the zenith.
inline constexpr int elevationStartAzimuthDeg = 270;

// ---- AntRadiationAngle (§5.1): beam width, for display only ----

inline constexpr int minBeamWidthDeg = 1;
inline constexpr int maxBeamWidthDeg = 180;
/// Blank EEPROM value.
inline constexpr int defaultBeamWidthDeg = 45;

// ---- OneTurnLimitSec (§5.1, §7): the stall watchdog, not a speed ----

inline constexpr int minOneTurnLimitSec = 20;
inline constexpr int maxOneTurnLimitSec = 600;
/// Blank EEPROM value (10° per 10 s stall threshold).
inline constexpr int defaultOneTurnLimitSec = 360;

// ---- PWM (§3.3, §6.2, §6.3) ----

/// The PWM output is 8 bits: duty 255 is full power.
inline constexpr int fullPwmDuty = 255;
/// PwmMaxDuty, the web UI's SPEED slider: 40..255.
inline constexpr int minPwmMaxDuty = 40;
inline constexpr int maxPwmMaxDuty = fullPwmDuty;
/// PwmTuneAggressiveness as published (the firmware keeps 0..4 and adds one).
inline constexpr int minPwmTuneAggressiveness = 1;
inline constexpr int maxPwmTuneAggressiveness = 5;
/// PwmRampSteps, milliseconds per 10-duty step of the ramp; default 100.
inline constexpr int minPwmRampStepsMs = 1;
inline constexpr int maxPwmRampStepsMs = 200;
inline constexpr int defaultPwmRampStepsMs = 100;

// ---- Supply (§5.3, §7) ----

/// Below this PoE supply voltage the firmware ignores new targets and stops a running move; its
/// web UI shows the voltage in red. (The manual's 11 V is out of date.)
inline constexpr double underVoltageV = 11.5;

// ---- Base topic `CALL/NET_ID/ROT/` (§1.1) ----

/// YOUR_CALL: the setup form takes 1..20 characters; a blank EEPROM gives 5 (`EE:FF`).
inline constexpr int minCallLength = 1;
inline constexpr int maxCallLength = 20;
/// NET_ID ("Rotator ID"): 1..2 characters from the setup form, empty only on a blank EEPROM.
inline constexpr int maxNetIdLength = 2;
/// Stored strings keep only printable ASCII after a reboot.
inline constexpr char16_t firstPrintableAscii = 32;
inline constexpr char16_t lastPrintableAscii = 126;

// ---- Helpers ----

/// The largest range a unit can have: 180 in elevation-only mode, else 719.
[[nodiscard]] constexpr int maxRotateRangeDegFor(bool elevationMode) noexcept
{
    return elevationMode ? maxElevationRangeDeg : maxRotateRangeDeg;
}

/// True for a MaxRotateDegree the device's setup would accept.
[[nodiscard]] constexpr bool isValidRotateRangeDeg(int rangeDeg, bool elevationMode) noexcept
{
    return rangeDeg >= minRotateRangeDeg && rangeDeg <= maxRotateRangeDegFor(elevationMode);
}

/// True when the firmware would refuse a target (or stop a move) at this supply voltage.
[[nodiscard]] constexpr bool isUnderVoltage(double supplyV) noexcept
{
    return supplyV < underVoltageV;
}

/// The stall watchdog's threshold (§7): the raw azimuth must change by more than this many
/// degrees in each 10 s, `360 / (OneTurnLimitSec / 10)` in integer maths. The firmware would
/// divide by zero below 10 s (B23; its setup prevents that); this returns 360 there instead.
[[nodiscard]] constexpr int stallThresholdDeg(int oneTurnLimitSec) noexcept
{
    const int tenths = oneTurnLimitSec / 10;
    return tenths > 0 ? 360 / tenths : 360;
}

} // namespace protocol
