// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QList>
#include <QString>

#include <optional>

/// Checks shared by SettingsStore (at load) and the settings dialogs (live, at the field).
/// Each returns nullopt when the value is fine, else a short English reason. The firmware's own
/// ranges (rotation range, beam width, ...) are in protocol/firmwarelimits.h.
namespace settings {

/// "#rrggbb" (hex digits, either case).
[[nodiscard]] std::optional<QString> colourProblem(const QString &colour);
/// Maidenhead locator of 4, 6 or 8 characters (case-insensitive: "JO62", "jo62QM", "JO62qm12").
[[nodiscard]] std::optional<QString> locatorProblem(const QString &locator);
/// A station callsign as loggers write it ("OK1HRA", "ok1hra/p", "DL/OK1HRA").
[[nodiscard]] std::optional<QString> callsignProblem(const QString &callsign);
/// A band name that cluster::bandNames() lists ("20m", "70cm").
[[nodiscard]] std::optional<QString> bandProblem(const QString &band);
/// value within min..max.
[[nodiscard]] std::optional<QString> rangeProblem(int value, int min, int max);
/// An az/el pair next to the rotators and the other pairs: both units must be valid addresses,
/// differ, be rotators on the pair's broker and be in no other pair.
[[nodiscard]] std::optional<QString> azElPairProblem(const AzElPairSettings &pair,
                                                     const QList<RotatorSettings> &rotators,
                                                     const QList<AzElPairSettings> &otherPairs);

} // namespace settings
