// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/firmwarelimits.h"

#include <QColor>
#include <QString>

#include <optional>

/// One rotator as the compass map shows it. Plain value; the map compares the whole list to
/// decide whether it must repaint.
struct MapBeam
{
    QString id; ///< "CALL/ID" (+ broker), stable key
    QString label;
    QColor colour;
    std::optional<double> bearingDeg; ///< compass bearing; nullopt = position unknown
    std::optional<double> targetBearingDeg; ///< compass bearing of the target line when set
    double beamWidthDeg = protocol::defaultBeamWidthDeg;
    bool moving = false;
    bool stale = false;
    bool selected = false;
    /// For the selected rotator's overlap arc and dark zone.
    int startAzimuthDeg = protocol::defaultStartAzimuthDeg;
    int maxRotateDeg = protocol::defaultRotateRangeDeg;
    friend bool operator==(const MapBeam &, const MapBeam &) = default;
};
