// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firmwarelimits.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace protocol {

/// One command for a rotator: the leaf under CALL/ID/ROT and its payload. There is no retain
/// field on purpose: commands are always published with qos 0 and retain = false (a retained
/// Target would be executed again on every device reconnect, spec §10.23).
struct Command
{
    QString leaf;
    QByteArray payload;

    friend bool operator==(const Command &, const Command &) = default;
};

/// `Target` with a plain decimal raw azimuth. nullopt unless
/// 0 <= rawDeg <= maxRotateDeg <= maxRotateRangeDeg (719):
/// the device would ignore anything above its range, and its digits-only scanner (§2.1) would
/// misread a sign or a decimal point.
[[nodiscard]] std::optional<Command> targetCommand(int rawDeg, int maxRotateDeg);
/// `stop` (payload ignored by the device).
[[nodiscard]] Command stopCommand();
/// `get` (payload ignored by the device).
[[nodiscard]] Command getCommand();

/// What the firmware does with a raw Target (`RotCalculate`, spec §5.3): the raw azimuth it will
/// drive to, or nullopt when it ignores the target. Models the half rule (keep the target when it
/// and the current raw are both below max/2, else use target + 360 when max > 360 and
/// target < max - 360) including the unsigned comparison that makes a negative current raw count
/// as the upper half (B12). Only targets 0..max are modelled (we never send others).
[[nodiscard]] std::optional<int> firmwareDestinationRaw(int currentRawDeg, int targetRawDeg,
                                                        int maxRotateDeg) noexcept;

} // namespace protocol
