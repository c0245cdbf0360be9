// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// The firmware's `Status` codes (spec §4.1). Published raw on MQTT (no +4 offset since 2025).
namespace protocol {

/// True for every code of spec §4.1: 0, ±1, ±11, ±2, ±3, ±21, ±22, ±23.
[[nodiscard]] bool isKnownStatus(int code) noexcept;
/// The firmware's `StatusHuman` text for a code ("STOP", "PwmUp-CW", …); empty when unknown.
[[nodiscard]] QString statusLabel(int code);
/// The code of a `StatusHuman` text (exact spelling); nullopt when unknown.
[[nodiscard]] std::optional<int> statusFromLabel(QStringView label) noexcept;
/// Any known code other than 0: the motor is being driven (start, ramp up, run, ramp down).
[[nodiscard]] bool isMovingStatus(int code) noexcept;
/// +1 for the clockwise codes, -1 for the counter-clockwise ones, 0 for STOP and unknown codes.
[[nodiscard]] int statusDirection(int code) noexcept;
/// ±3 and ±23: ramping down towards STOP.
[[nodiscard]] bool isRampDownStatus(int code) noexcept;
/// ±21, ±22, ±23: moved by the jack key in manual PWM mode.
[[nodiscard]] bool isManualStatus(int code) noexcept;

} // namespace protocol
