// SPDX-License-Identifier: GPL-3.0-or-later
#include "bearingarc.h"

#include <algorithm>
#include <cmath>

namespace geo {

double arcMiddleDeg(const BearingArc &arc)
{
    return normalisedBearingDeg(arc.startBearingDeg + arc.spanDeg / 2.0);
}

std::optional<BearingArc> shortestArcHolding(const QList<double> &bearingsDeg)
{
    QList<double> sorted;
    sorted.reserve(bearingsDeg.size());
    for (const double b : bearingsDeg) {
        if (std::isfinite(b))
            sorted.append(normalisedBearingDeg(b));
    }
    if (sorted.isEmpty())
        return std::nullopt;
    std::sort(sorted.begin(), sorted.end());
    // The widest gap, the one from the last bearing round to the first included; the arc starts
    // where that gap ends.
    qsizetype gapEnd = 0;
    double widestGap = sorted.constFirst() + 360.0 - sorted.constLast();
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const double gap = sorted.at(i) - sorted.at(i - 1);
        if (gap > widestGap) {
            widestGap = gap;
            gapEnd = i;
        }
    }
    return BearingArc {sorted.at(gapEnd), sorted.size() == 1 ? 0.0 : 360.0 - widestGap};
}

} // namespace geo
