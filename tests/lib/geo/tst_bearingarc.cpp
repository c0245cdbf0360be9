// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/bearingarc.h"

#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(QList<double>)

/// The arc the map draws to join a group's beams.
class TestBearingArc : public QObject
{
    Q_OBJECT

private slots:
    void shortestArc_data();
    void shortestArc();
    void none();
    void middle_data();
    void middle();
};

void TestBearingArc::shortestArc_data()
{
    QTest::addColumn<QList<double>>("bearings");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("span");
    QTest::newRow("one") << QList<double> {120} << 120.0 << 0.0;
    QTest::newRow("two, east") << QList<double> {80, 100} << 80.0 << 20.0;
    QTest::newRow("two, given backwards") << QList<double> {100, 80} << 80.0 << 20.0;
    QTest::newRow("across north") << QList<double> {350, 10} << 350.0 << 20.0;
    QTest::newRow("across north, three") << QList<double> {5, 340, 355} << 340.0 << 25.0;
    QTest::newRow("wide, not across north") << QList<double> {10, 200, 100} << 10.0 << 190.0;
    QTest::newRow("wrapped input") << QList<double> {-10, 370} << 350.0 << 20.0;
    QTest::newRow("same twice") << QList<double> {45, 45} << 45.0 << 0.0;
    QTest::newRow("NaN ignored") << QList<double> {30, std::numeric_limits<double>::quiet_NaN(), 40}
                                 << 30.0 << 10.0;
}

void TestBearingArc::shortestArc()
{
    QFETCH(QList<double>, bearings);
    QFETCH(double, from);
    QFETCH(double, span);
    const auto arc = geo::shortestArcHolding(bearings);
    QVERIFY(arc);
    QCOMPARE(arc->startBearingDeg, from);
    QCOMPARE(arc->spanDeg, span);
}

void TestBearingArc::none()
{
    QVERIFY(!geo::shortestArcHolding({}));
    QVERIFY(!geo::shortestArcHolding({std::numeric_limits<double>::infinity()}));
}

void TestBearingArc::middle_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("middle");
    QTest::newRow("east") << 80.0 << 20.0 << 90.0;
    QTest::newRow("across north") << 350.0 << 20.0 << 0.0;
    QTest::newRow("zero span") << 45.0 << 0.0 << 45.0;
}

void TestBearingArc::middle()
{
    QFETCH(double, from);
    QFETCH(double, span);
    QFETCH(double, middle);
    QCOMPARE(geo::arcMiddleDeg({from, span}), middle);
}

QTEST_GUILESS_MAIN(TestBearingArc)
#include "tst_bearingarc.moc"
