// SPDX-License-Identifier: GPL-3.0-or-later
// The one-command pose rule of an azimuth/elevation pair: across north, at the end stop, at the
// zenith, and the cases where it must not flip.
#include "tracking/azelpose.h"

#include <QTest>

using tracking::AzElPose;
using tracking::AzElRanges;

Q_DECLARE_METATYPE(AzElRanges)
Q_DECLARE_METATYPE(std::optional<AzElPose>)

namespace QTest {
template<> inline char *toString(const std::optional<AzElPose> &pose)
{
    if (!pose)
        return qstrdup("nullopt");
    return qstrdup(QStringLiteral("az %1 el %2%3")
                       .arg(pose->rawAzimuthDeg)
                       .arg(pose->rawElevationDeg)
                       .arg(pose->flipped ? QStringLiteral(" flipped") : QString())
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestAzElPose : public QObject
{
    Q_OBJECT

private slots:
    void choose_data();
    void choose();
    void trackAcrossNorthFlipsOnce();
};

void TestAzElPose::choose_data()
{
    QTest::addColumn<AzElRanges>("ranges");
    QTest::addColumn<int>("rawAz");
    QTest::addColumn<int>("rawEl");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");
    QTest::addColumn<std::optional<AzElPose>>("expected");

    const AzElRanges plain {0, 360, 180}; // raw 0 = north, no overlap
    const AzElRanges overlap {0, 450, 180};
    const AzElRanges darkZone {0, 300, 180}; // 300..359 unreachable
    const AzElRanges noOverTheTop {0, 360, 90}; // the elevation unit stops at the zenith
    const AzElRanges south {180, 360, 180}; // end stop in the south
    using P = std::optional<AzElPose>;

    QTest::newRow("plain move") << plain << 100 << 10 << 120.0 << 20.0
                                << P(AzElPose {120, 20, false});
    QTest::newRow("rounds to whole degrees")
        << plain << 100 << 10 << 120.4 << 19.6 << P(AzElPose {120, 20, false});
    // Across north on a 360° unit: unflipped means unwinding 353°; flipped costs 173°.
    QTest::newRow("across north flips")
        << plain << 355 << 10 << 2.0 << 11.0 << P(AzElPose {182, 169, true});
    QTest::newRow("once flipped stays flipped")
        << plain << 182 << 169 << 5.0 << 12.0 << P(AzElPose {185, 168, true});
    // With an overlap the azimuth unit simply goes on through north: no flip.
    QTest::newRow("across north with overlap")
        << overlap << 355 << 10 << 2.0 << 11.0 << P(AzElPose {362, 11, false});
    // The target lies in the dark zone: only the flipped pose points there.
    QTest::newRow("dark zone flips")
        << darkZone << 280 << 20 << 330.0 << 20.0 << P(AzElPose {150, 160, true});
    QTest::newRow("dark zone, no over-the-top range")
        << AzElRanges {0, 300, 90} << 280 << 20 << 330.0 << 20.0 << P();
    QTest::newRow("end stop in the south")
        << south << 355 << 10 << 185.0 << 10.0 << P(AzElPose {185, 170, true});
    // Through the zenith the azimuth jumps by 180°: flipping keeps the azimuth still.
    QTest::newRow("zenith pass flips")
        << plain << 100 << 88 << 280.0 << 87.0 << P(AzElPose {100, 93, true});
    QTest::newRow("zenith pass, no over-the-top range")
        << noOverTheTop << 100 << 88 << 280.0 << 87.0 << P(AzElPose {280, 87, false});
    // Near the zenith both poses cost about the same: no flip-flop.
    QTest::newRow("small step near zenith stays")
        << plain << 100 << 85 << 110.0 << 86.0 << P(AzElPose {110, 86, false});
    QTest::newRow("flipped, small step near zenith stays")
        << plain << 280 << 95 << 110.0 << 86.0 << P(AzElPose {290, 94, true});
    // 170° unflipped against 140° flipped (elevation 20 -> 160): not worth a flip.
    QTest::newRow("saving within the hysteresis: no flip")
        << plain << 200 << 20 << 30.0 << 20.0 << P(AzElPose {30, 20, false});
    // A single command whose direct move runs into the end stop (200 -> 10 CCW, 190°).
    QTest::newRow("manual command past the end stop flips")
        << plain << 200 << 0 << 10.0 << 45.0 << P(AzElPose {190, 135, true});
    // The firmware's half rule moves raw 30 to 390 from raw 300 on a 450° unit: the pose says
    // where the unit really goes.
    QTest::newRow("half rule copy")
        << overlap << 300 << 10 << 30.0 << 10.0 << P(AzElPose {390, 10, false});
    QTest::newRow("azimuth 360 is north")
        << plain << 10 << 10 << 360.0 << 10.0 << P(AzElPose {0, 10, false});
    QTest::newRow("negative elevation") << plain << 10 << 10 << 20.0 << -1.0 << P();
    QTest::newRow("elevation above 90") << plain << 10 << 10 << 20.0 << 91.0 << P();
    QTest::newRow("not finite") << plain << 10 << 10 << qQNaN() << 10.0 << P();
}

void TestAzElPose::choose()
{
    QFETCH(AzElRanges, ranges);
    QFETCH(int, rawAz);
    QFETCH(int, rawEl);
    QFETCH(double, az);
    QFETCH(double, el);
    QFETCH(std::optional<AzElPose>, expected);
    QCOMPARE(tracking::chooseAzElPose(az, el, ranges, rawAz, rawEl), expected);
}

void TestAzElPose::trackAcrossNorthFlipsOnce()
{
    // A low pass from 300° through north to 60°, one command per degree, the pair following
    // each command exactly: one flip, then never a move longer than a few degrees.
    const AzElRanges ranges {0, 360, 180};
    AzElPose pose {300, 0, false};
    int flips = 0;
    int longMoves = 0;
    for (int step = 0; step <= 120; ++step) {
        const double az = std::fmod(300.0 + step, 360.0);
        const double el = 20.0 - std::abs(step - 60) / 3.0;
        const auto next
            = tracking::chooseAzElPose(az, el, ranges, pose.rawAzimuthDeg, pose.rawElevationDeg);
        QVERIFY(next);
        if (next->flipped != pose.flipped)
            ++flips;
        else if (std::abs(next->rawAzimuthDeg - pose.rawAzimuthDeg) > 3)
            ++longMoves;
        pose = *next;
    }
    QCOMPARE(flips, 1);
    QCOMPARE(longMoves, 0);
    QVERIFY(pose.flipped);
}

QTEST_GUILESS_MAIN(TestAzElPose)
#include "tst_azelpose.moc"
