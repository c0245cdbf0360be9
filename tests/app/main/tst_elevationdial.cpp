// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/elevationdial.h"

#include <QSignalSpy>
#include <QTest>

/// The half dial of an elevation-only unit: a click in the sky asks for the raw elevation there.
class TestElevationDial : public QObject
{
    Q_OBJECT

private slots:
    void clickAsksForRaw_data();
    void clickAsksForRaw();
    void belowTheHorizonIsIgnored();
    void drawsState();
};

void TestElevationDial::clickAsksForRaw_data()
{
    QTest::addColumn<int>("raw");
    QTest::newRow("near the first horizon") << 10;
    QTest::newRow("low") << 30;
    QTest::newRow("zenith") << 90;
    QTest::newRow("past the zenith") << 135;
    QTest::newRow("near the other horizon") << 170;
}

void TestElevationDial::clickAsksForRaw()
{
    QFETCH(int, raw);
    ElevationDial dial;
    dial.resize(300, dial.heightForWidth(300));
    dial.show();
    QSignalSpy spy(&dial, &ElevationDial::rawRequested);
    QTest::mouseClick(&dial, Qt::LeftButton, {}, dial.pointForRaw(raw).toPoint());
    QCOMPARE(spy.count(), 1);
    QVERIFY2(std::abs(spy.at(0).at(0).toInt() - raw) <= 1,
             qPrintable(QString::number(spy.at(0).at(0).toInt())));
}

void TestElevationDial::belowTheHorizonIsIgnored()
{
    ElevationDial dial;
    dial.resize(300, dial.heightForWidth(300));
    dial.show();
    QSignalSpy spy(&dial, &ElevationDial::rawRequested);
    const QPoint horizon = dial.pointForRaw(90, 0.0).toPoint();
    QTest::mouseClick(&dial, Qt::LeftButton, {}, horizon + QPoint(40, 8));
    QTest::mouseClick(&dial, Qt::LeftButton, {}, QPoint(1, 1)); // outside the half circle
    QCOMPARE(spy.count(), 0);
}

void TestElevationDial::drawsState()
{
    ElevationDial dial;
    dial.resize(300, dial.heightForWidth(300));
    dial.show();
    const QImage empty = dial.grab().toImage();
    dial.setState(45, 120, 160, true);
    const QImage withState = dial.grab().toImage();
    QVERIFY(withState != empty);
    if (qEnvironmentVariableIsSet("ROTORDECK_DIAL_PNG"))
        withState.save(qEnvironmentVariable("ROTORDECK_DIAL_PNG"));
}

QTEST_MAIN(TestElevationDial)
#include "tst_elevationdial.moc"
