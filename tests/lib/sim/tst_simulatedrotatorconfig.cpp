// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulatedrotatorconfig.h"

#include <QTest>

class TestSimulatedRotatorConfig : public QObject
{
    Q_OBJECT

private slots:
    void formatId_data();
    void formatId();
};

void TestSimulatedRotatorConfig::formatId_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0 << QStringLiteral("00");
    QTest::newRow("one") << 1 << QStringLiteral("01");
    QTest::newRow("two digits") << 42 << QStringLiteral("42");
    // NET_ID keeps two characters on the device: past 99 a letter and a letter or digit.
    QTest::newRow("first past two digits") << 100 << QStringLiteral("A0");
    QTest::newRow("end of the first letter") << 161 << QStringLiteral("Az");
    QTest::newRow("second letter") << 162 << QStringLiteral("B0");
    QTest::newRow("last two-character id") << 100 + 52 * 62 - 1 << QStringLiteral("zz");
    QTest::newRow("beyond firmware") << 100 + 52 * 62 << QStringLiteral("3324");
}

void TestSimulatedRotatorConfig::formatId()
{
    QFETCH(int, id);
    QFETCH(QString, text);
    QCOMPARE(SimulatedRotatorConfig::formatId(id), text);
}

QTEST_GUILESS_MAIN(TestSimulatedRotatorConfig)
#include "tst_simulatedrotatorconfig.moc"
