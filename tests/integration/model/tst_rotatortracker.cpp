// SPDX-License-Identifier: GPL-3.0-or-later
// RotatorTracker against a real mosquitto. The test plays an ideal device (it jumps to every
// Target at once and sends its heartbeat at each step) and moves a synthetic target across the
// sky on a manual clock, so an hour of tracking runs in a few seconds.
#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "tracking/rotatortracker.h"
#include "tracking/tracksettings.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using tracking::RotatorTracker;
using tracking::SkyPosition;
using tracking::TrackSettings;

namespace {

constexpr int waitMs = 10000;
constexpr qint64 stepMs = 5000;

BrokerProfile profileFor(const QUrl &url)
{
    BrokerProfile profile;
    profile.name = u"test"_s;
    profile.url = url;
    profile.discover = false;
    return profile;
}

/// A target moving at a steady rate from where it is at the clock's start.
struct LinearSky
{
    double azimuthDeg = 0;
    double azimuthDegPerMin = 0;
    double elevationDeg = 30;
    double elevationDegPerMin = 0;
    QDateTime fromUtc;

    [[nodiscard]] tracking::SkyFunction function() const
    {
        return [sky = *this](const QDateTime &utc) -> std::optional<SkyPosition> {
            const double minutes = double(sky.fromUtc.msecsTo(utc)) / 60000.0;
            SkyPosition p;
            p.azimuthDeg
                = std::fmod(sky.azimuthDeg + sky.azimuthDegPerMin * minutes + 720.0, 360.0);
            p.elevationDeg = sky.elevationDeg + sky.elevationDegPerMin * minutes;
            return p;
        };
    }
};

} // namespace

class TestRotatorTracker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plansAroundTheOverlap();
    void previewPlansWithoutSending();
    void waitsForRiseAndEndsBelowHorizon();
    void endsOutOfReachWithoutCrossingTheRange();
    void elevationUnitTakesTheElevation();
    void endsOnStopOverrideOtherClientAndSilence_data();
    void endsOnStopOverrideOtherClientAndSilence();
    void neverRises();
    void honoursTheRotatorsTrackingSettings();

private:
    void startApp(int rangeDeg, int positionRawDeg, bool elevationMode = false);
    /// Moves the clock on in steps; the device sends a heartbeat at each (unless `silent`),
    /// then the fleet and the tracker are polled.
    void run(RotatorTracker &tracker, qint64 totalMs, bool silent = false);

    std::unique_ptr<BrokerFixture> m_fixture;
    std::unique_ptr<MqttConnection> m_device;
    QString m_call;
    int m_positionRaw = 0;
    int m_rangeDeg = 360;
    /// Where the device went for each Target.
    QList<int> m_positions;
    /// Targets the device received, with the manual time they arrived.
    QList<int> m_targets;
    QList<qint64> m_targetMs;

    ManualClock m_clock;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<Fleet> m_fleet;
    Rotator *m_rotator = nullptr;
};

void TestRotatorTracker::init()
{
    m_fixture = std::make_unique<BrokerFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->why()));
    m_call = BrokerFixture::uniqueCall();
    m_targets.clear();
    m_targetMs.clear();
    m_positions.clear();
    m_clock.setNowMs(0);
    m_device = std::make_unique<MqttConnection>(profileFor(m_fixture->tcpUrl()));
    m_device->subscribe(m_call + u"/01/ROT/Target"_s);
    connect(m_device.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &batch) {
                for (const MqttMessage &m : batch) {
                    if (m.ownEcho)
                        continue;
                    bool ok = false;
                    const int raw = m.payload.toInt(&ok);
                    if (!ok)
                        continue;
                    m_targets << raw;
                    m_targetMs << m_clock.nowMs();
                    // An ideal device, there at once, but with the firmware's half rule
                    // (spec 5.3): from the upper half of an overlap range a low Target goes
                    // to its +360 copy.
                    const bool bothLow = m_positionRaw < m_rangeDeg / 2 && raw < m_rangeDeg / 2;
                    m_positionRaw
                        = m_rangeDeg > 360 && !bothLow && raw < m_rangeDeg - 360 ? raw + 360 : raw;
                    m_positions << m_positionRaw;
                    const QByteArray position = QByteArray::number(m_positionRaw);
                    m_device->publish(m_call + u"/01/ROT/Azimuth"_s, position);
                    m_device->publish(m_call + u"/01/ROT/AzimuthStop"_s, position);
                }
            });
    m_device->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_device->isConnected(), waitMs);
}

