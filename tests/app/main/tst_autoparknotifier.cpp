// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoparknotifier.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/autoparker.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 10000;
} // namespace

/// Auto-park as the app runs it: the Session's rotators are watched, the user is told a minute
/// before and when it turns, and the Target reaches a real mosquitto. Minutes pass on a manual
/// clock; the device is played by a second client.
class TestAutoParkNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void toldBeforeAndWhenItParks();
    void refusalIsAWarning();

private:
    BrokerFixture m_fixture;
};

namespace {

struct Rig
{
    explicit Rig(BrokerFixture &fixture, int rangeDeg = 360)
        : device(fixture.profile())
        , observer(fixture.profile())
    {
        BrokerProfile profile = fixture.profile();
        profile.name = u"station"_s;
        app = session.addBroker(profile);
        settings.brokerName = profile.name;
        settings.address = {BrokerFixture::uniqueCall(), u"01"_s};
        settings.label = u"tower"_s;
        settings.maxRotateDeg = rangeDeg;
        settings.parkBearingDeg = 200;
        settings.autoParkAfterMin = 2;
        session.addRotator(settings);
        rotator = session.rotatorAt(0);
        observer.subscribe(settings.address.topic(u"Target"));
        QObject::connect(&observer, &MqttConnection::messagesReceived,
                         [this](const QList<MqttMessage> &batch) {
                             for (const MqttMessage &m : batch)
                                 targets << QString::fromUtf8(m.payload);
                         });
        device.open();
        observer.open();
    }

    [[nodiscard]] bool live()
    {
        if (!QTest::qWaitFor(
                [&] {
                    return app->isConnected() && device.isConnected() && observer.isConnected();
                },
                timeoutMs))
            return false;
        device.publish(settings.address.topic(u"StartAzimuth"), "0");
        heartbeat();
        return QTest::qWaitFor([&] { return rotator->state().link == LinkState::Live; }, timeoutMs);
    }

    void heartbeat()
    {
        device.publish(settings.address.topic(u"Azimuth"), "100");
        device.publish(settings.address.topic(u"AzimuthStop"), "100");
    }

    /// 20 s of device time, a heartbeat, a poll.
    [[nodiscard]] bool step(AutoParkNotifier &notifier)
    {
        clock.advanceMs(20'000);
        const QDateTime before = rotator->state().lastMessageUtc;
        heartbeat();
        if (!QTest::qWaitFor([&] { return rotator->state().lastMessageUtc != before; }, timeoutMs))
            return false;
        notifier.parker()->poll();
        return true;
    }

    ManualClock clock;
    Session session {clock};
    MqttConnection *app = nullptr;
    MqttConnection device;
    MqttConnection observer;
    RotatorSettings settings;
    Rotator *rotator = nullptr;
    QStringList targets;
};

} // namespace

void TestAutoParkNotifier::toldBeforeAndWhenItParks()
{
    Rig rig(m_fixture);
    AutoParkNotifier notifier(&rig.session);
    QSignalSpy told(&notifier, &AutoParkNotifier::notification);
    QVERIFY(rig.live());

    QVERIFY(rig.step(notifier)); // 20 s
    QVERIFY(rig.step(notifier)); // 40 s
    QCOMPARE(told.count(), 0);
    QVERIFY(rig.step(notifier)); // 60 s: 60 s left, the warning
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Info);
    QCOMPARE(told.at(0).at(1).toString(), u"tower"_s);
    const QString warning = told.at(0).at(2).toString();
    QVERIFY2(warning.contains(u"200°"_s) && warning.contains(u"60 s"_s)
                 && warning.contains(u"2 min"_s),
             qPrintable(warning));
    QVERIFY(rig.step(notifier)); // 80 s
    QVERIFY(rig.step(notifier)); // 100 s
    QCOMPARE(told.count(), 1);
    QVERIFY(rig.targets.isEmpty());

    QVERIFY(rig.step(notifier)); // 120 s: parks
    QCOMPARE(told.count(), 2);
    QVERIFY2(told.at(1).at(2).toString().contains(u"turning to 200°"_s),
             qPrintable(told.at(1).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets, QStringList {u"200"_s}, timeoutMs);
}

void TestAutoParkNotifier::refusalIsAWarning()
{
    // 180° of range from start 0: bearing 200 is in the dark zone; the park cannot go, and the
    // user reads why instead of nothing happening.
    Rig rig(m_fixture, 180);
    AutoParkNotifier notifier(&rig.session);
    QSignalSpy told(&notifier, &AutoParkNotifier::notification);
    QVERIFY(rig.live());
    for (int i = 0; i < 6; ++i)
        QVERIFY(rig.step(notifier));
    QCOMPARE(told.count(), 2);
    QCOMPARE(told.at(1).at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Warning);
    QVERIFY2(told.at(1).at(2).toString().contains(u"refused"_s),
             qPrintable(told.at(1).at(2).toString()));
    // Nothing more afterwards.
    for (int i = 0; i < 6; ++i)
        QVERIFY(rig.step(notifier));
    QCOMPARE(told.count(), 2);
    QVERIFY(rig.targets.isEmpty());
}

QTEST_MAIN(TestAutoParkNotifier)
#include "tst_autoparknotifier.moc"
