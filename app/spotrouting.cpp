// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotrouting.h"

#include "session.h"

#include "model/rotator.h"

namespace spotrouting {

Route routeForBand(const Session &session, const QString &band, Rotator *selected)
{
    Route route;
    Rotator *serving = nullptr;
    if (!band.isEmpty()) {
        for (Rotator *rotator : session.rotators()) {
            if (rotator->state().elevationMode)
                continue;
            if (session.rotatorSettings(rotator).bands.contains(band)) {
                ++route.servingCount;
                serving = rotator;
            }
        }
    }
    if (route.servingCount == 1) {
        route.rotator = serving;
        route.byBand = true;
        return route;
    }
    if (selected && !selected->state().elevationMode)
        route.rotator = selected;
    return route;
}

} // namespace spotrouting