void TestRotatorTracker::cleanup()
{
    m_fleet.reset();
    m_connection.reset();
    m_device.reset();
    m_fixture.reset();
    m_rotator = nullptr;
}

void TestRotatorTracker::startApp(int rangeDeg, int positionRawDeg, bool elevationMode)
{
    m_positionRaw = positionRawDeg;
    m_rangeDeg = rangeDeg;
    m_connection = std::make_unique<MqttConnection>(profileFor(m_fixture->tcpUrl()));
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    m_rotator = m_fleet->addRotator({m_call, u"01"_s});
    RotatorSettings settings;
    settings.address = m_rotator->address();
    settings.maxRotateDeg = rangeDeg;
    settings.startAzimuthOverrideDeg = 0;
    if (elevationMode)
        settings.elevationMode = true;
    m_rotator->setSettings(settings);
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), waitMs);
    const QByteArray position = QByteArray::number(positionRawDeg);
    QVERIFY(m_device->publish(m_call + u"/01/ROT/Azimuth"_s, position));
    QVERIFY(m_device->publish(m_call + u"/01/ROT/AzimuthStop"_s, position));
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().link, LinkState::Live, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().rawAzimuthDeg, std::optional<int>(positionRawDeg),
                              waitMs);
    m_clock.advanceMs(2000); // past the pacing gap of the connect-time get
}

void TestRotatorTracker::run(RotatorTracker &tracker, qint64 totalMs, bool silent)
{
    for (qint64 done = 0; done < totalMs; done += stepMs) {
        m_clock.advanceMs(stepMs);
        if (!silent) {
            const QDateTime before = m_rotator->state().lastMessageUtc;
            const QByteArray position = QByteArray::number(m_positionRaw);
            QVERIFY(m_device->publish(m_call + u"/01/ROT/Azimuth"_s, position));
            QVERIFY(m_device->publish(m_call + u"/01/ROT/AzimuthStop"_s, position));
            QTRY_VERIFY_WITH_TIMEOUT(m_rotator->state().lastMessageUtc != before
                                         && m_rotator->state().rawAzimuthDeg == m_positionRaw,
                                     waitMs);
        }
        m_fleet->pollNow();
        tracker.poll();
        if (tracker.state() == RotatorTracker::State::Ended)
            return;
    }
}

void TestRotatorTracker::plansAroundTheOverlap()
{
    // 450° from north: the antenna is at 40° on the overlap copy (raw 400). The target goes
    // from 20° to 120°. Starting on the nearest copy (raw 380) would hit the end stop at 90°
    // and unwind a whole turn mid-track; the plan starts on raw 20 instead.
    startApp(450, 400);
    // It sets an hour after the start (30° - 0.5°/min).
    LinearSky sky {20, 2, 30, -0.5, m_clock.nowUtc()};
    TrackSettings settings;
    settings.deadBandDeg = 3;
    settings.minIntervalMs = 20'000;
    RotatorTracker tracker(m_rotator, sky.function(), settings, m_clock);
    QVERIFY(tracker.start());
    QVERIFY(tracker.plan().fits());
    QVERIFY2(!tracker.plan().unplannedBreaks.isEmpty(), "the track should need planning");
    QVERIFY(!tracker.visibleTrack().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_targets.isEmpty(), waitMs);
    // From raw 400 (upper half) the firmware would send a Target of 20 to 380: the tracker
    // heads for 90 (450 - 360, never moved) first, then sends the planned copy.
    QCOMPARE(m_targets.first(), 90);

    run(tracker, 50 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::Tracking);
    QVERIFY2(m_targets.size() > 10, qPrintable(QString::number(m_targets.size())));
    QVERIFY2(m_targets.at(1) >= 20 && m_targets.at(1) <= 23,
             qPrintable(QString::number(m_targets.at(1))));
    for (const int position : std::as_const(m_positions))
        QVERIFY2(position <= 120, qPrintable(QString::number(position))); // the lower copy
    for (int i = 2; i < m_targets.size(); ++i) {
        QVERIFY2(m_targets.at(i) >= m_targets.at(i - 1) + 3, "dead band or direction");
        QVERIFY2(m_targetMs.at(i) - m_targetMs.at(i - 1) >= settings.minIntervalMs, "interval");
        QVERIFY(m_targets.at(i) <= 450);
    }
    QVERIFY2(m_targets.last() >= 115 && m_targets.last() <= 120,
             qPrintable(QString::number(m_targets.last())));
}

