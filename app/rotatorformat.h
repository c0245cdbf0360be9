// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicehttp/devicehttplink.h"
#include "model/commandresult.h"
#include "model/rotatorstate.h"
#include "model/turnplan.h"
#include "mqtt/mqttconnection.h"
#include "protocol/rotatoraddress.h"

#include <QColor>
#include <QString>

/// User-visible texts and colours for rotator states, shared by the list, panel, map and log.
namespace rotatorformat {

/// "CALL/ID" as the user reads it: "OK1HRA/01", or "EE:FF (no ID)" for a unit whose NET_ID is
/// still blank (its topics are `EE:FF//ROT/…`).
[[nodiscard]] QString addressText(const RotatorAddress &address);
/// Longest label the list shows before it elides.
inline constexpr qsizetype maxListLabelChars = 32;
/// The text cut to maxChars characters, the last one an ellipsis, when longer.
[[nodiscard]] QString elidedText(const QString &text, qsizetype maxChars = maxListLabelChars);
/// "137°" or "—" when unknown.
[[nodiscard]] QString bearingText(std::optional<int> bearingDeg);
/// The position as the user reads it: "137°", or "30° el" for an elevation-only unit.
[[nodiscard]] QString positionText(const RotatorState &state);
/// One line: "Turning CW to 90°", "Stopped", "Stale (silent 2 min)", "Broker down", …
[[nodiscard]] QString statusText(const RotatorState &state, const QDateTime &nowUtc);
/// "Live", "Stale", "Broker down", "Waiting".
[[nodiscard]] QString linkText(LinkState link);
/// A colour per link state, distinct from each other: green, amber, red, grey.
[[nodiscard]] QColor linkColour(LinkState link);
/// Raw-position hint: "raw 497° · overlap", "raw −3° · CCW end-stop zone", "raw 45°".
[[nodiscard]] QString rawHint(const RotatorState &state);
/// Why a command was refused, for the status bar and notifications.
[[nodiscard]] QString commandResultText(const CommandResult &result);
/// "CW 47° · via overlap · ≈ 12 s".
[[nodiscard]] QString planText(const TurnPlan &plan);
/// "Connecting…", "Connected", "Reconnecting…", "Disconnected".
[[nodiscard]] QString brokerStateText(MqttConnection::State state);
[[nodiscard]] QColor brokerStateColour(MqttConnection::State state);
/// A broker's state as the user understands it, from codes only: "Connected", "Login refused",
/// "Host not found · retrying in 4 s", … (the library's English detail goes to tooltips).
[[nodiscard]] QString brokerStatusText(MqttConnection::State state, MqttConnection::Error error,
                                       int msUntilRetry);
/// One sentence for a notification about a broker error code.
[[nodiscard]] QString brokerErrorText(MqttConnection::Error error);

/// The HTTP side of a rotator in one line: "HTTP: reachable, rev 20260523, up 3 h",
/// "HTTP side unreachable (address 192.168.1.50:88)", "HTTP: login refused", …
[[nodiscard]] QString httpStatusText(const DeviceHttpLink &link);
/// How the last SPEED change went: "SPEED 120 set", "SPEED not set: login refused", …; empty
/// before the first.
[[nodiscard]] QString speedOutcomeText(const DeviceHttpLink &link);

} // namespace rotatorformat
