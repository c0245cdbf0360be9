// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"
#include "trackingcontroller.h"

#include "astro/ephemeris.h"
#include "brokerfixture.h"
#include "core/clock.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 10000;
const QString stationLocator = u"JO70fb"_s;
} // namespace

/// Tracking the Sun and the Moon as the app runs it: the Session's rotator follows the body's
/// azimuth from the station (ERFA's position), the user is told when it starts and why it ends,
/// and a stop ends it. Real mosquitto; the device is played by a second client; a manual clock
/// (noon UTC on 1 January 2026: the Sun is up over Prague, about 16° high in the south).
class TestTrackingController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void followsTheSunUntilStopped();
    void needsTheStationLocator();
    void elevationUnitTakesTheMoonsElevation();
    void parksWhenTheTrackEndsByItself();
    void followsWithTheGroupOffset();

private:
    BrokerFixture m_fixture;
};

namespace {

struct Rig
{
    explicit Rig(BrokerFixture &fixture, bool elevationMode = false, int rangeDeg = 360)
        : device(fixture.profile())
    {
        BrokerProfile profile = fixture.profile();
        profile.name = u"station"_s;
        app = session.addBroker(profile);
        settings.brokerName = profile.name;
        settings.address = {BrokerFixture::uniqueCall(), u"01"_s};
        settings.label = u"dish"_s;
        settings.maxRotateDeg = elevationMode ? 180 : rangeDeg;
        settings.parkBearingDeg = 90;
        settings.autoParkAfterMin = 60;
        settings.startAzimuthOverrideDeg = 0;
        if (elevationMode)
            settings.elevationMode = true;
        session.addRotator(settings);
        rotator = session.rotatorAt(0);
        device.subscribe(settings.address.topic(u"Target"));
        QObject::connect(&device, &MqttConnection::messagesReceived,
                         [this](const QList<MqttMessage> &batch) {
                             for (const MqttMessage &m : batch) {
                                 if (m.ownEcho)
                                     continue;
                                 targets << m.payload.toInt();
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

    ManualClock clock;
    Session session {clock};
    MqttConnection *app = nullptr;
    MqttConnection device;
    RotatorSettings settings;
    Rotator *rotator = nullptr;
    QList<int> targets;
};

astro::Station station()
{
    return {*geo::locatorToPoint(stationLocator), 0.0};
}

} // namespace

void TestTrackingController::followsTheSunUntilStopped()
{
    Rig rig(m_fixture);
    rig.session.setStationLocator(stationLocator);
    TrackingController tracking(&rig.session);
    QSignalSpy told(&tracking, &TrackingController::notification);
    QSignalSpy changed(&tracking, &TrackingController::trackingChanged);
    QVERIFY(rig.live());

    QCOMPARE(tracking.track({rig.rotator}, TrackingController::Body::Sun), 1);
    QVERIFY(tracking.tracker(rig.rotator));
    QCOMPARE(tracking.trackingCount(), 1);
    QCOMPARE(tracking.targetName(rig.rotator), u"Sun"_s);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.first().at(2).toString(), u"Tracking the Sun."_s);

    const double sunAz = astro::sunPosition(station(), rig.clock.nowUtc()).azimuthDeg;
    QVERIFY2(sunAz > 170 && sunAz < 200, qPrintable(QString::number(sunAz)));
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets.size(), 1, timeoutMs);
    QVERIFY2(std::abs(rig.targets.first() - sunAz) <= 1.0,
             qPrintable(QString::number(rig.targets.first())));

    // Stop (Esc in the app) ends it at once, even while the stop itself waits for the pacing
    // gap, with a word, and the rotator is no longer listed.
    QVERIFY(rig.rotator->stop().accepted());
    QCOMPARE(told.count(), 2);
    QVERIFY2(told.last().at(2).toString().contains(u"stopped"_s),
             qPrintable(told.last().at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!tracking.tracker(rig.rotator), timeoutMs);
    QCOMPARE(tracking.trackingCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(tracking.targetName(rig.rotator), QString(), timeoutMs);
}

void TestTrackingController::needsTheStationLocator()
{
    Rig rig(m_fixture);
    TrackingController tracking(&rig.session);
    QSignalSpy told(&tracking, &TrackingController::notification);
    QVERIFY(rig.live());
    QCOMPARE(tracking.track({rig.rotator}, TrackingController::Body::Moon), 0);
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.first().at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Warning);
    QVERIFY(told.first().at(2).toString().contains(u"locator"_s));
    QVERIFY(!tracking.tracker(rig.rotator));
}

void TestTrackingController::elevationUnitTakesTheMoonsElevation()
{
    // Mid-January 2026 the Moon is well up over Prague in the early morning (waning).
    Rig rig(m_fixture, true);
    rig.clock.setNowMs(0);
    rig.session.setStationLocator(stationLocator);
    TrackingController tracking(&rig.session);
    QVERIFY(rig.live());
    const astro::HorizontalPosition moon = astro::moonPosition(station(), rig.clock.nowUtc());
    const int started = tracking.track({rig.rotator}, TrackingController::Body::Moon);
    if (moon.elevationDeg < 0) {
        // Below the horizon now: the tracker waits for the rise and sends nothing yet.
        QCOMPARE(started, 1);
        QCOMPARE(tracking.tracker(rig.rotator)->state(),
                 tracking::RotatorTracker::State::WaitingForRise);
        QTest::qWait(300);
        QVERIFY(rig.targets.isEmpty());
        return;
    }
    QCOMPARE(started, 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets.size(), 1, timeoutMs);
    QVERIFY2(std::abs(rig.targets.first() - moon.elevationDeg) <= 1.0,
             qPrintable(QString::number(rig.targets.first())));
}

void TestTrackingController::parksWhenTheTrackEndsByItself()
{
    // 180° of range from north: the Sun at noon (about 185°) is out of reach at once, the track
    // ends by itself, and the rotator (auto-park on) parks at 90°.
    Rig rig(m_fixture, false, 180);
    rig.session.setStationLocator(stationLocator);
    TrackingController tracking(&rig.session);
    QSignalSpy told(&tracking, &TrackingController::notification);
    QVERIFY(rig.live());
    QCOMPARE(tracking.track({rig.rotator}, TrackingController::Body::Sun), 0);
    QCOMPARE(told.count(), 3);
    QVERIFY2(told.at(1).at(2).toString().contains(u"left the rotator's range"_s),
             qPrintable(told.at(1).at(2).toString()));
    QVERIFY2(told.at(2).at(2).toString().contains(u"turning to 90°"_s),
             qPrintable(told.at(2).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets, QList<int> {90}, timeoutMs);

    // A stopped track leaves the antenna where it is.
    RotatorSettings settings = rig.rotator->settings();
    settings.maxRotateDeg = 360;
    rig.session.updateRotatorSettings(settings);
    rig.clock.advanceMs(2000);
    QCOMPARE(tracking.track({rig.rotator}, TrackingController::Body::Sun), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets.size(), 2, timeoutMs);
    rig.clock.advanceMs(2000);
    QVERIFY(rig.rotator->stop().accepted());
    rig.clock.advanceMs(2000);
    QTest::qWait(200);
    QCOMPARE(rig.targets.size(), 2);
}

// A group member follows the target turned by its offset: the preview plans it there and the
// tracker sends it there.
void TestTrackingController::followsWithTheGroupOffset()
{
    Rig rig(m_fixture);
    rig.session.setStationLocator(stationLocator);
    TrackingController tracking(&rig.session);
    QVERIFY(rig.live());
    const double sunAz = astro::sunPosition(station(), rig.clock.nowUtc()).azimuthDeg;

    tracking.setAzimuthOffset(
        [&](const Rotator *rotator) { return rotator == rig.rotator ? -30 : 0; });
    const QList<TrackingController::Preview> previews
        = tracking.preview({rig.rotator}, TrackingController::Body::Sun);
    QCOMPARE(previews.size(), 1);
    QVERIFY(!previews.first().refusal);
    QVERIFY(!previews.first().plan.points.isEmpty());
    QVERIFY2(std::abs(previews.first().plan.points.first().rawAzimuthDeg - (sunAz - 30)) <= 1.0,
             qPrintable(QString::number(previews.first().plan.points.first().rawAzimuthDeg)));
    QVERIFY(rig.targets.isEmpty()); // a preview sends nothing

    QCOMPARE(tracking.track({rig.rotator}, TrackingController::Body::Sun), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets.size(), 1, timeoutMs);
    QVERIFY2(std::abs(rig.targets.first() - (sunAz - 30)) <= 1.0,
             qPrintable(QString::number(rig.targets.first())));
    QVERIFY(rig.rotator->stop().accepted());
}

QTEST_MAIN(TestTrackingController)
#include "tst_trackingcontroller.moc"
