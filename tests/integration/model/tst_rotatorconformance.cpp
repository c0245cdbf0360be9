// SPDX-License-Identifier: GPL-3.0-or-later
// The model against the firmware model: a Fleet/Rotator drives a SimulatedRotator over a real
// mosquitto and the device must end up exactly where the Rotator planned, never reversing
// without a stop in between.
#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 10000;
constexpr int stopToleranceDeg = 3;

BrokerProfile profileFor(const QUrl &url)
{
    BrokerProfile profile;
    profile.name = u"test"_s;
    profile.url = url;
    profile.discover = false;
    return profile;
}

/// One simulated device on the broker, stepped in real time every 20 ms.
class Device : public QObject
{
public:
    Device(const SimulatedRotatorConfig &config, const QUrl &url)
        : sim(config)
        , connection(profileFor(url))
        , m_base(config.call + u'/' + config.id + u"/ROT/"_s)
    {
        for (const char *leaf : {"Target", "get", "stop", "RxAzimuth"})
            connection.subscribe(m_base + QLatin1String(leaf));
        connect(&connection, &MqttConnection::messagesReceived, this,
                [this](const QList<MqttMessage> &batch) {
                    for (const MqttMessage &m : batch)
                        sim.handleInbound(m.topic.mid(m_base.size()), m.payload);
                });
        connect(&sim, &SimulatedRotator::publishRequested, this,
                [this](const QString &leaf, const QByteArray &payload, bool retained) {
                    connection.publish(m_base + leaf, payload, 0, retained);
                    if (leaf == u"Status"_s)
                        statuses << payload.toInt();
                });
        m_elapsed.start();
        connect(&m_tick, &QTimer::timeout, this, [this] { sim.step(m_elapsed.elapsed()); });
        m_tick.start(20);
        connection.open();
    }

    /// True when a moving code is followed by one of the other direction without 0 between.
    [[nodiscard]] bool reversedWithoutStop() const
    {
        int direction = 0;
        for (int status : statuses) {
            const int now = status > 0 ? 1 : (status < 0 ? -1 : 0);
            if (direction != 0 && now != 0 && now != direction)
                return true;
            direction = now;
        }
        return false;
    }

    SimulatedRotator sim;
    MqttConnection connection;
    QList<int> statuses;

private:
    QString m_base;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
};

} // namespace

class TestRotatorConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void turnsWherePlanned_data();
    void turnsWherePlanned();
    void reversalStopsFirst();

private:
    BrokerFixture m_fixture;
};

void TestRotatorConformance::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why()));
}

void TestRotatorConformance::turnsWherePlanned_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("initialRaw");
    QTest::addColumn<int>("bearing");
    QTest::addColumn<int>("expectedRaw");

    QTest::newRow("360-cw") << 0 << 360 << 100 << 200 << 200;
    QTest::newRow("360-start-180") << 180 << 360 << 100 << 10 << 190;
    QTest::newRow("450-overlap-from-upper-half") << 0 << 450 << 300 << 30 << 390;
    QTest::newRow("450-lower-half") << 0 << 450 << 100 << 30 << 30;
    QTest::newRow("450-half-rule-B13") << 0 << 450 << 226 << 89 << 449;
    QTest::newRow("300-short-range") << 90 << 300 << 20 << 300 << 210;
    QTest::newRow("719-overlap") << 0 << 719 << 400 << 20 << 380;
}

