// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"
#include "trackingcontroller.h"
#include "trackview.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/rotatorpanel.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 10000;
} // namespace

/// The plan shown before a track starts, and the track on the map while it runs. A 450° unit
/// with its CCW stop at 120° stands on the overlap at raw 420 (bearing 180). At noon UTC on
/// 1 January 2026 the Sun is at about 193° over Prague and sets near 237°: following it from
/// the nearest copy (raw 433) hits the CW stop at bearing 210 and must unwind; the plan starts
/// on the first turn (raw 73) instead, and the question says both.
class TestTrackView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void showsThePlanBeforeStarting();
    void aStopDropsTheQuestion();

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
        settings.label = u"yagi"_s;
        settings.maxRotateDeg = 450;
        settings.startAzimuthOverrideDeg = 120;
        session.addRotator(settings);
        session.setStationLocator(u"JO70fb"_s);
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
        map.resize(700, 700);
        panel.setSelection({rotator}, rotator);
    }

    [[nodiscard]] bool live()
    {
        if (!QTest::qWaitFor([&] { return app->isConnected() && device.isConnected(); }, timeoutMs))
            return false;
        device.publish(settings.address.topic(u"Azimuth"), "420");
        device.publish(settings.address.topic(u"AzimuthStop"), "420");
        if (!QTest::qWaitFor(
                [&] {
                    return rotator->state().link == LinkState::Live
                        && rotator->state().rawAzimuthDeg == 420;
                },
                timeoutMs))
            return false;
        clock.advanceMs(2000);
        return true;
    }

    /// Saves the map for a look when ROTORDECK_SHOT_DIR names a folder.
    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("ROTORDECK_SHOT_DIR");
        if (!dir.isEmpty())
            map.grab().save(QDir(dir).filePath(name));
    }

    ManualClock clock;
    Session session {clock};
    MqttConnection *app = nullptr;
    MqttConnection device;
    RotatorSettings settings;
    Rotator *rotator = nullptr;
    QList<int> targets;
    CompassMapWidget map;
    RotatorPanel panel {&session};
    TrackingController tracking {&session};
    TrackView view {&session, &tracking, &map, &panel};
};

} // namespace

void TestTrackView::showsThePlanBeforeStarting()
{
    Rig rig(m_fixture);
    QVERIFY(rig.live());
    rig.map.setCentreLocator(u"JO70fb"_s);
    rig.map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rig.map));

    QVERIFY(rig.map.skyTracks().isEmpty());
    QVERIFY(rig.view.propose({rig.rotator}, TrackingController::Body::Sun));
    QVERIFY(rig.view.isProposing());
    ConfirmBar *bar = rig.view.planBar();
    QVERIFY(bar->isVisible());
    const QString text = bar->text();
    QVERIFY2(text.startsWith(u"Track the Sun?"_s), qPrintable(text));
    QVERIFY2(text.contains(u"yagi: up now until "_s), qPrintable(text));
    QVERIFY2(text.contains(u"on the first turn (raw 7"_s), qPrintable(text));
    // From raw 420 down to about 73.
    QVERIFY2(text.contains(QRegularExpression(u"a 34[5-9]° turn to get there"_s)),
             qPrintable(text));
    QVERIFY2(text.contains(u"without planning: unwind at "_s), qPrintable(text));
    QVERIFY(bar->geometry().bottom() <= rig.map.height());

    // The map shows the Sun's track with its hours, where the antenna starts and where it
    // would have unwound; nothing has been sent.
    QCOMPARE(rig.map.skyTracks().size(), 1);
    const MapSkyTrack track = rig.map.skyTracks().first();
    QCOMPARE(track.id, u"sun"_s);
    QVERIFY2(track.marks.size() >= 10, qPrintable(QString::number(track.marks.size())));
    QVERIFY(std::any_of(track.marks.cbegin(), track.marks.cend(),
                        [](const MapSkyTrack::Mark &m) { return !m.label.isEmpty(); }));
    QVERIFY(track.headingDeg && *track.headingDeg > 175 && *track.headingDeg < 195);
    QVERIFY(track.unwind);
    QVERIFY2(track.unwind->bearingDeg > 209 && track.unwind->bearingDeg < 212,
             qPrintable(QString::number(track.unwind->bearingDeg)));
    rig.shoot(u"track-preview.png"_s);
    QTest::qWait(300);
    QVERIFY(rig.targets.isEmpty());
    QCOMPARE(rig.tracking.trackingCount(), 0);

    // Start: it heads for the planned copy (by raw 90 first: from the upper half the firmware
    // would move a lower Target to its +360 copy); the panel and the map say so.
    QTest::mouseClick(bar->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
    QVERIFY(!rig.view.isProposing());
    QVERIFY(!bar->isVisible());
    QCOMPARE(rig.tracking.trackingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets.size(), 1, timeoutMs);
    QCOMPARE(rig.targets.first(), 90);
    QTRY_COMPARE_WITH_TIMEOUT(rig.rotator->state().rawAzimuthDeg, std::optional<int>(90),
                              timeoutMs);
    rig.clock.advanceMs(6000); // past the 5 s interval
    QTRY_COMPARE_WITH_TIMEOUT(rig.targets.size(), 2, timeoutMs);
    QVERIFY2(rig.targets.at(1) >= 70 && rig.targets.at(1) <= 80,
             qPrintable(QString::number(rig.targets.at(1))));
    QVERIFY2(rig.panel.trackingText().startsWith(u"Tracking the Sun until "_s),
             qPrintable(rig.panel.trackingText()));
    QCOMPARE(rig.map.skyTracks().size(), 1);
    QVERIFY(!rig.map.skyTracks().first().unwind); // the plan needs none
    rig.shoot(u"track-running.png"_s);

    QVERIFY(rig.rotator->stop().accepted());
    QTRY_VERIFY_WITH_TIMEOUT(rig.map.skyTracks().isEmpty(), timeoutMs);
    QVERIFY(rig.panel.trackingText().isEmpty());
}

void TestTrackView::aStopDropsTheQuestion()
{
    Rig rig(m_fixture);
    QVERIFY(rig.live());
    QVERIFY(rig.view.propose({rig.rotator}, TrackingController::Body::Sun));
    QVERIFY(rig.view.isProposing());
    QVERIFY(rig.rotator->stop().accepted());
    QVERIFY(!rig.view.isProposing());
    QVERIFY(rig.map.skyTracks().isEmpty());
    QCOMPARE(rig.tracking.trackingCount(), 0);

    // Cancel drops it too, and nothing is tracked.
    rig.clock.advanceMs(2000);
    QVERIFY(rig.view.propose({rig.rotator}, TrackingController::Body::Sun));
    QTest::mouseClick(rig.view.planBar()->findChild<QPushButton *>(u"cancelButton"_s),
                      Qt::LeftButton);
    QVERIFY(!rig.view.isProposing());
    QCOMPARE(rig.tracking.trackingCount(), 0);
    QTest::qWait(300);
    QVERIFY(rig.targets.isEmpty());
}

QTEST_MAIN(TestTrackView)
#include "tst_trackview.moc"
