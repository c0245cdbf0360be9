// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"
#include "widgets/historyplot.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"

#include <QTest>

/// The plot records only changes of what it draws and redraws from its tick, not per sample.
/// Telemetry is fed straight into the Rotator (no broker needed for this).
class TestHistoryPlot : public QObject
{
    Q_OBJECT

private slots:
    void recordsChangesOnly_data();
    void recordsChangesOnly();
    void coalescesReplots();
};

namespace {
struct Rig
{
    ManualClock clock;
    Session station {clock};
    Rotator *rotator = nullptr;

    Rig()
    {
        RotatorSettings settings;
        settings.brokerName = QStringLiteral("nowhere");
        settings.address = RotatorAddress {QStringLiteral("PLOT"), QStringLiteral("1")};
        station.addRotator(settings);
        BrokerProfile profile;
        profile.name = QStringLiteral("nowhere");
        profile.url = QUrl(QStringLiteral("tcp://127.0.0.1:1"));
        station.addBroker(profile);
        rotator = station.rotatorAt(0);
    }
};
} // namespace

void TestHistoryPlot::recordsChangesOnly_data()
{
    QTest::addColumn<QStringList>("leaves");
    QTest::addColumn<QStringList>("payloads");
    QTest::addColumn<int>("samples");

    QTest::newRow("one position") << QStringList {QStringLiteral("Azimuth")}
                                  << QStringList {QStringLiteral("10")} << 1;
    QTest::newRow("same position twice")
        << QStringList {QStringLiteral("Azimuth"), QStringLiteral("Azimuth")}
        << QStringList {QStringLiteral("10"), QStringLiteral("10")} << 1;
    QTest::newRow("voltage is not plotted")
        << QStringList {QStringLiteral("Azimuth"), QStringLiteral("VoltageValue")}
        << QStringList {QStringLiteral("10"), QStringLiteral("13.10")} << 1;
    QTest::newRow("three positions")
        << QStringList {QStringLiteral("Azimuth"), QStringLiteral("Azimuth"),
                        QStringLiteral("Azimuth")}
        << QStringList {QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")} << 3;
    QTest::newRow("start azimuth moves the bearing")
        << QStringList {QStringLiteral("Azimuth"), QStringLiteral("StartAzimuth")}
        << QStringList {QStringLiteral("10"), QStringLiteral("90")} << 2;
}

void TestHistoryPlot::recordsChangesOnly()
{
    QFETCH(QStringList, leaves);
    QFETCH(QStringList, payloads);
    QFETCH(int, samples);

    Rig rig;
    HistoryPlot plot(&rig.station);
    QCOMPARE(plot.sampleCount(rig.rotator), 0); // nothing known yet: nothing recorded
    for (qsizetype i = 0; i < leaves.size(); ++i)
        rig.rotator->handleMessage(leaves.at(i), payloads.at(i).toUtf8());
    QCOMPARE(plot.sampleCount(rig.rotator), samples);
}

void TestHistoryPlot::coalescesReplots()
{
    Rig rig;
    HistoryPlot plot(&rig.station);
    plot.setSelection({rig.rotator});
    plot.resize(600, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const int before = plot.replotCount();
    constexpr int updates = 300;
    for (int i = 0; i < updates; ++i) {
        rig.rotator->handleMessage(QStringLiteral("Azimuth"), QByteArray::number(i % 360));
        rig.clock.advanceMs(10);
    }
    QCOMPARE(plot.sampleCount(rig.rotator), updates);
    QCOMPARE(plot.replotCount(), before); // nothing drawn inside the burst
    QTRY_VERIFY(plot.replotCount() > before);
    QVERIFY2(plot.replotCount() - before <= 3, qPrintable(QString::number(plot.replotCount())));
}

QTEST_MAIN(TestHistoryPlot)
#include "tst_historyplot.moc"
