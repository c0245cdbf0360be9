// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geopoint.h"

#include <QRandomGenerator>
#include <QTest>

// Test helpers shared by the geo tests: printing and random points.
namespace geo {
inline char *toString(const GeoPoint &point)
{
    return QTest::toString(
        QStringLiteral("(%1, %2)").arg(point.latDeg, 0, 'f', 6).arg(point.lonDeg, 0, 'f', 6));
}
} // namespace geo

namespace geotest {

/// A point as text for QVERIFY2 messages. QVERIFY2 evaluates its message even when the check
/// passes, so the message must not be a char* from QTest::toString (it would leak every time).
inline QByteArray describe(const geo::GeoPoint &point)
{
    return QStringLiteral("(%1, %2)")
        .arg(point.latDeg, 0, 'f', 6)
        .arg(point.lonDeg, 0, 'f', 6)
        .toUtf8();
}

/// Uniformly distributed on the sphere; a fixed seed keeps failures reproducible.
inline geo::GeoPoint randomPoint(QRandomGenerator &random)
{
    const double z = random.bounded(2.0) - 1.0;
    const double latDeg = qRadiansToDegrees(std::asin(z));
    const double lonDeg = random.bounded(360.0) - 180.0;
    return {latDeg, lonDeg};
}

/// Smallest difference of two angles in degrees, 0..180.
inline double angleDiffDeg(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180.0 ? 360.0 - d : d;
}

} // namespace geotest
