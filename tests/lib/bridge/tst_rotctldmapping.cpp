// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/rotctldmapping.h"

#include <QTest>

using Target = RotctldMapping::Target;

Q_DECLARE_METATYPE(std::optional<RotctldMapping::PairTarget>)

namespace {

RotatorState makeState(int startDeg, int maxDeg, bool elevation = false,
                       std::optional<int> rawDeg = std::nullopt)
{
    RotatorState s;
    s.startAzimuthDeg = startDeg;
    s.maxRotateDeg = maxDeg;
    s.elevationMode = elevation;
    s.rawAzimuthDeg = rawDeg;
    return s;
}

} // namespace

class TestRotctldMapping : public QObject
{
    Q_OBJECT

private slots:
    void limits_data();
    void limits();
    void target_data();
    void target();
    void position_data();
    void position();
    void pairTarget_data();
    void pairTarget();
    void pairPosition_data();
    void pairPosition();
};

void TestRotctldMapping::limits_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<double>("maxAz");
    QTest::addColumn<double>("maxEl");
    QTest::newRow("360 from north") << 0 << 360 << false << 360.0 << 90.0;
    QTest::newRow("450 from north") << 0 << 450 << false << 450.0 << 90.0;
    QTest::newRow("446 from 137") << 137 << 446 << false << 583.0 << 90.0;
    QTest::newRow("300 dark zone from 200") << 200 << 300 << false << 500.0 << 90.0;
    QTest::newRow("300 dark zone from 0") << 0 << 300 << false << 360.0 << 90.0;
    QTest::newRow("elevation only") << 270 << 180 << true << 360.0 << 180.0;
}

void TestRotctldMapping::limits()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(bool, elevation);
    QFETCH(double, maxAz);
    QFETCH(double, maxEl);
    const auto limits = RotctldMapping::limitsFor(makeState(start, max, elevation));
    QCOMPARE(limits.minAzDeg, 0.0);
    QCOMPARE(limits.maxAzDeg, maxAz);
    QCOMPARE(limits.minElDeg, 0.0);
    QCOMPARE(limits.maxElDeg, maxEl);
}

void TestRotctldMapping::target_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("bearing");
    QTest::addColumn<int>("raw");

    const int b = int(Target::Kind::Bearing);
    const int r = int(Target::Kind::Raw);
    QTest::newRow("plain bearing") << 0 << 360 << false << 120.0 << 0.0 << true << b << 120.0 << 0;
    QTest::newRow("fraction kept") << 0 << 360 << false << 120.4 << 0.0 << true << b << 120.4 << 0;
    QTest::newRow("360 is north") << 0 << 360 << false << 360.0 << 0.0 << true << b << 0.0 << 0;
    QTest::newRow("359.7 is north") << 0 << 360 << false << 359.7 << 0.0 << true << b << 0.0 << 0;
    QTest::newRow("elevation ignored")
        << 0 << 360 << false << 90.0 << 45.0 << true << b << 90.0 << 0;
    QTest::newRow("overlap copy 400")
        << 0 << 450 << false << 400.0 << 0.0 << true << r << 0.0 << 400;
    QTest::newRow("overlap end 450")
        << 0 << 450 << false << 450.0 << 0.0 << true << r << 0.0 << 450;
    QTest::newRow("past overlap") << 0 << 450 << false << 451.0 << 0.0 << false << b << 0.0 << 0;
    QTest::newRow("137/446 unwrapped 500")
        << 137 << 446 << false << 500.0 << 0.0 << true << r << 0.0 << 363;
    QTest::newRow("137/446 end 583")
        << 137 << 446 << false << 583.0 << 0.0 << true << r << 0.0 << 446;
    QTest::newRow("137/446 bearing 10")
        << 137 << 446 << false << 10.0 << 0.0 << true << b << 10.0 << 0;
    QTest::newRow("negative") << 0 << 450 << false << -1.0 << 0.0 << false << b << 0.0 << 0;
    QTest::newRow("above 360 without overlap")
        << 0 << 360 << false << 361.0 << 0.0 << false << b << 0.0 << 0;
    QTest::newRow("not finite") << 0 << 360 << false << qQNaN() << 0.0 << false << b << 0.0 << 0;
    QTest::newRow("elevation unit el 45")
        << 270 << 180 << true << 123.0 << 45.0 << true << r << 0.0 << 45;
    QTest::newRow("elevation unit el 180")
        << 270 << 180 << true << 0.0 << 180.0 << true << r << 0.0 << 180;
    QTest::newRow("elevation unit el 181")
        << 270 << 180 << true << 0.0 << 181.0 << false << b << 0.0 << 0;
    QTest::newRow("elevation above max_el")
        << 0 << 360 << false << 90.0 << 90.5 << false << b << 0.0 << 0;
    QTest::newRow("elevation max_el")
        << 0 << 360 << false << 90.0 << 90.0 << true << b << 90.0 << 0;
    QTest::newRow("elevation below min_el")
        << 0 << 360 << false << 90.0 << -0.5 << false << b << 0.0 << 0;
    QTest::newRow("elevation unit az 361")
        << 270 << 180 << true << 361.0 << 45.0 << false << b << 0.0 << 0;
    QTest::newRow("elevation unit el -1")
        << 270 << 180 << true << 0.0 << -1.0 << false << b << 0.0 << 0;
}

void TestRotctldMapping::target()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(bool, elevation);
    QFETCH(double, az);
    QFETCH(double, el);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(double, bearing);
    QFETCH(int, raw);

    const auto t = RotctldMapping::targetFor(makeState(start, max, elevation), az, el);
    QCOMPARE(t.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(int(t->kind), kind);
    QCOMPARE(t->bearingDeg, bearing);
    QCOMPARE(t->rawDeg, raw);
}

