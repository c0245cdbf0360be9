// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Rotator;
class Session;

/// Which rotator a DX spot turns.
namespace spotrouting {

struct Route
{
    /// The rotator to turn; nullptr when there is none (nothing selected, or only an
    /// elevation unit).
    Rotator *rotator = nullptr;
    /// True: the rotator's antenna serves the spot's band (Properties ▸ Bands). False: the
    /// selected rotator, because none or several serve it.
    bool byBand = false;
    /// How many azimuth rotators serve the band.
    int servingCount = 0;
};

/// The one azimuth rotator whose bands include `band`; when none or several do, `selected`
/// (unless it is an elevation unit, which a compass bearing cannot turn).
[[nodiscard]] Route routeForBand(const Session &session, const QString &band, Rotator *selected);

} // namespace spotrouting
