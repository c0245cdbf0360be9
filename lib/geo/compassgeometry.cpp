// SPDX-License-Identifier: GPL-3.0-or-later
#include "compassgeometry.h"

#include <QtMath>

namespace geo {

bool BearingArc::contains(double bearingDeg) const
{
    const double offset = normalisedBearingDeg(bearingDeg - startBearingDeg);
    return offset <= spanDeg + 1e-9 || spanDeg >= 360.0;
}

CompassGeometry::CompassGeometry(const QPointF &centrePx, double radiusPx, double radiusKm)
    : m_centrePx(centrePx)
    , m_radiusPx(radiusPx)
    , m_radiusKm(radiusKm)
{
}

QPointF CompassGeometry::pointAt(double bearingDeg, double radiusFraction) const
{
    const double rad = qDegreesToRadians(bearingDeg);
    const double r = radiusFraction * m_radiusPx;
    return {m_centrePx.x() + r * std::sin(rad), m_centrePx.y() - r * std::cos(rad)};
}

QPointF CompassGeometry::pointAtDistance(double bearingDeg, double distanceKm) const
{
    return pointAt(bearingDeg, fractionForDistanceKm(distanceKm));
}

double CompassGeometry::bearingAt(const QPointF &px) const
{
    const double dx = px.x() - m_centrePx.x();
    const double dy = m_centrePx.y() - px.y();
    if (dx == 0 && dy == 0)
        return 0.0;
    return normalisedBearingDeg(qRadiansToDegrees(std::atan2(dx, dy)));
}

double CompassGeometry::radiusFractionAt(const QPointF &px) const
{
    if (m_radiusPx <= 0)
        return 0.0;
    return std::hypot(px.x() - m_centrePx.x(), px.y() - m_centrePx.y()) / m_radiusPx;
}

double CompassGeometry::distanceKmAt(const QPointF &px) const
{
    return distanceKmForFraction(radiusFractionAt(px));
}

double CompassGeometry::distanceKmForFraction(double radiusFraction) const
{
    return radiusFraction * m_radiusKm;
}

double CompassGeometry::fractionForDistanceKm(double distanceKm) const
{
    return m_radiusKm > 0 ? distanceKm / m_radiusKm : 0.0;
}

bool CompassGeometry::containsPoint(const QPointF &px) const
{
    return radiusFractionAt(px) <= 1.0 + 1e-9;
}

QPointF CompassGeometry::planeToPx(const QPointF &planeKm) const
{
    const double scale = pxPerKm();
    return {m_centrePx.x() + planeKm.x() * scale, m_centrePx.y() - planeKm.y() * scale};
}

QPointF CompassGeometry::pxToPlane(const QPointF &px) const
{
    const double scale = pxPerKm();
    if (scale <= 0)
        return {};
    return {(px.x() - m_centrePx.x()) / scale, (m_centrePx.y() - px.y()) / scale};
}

std::optional<BearingArc> CompassGeometry::overlapArc(int startAzimuthDeg, int maxRotateDeg)
{
    if (maxRotateDeg <= 360)
        return std::nullopt;
    const double span = std::min(360, maxRotateDeg - 360);
    return BearingArc {normalisedBearingDeg(startAzimuthDeg), span};
}

std::optional<BearingArc> CompassGeometry::darkZone(int startAzimuthDeg, int maxRotateDeg)
{
    if (maxRotateDeg >= 360)
        return std::nullopt;
    const double span = 360 - std::max(0, maxRotateDeg);
    return BearingArc {normalisedBearingDeg(double(startAzimuthDeg) + std::max(0, maxRotateDeg)),
                       span};
}

} // namespace geo
