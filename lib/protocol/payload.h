// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

/// Strict parsing of what an IP-Rotator publishes (firmware spec §3), plus the four command
/// leaves other clients publish on the same prefix (§2). Stricter than the device's own
/// digits-only scanner (§2.1): a value that is not exactly what the firmware would print is
/// rejected with a reason, so the model never acts on a misread number.
namespace protocol {

/// Largest payload we accept: the device's whole MQTT packet is limited to 256 bytes.
inline constexpr qsizetype maxPayloadBytes = 256;

enum class Leaf {
    // runtime telemetry (§3.1)
    Azimuth, ///< int, raw degrees (may leave 0..Max with a potentiometer)
    AzimuthStop, ///< int, raw degrees, only published while stopped
    Status, ///< int, one of the codes of §4.1
    StatusHuman, ///< text
    CwCcwInputValue, ///< int 0..2
    VoltageValue, ///< double, volts
    PwmSlowWindowDeg, ///< double, degrees
    StopToleranceDeg, ///< double, degrees
    Debug, ///< text
    AzimuthTarget, ///< int, raw target from the web UI
    AzimuthTargetPot, ///< int, raw target from the front knob (-1 = ignored)
    // published once after connect (§3.3)
    Ip, ///< `ip`, dotted IPv4 text
    Mac, ///< `mac`, AA:BB:CC:DD:EE:FF text
    PwmMaxDuty, ///< int 40..255 (0..255 accepted)
    PwmTuneAggressiveness, ///< int 1..5
    // configuration echoes (§3.4)
    Name, ///< text 1..20 (we allow a little more)
    StartAzimuth, ///< int 0..359, compass bearing of the CCW end stop
    MaxRotateDegree, ///< int 0..719
    AntRadiationAngle, ///< int 1..180
    OneTurnLimitSec, ///< int 20..600
    AZsource, ///< text: Potentiometer, CW/CCW pulse, MQTT
    EndstopUse, ///< bool (1/0)
    PulsePerDegree, ///< int 1..100
    AZpotentiometer, ///< text: 2-wire, 3-wire
    AZpreamp, ///< bool (ON/OFF)
    NoEndstopLowZone, ///< double, volts
    NoEndstopHighZone, ///< double, volts
    PWMenable, ///< bool (ON/OFF)
    Motor, ///< text: DC, AC
    PwmRampSteps, ///< int 1..200 (ms per duty step)
    MQTTuser, ///< text
    MQTToginEnable, ///< bool (1/0), the firmware's spelling
    UsbBaudRate, ///< `USB-BaudRate`, int
    ElevationEnable, ///< bool (1/0)
    ReverseControl, ///< bool (1/0)
    ReverseAzimuth, ///< bool (1/0)
    CcwRaw, ///< int, millivolts
    CwRaw, ///< int, millivolts
    PulseAzimuth, ///< double, degrees
    // commands, seen when another client (or we) publish them (§2)
    Target, ///< int, raw target
    Stop, ///< `stop`, payload ignored
    Get, ///< `get`, payload ignored
    RxAzimuth, ///< int, external raw azimuth
    /// Anything else: kept as raw text, never an error.
    Other,
};

/// The typed value of one message.
using UpdateValue = std::variant<std::monostate, int, double, bool, QString>;

struct Update
{
    Leaf leaf = Leaf::Other;
    /// The leaf as it appeared in the topic.
    QString leafName;
    /// int, double, bool or QString per leaf (see Leaf); monostate for stop/get.
    UpdateValue value;
    /// The payload as text (trimmed for numbers), for logs and "other leaves" tables.
    QString text;

    friend bool operator==(const Update &, const Update &) = default;
};

/// The Leaf for a topic's last level (case-sensitive, as the firmware spells it); Other when
/// unknown.
[[nodiscard]] Leaf leafFromName(QStringView leafName) noexcept;
/// The firmware's spelling of a leaf; empty for Other.
[[nodiscard]] QString leafName(Leaf leaf);

/// Parses one payload published on `…/ROT/<leafName>`. nullopt when it is not a valid value for
/// that leaf (empty, not a number, NaN/inf, out of range, over 256 bytes, not UTF-8 text, …),
/// with *reason set to a short English explanation. Unknown leaves give an Other update.
[[nodiscard]] std::optional<Update> parsePayload(QStringView leafName, const QByteArray &payload,
                                                 QString *reason = nullptr);

/// The strict integer rule used above: optional surrounding ASCII white space, an optional
/// sign, 1..9 decimal digits, nothing else.
[[nodiscard]] std::optional<int> parseStrictInt(const QByteArray &payload) noexcept;

} // namespace protocol
