// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rotatoraddress.h"

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace protocol {

/// The three parts of `CALL/ID/ROT/leaf`, as views into the topic (no allocation).
/// Only valid while the topic string they point into is alive.
struct TopicView
{
    QStringView call;
    QStringView id; ///< may be empty (`CALL//ROT/leaf`)
    QStringView leaf; ///< never empty
};

/// A parsed rotator topic.
struct ParsedTopic
{
    RotatorAddress address;
    QString leaf;

    friend bool operator==(const ParsedTopic &, const ParsedTopic &) = default;
};

/// Splits `CALL/ID/ROT/leaf`: exactly four levels, the third exactly `ROT`, CALL and leaf
/// non-empty, ID may be empty. Deeper or shallower topics give nullopt. Allocation-free: this
/// runs for every received message.
[[nodiscard]] std::optional<TopicView> parseTopicView(QStringView topic) noexcept;

/// As parseTopicView(), with owned strings.
[[nodiscard]] std::optional<ParsedTopic> parseTopic(QStringView topic);

/// The four leaves the device subscribes to (§2): what clients publish, never the device.
inline constexpr std::array<QLatin1String, 4> commandLeaves {
    QLatin1String("Target"), QLatin1String("get"), QLatin1String("stop"),
    QLatin1String("RxAzimuth")};

/// True for a command leaf (exact, case-sensitive, as the firmware compares topics). A message on
/// one proves only that some client talks to the prefix, not that a device is there.
[[nodiscard]] bool isCommandLeaf(QStringView leaf) noexcept;

/// One topic level a user may put into a prefix: non-empty, no '/', no MQTT wildcard ('+', '#')
/// and no control character. The firmware itself checks none of this (B17).
[[nodiscard]] bool isValidTopicLevel(QStringView level) noexcept;

/// A topic name we may publish to (MQTT 3.1.1, 4.7.3): non-empty, no wildcard, no NUL.
[[nodiscard]] bool isValidTopicName(QStringView topic) noexcept;

/// A subscription filter (MQTT 3.1.1, 4.7.1): non-empty, no NUL, at most 65535 bytes in UTF-8,
/// '#' only as the whole last level and '+' only as a whole level.
[[nodiscard]] bool isValidTopicFilter(QStringView filter);

/// Why a discovered `CALL/NET_ID` cannot be a real IP-Rotator (§1.1).
enum class AddressProblem {
    None,
    EmptyCall, ///< YOUR_CALL needs 1 character at least
    CallTooLong, ///< more than maxCallLength characters
    IdTooLong, ///< more than maxNetIdLength characters
    NotPrintable, ///< a character outside printable ASCII 32..126
    TopicCharacter, ///< '/', '+' or '#': a level separator or an MQTT wildcard
};

/// Checks a prefix seen on the broker against what the firmware can publish under: YOUR_CALL
/// 1..20 and NET_ID 0..2 characters, all printable ASCII (what the device keeps after a reboot).
/// An empty NET_ID is real: a unit with a blank EEPROM publishes under `CALL//ROT/`.
[[nodiscard]] AddressProblem deviceAddressProblem(QStringView call, QStringView id) noexcept;

/// Short English name of a problem, for logs ("call too long", ...).
[[nodiscard]] QLatin1String addressProblemName(AddressProblem problem) noexcept;

} // namespace protocol
