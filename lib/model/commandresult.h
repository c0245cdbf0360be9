// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Outcome of a command request on a Rotator.
struct CommandResult
{
    enum class Code {
        Sent, ///< published now
        Queued, ///< will be published within ~1 s (pacing) or after a stop completes
        BrokerDown, ///< refused: the broker connection is down; nothing is kept for later
        OutOfRange, ///< refused: raw value outside 0..maxRotateDeg
        DarkZone, ///< refused: bearing not reachable with this range
        InvalidValue, ///< refused: not a number / not finite
        PositionUnknown, ///< refused: a bearing turn needs the current azimuth
        Superseded, ///< dropped before it went out: another client turned or stopped the rotator
    };
    Code code = Code::Sent;
    /// English detail for logs and as a fallback; the app shows its own tr() text per code.
    QString detail;

    [[nodiscard]] bool accepted() const { return code == Code::Sent || code == Code::Queued; }
    explicit operator bool() const { return accepted(); }
};
