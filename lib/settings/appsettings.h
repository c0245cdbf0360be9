// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/brokerprofile.h"
#include "protocol/rotatoraddress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

/// The user's station.
struct StationSettings
{
    /// Maidenhead locator, 4, 6 or 8 characters ("JO62", "JO62qm", "JO62qm12"); empty = unknown.
    QString locator;
    QString name;
    /// The station callsign in capitals ("OK1HRA", "OK1HRA/P"); empty = not set. Used to log in
    /// to DX cluster nodes and to tell the station's own spots.
    QString callsign;

    friend bool operator==(const StationSettings &, const StationSettings &) = default;
};

/// One preset of a rotator: a named compass bearing.
struct RotatorPreset
{
    QString label;
    /// Compass bearing 0..359 (not a raw azimuth).
    int bearingDeg = 0;

    friend bool operator==(const RotatorPreset &, const RotatorPreset &) = default;
};

/// What the user configured for one rotator. Unset optionals mean "from the device, else the
/// built-in default" (see RotatorState's ValueSource).
struct RotatorSettings
{
    /// The BrokerProfile::name it lives on.
    QString brokerName;
    RotatorAddress address;
    QString label;
    /// "#rrggbb", or empty = the app picks one (lib has no QColor).
    QString colour;
    /// Rotation range (MaxRotateDegree), protocol::minRotateRangeDeg..maxRotateRangeDeg.
    std::optional<int> maxRotateDeg;
    /// Antenna beam width, protocol::minBeamWidthDeg..maxBeamWidthDeg.
    std::optional<int> beamWidthDeg;
    /// Compass bearing of raw 0, 0..359; when set it wins over the device's StartAzimuth.
    std::optional<int> startAzimuthOverrideDeg;
    /// Compass bearing to park at, 0..359.
    std::optional<int> parkBearingDeg;
    std::optional<bool> elevationMode;
    /// Auto-park: turn to parkBearingDeg after this many minutes without a command
    /// (1..autoParkMaxMin); unset = off (the default). Needs parkBearingDeg.
    std::optional<int> autoParkAfterMin;
    QList<RotatorPreset> presets;
    /// The amateur bands the antenna serves, by name as cluster::bandNames() lists them ("20m",
    /// "70cm"), in that order; empty = not said. A spot or a logger's band picks the rotator
    /// that serves it.
    QStringList bands;

    friend bool operator==(const RotatorSettings &, const RotatorSettings &) = default;
};

/// Longest auto-park delay, in minutes (a day).
constexpr int autoParkMaxMin = 1440;

/// An azimuth unit and an elevation-only unit turned as one antenna. Both are rotators of
/// AppSettings::rotators on the same broker; a unit is in one pair at most.
struct AzElPairSettings
{
    /// The BrokerProfile::name both units live on.
    QString brokerName;
    RotatorAddress azimuth;
    RotatorAddress elevation;
    /// Shown for the pair; empty = the app names it after its units.
    QString label;

    friend bool operator==(const AzElPairSettings &, const AzElPairSettings &) = default;
};

/// Everything RotorDeck keeps between runs.
struct AppSettings
{
    /// Passwords are held in memory only; SettingsStore never writes them (CredentialStore does).
    QList<BrokerProfile> brokers;
    QList<RotatorSettings> rotators;
    QList<AzElPairSettings> azElPairs;
    StationSettings station;
    /// UI state. Note: INI files are not type-preserving: values in `ui` come back as QString
    /// (or QByteArray / QStringList), so read them with toInt(), toBool(), … .
    QByteArray windowGeometry;
    QByteArray windowState;
    QVariantMap ui;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
