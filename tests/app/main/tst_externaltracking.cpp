// SPDX-License-Identifier: GPL-3.0-or-later
#include "externaltracking.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 10000;
const CommandOrigin gpredict {CommandOrigin::Kind::Rotctld, u"127.0.0.1:50312"_s};
} // namespace

/// A rotctld client feeding a rotator positions shown as tracking, and how that ends. The
/// rotctld endpoint is played by calling the Rotator with a rotctld origin, as the bridge does;
/// real mosquitto, a manual clock.
class TestExternalTracking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void repeatedPositionsTrackUntilTheUserStops();
    void endsWhenTheClientFallsQuietOrStops();
    void aPositionNowAndThenIsNoTrack();

private:
    BrokerFixture m_fixture;
};

namespace {

struct Rig
{
    explicit Rig(BrokerFixture &fixture)
        : device(fixture.profile())
    {
        BrokerProfile profile = fixture.profile();
        profile.name = u"station"_s;
        app = session.addBroker(profile);
        settings.brokerName = profile.name;
        settings.address = {BrokerFixture::uniqueCall(), u"01"_s};
        settings.label = u"dish"_s;
        settings.startAzimuthOverrideDeg = 0;
        session.addRotator(settings);
        rotator = session.rotatorAt(0);
        device.subscribe(settings.address.topic(u"Target"));
        QObject::connect(
            &device, &MqttConnection::messagesReceived, [this](const QList<MqttMessage> &batch) {
                for (const MqttMessage &m : batch) {
                    if (!m.ownEcho)
                        device.publish(settings.address.topic(u"AzimuthStop"), m.payload);
                }
            });
        device.open();
    }

    [[nodiscard]] bool live()
    {
        if (!QTest::qWaitFor([&] { return app->isConnected() && device.isConnected(); }, timeoutMs))
            return false;
        device.publish(settings.address.topic(u"Azimuth"), "10");
        device.publish(settings.address.topic(u"AzimuthStop"), "10");
        if (!QTest::qWaitFor([&] { return rotator->state().link == LinkState::Live; }, timeoutMs))
            return false;
        clock.advanceMs(2000);
        return true;
    }

    /// One position from the client, sent out (past the pacing gap).
    [[nodiscard]] bool feed(int rawDeg, const CommandOrigin &origin = gpredict)
    {
        QSignalSpy sent(rotator, &Rotator::commandSent);
        if (!rotator->turnToRaw(rawDeg, origin).accepted())
            return false;
        const bool out = QTest::qWaitFor(
            [&] {
                return std::any_of(sent.cbegin(), sent.cend(), [](const QList<QVariant> &call) {
                    return call.at(0).toString() == u"Target"_s;
                });
            },
            timeoutMs);
        QTest::qWait(50); // the published copy reaches the watcher
        clock.advanceMs(2000);
        return out;
    }

    ManualClock clock;
    Session session {clock};
    MqttConnection *app = nullptr;
    MqttConnection device;
    RotatorSettings settings;
    Rotator *rotator = nullptr;
    ExternalTracking external {&session};
};

QString lastText(const QSignalSpy &told)
{
    return told.isEmpty() ? QString() : told.last().at(2).toString();
}

} // namespace

void TestExternalTracking::repeatedPositionsTrackUntilTheUserStops()
{
    Rig rig(m_fixture);
    QSignalSpy told(&rig.external, &ExternalTracking::notification);
    QSignalSpy changed(&rig.external, &ExternalTracking::trackingChanged);
    QVERIFY(rig.live());
    QVERIFY(rig.feed(100));
    QCOMPARE(rig.external.client(rig.rotator), QString()); // one position is no track
    QVERIFY(rig.feed(102));
    QTRY_COMPARE_WITH_TIMEOUT(rig.external.client(rig.rotator), u"127.0.0.1:50312"_s, timeoutMs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastText(told), u"Tracking: rotctld client 127.0.0.1:50312."_s);
    QVERIFY(rig.feed(104));
    QCOMPARE(changed.count(), 1);

    // The user's stop ends it and says the program is still engaged.
    QVERIFY(rig.rotator->stop().accepted());
    QTRY_COMPARE_WITH_TIMEOUT(rig.external.client(rig.rotator), QString(), timeoutMs);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(told.last().at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Warning);
    QVERIFY2(lastText(told).contains(u"external tracker is still engaged"_s),
             qPrintable(lastText(told)));
}

void TestExternalTracking::endsWhenTheClientFallsQuietOrStops()
{
    Rig rig(m_fixture);
    QSignalSpy told(&rig.external, &ExternalTracking::notification);
    QVERIFY(rig.live());
    QVERIFY(rig.feed(100));
    QVERIFY(rig.feed(102));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.external.client(rig.rotator).isEmpty(), timeoutMs);
    rig.clock.advanceMs(ExternalTracking::quietMs);
    rig.device.publish(rig.settings.address.topic(u"AzimuthStop"), "102"); // still live
    QTRY_COMPARE_WITH_TIMEOUT(rig.external.client(rig.rotator), QString(), timeoutMs);
    QVERIFY2(lastText(told).contains(u"no position for a minute"_s), qPrintable(lastText(told)));

    QVERIFY(rig.feed(110));
    QVERIFY(rig.feed(112));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.external.client(rig.rotator).isEmpty(), timeoutMs);
    QVERIFY(rig.rotator->stop(gpredict).accepted());
    QTRY_COMPARE_WITH_TIMEOUT(rig.external.client(rig.rotator), QString(), timeoutMs);
    QVERIFY2(lastText(told).contains(u"the client stopped the rotator"_s),
             qPrintable(lastText(told)));

    // Turned by hand in the app (once the unit says it stopped).
    rig.device.publish(rig.settings.address.topic(u"AzimuthStop"), "112");
    QTRY_VERIFY_WITH_TIMEOUT(!rig.rotator->state().moving, timeoutMs);
    rig.clock.advanceMs(2000);
    QVERIFY(rig.feed(120));
    QVERIFY(rig.feed(122));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.external.client(rig.rotator).isEmpty(), timeoutMs);
    QVERIFY(rig.feed(200, CommandOrigin::thisApp()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.external.client(rig.rotator), QString(), timeoutMs);
    QVERIFY2(lastText(told).contains(u"turned by hand"_s), qPrintable(lastText(told)));
}

void TestExternalTracking::aPositionNowAndThenIsNoTrack()
{
    Rig rig(m_fixture);
    QVERIFY(rig.live());
    QVERIFY(rig.feed(100));
    rig.clock.advanceMs(ExternalTracking::quietMs);
    rig.device.publish(rig.settings.address.topic(u"AzimuthStop"), "100");
    QVERIFY(rig.feed(130));
    QTest::qWait(1500); // a poll
    QCOMPARE(rig.external.client(rig.rotator), QString());
    QVERIFY(rig.feed(131)); // the second within the minute
    QTRY_COMPARE_WITH_TIMEOUT(rig.external.client(rig.rotator), u"127.0.0.1:50312"_s, timeoutMs);
}

QTEST_MAIN(TestExternalTracking)
#include "tst_externaltracking.moc"
