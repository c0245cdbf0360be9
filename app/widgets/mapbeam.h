// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    double beamWidthDeg = 45;
    bool moving = false;
    bool stale = false;
    bool selected = false;
    int startAzimuthDeg = 0; ///< for the selected rotator's overlap arc / dark zone
    int maxRotateDeg = 360;
    friend bool operator==(const MapBeam &, const MapBeam &) = default;
};