void TestRotatorTracker::previewPlansWithoutSending()
{
    // The case above, previewed: the same plan, no command, still idle; start() then follows it.
    startApp(450, 400);
    LinearSky sky {20, 2, 30, -0.5, m_clock.nowUtc()};
    RotatorTracker tracker(m_rotator, sky.function(), TrackSettings {}, m_clock);
    QSignalSpy sent(m_rotator, &Rotator::commandSent);
    QSignalSpy changed(&tracker, &RotatorTracker::stateChanged);
    QCOMPARE(tracker.preview(), std::nullopt);
    QCOMPARE(tracker.state(), RotatorTracker::State::Idle);
    QVERIFY(tracker.plan().fits());
    QCOMPARE(tracker.plan().points.first().rawAzimuthDeg, 20.0);
    QCOMPARE(tracker.plan().unplannedBreaks.size(), 1);
    QVERIFY(!tracker.visibleTrack().isEmpty());
    QVERIFY(changed.isEmpty());
    m_clock.advanceMs(5000);
    tracker.poll(); // idle: polling sends nothing either
    QCOMPARE(sent.count(), 0);
    QVERIFY(tracker.start());
    QTRY_VERIFY_WITH_TIMEOUT(!m_targets.isEmpty(), waitMs);
    QCOMPARE(m_targets.first(), 90); // towards the planned copy (the half rule, see above)

    // A target that never rises: the preview says so, and nothing ends or is sent.
    LinearSky low {100, 1, -20, 0, m_clock.nowUtc()};
    RotatorTracker never(m_rotator, low.function(), TrackSettings {}, m_clock);
    QSignalSpy ended(&never, &RotatorTracker::ended);
    QCOMPARE(never.preview(), std::optional(RotatorTracker::EndReason::NeverRises));
    QCOMPARE(never.state(), RotatorTracker::State::Idle);
    QVERIFY(ended.isEmpty());
}

