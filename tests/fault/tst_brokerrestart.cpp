// SPDX-License-Identifier: GPL-3.0-or-later
// The broker is stopped and restarted 20 times while 10 simulated rotators move: every time the
// app side marks its rotators BrokerDown and refuses commands, reconnects within 5 s of the
// broker's return, subscribes again exactly once and refreshes every rotator with `get`.
#include "brokerfixture.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotatorconfig.h"
#include "sim/simulatorhost.h"

#include <QElapsedTimer>

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

class TestBrokerRestart : public QObject
{
    Q_OBJECT

private slots:
    void restartsWhileRotatorsMove_data();
    void restartsWhileRotatorsMove();
};

void TestBrokerRestart::restartsWhileRotatorsMove_data()
{
    QTest::addColumn<int>("restarts");
    QTest::addColumn<int>("rotators");

    QTest::newRow("20 restarts, 10 moving rotators") << 20 << 10;
}

void TestBrokerRestart::restartsWhileRotatorsMove()
{
    QFETCH(int, restarts);
    QFETCH(int, rotators);

    BrokerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.why()));
    const QString call = BrokerFixture::uniqueCall();

    // The devices: fast motors so that they are moving whenever the broker goes away.
    SystemClock clock;
    SimulatorHost host(fixture.tcpUrl(), clock);
    for (int i = 0; i < rotators; ++i) {
        SimulatedRotatorConfig config;
        config.call = call;
        config.id = QString::number(i);
        config.maxRotateDeg = 450;
        config.speedDegPerSec = 20.0;
        host.addDevice(config);
    }
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.readyCount(), rotators, 20000);

    // The app side, as the window has it: discovery on.
    MqttConnection app(fixture.profile());
    Fleet fleet(&app, clock);
    fleet.setDiscoveryEnabled(true);
    QSignalSpy connected(&app, &MqttConnection::connected);

    // A separate client watches the `get` probes and publishes the numbered markers.
    // It reconnects faster than the app (100-200 ms back-off against 1-4 s), so it is subscribed
    // again before the app sends its gets.
    BrokerProfile spyProfile = fixture.profile();
    spyProfile.reconnectMinMs = 100;
    spyProfile.reconnectMaxMs = 200;
    MqttConnection spy(spyProfile);
    spy.subscribe(call + QLatin1String("/+/ROT/get"));
    QHash<QString, int> getsSeen; // topic -> count
    connect(&spy, &MqttConnection::messagesReceived, this, [&](const QList<MqttMessage> &batch) {
        for (const MqttMessage &m : batch)
            ++getsSeen[m.topic];
    });
    QHash<QByteArray, int> markersSeen;
    const QString markerTopic = call + QLatin1String("/marker/ROT/Debug");
    connect(&app, &MqttConnection::messagesReceived, this, [&](const QList<MqttMessage> &batch) {
        for (const MqttMessage &m : batch) {
            if (m.topic == markerTopic)
                ++markersSeen[m.payload];
        }
    });

    app.open();
    spy.open();
    QTRY_VERIFY_WITH_TIMEOUT(app.isConnected() && spy.isConnected(), 10000);
    // The devices' retained topics make the fleet discover them.
    QTRY_COMPARE_WITH_TIMEOUT(fleet.rotators().size(), rotators, 20000);
    // The marker topic below is discovered as one more rotator: leave it out of the checks.
    const auto devices = [&] {
        QList<Rotator *> list;
        for (Rotator *rotator : fleet.rotators()) {
            if (rotator->address().id != QLatin1String("marker"))
                list << rotator;
        }
        return list;
    };

    // Azimuth is not retained: ask every device for its position once.
    for (Rotator *rotator : devices()) {
        QVERIFY(rotator->refresh().accepted());
        QTRY_VERIFY_WITH_TIMEOUT(rotator->state().rawAzimuthDeg.has_value(), 10000);
    }

    QList<qint64> reconnectMs;
    for (int round = 0; round < restarts; ++round) {
        // Set every rotator moving (bearings alternate so that each round is a real move).
        const double bearingDeg = (round % 2 == 0) ? 200.0 : 20.0;
        for (Rotator *rotator : devices())
            rotator->turnToBearing(bearingDeg);
        QTest::qWait(1200);

        fixture.broker().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!app.isConnected(), 10000);
        for (Rotator *rotator : devices()) {
            QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::BrokerDown, 5000);
            const CommandResult turn = rotator->turnToBearing(90.0);
            QCOMPARE(turn.code, CommandResult::Code::BrokerDown);
            QCOMPARE(rotator->stop().code, CommandResult::Code::BrokerDown);
        }

        const int connectsBefore = static_cast<int>(connected.count());
        getsSeen.clear();
        QVERIFY2(fixture.broker().restart(10000), qPrintable(fixture.broker().errorString()));
        QElapsedTimer back;
        back.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.isConnected(), 10000);
        reconnectMs << back.elapsed();
        QVERIFY2(back.elapsed() <= 5000,
                 qPrintable(QStringLiteral("round %1: reconnected %2 ms after the broker's return")
                                .arg(round)
                                .arg(back.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), connectsBefore + 1, 5000);
        QCOMPARE(app.subscriptions().count(QStringLiteral("+/+/ROT/#")), 1);

        // Every rotator is refreshed with get (seen on the broker by the spy).
        QTRY_VERIFY_WITH_TIMEOUT(spy.isConnected(), 10000);
        for (Rotator *rotator : devices()) {
            QTRY_VERIFY_WITH_TIMEOUT(getsSeen.value(rotator->address().topic(u"get")) >= 1, 10000);
            // Live once the device (which reconnects on its own back-off) answers or moves.
            QTRY_VERIFY_WITH_TIMEOUT(rotator->state().link != LinkState::BrokerDown, 10000);
        }

        // A uniquely numbered message after the return arrives exactly once.
        const QByteArray marker = "restart-" + QByteArray::number(round);
        QVERIFY(spy.publish(markerTopic, marker));
        QTRY_COMPARE_WITH_TIMEOUT(markersSeen.value(marker), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(markersSeen.value(marker), 1);
    }
    std::sort(reconnectMs.begin(), reconnectMs.end());
    qInfo("reconnect after the broker's return: min %lld ms, median %lld ms, max %lld ms",
          reconnectMs.first(), reconnectMs.at(reconnectMs.size() / 2), reconnectMs.last());
    host.stop();
    app.close();
    spy.close();
}

QTEST_GUILESS_MAIN(TestBrokerRestart)
#include "tst_brokerrestart.moc"
