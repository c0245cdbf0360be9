// SPDX-License-Identifier: GPL-3.0-or-later
// A broker that hangs without closing its sockets (SIGSTOP) for longer than the keep-alive: the
// client notices, its rotators show BrokerDown and refuse commands, and it recovers after SIGCONT.
#include "brokerfixture.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestBrokerFreeze : public QObject
{
    Q_OBJECT

private slots:
    void frozenBrokerIsDetectedAndRecovered_data();
    void frozenBrokerIsDetectedAndRecovered();
};

void TestBrokerFreeze::frozenBrokerIsDetectedAndRecovered_data()
{
    QTest::addColumn<bool>("webSocket");
    QTest::addColumn<int>("keepAliveSec");

    QTest::newRow("tcp, keep-alive 2 s") << false << 2;
    QTest::newRow("websocket, keep-alive 2 s") << true << 2;
}

void TestBrokerFreeze::frozenBrokerIsDetectedAndRecovered()
{
    QFETCH(bool, webSocket);
    QFETCH(int, keepAliveSec);

    BrokerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.why()));
    BrokerProfile profile = fixture.profile(webSocket ? fixture.wsUrl() : fixture.tcpUrl());
    profile.keepAliveSec = keepAliveSec;

    const RotatorAddress address {BrokerFixture::uniqueCall(), QStringLiteral("1")};
    SystemClock clock;
    MqttConnection app(profile);
    Fleet fleet(&app, clock);
    Rotator *rotator = fleet.addRotator(address);
    QSignalSpy lost(&app, &MqttConnection::connectionLost);
    QSignalSpy connected(&app, &MqttConnection::connected);
    app.open();
    QTRY_VERIFY_WITH_TIMEOUT(app.isConnected(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);

    // Freeze for longer than the keep-alive (Paho gives up after about 1.5-2x keep-alive).
    fixture.broker().freeze();
    QElapsedTimer frozen;
    frozen.start();
    QTRY_VERIFY_WITH_TIMEOUT(app.state() != MqttConnection::State::Connected,
                             keepAliveSec * 1000 * 6);
    const qint64 detectedMs = frozen.elapsed();
    qInfo("loss detected %lld ms after the freeze (keep-alive %d s)", detectedMs, keepAliveSec);
    QVERIFY(lost.count() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::BrokerDown, 5000);
    const CommandResult refused = rotator->turnToRaw(90);
    QCOMPARE(refused.code, CommandResult::Code::BrokerDown);

    fixture.broker().thaw();
    QTRY_VERIFY_WITH_TIMEOUT(app.isConnected(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 2, 10000);

    // Messages flow again: a device message reaches the rotator.
    MqttConnection device(fixture.profile());
    device.open();
    QTRY_VERIFY_WITH_TIMEOUT(device.isConnected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            device.publish(address.topic(u"Azimuth"), "42");
            QTest::qWait(100);
            return rotator->state().rawAzimuthDeg == 42;
        }(),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, 5000);
    app.close();
    device.close();
}

QTEST_GUILESS_MAIN(TestBrokerFreeze)
#include "tst_brokerfreeze.moc"