void TestRotatorTracker::waitsForRiseAndEndsBelowHorizon()
{
    startApp(360, 100);
    // Rises through 3° after 8 minutes, culminates, sets: elevation -5 + 1°/min until the test
    // swaps in a setting target.
    LinearSky sky {100, 1, -5, 1, m_clock.nowUtc()};
    TrackSettings settings;
    settings.startElevationDeg = 3;
    settings.stopElevationDeg = 0;
    settings.minIntervalMs = 5000;
    RotatorTracker tracker(m_rotator, sky.function(), settings, m_clock);
    QSignalSpy ended(&tracker, &RotatorTracker::ended);
    QVERIFY(tracker.start());
    QCOMPARE(tracker.state(), RotatorTracker::State::WaitingForRise);
    run(tracker, 7 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::WaitingForRise);
    QVERIFY(m_targets.isEmpty());
    run(tracker, 2 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::Tracking);
    QTRY_VERIFY_WITH_TIMEOUT(!m_targets.isEmpty(), waitMs);

    // Stopped by hand; then a second tracker on a setting target ends when it sinks below 0°.
    tracker.stop();
    QCOMPARE(ended.count(), 1);
    LinearSky setting {120, 1, 2, -1, m_clock.nowUtc()};
    RotatorTracker sinking(m_rotator, setting.function(), settings, m_clock);
    QSignalSpy sinkingEnded(&sinking, &RotatorTracker::ended);
    QVERIFY(sinking.start()); // up (above 0°) counts as risen
    run(sinking, 5 * 60'000);
    QCOMPARE(sinking.state(), RotatorTracker::State::Ended);
    QCOMPARE(sinking.endReason(), RotatorTracker::EndReason::BelowHorizon);
    QCOMPARE(sinkingEnded.count(), 1);
    const qsizetype sent = m_targets.size();
    run(sinking, 2 * 60'000);
    QCOMPARE(m_targets.size(), sent);
}

void TestRotatorTracker::endsOutOfReachWithoutCrossingTheRange()
{
    // 300° of range from north: 300..359 is the dark zone.
    startApp(300, 270);
    LinearSky sky {280, 2, 30, 0, m_clock.nowUtc()};
    RotatorTracker tracker(m_rotator, sky.function(), TrackSettings {}, m_clock);
    QVERIFY(tracker.start());
    run(tracker, 30 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::Ended);
    QCOMPARE(tracker.endReason(), RotatorTracker::EndReason::OutOfReach);
    QVERIFY(!m_targets.isEmpty());
    for (const int raw : std::as_const(m_targets))
        QVERIFY2(raw >= 0 && raw <= 300, qPrintable(QString::number(raw)));
}

void TestRotatorTracker::elevationUnitTakesTheElevation()
{
    startApp(180, 10, true);
    LinearSky sky {200, 1, 20, 1, m_clock.nowUtc()};
    TrackSettings settings;
    settings.deadBandDeg = 2;
    settings.minIntervalMs = 5000;
    RotatorTracker tracker(m_rotator, sky.function(), settings, m_clock);
    QVERIFY(tracker.start());
    QVERIFY(tracker.plan().points.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_targets.isEmpty(), waitMs);
    QCOMPARE(m_targets.first(), 20);
    run(tracker, 10 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::Tracking);
    QVERIFY2(m_targets.last() >= 28 && m_targets.last() <= 30,
             qPrintable(QString::number(m_targets.last())));
}

void TestRotatorTracker::endsOnStopOverrideOtherClientAndSilence_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<RotatorTracker::EndReason>("reason");
    QTest::newRow("stop from the app") << u"stop"_s << RotatorTracker::EndReason::Stopped;
    QTest::newRow("the user turns it") << u"turn"_s << RotatorTracker::EndReason::Overridden;
    QTest::newRow("another client's Target")
        << u"other"_s << RotatorTracker::EndReason::OtherClient;
    QTest::newRow("another client's stop") << u"otherStop"_s << RotatorTracker::EndReason::Stopped;
    QTest::newRow("unit silent") << u"silent"_s << RotatorTracker::EndReason::Stale;
    QTest::newRow("broker down") << u"broker"_s << RotatorTracker::EndReason::BrokerDown;
}

void TestRotatorTracker::endsOnStopOverrideOtherClientAndSilence()
{
    QFETCH(QString, what);
    QFETCH(RotatorTracker::EndReason, reason);
    startApp(360, 100);
    LinearSky sky {100, 2, 30, 0, m_clock.nowUtc()};
    RotatorTracker tracker(m_rotator, sky.function(), TrackSettings {}, m_clock);
    QSignalSpy ended(&tracker, &RotatorTracker::ended);
    QVERIFY(tracker.start());
    run(tracker, 3 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::Tracking);
    QTRY_VERIFY_WITH_TIMEOUT(!m_targets.isEmpty(), waitMs);

    if (what == u"stop"_s) {
        QVERIFY(m_rotator->stop().accepted());
    } else if (what == u"turn"_s) {
        QVERIFY(m_rotator->turnToBearing(300).accepted());
    } else if (what == u"other"_s) {
        QVERIFY(m_device->publish(m_call + u"/01/ROT/Target"_s, "250"));
    } else if (what == u"otherStop"_s) {
        QVERIFY(m_device->publish(m_call + u"/01/ROT/stop"_s, "1"));
    } else if (what == u"silent"_s) {
        run(tracker, 2 * 60'000, true);
    } else if (what == u"broker"_s) {
        m_fixture->broker().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_connection->isConnected(), waitMs);
        m_fleet->pollNow();
        tracker.poll();
    }
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, waitMs);
    QCOMPARE(tracker.endReason(), reason);
    QCOMPARE(tracker.state(), RotatorTracker::State::Ended);

    // Never a command after the end.
    QSignalSpy sent(m_rotator, &Rotator::commandSent);
    for (int i = 0; i < 10; ++i) {
        m_clock.advanceMs(stepMs);
        tracker.poll();
    }
    for (const auto &call : std::as_const(sent))
        QVERIFY2(call.at(0).toString() != u"Target"_s, "a Target after the end");
    QCOMPARE(ended.count(), 1);
}

