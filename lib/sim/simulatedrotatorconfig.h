// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/firmwarelimits.h"

#include <QString>

/// The set-up of one simulated IP-Rotator. A value type; `rotordeck-sim --config` reads a JSON
/// array of objects whose keys are these names (see `rotordeck-sim --help` for the exact key list).
struct SimulatedRotatorConfig
{
    QString call = QStringLiteral("SIM");
    /// NET_ID, the second topic level; may be empty (`CALL//ROT/…`).
    QString id;
    QString name = QStringLiteral("Antenna");
    /// Compass bearing of the CCW end stop, 0..359.
    int startAzimuthDeg = protocol::defaultStartAzimuthDeg;
    /// MaxRotateDegree, 0..719 (<= 180 in elevation mode); > 360 = overlap.
    int maxRotateDeg = protocol::defaultRotateRangeDeg;
    int antRadiationAngleDeg = protocol::defaultBeamWidthDeg;
    /// Physical speed at full duty (255); the firmware itself has no speed setting.
    double speedDegPerSec = 6.0;
    /// Raw azimuth (degrees from the CCW end stop) at power-on.
    int initialRawDeg = 0;
    bool pwm = true;
    enum class Motor { Dc, Ac } motor = Motor::Dc;
    double supplyVoltageV = 13.0;
    /// Stall-watchdog threshold (20..600), not the speed.
    int oneTurnLimitSec = protocol::defaultOneTurnLimitSec;
    int pwmMaxDuty = protocol::maxPwmMaxDuty;
    int pwmRampStepsMs = protocol::defaultPwmRampStepsMs;
    /// 1..5 as published.
    int pwmTuneAggressiveness = 3;
    /// Elevation-only mode: forces StartAzimuth 270 and MaxRotateDegree 180.
    bool elevation = false;
    /// Process every inbound message at once instead of one per ~1 s service tick.
    bool fastInbound = false;
    /// MQTT client id `AA:BB:CC:DD:EE:FF`; empty = a unique fake MAC is generated per device.
    QString mac;
    QString ip = QStringLiteral("192.0.2.10");
    /// Potentiometer noise: each sensor sample is off by up to ± this many degrees (0 = clean).
    double potNoiseDeg = 0.0;
    /// Hardware end-stop switches installed (the firmware's `Endstop`). False, the firmware
    /// default, turns on the software end-stop zones of the potentiometer source (§5.4).
    bool endstopInstalled = false;
    /// Potentiometer calibration: millivolts at raw 0 (`CcwRaw`) and at raw MaxRotateDegree
    /// (`CwRaw`). Defaults: the firmware's blank-EEPROM calibration, with which the default zones
    /// stop a 360° rotor about 15° above raw 0 and 28° below raw 360 (§5.4).
    int ccwRawMv = 392;
    int cwRawMv = 3000;
    /// Software end-stop zone voltages (`NoEndstopLowZone` / `NoEndstopHighZone`, §5.1).
    double lowZoneV = 0.5;
    double highZoneV = 2.8;
    /// `PwmSlowWindowDeg` at power-on (3..60, firmware default 12); brake learning moves it.
    double slowWindowDeg = 12.0;

    /// The NET_ID of simulated device number `id`: "01" for 1, "99" for 99, then a letter and a
    /// letter or digit: "A0" for 100, "zz" for 3323 (the firmware keeps two characters). Larger
    /// ids give their digits, which the firmware's address rules refuse.
    [[nodiscard]] static QString formatId(int id);

    friend bool operator==(const SimulatedRotatorConfig &, const SimulatedRotatorConfig &)
        = default;
};
