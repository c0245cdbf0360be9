// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compassgeometry.h"

#include <QList>

#include <optional>

namespace geo {

/// The shortest arc that holds every bearing (any finite values, wrapped into 0..360): it
/// leaves out the widest gap between neighbouring bearings. One bearing (or all the same) gives
/// a span of 0; nullopt for none. E.g. {350, 10} -> from 350, span 20 (across north).
[[nodiscard]] std::optional<BearingArc> shortestArcHolding(const QList<double> &bearingsDeg);

/// The bearing halfway along an arc, 0..360.
[[nodiscard]] double arcMiddleDeg(const BearingArc &arc);

} // namespace geo
