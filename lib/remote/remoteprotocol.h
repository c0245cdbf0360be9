// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commandresult.h"
#include "model/rotatorstate.h"
#include "model/turnplan.h"
#include "settings/appsettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/// The web remote's WebSocket protocol, version 1 (docs/remote.md): one JSON object per text
/// message, `type` says which. Pure: parsing of requests and building of replies, no I/O.
namespace remote::protocol {

inline constexpr int version = 1;

/// Requests a page may send.
enum class RequestType {
    Login, ///< user + password -> a session
    Resume, ///< token of an earlier session (a reloaded page)
    Logout,
    Ping,
    Preview, ///< what a turn to bearingDeg would do; sends nothing
    Turn, ///< turn to bearingDeg; confirm = true accepts a long unwind
    Preset, ///< turn to the rotator's preset number presetIndex (same confirm rule)
    Park, ///< turn to the rotator's park bearing (same confirm rule)
    Stop,
    StopAll,
};

/// Error codes in `error` replies (their names are the wire text).
enum class ErrorCode {
    BadRequest, ///< not JSON, not an object, a binary frame, a missing or wrong field
    UnknownType, ///< `type` not known in this protocol version
    NoSession, ///< a command before login, or an unknown token
    SessionExpired, ///< the session's lifetime is over: log in again
    WrongLogin, ///< unknown user or wrong password (never says which)
    RateLimited, ///< too many failed logins from this address: retryAfterMs
    Busy, ///< too many logins being checked at once: try again shortly
    Forbidden, ///< a view-only session sent a command other than stop or stopAll
    UnknownRotator,
    NoParkBearing, ///< park asked for a rotator without a park bearing
    UnknownPreset,
    ConfirmRequired, ///< the turn is a long unwind: send it again with confirm = true
};

[[nodiscard]] QLatin1String errorCodeName(ErrorCode code);
[[nodiscard]] QLatin1String requestTypeName(RequestType type);
[[nodiscard]] QLatin1String commandResultName(CommandResult::Code code);
[[nodiscard]] QLatin1String linkStateName(LinkState link);

/// One request, checked for its fields (ranges are the model's business).
struct Request
{
    RequestType type = RequestType::Ping;
    /// Echoed in the reply so the page can match it; optional.
    std::optional<qint64> seq;
    QString user;
    QString password;
    QString token;
    /// "CALL/ID"
    QString rotator;
    std::optional<double> bearingDeg;
    bool confirm = false;
    int presetIndex = -1;
};

/// A request, or why not (BadRequest, UnknownType) with the seq when one could be read.
struct ParseResult
{
    std::optional<Request> request;
    ErrorCode error = ErrorCode::BadRequest;
    std::optional<qint64> seq;
    QString detail;
};

[[nodiscard]] ParseResult parseRequest(const QByteArray &text);

/// What the page shows of one rotator.
struct RotatorView
{
    QString id;
    const RotatorSettings *settings = nullptr;
    const RotatorState *state = nullptr;
    std::optional<int> pendingRawTargetDeg;
};

[[nodiscard]] QJsonObject rotatorJson(const RotatorView &view);
[[nodiscard]] QJsonObject planJson(const TurnPlan &plan);

[[nodiscard]] QByteArray toMessage(const QJsonObject &object);
[[nodiscard]] QJsonObject helloMessage(const QString &serverVersion);
[[nodiscard]] QJsonObject errorMessage(ErrorCode code, std::optional<qint64> seq,
                                       const QString &detail = {});

} // namespace remote::protocol
