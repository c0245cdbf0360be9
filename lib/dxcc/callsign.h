// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace dxcc {

/// A callsign split into what the country lookup needs (rules: docs/country-data.md).
struct CallsignForm
{
    QString call; ///< the whole call, upper case, blanks removed: "DL/OK1ABC/P"
    QString homeCall; ///< the operator's own call: "OK1ABC"
    QString locationPrefix; ///< "DL" from "DL/OK1ABC" or "OK1ABC/DL"; empty when none
    int callAreaDigit = -1; ///< 0..9 from "W1AW/6"; -1 when none
    bool maritimeMobile = false; ///< "/MM": at sea, no entity
    bool aeronauticalMobile = false; ///< "/AM": in the air, no entity
    QStringList modifiers; ///< the indicators that do not move the station, in order: "P", "QRP"
    friend bool operator==(const CallsignForm &, const CallsignForm &) = default;
};

/// Suffixes that say how, not where, a station operates ("/P", "/M", "/QRP", ...). Upper case.
[[nodiscard]] const QStringList &operatingModifiers();

/// Splits a callsign (case-insensitive, blanks around and inside ignored). nullopt when the text
/// has a character other than A-Z, 0-9 and '/', no part left that can be a call, or is longer
/// than maxCallsignLength.
[[nodiscard]] std::optional<CallsignForm> parseCallsign(QStringView text);

/// homeCall with its call-area digit replaced by digit ("UA9ABC", 1 -> "UA1ABC"): the digit run
/// before the last letters; a call without a digit gets it appended.
[[nodiscard]] QString withCallAreaDigit(const QString &homeCall, int digit);

/// Longest text parseCallsign() accepts.
constexpr qsizetype maxCallsignLength = 32;

} // namespace dxcc
