// SPDX-License-Identifier: GPL-3.0-or-later
// A rotator that goes silent becomes Stale at ~65 s of device time, is probed with `get`, and is
// Live again on its next message.
#include "brokerfixture.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

class TestStale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void silentRotatorGoesStale_data();
    void silentRotatorGoesStale();

private:
    BrokerFixture m_fixture;
};

void TestStale::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why()));
}

void TestStale::silentRotatorGoesStale_data()
{
    QTest::addColumn<bool>("discovered");
    QTest::addColumn<QString>("wakeLeaf");
    QTest::addColumn<QByteArray>("wakePayload");

    QTest::newRow("configured, wakes with Azimuth")
        << false << QStringLiteral("Azimuth") << QByteArray("120");
    QTest::newRow("configured, wakes with VoltageValue")
        << false << QStringLiteral("VoltageValue") << QByteArray("12.95");
    QTest::newRow("discovered, wakes with Status")
        << true << QStringLiteral("Status") << QByteArray("0");
}

void TestStale::silentRotatorGoesStale()
{
    QFETCH(bool, discovered);
    QFETCH(QString, wakeLeaf);
    QFETCH(QByteArray, wakePayload);

    const RotatorAddress address {BrokerFixture::uniqueCall(), QStringLiteral("7")};
    ManualClock clock;
    MqttConnection app(m_fixture.profile());
    Fleet fleet(&app, clock);
    fleet.setDiscoveryEnabled(discovered);
    if (!discovered)
        fleet.addRotator(address);
    MqttConnection device(m_fixture.profile());
    device.subscribe(address.topic(u"get"));
    QSignalSpy deviceInbox(&device, &MqttConnection::messagesReceived);
    QSignalSpy appConnected(&app, &MqttConnection::connected);
    app.open();
    device.open();
    QTRY_VERIFY_WITH_TIMEOUT(app.isConnected() && device.isConnected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(appConnected.count() >= 1, 10000);

    // The device speaks until the app has it as Live.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            device.publish(address.topic(u"Azimuth"), "100");
            QTest::qWait(50);
            const Rotator *r = fleet.rotator(address);
            return r && r->state().link == LinkState::Live;
        }(),
        10000);
    Rotator *rotator = fleet.rotator(address);
    QVERIFY(rotator);
    QCOMPARE(rotator->isDiscovered(), discovered);
    QTest::qWait(300); // our own echo and the get of a configured rotator have landed
    const qsizetype getsBefore = deviceInbox.count();

    // Silent for 64 s: still Live.
    clock.advanceMs(64000);
    fleet.pollNow();
    QCOMPARE(rotator->state().link, LinkState::Live);

    // At 66 s: Stale, and a get probe goes out.
    clock.advanceMs(2000);
    fleet.pollNow();
    QCOMPARE(rotator->state().link, LinkState::Stale);
    QTRY_VERIFY_WITH_TIMEOUT(deviceInbox.count() > getsBefore, 10000);
    bool sawGet = false;
    for (qsizetype i = getsBefore; i < deviceInbox.count(); ++i) {
        const auto batch = deviceInbox.at(i).at(0).value<QList<MqttMessage>>();
        for (const MqttMessage &m : batch)
            sawGet = sawGet || m.topic == address.topic(u"get");
    }
    QVERIFY2(sawGet, "no get probe seen on the broker after the rotator went stale");

    // Its next message makes it Live again.
    QVERIFY(device.publish(address.topic(wakeLeaf), wakePayload));
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, 10000);

    app.close();
    device.close();
}

QTEST_GUILESS_MAIN(TestStale)
#include "tst_stale.moc"
