// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/brokerprofile.h"
#include "protocol/rotatoraddress.h"

#include <QByteArray>
#include <QList>
#include <QMap>
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
    QString callsign = {};

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
    /// The antenna radiates both ways (rotatable dipole, some wire beams): a turn then points
    /// whichever end is nearer. Unset = no.
    std::optional<bool> bidirectional;
    // Following a moving target (Rotator ▸ Track); unset = the default below.
    /// A new command only when the target moved this far, minTrackDeadBandDeg..maxTrackDeadBandDeg.
    std::optional<int> trackDeadBandDeg;
    /// Seconds at least between two commands, minTrackIntervalSec..maxTrackIntervalSec.
    std::optional<int> trackIntervalSec;
    /// Following starts once the target is this high (degrees above the horizon),
    /// minTrackElevationDeg..maxTrackElevationDeg.
    std::optional<double> trackStartElevationDeg;
    /// Following ends when the target sinks below this (the horizon limit); not above the start
    /// elevation.
    std::optional<double> trackStopElevationDeg;
    QList<RotatorPreset> presets;
    /// The amateur bands the antenna serves, by name as cluster::bandNames() lists them ("20m",
    /// "70cm"), in that order; empty = not said. A spot or a logger's band picks the rotator
    /// that serves it.
    QStringList bands;

    // The device's HTTP side (reads range and beam width, sets SPEED; never turns). Its
    // password is kept by the CredentialStore (deviceHttpPasswordKey), never here.
    /// The firmware's HTTP port, and the limits of httpPort.
    static constexpr int defaultHttpPort = 88;
    static constexpr int minHttpPort = 1;
    static constexpr int maxHttpPort = 65535;
    /// Whether the app reads the unit's HTTP side at the address it publishes on `ip`.
    bool useHttp = true;
    /// Its port, minHttpPort..maxHttpPort; nullopt = defaultHttpPort.
    std::optional<int> httpPort;
    /// The unit wants a login and its password is in the CredentialStore (so the keyring is
    /// asked only for units that have one).
    bool httpLogin = false;
    /// The rotor name N1MM Logger+ knows the rotator by (its Antennas tab, `<rotor>`, status
    /// datagrams); empty = a default that is unique among the app's rotators (the device Name,
    /// with the CALL/ID added when another rotator has the same). See settings::n1mmNameProblem.
    QString n1mmName = {};

    static constexpr int defaultTrackDeadBandDeg = 2;
    static constexpr int minTrackDeadBandDeg = 1;
    static constexpr int maxTrackDeadBandDeg = 45;
    static constexpr int defaultTrackIntervalSec = 5;
    /// The device services one command a second.
    static constexpr int minTrackIntervalSec = 1;
    static constexpr int maxTrackIntervalSec = 600;
    static constexpr double defaultTrackStartElevationDeg = 0.0;
    /// Half a degree under the start: a target sitting on the horizon does not end the track.
    static constexpr double defaultTrackStopElevationDeg = -0.5;
    static constexpr double minTrackElevationDeg = -5.0;
    static constexpr double maxTrackElevationDeg = 85.0;

    friend bool operator==(const RotatorSettings &, const RotatorSettings &) = default;
};

/// Longest auto-park delay, in minutes (a day).
constexpr int autoParkMaxMin = 1440;
/// One DX cluster node (DX Spider, AR-Cluster, CC-Cluster) the app reads spots from over telnet.
struct ClusterNodeSettings
{
    /// Host name or address, without port ("dxc.example.org", "192.0.2.7", "::1").
    QString host;
    /// TCP port, 1..65535 (DX Spider nodes often use 7300 or 8000).
    int port = 7300;
    /// False: kept in the list but not connected.
    bool enabled = true;
    /// One line sent after the login ("set/skimmer", "sh/dx 30"); empty = none.
    QString loginCommand;

    friend bool operator==(const ClusterNodeSettings &, const ClusterNodeSettings &) = default;
};