void TestRotatorConformance::turnsWherePlanned()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(int, initialRaw);
    QFETCH(int, bearing);
    QFETCH(int, expectedRaw);

    SimulatedRotatorConfig config;
    config.call = BrokerFixture::uniqueCall();
    config.id = u"01"_s;
    config.mac = u"02:00:00:00:00:01"_s;
    config.startAzimuthDeg = start;
    config.maxRotateDeg = max;
    config.initialRawDeg = initialRaw;
    config.speedDegPerSec = 30.0;
    // Far faster than a real rotor: a unit whose brake learning has settled on a wide window
    // for it (with the default 12° it overshoots by tens of degrees, as the firmware would).
    config.slowWindowDeg = 50.0;
    // End-stop switches: the software zones (§5.4) would stop 449 of 450 early; this test is
    // about the path the firmware takes.
    config.endstopInstalled = true;
    Device device(config, m_fixture.tcpUrl());
    QTRY_VERIFY_WITH_TIMEOUT(device.connection.isConnected(), waitMs);

    SystemClock clock;
    MqttConnection connection(profileFor(m_fixture.tcpUrl()));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({config.call, config.id});
    RotatorSettings settings;
    settings.maxRotateDeg = max;
    rotator->setSettings(settings);
    connection.open();
    // The get sent on connect brings Azimuth, AzimuthStop, StartAzimuth and Name.
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().name, u"Antenna"_s, waitMs);
    QCOMPARE(rotator->state().rawAzimuthDeg, std::optional<int>(initialRaw));
    QCOMPARE(rotator->state().startAzimuthDeg, start);

    const auto plan = rotator->planTurnToBearing(bearing);
    QVERIFY(plan);
    QCOMPARE(plan->rawTargetDeg, expectedRaw);
    QVERIFY(rotator->turnToBearing(bearing).accepted()); // sent, or queued by the pacing
    QTRY_VERIFY_WITH_TIMEOUT(device.sim.status() != 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(device.sim.status(), 0, 3 * waitMs);
    // Copies of a bearing are 360° apart: being near the planned one proves the firmware took
    // the planned path. The tolerance only absorbs the model's braking overshoot.
    qInfo("planned raw %d, device stopped at %d", expectedRaw, device.sim.rawAzimuthDeg());
    QVERIFY2(std::abs(device.sim.rawAzimuthDeg() - expectedRaw) <= stopToleranceDeg,
             qPrintable(QString::number(device.sim.rawAzimuthDeg())));
    QCOMPARE(device.sim.bearingDeg(), wrapBearingDeg(device.sim.rawAzimuthDeg() + start));
    // The model follows (its messages may lag behind the device on a loaded machine).
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().status, std::optional<int>(0), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().rawAzimuthDeg,
                              std::optional<int>(device.sim.rawAzimuthDeg()), waitMs);
    QVERIFY(!rotator->state().moving);
    QTRY_VERIFY_WITH_TIMEOUT(!rotator->state().rawTargetDeg, waitMs);
    QVERIFY(!device.reversedWithoutStop());
}

void TestRotatorConformance::reversalStopsFirst()
{
    SimulatedRotatorConfig config;
    config.call = BrokerFixture::uniqueCall();
    config.id = u"01"_s;
    config.mac = u"02:00:00:00:00:02"_s;
    config.initialRawDeg = 100;
    config.speedDegPerSec = 20.0;
    config.slowWindowDeg = 50.0; // learned for this speed, see turnsWherePlanned()
    Device device(config, m_fixture.tcpUrl());
    QTRY_VERIFY_WITH_TIMEOUT(device.connection.isConnected(), waitMs);

    SystemClock clock;
    MqttConnection connection(profileFor(m_fixture.tcpUrl()));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({config.call, config.id});
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().name, u"Antenna"_s, waitMs);

    QVERIFY(rotator->turnToBearing(300).accepted());
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().status, std::optional<int>(2), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator->state().rawAzimuthDeg.value_or(0) > 110, waitMs);
    QVERIFY(!rotator->pendingRawTargetDeg());
    QSignalSpy pendingChanged(rotator, &Rotator::pendingTargetChanged);
    const CommandResult result = rotator->turnToBearing(50);
    QCOMPARE(result.code, CommandResult::Code::Queued);
    // While the stop ramps down, the new target is pending and the old one still shown.
    QCOMPARE(rotator->pendingRawTargetDeg(), std::optional<int>(50));
    QCOMPARE(pendingChanged.count(), 1);
    QCOMPARE(rotator->state().rawTargetDeg, std::optional<int>(300));
    QTRY_VERIFY_WITH_TIMEOUT(device.statuses.contains(-2), 3 * waitMs);
    // Sent: no longer pending, now the target.
    QVERIFY(!rotator->pendingRawTargetDeg());
    QCOMPARE(pendingChanged.count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(device.sim.status(), 0, 3 * waitMs);
    QVERIFY2(std::abs(device.sim.rawAzimuthDeg() - 50) <= stopToleranceDeg,
             qPrintable(QString::number(device.sim.rawAzimuthDeg())));
    QStringList codes;
    for (int status : std::as_const(device.statuses))
        codes << QString::number(status);
    QVERIFY2(!device.reversedWithoutStop(), qPrintable(codes.join(u' ')));
    const int firstCcw = static_cast<int>(device.statuses.indexOf(-11));
    QVERIFY(firstCcw > 0);
    QCOMPARE(device.statuses.at(firstCcw - 1), 0);
}

QTEST_GUILESS_MAIN(TestRotatorConformance)
#include "tst_rotatorconformance.moc"