void TestRotctldMapping::position_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<int>("raw");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");
    QTest::newRow("north start") << 0 << 360 << false << 120 << 120.0 << 0.0;
    QTest::newRow("overlap reported above 360") << 0 << 450 << false << 400 << 400.0 << 0.0;
    QTest::newRow("overlap start 0 raw 360") << 0 << 450 << false << 360 << 360.0 << 0.0;
    QTest::newRow("first turn 0/450") << 0 << 450 << false << 359 << 359.0 << 0.0;
    QTest::newRow("start 137 overlap") << 137 << 446 << false << 363 << 500.0 << 0.0;
    QTest::newRow("start 137 past north") << 137 << 446 << false << 250 << 27.0 << 0.0;
    QTest::newRow("start 137") << 137 << 446 << false << 300 << 77.0 << 0.0;
    QTest::newRow("negative raw") << 10 << 360 << false << -3 << 7.0 << 0.0;
    QTest::newRow("elevation unit") << 270 << 180 << true << 135 << 0.0 << 135.0;
}

void TestRotctldMapping::position()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(bool, elevation);
    QFETCH(int, raw);
    QFETCH(double, az);
    QFETCH(double, el);
    const auto p = RotctldMapping::positionFor(makeState(start, max, elevation, raw));
    QVERIFY(p);
    QCOMPARE(p->first, az);
    QCOMPARE(p->second, el);
    QVERIFY(!RotctldMapping::positionFor(makeState(start, max, elevation)).has_value());
}

void TestRotctldMapping::pairTarget_data()
{
    using PairTarget = RotctldMapping::PairTarget;
    using K = PairTarget::Kind;
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("elMax");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");
    QTest::addColumn<std::optional<PairTarget>>("expected");
    using P = std::optional<PairTarget>;

    QTest::newRow("point") << 0 << 360 << 180 << 120.0 << 30.0
                           << P(PairTarget {K::Point, 120.0, 30.0, 0, 30});
    QTest::newRow("360 is north") << 0 << 360 << 180 << 359.6 << 30.0
                                  << P(PairTarget {K::Point, 0.0, 30.0, 0, 30});
    QTest::newRow("el 90 is still the pair's choice")
        << 0 << 360 << 180 << 120.0 << 90.0 << P(PairTarget {K::Point, 120.0, 90.0, 0, 90});
    QTest::newRow("el above 90: the client's flip")
        << 0 << 360 << 180 << 300.0 << 150.0
        << P(PairTarget {K::BearingRawElevation, 300.0, 0.0, 0, 150});
    QTest::newRow("overlap copy") << 0 << 450 << 180 << 400.0 << 20.0
                                  << P(PairTarget {K::RawPose, 0.0, 0.0, 400, 20});
    QTest::newRow("overlap copy from 137")
        << 137 << 446 << 180 << 500.0 << 20.0 << P(PairTarget {K::RawPose, 0.0, 0.0, 363, 20});
    QTest::newRow("el above the unit's range") << 0 << 360 << 90 << 120.0 << 91.0 << P();
    QTest::newRow("el below 0") << 0 << 360 << 180 << 120.0 << -1.0 << P();
    QTest::newRow("az above max_az") << 0 << 360 << 180 << 361.0 << 10.0 << P();
    QTest::newRow("not finite") << 0 << 360 << 180 << qQNaN() << 10.0 << P();
}

void TestRotctldMapping::pairTarget()
{
    using PairTarget = RotctldMapping::PairTarget;
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(int, elMax);
    QFETCH(double, az);
    QFETCH(double, el);
    QFETCH(std::optional<PairTarget>, expected);
    const auto got = RotctldMapping::pairTargetFor(makeState(start, max), elMax, az, el);
    QCOMPARE(got.has_value(), expected.has_value());
    if (got)
        QVERIFY(*got == *expected);
    const auto limits = RotctldMapping::pairLimitsFor(makeState(start, max), elMax);
    QCOMPARE(limits.maxElDeg, double(elMax));
    QCOMPARE(limits.maxAzDeg, RotctldMapping::limitsFor(makeState(start, max)).maxAzDeg);
}

void TestRotctldMapping::pairPosition_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("azRaw");
    QTest::addColumn<int>("elRaw");
    QTest::addColumn<bool>("clientFrame");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");
    QTest::newRow("unflipped") << 0 << 360 << 120 << 30 << false << 120.0 << 30.0;
    QTest::newRow("flipped, folded") << 0 << 360 << 120 << 150 << false << 300.0 << 30.0;
    QTest::newRow("flipped, client frame") << 0 << 360 << 120 << 150 << true << 120.0 << 150.0;
    QTest::newRow("overlap") << 0 << 450 << 400 << 30 << false << 400.0 << 30.0;
    QTest::newRow("start 137") << 137 << 446 << 100 << 30 << false << 237.0 << 30.0;
}

void TestRotctldMapping::pairPosition()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(int, azRaw);
    QFETCH(int, elRaw);
    QFETCH(bool, clientFrame);
    QFETCH(double, az);
    QFETCH(double, el);
    const auto got = RotctldMapping::pairPositionFor(makeState(start, max, false, azRaw),
                                                     makeState(270, 180, true, elRaw), clientFrame);
    QVERIFY(got);
    QCOMPARE(got->first, az);
    QCOMPARE(got->second, el);
    QVERIFY(!RotctldMapping::pairPositionFor(makeState(start, max, false, azRaw),
                                             makeState(270, 180, true), clientFrame));
}

QTEST_GUILESS_MAIN(TestRotctldMapping)
#include "tst_rotctldmapping.moc"