/// The interop endpoints the desktop app serves, as rotordeck-bridge does (docs/interop.md).
/// Everything is off by default and listens on loopback only.
struct InteropSettings
{
    /// Address every endpoint binds to. Anything but loopback needs allowNetwork.
    QString listenAddress = QStringLiteral("127.0.0.1");
    /// The user chose to let other computers reach the endpoints (no authentication!).
    bool allowNetwork = false;
    bool rotctld = false;
    /// First rotctld TCP port; one per rotator, + 2 each, unless rotctldPorts names one.
    int rotctldFirstPort = 4533;
    /// rotctld port of a rotator ("CALL/ID" -> port).
    QMap<QString, int> rotctldPorts;
    bool n1mm = false;
    int n1mmPort = 12040;
    /// Where N1MM status datagrams go; empty = 127.0.0.1 on loopback, else broadcast.
    QString n1mmStatusAddress;
    int n1mmStatusPort = 13010;
    /// N1MM datagrams naming no rotator go to the one serving their band (RotatorSettings::bands).
    bool n1mmBandFollow = false;
    bool pstRotator = false;
    /// First PstRotator UDP port; one per rotator, + 2 each (replies go to port + 1).
    int pstRotatorFirstPort = 12000;
    /// PstRotator port of a rotator ("CALL/ID" -> port).
    QMap<QString, int> pstRotatorPorts;

    friend bool operator==(const InteropSettings &, const InteropSettings &) = default;
};

/// One account of the web remote. Only the password's KDF hash is kept (remote/passwordhash.h),
/// never the password.
struct RemoteUserSettings
{
    QString name;
    /// May turn, park and stop; false = view only.
    bool control = false;
    QString passwordHash;

    friend bool operator==(const RemoteUserSettings &, const RemoteUserSettings &) = default;
};

/// The web remote the desktop app serves (docs/remote.md). Off by default.
struct RemoteSettings
{
    bool enabled = false;
    int port = 8088;
    /// Anything but loopback needs allowNetwork.
    QString listenAddress = QStringLiteral("127.0.0.1");
    /// The user chose to let other computers reach the page.
    bool allowNetwork = false;
    /// PEM certificate and key for HTTPS; both empty = plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QList<RemoteUserSettings> users;

    friend bool operator==(const RemoteSettings &, const RemoteSettings &) = default;
};

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

/// One rotator of a saved group, and how far its antenna points from the group's bearing.
struct GroupMemberSettings
{
    /// The BrokerProfile::name it lives on (with address: the key of a RotatorSettings).
    QString brokerName;
    RotatorAddress address;
    /// Added to the group's compass bearing, minGroupOffsetDeg..maxGroupOffsetDeg (e.g. a stack
    /// whose lower yagi points 10° further clockwise: +10).
    int offsetDeg = 0;

    friend bool operator==(const GroupMemberSettings &, const GroupMemberSettings &) = default;
};

/// Limits of GroupMemberSettings::offsetDeg.
constexpr int minGroupOffsetDeg = -180;
constexpr int maxGroupOffsetDeg = 180;
/// Longest group name, in characters.
constexpr qsizetype maxGroupNameLength = 40;

/// Rotators turned together from one command (a stack of two yagis, all 20 m antennas). A rotator
/// may be in several groups, once in each. A group without members is kept but turns nothing.
struct GroupSettings
{
    /// Unique among the groups (case-insensitive), not empty, at most maxGroupNameLength.
    QString name;
    QList<GroupMemberSettings> members;

    friend bool operator==(const GroupSettings &, const GroupSettings &) = default;
};

/// Everything RotorDeck keeps between runs.
struct AppSettings
{
    /// Passwords are held in memory only; SettingsStore never writes them (CredentialStore does).
    QList<BrokerProfile> brokers;
    QList<RotatorSettings> rotators;
    QList<AzElPairSettings> azElPairs;
    /// Saved groups, in the user's order; every member is one of `rotators`.
    QList<GroupSettings> groups;
    StationSettings station;
    /// DX cluster nodes, in the user's order; nothing is connected unless one is here (or on the
    /// command line) and the station callsign is set.
    QList<ClusterNodeSettings> clusterNodes;
    InteropSettings interop;
    RemoteSettings remote;
    /// Where "Update Country Data" downloads cty.dat from (http or https); empty = the
    /// country-files site's current file (dxcc::defaultCountryFileUrl()).
    QString countryFileUrl;
    /// UI state. Note: INI files are not type-preserving: values in `ui` come back as QString
    /// (or QByteArray / QStringList), so read them with toInt(), toBool(), … .
    QByteArray windowGeometry;
    QByteArray windowState;
    QVariantMap ui;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
