// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/firmwarelimits.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

/// How a rotator is reachable, as the UI shows it. Distinct from "stopped".
enum class LinkState {
    Unknown, ///< nothing heard yet since it was added or since the broker came back
    Live, ///< a message arrived within the stale time
    Stale, ///< silent for longer than the stale time (~65 s; the device heartbeat is 60 s)
    BrokerDown, ///< its broker connection is down
};

/// Where a setting's value came from; the UI says which.
enum class ValueSource {
    Default, ///< nothing known: built-in default
    User, ///< the user's rotator settings
    Device, ///< published by the device (retained topic or get reply)
    DeviceHttp, ///< read from the device's HTTP side (port 88), MQTT being silent about it
};

/// Everything known about one rotator at one moment. A regular value type.
/// Raw azimuth = degrees from the CCW end stop (0..maxRotateDeg, may exceed 359 in the
/// overlap, may leave that range with a potentiometer). Bearing = compass, 0..359.
struct RotatorState
{
    std::optional<int> rawAzimuthDeg;
    /// Last `Status` code (§4 of the firmware spec); nullopt until one was seen.
    std::optional<int> status;
    QString statusHuman;
    /// Status != 0, or a get reply without AzimuthStop (the firmware never re-sends Status).
    bool moving = false;
    /// Raw target in flight (sent by us or seen on …/Target from another client); nullopt when
    /// none.
    std::optional<int> rawTargetDeg;
    /// rawTargetDeg was seen on …/Target from another client, not sent by us.
    bool targetFromOtherClient = false;

    int startAzimuthDeg = protocol::defaultStartAzimuthDeg;
    ValueSource startAzimuthSource = ValueSource::Default;
    int maxRotateDeg = protocol::defaultRotateRangeDeg;
    ValueSource maxRotateSource = ValueSource::Default;
    int beamWidthDeg = protocol::defaultBeamWidthDeg;
    ValueSource beamWidthSource = ValueSource::Default;
    bool elevationMode = false;
    ValueSource elevationSource = ValueSource::Default;
    std::optional<int> oneTurnLimitSec;

    std::optional<double> voltageV;
    QString name;
    QString ip;
    QString mac;
    QString lastDebug;
    QDateTime lastDebugUtc;

    QDateTime lastMessageUtc;
    LinkState link = LinkState::Unknown;

    /// Other leaves (known but not modelled above, and unknown ones) as raw text.
    QMap<QString, QString> otherLeaves;

    /// Compass bearing of the current position: (raw + start) mod 360; in elevation mode the raw
    /// value itself (0..180). nullopt while the azimuth is unknown.
    [[nodiscard]] std::optional<int> bearingDeg() const;
    /// Compass bearing of rawTargetDeg, same rules.
    [[nodiscard]] std::optional<int> targetBearingDeg() const;
    /// raw > 359: the antenna is in the overlap.
    [[nodiscard]] bool inOverlap() const { return rawAzimuthDeg && *rawAzimuthDeg > 359; }
    /// raw < 0 or raw > maxRotateDeg: past a calibration point.
    [[nodiscard]] bool inEndZone() const
    {
        return rawAzimuthDeg && (*rawAzimuthDeg < 0 || *rawAzimuthDeg > maxRotateDeg);
    }

    friend bool operator==(const RotatorState &, const RotatorState &) = default;
};

/// Degrees normalised into 0..359.
[[nodiscard]] constexpr int wrapBearingDeg(int deg)
{
    const int m = deg % 360;
    return m < 0 ? m + 360 : m;
}

Q_DECLARE_METATYPE(RotatorState)
