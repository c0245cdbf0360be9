// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

#include <QDebug>
#include <QPointF>

#include <optional>

namespace geo {

/// A stretch of the compass, clockwise from startBearingDeg over spanDeg.
struct BearingArc
{
    double startBearingDeg = 0; ///< [0, 360)
    double spanDeg = 0; ///< (0, 360]
    [[nodiscard]] double endBearingDeg() const
    {
        return normalisedBearingDeg(startBearingDeg + spanDeg);
    }
    /// True when the bearing lies on the arc (ends included).
    [[nodiscard]] bool contains(double bearingDeg) const;
    friend bool operator==(const BearingArc &, const BearingArc &) = default;
};

/// Where things are on the compass map in widget pixels: the map is a disc of radiusPx around
/// centrePx (y grows downwards, north is up) showing radiusKm of the azimuthal equidistant
/// projection. Bearings are compass bearings; the rim is radius fraction 1.
class CompassGeometry
{
public:
    CompassGeometry() = default;
    CompassGeometry(const QPointF &centrePx, double radiusPx, double radiusKm);

    [[nodiscard]] QPointF centrePx() const { return m_centrePx; }
    [[nodiscard]] double radiusPx() const { return m_radiusPx; }
    [[nodiscard]] double radiusKm() const { return m_radiusKm; }
    [[nodiscard]] bool isValid() const { return m_radiusPx > 0 && m_radiusKm > 0; }

    /// Pixel at a bearing and a fraction of the radius (0 = centre, 1 = rim).
    [[nodiscard]] QPointF pointAt(double bearingDeg, double radiusFraction) const;
    /// Pixel at a bearing and a distance from the centre in km (may lie beyond the rim).
    [[nodiscard]] QPointF pointAtDistance(double bearingDeg, double distanceKm) const;
    /// Compass bearing [0, 360) of a pixel as seen from the centre; 0 at the centre itself.
    [[nodiscard]] double bearingAt(const QPointF &px) const;
    /// Distance of a pixel from the centre as a fraction of the radius.
    [[nodiscard]] double radiusFractionAt(const QPointF &px) const;
    [[nodiscard]] double distanceKmAt(const QPointF &px) const;
    [[nodiscard]] double distanceKmForFraction(double radiusFraction) const;
    [[nodiscard]] double fractionForDistanceKm(double distanceKm) const;
    [[nodiscard]] bool containsPoint(const QPointF &px) const;
    /// km of the projection plane (x east, y north) -> pixel, and back.
    [[nodiscard]] QPointF planeToPx(const QPointF &planeKm) const;
    [[nodiscard]] QPointF pxToPlane(const QPointF &px) const;
    [[nodiscard]] double pxPerKm() const { return m_radiusKm > 0 ? m_radiusPx / m_radiusKm : 0.0; }

    /// Bearings a rotator covers twice: its range beyond 360°, from its start azimuth to
    /// start + max - 360. nullopt when maxRotateDeg <= 360.
    [[nodiscard]] static std::optional<BearingArc> overlapArc(int startAzimuthDeg,
                                                              int maxRotateDeg);
    /// Bearings a rotator cannot reach: from start + max to start + 360. nullopt when
    /// maxRotateDeg >= 360.
    [[nodiscard]] static std::optional<BearingArc> darkZone(int startAzimuthDeg, int maxRotateDeg);

    friend bool operator==(const CompassGeometry &, const CompassGeometry &) = default;

private:
    QPointF m_centrePx;
    double m_radiusPx = 0;
    double m_radiusKm = 0;
};

inline QDebug operator<<(QDebug debug, const BearingArc &arc)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "BearingArc(" << arc.startBearingDeg << " +" << arc.spanDeg << ')';
    return debug;
}

} // namespace geo
