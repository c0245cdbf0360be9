// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rotatorstate.h"

#include <QTest>

class TestRotatorState : public QObject
{
    Q_OBJECT

private slots:
    void bearing_data();
    void bearing();
    void zones_data();
    void zones();
    void wrap_data();
    void wrap();
    void regularValue();
};

void TestRotatorState::bearing_data()
{
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("start");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<int>("bearing");

    QTest::newRow("start-0") << 100 << 0 << false << 100;
    QTest::newRow("start-180") << 100 << 180 << false << 280;
    QTest::newRow("wraps") << 300 << 180 << false << 120;
    QTest::newRow("overlap") << 390 << 0 << false << 30;
    QTest::newRow("overlap-start") << 449 << 300 << false << 29;
    QTest::newRow("below-zero-pot") << -5 << 0 << false << 355;
    QTest::newRow("below-zero-start") << -5 << 10 << false << 5;
    QTest::newRow("start-359") << 1 << 359 << false << 0;
    QTest::newRow("elevation-raw-itself") << 90 << 270 << true << 90;
    QTest::newRow("elevation-180") << 180 << 270 << true << 180;
}

void TestRotatorState::bearing()
{
    QFETCH(int, raw);
    QFETCH(int, start);
    QFETCH(bool, elevation);
    QFETCH(int, bearing);

    RotatorState state;
    QVERIFY(!state.bearingDeg());
    QVERIFY(!state.targetBearingDeg());
    state.startAzimuthDeg = start;
    state.elevationMode = elevation;
    state.rawAzimuthDeg = raw;
    QCOMPARE(state.bearingDeg(), std::optional<int>(bearing));
    state.rawTargetDeg = raw;
    QCOMPARE(state.targetBearingDeg(), std::optional<int>(bearing));
}

void TestRotatorState::zones_data()
{
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("overlap");
    QTest::addColumn<bool>("endZone");

    QTest::newRow("normal") << 100 << 360 << false << false;
    QTest::newRow("at-359") << 359 << 450 << false << false;
    QTest::newRow("overlap") << 360 << 450 << true << false;
    QTest::newRow("below-zero") << -1 << 360 << false << true;
    QTest::newRow("above-max") << 361 << 360 << true << true;
    QTest::newRow("above-short-range") << 301 << 300 << false << true;
}

void TestRotatorState::zones()
{
    QFETCH(int, raw);
    QFETCH(int, max);
    QFETCH(bool, overlap);
    QFETCH(bool, endZone);
    RotatorState state;
    state.maxRotateDeg = max;
    QVERIFY(!state.inOverlap());
    QVERIFY(!state.inEndZone());
    state.rawAzimuthDeg = raw;
    QCOMPARE(state.inOverlap(), overlap);
    QCOMPARE(state.inEndZone(), endZone);
}

void TestRotatorState::wrap_data()
{
    QTest::addColumn<int>("deg");
    QTest::addColumn<int>("wrapped");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("359") << 359 << 359;
    QTest::newRow("360") << 360 << 0;
    QTest::newRow("-1") << -1 << 359;
    QTest::newRow("-360") << -360 << 0;
    QTest::newRow("-721") << -721 << 359;
    QTest::newRow("1079") << 1079 << 359;
}

void TestRotatorState::wrap()
{
    QFETCH(int, deg);
    QFETCH(int, wrapped);
    QCOMPARE(wrapBearingDeg(deg), wrapped);
}

void TestRotatorState::regularValue()
{
    RotatorState a;
    RotatorState b;
    QVERIFY(a == b);
    b.otherLeaves.insert(QStringLiteral("PwmMaxDuty"), QStringLiteral("200"));
    QVERIFY(a != b);
    a = b;
    QVERIFY(a == b);
    a.link = LinkState::Stale;
    QVERIFY(a != b);
    const QVariant v = QVariant::fromValue(a);
    QCOMPARE(v.value<RotatorState>().link, LinkState::Stale);
}

QTEST_GUILESS_MAIN(TestRotatorState)
#include "tst_rotatorstate.moc"