void TestRotatorTracker::neverRises()
{
    startApp(360, 100);
    LinearSky sky {100, 1, -20, 0, m_clock.nowUtc()};
    RotatorTracker tracker(m_rotator, sky.function(), TrackSettings {}, m_clock);
    QSignalSpy ended(&tracker, &RotatorTracker::ended);
    QVERIFY(!tracker.start());
    QCOMPARE(tracker.endReason(), RotatorTracker::EndReason::NeverRises);
    QCOMPARE(ended.count(), 1);
}

void TestRotatorTracker::honoursTheRotatorsTrackingSettings()
{
    startApp(360, 20);
    RotatorSettings rotatorSettings = m_rotator->settings();
    rotatorSettings.trackDeadBandDeg = 3;
    rotatorSettings.trackIntervalSec = 30;
    rotatorSettings.trackStartElevationDeg = 10;
    rotatorSettings.trackStopElevationDeg = 4;
    m_rotator->setSettings(rotatorSettings);
    // Rises 1°/min from the horizon for 20 minutes, then sets at 1°/min. The azimuth runs
    // 8°/min while it rises (faster than 3° per 30 s: the interval holds it back) and 0.5°/min
    // while it sets (slower: the dead band holds it back).
    const qint64 startMs = m_clock.nowMs();
    const QDateTime startUtc = m_clock.nowUtc();
    const tracking::SkyFunction sky = [startUtc](const QDateTime &utc) {
        const double minutes = double(startUtc.msecsTo(utc)) / 60000.0;
        SkyPosition p;
        p.azimuthDeg = minutes <= 20 ? 20 + 8 * minutes : 180 + 0.5 * (minutes - 20);
        p.elevationDeg = minutes <= 20 ? minutes : 40 - minutes;
        return std::optional<SkyPosition>(p);
    };
    RotatorTracker tracker(m_rotator, sky, tracking::trackSettingsFor(m_rotator->settings()),
                           m_clock);
    QCOMPARE(tracker.settings().minIntervalMs, 30'000);
    QVERIFY(tracker.start());
    QCOMPARE(tracker.state(), RotatorTracker::State::WaitingForRise);
    run(tracker, 60 * 60'000);
    QCOMPARE(tracker.state(), RotatorTracker::State::Ended);
    QCOMPARE(tracker.endReason(), RotatorTracker::EndReason::BelowHorizon);
    // Below 4° after 36 minutes (the default stop elevation would have waited until 40.5).
    const qint64 endedAfterMs = m_clock.nowMs() - startMs;
    QVERIFY2(endedAfterMs > 36 * 60'000 && endedAfterMs <= 37 * 60'000,
             qPrintable(QString::number(endedAfterMs)));

    QVERIFY2(m_targets.size() > 10, qPrintable(QString::number(m_targets.size())));
    QVERIFY2(m_targetMs.first() - startMs >= 10 * 60'000, "started below the start elevation");
    for (int i = 1; i < m_targets.size(); ++i) {
        QVERIFY2(
            std::abs(m_targets.at(i) - m_targets.at(i - 1)) >= 3,
            qPrintable(u"dead band: %1 after %2"_s.arg(m_targets.at(i)).arg(m_targets.at(i - 1))));
        QVERIFY2(m_targetMs.at(i) - m_targetMs.at(i - 1) >= 30'000, "interval");
    }
}

QTEST_GUILESS_MAIN(TestRotatorTracker)
#include "tst_rotatortracker.moc"
