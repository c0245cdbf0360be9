// SPDX-License-Identifier: GPL-3.0-or-later
// PairTracker against a real mosquitto. The test plays two ideal devices, an azimuth unit (01)
// and an elevation-only unit (02, raw 0..180 over the zenith), which jump to every Target at
// once and send a heartbeat at each step; a synthetic target moves on a manual clock.
#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "tracking/pairtracker.h"

#include <QSignalSpy>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using tracking::PairTracker;
using tracking::SkyPosition;
using tracking::TrackSettings;

namespace {

constexpr int waitMs = 10000;
constexpr qint64 stepMs = 5000;

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

/// One played device: where it is and what it was sent, with the manual time.
struct Unit
{
    QString id;
    int positionRaw = 0;
    QList<int> targets;
    QList<qint64> targetMs;
};

} // namespace

class TestPairTracker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsWithBothUnits();
    void flipsInsteadOfSwinging();
    void waitsForRiseAndEndsBelowHorizon();
    void endsOnEitherUnit_data();
    void endsOnEitherUnit();
    void neverRises();

private:
    void startApp(int azimuthRaw, int elevationRaw);
    void run(PairTracker &tracker, qint64 totalMs, bool silent = false);
    [[nodiscard]] QString topic(const Unit &unit, const QString &leaf) const
    {
        return u"%1/%2/ROT/%3"_s.arg(m_call, unit.id, leaf);
    }

    std::unique_ptr<BrokerFixture> m_fixture;
    std::unique_ptr<MqttConnection> m_device;
    QString m_call;
    std::array<Unit, 2> m_units;

    ManualClock m_clock;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<Fleet> m_fleet;
    Rotator *m_az = nullptr;
    Rotator *m_el = nullptr;
};

void TestPairTracker::init()
{
    m_fixture = std::make_unique<BrokerFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->why()));
    m_call = BrokerFixture::uniqueCall();
    m_units = {Unit {u"01"_s, 0, {}, {}}, Unit {u"02"_s, 0, {}, {}}};
    m_clock.setNowMs(0);
    m_device = std::make_unique<MqttConnection>(m_fixture->profile());
    m_device->subscribe(m_call + u"/+/ROT/Target"_s);
    connect(m_device.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &batch) {
                for (const MqttMessage &m : batch) {
                    if (m.ownEcho)
                        continue;
                    for (Unit &unit : m_units) {
                        if (m.topic != topic(unit, u"Target"_s))
                            continue;
                        const int raw = m.payload.toInt();
                        unit.targets << raw;
                        unit.targetMs << m_clock.nowMs();
                        unit.positionRaw = raw; // an ideal device: there at once
                        m_device->publish(topic(unit, u"Azimuth"_s), m.payload);
                        m_device->publish(topic(unit, u"AzimuthStop"_s), m.payload);
                    }
                }
            });
    m_device->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_device->isConnected(), waitMs);
}

void TestPairTracker::cleanup()
{
    m_fleet.reset();
    m_connection.reset();
    m_device.reset();
    m_fixture.reset();
    m_az = m_el = nullptr;
}

void TestPairTracker::startApp(int azimuthRaw, int elevationRaw)
{
    m_units[0].positionRaw = azimuthRaw;
    m_units[1].positionRaw = elevationRaw;
    m_connection = std::make_unique<MqttConnection>(m_fixture->profile());
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    m_az = m_fleet->addRotator({m_call, m_units[0].id});
    m_el = m_fleet->addRotator({m_call, m_units[1].id});
    RotatorSettings az;
    az.address = m_az->address();
    az.maxRotateDeg = 360;
    az.startAzimuthOverrideDeg = 0;
    m_az->setSettings(az);
    RotatorSettings el;
    el.address = m_el->address();
    el.maxRotateDeg = 180;
    el.elevationMode = true;
    m_el->setSettings(el);
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), waitMs);
    for (const Unit &unit : m_units) {
        const QByteArray position = QByteArray::number(unit.positionRaw);
        QVERIFY(m_device->publish(topic(unit, u"Azimuth"_s), position));
        QVERIFY(m_device->publish(topic(unit, u"AzimuthStop"_s), position));
    }
    for (Rotator *rotator : {m_az, m_el})
        QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_az->state().rawAzimuthDeg, std::optional<int>(azimuthRaw), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_el->state().rawAzimuthDeg, std::optional<int>(elevationRaw),
                              waitMs);
    m_clock.advanceMs(2000); // past the pacing gap of the connect-time get
}

void TestPairTracker::run(PairTracker &tracker, qint64 totalMs, bool silent)
{
    for (qint64 done = 0; done < totalMs; done += stepMs) {
        m_clock.advanceMs(stepMs);
        if (!silent) {
            for (int i = 0; i < 2; ++i) {
                Rotator *rotator = i == 0 ? m_az : m_el;
                const Unit &unit = m_units.at(std::size_t(i));
                const QByteArray position = QByteArray::number(unit.positionRaw);
                QVERIFY(m_device->publish(topic(unit, u"Azimuth"_s), position));
                QVERIFY(m_device->publish(topic(unit, u"AzimuthStop"_s), position));
                // Heard at this step's time (a device's reply to a Target may have come first).
                QTRY_VERIFY_WITH_TIMEOUT(rotator->state().lastMessageUtc == m_clock.nowUtc()
                                             && rotator->state().rawAzimuthDeg == unit.positionRaw,
                                         waitMs);
            }
        }
        m_fleet->pollNow();
        tracker.poll();
        if (tracker.state() == PairTracker::State::Ended)
            return;
    }
}

void TestPairTracker::followsWithBothUnits()
{
    startApp(100, 10);
    // East to south-east, climbing: 1°/min in azimuth, 0.5°/min in elevation.
    LinearSky sky {100, 1, 20, 0.5, m_clock.nowUtc()};
    TrackSettings settings;
    settings.deadBandDeg = 2;
    settings.minIntervalMs = 20'000;
    PairTracker tracker(m_az, m_el, sky.function(), settings, m_clock);
    QVERIFY(tracker.start());
    QCOMPARE(tracker.state(), PairTracker::State::Tracking);
    // The azimuth is there already; the elevation goes up to 20.
    QTRY_VERIFY_WITH_TIMEOUT(!m_units[1].targets.isEmpty(), waitMs);
    QCOMPARE(m_units[1].targets.first(), 20);
    QVERIFY(m_units[0].targets.isEmpty());

    run(tracker, 30 * 60'000);
    QCOMPARE(tracker.state(), PairTracker::State::Tracking);
    QVERIFY(tracker.pose() && !tracker.pose()->flipped);
    for (const Unit &unit : m_units) {
        QVERIFY2(unit.targets.size() >= 5, qPrintable(QString::number(unit.targets.size())));
        for (qsizetype i = 1; i < unit.targets.size(); ++i) {
            QVERIFY2(unit.targets.at(i) >= unit.targets.at(i - 1) + 2, "dead band or direction");
            QVERIFY2(unit.targetMs.at(i) - unit.targetMs.at(i - 1) >= settings.minIntervalMs,
                     "interval");
        }
    }
    QVERIFY2(std::abs(m_units[0].targets.last() - 130) <= 2,
             qPrintable(QString::number(m_units[0].targets.last())));
    QVERIFY2(std::abs(m_units[1].targets.last() - 35) <= 2,
             qPrintable(QString::number(m_units[1].targets.last())));
}

void TestPairTracker::flipsInsteadOfSwinging()
{
    // The azimuth points north-north-east (raw 10), the elevation straight up. The target is in
    // the south-south-west, 60° high: pointing straight swings the azimuth 190°; flipped, the
    // azimuth moves 10° and the elevation goes past the zenith to 120.
    startApp(10, 90);
    LinearSky sky {200, 0.2, 60, 0, m_clock.nowUtc()};
    PairTracker tracker(m_az, m_el, sky.function(), TrackSettings {}, m_clock);
    QVERIFY(tracker.start());
    QTRY_VERIFY_WITH_TIMEOUT(!m_units[0].targets.isEmpty() && !m_units[1].targets.isEmpty(),
                             waitMs);
    QCOMPARE(m_units[0].targets.first(), 20);
    QCOMPARE(m_units[1].targets.first(), 120);
    QVERIFY(tracker.pose() && tracker.pose()->flipped);
    run(tracker, 20 * 60'000);
    QCOMPARE(tracker.state(), PairTracker::State::Tracking);
    // It stays flipped; never an unwind, never out of range.
    for (const int raw : std::as_const(m_units[0].targets))
        QVERIFY2(raw >= 15 && raw <= 30, qPrintable(QString::number(raw)));
    for (const int raw : std::as_const(m_units[1].targets))
        QCOMPARE(raw, 120);
}

void TestPairTracker::waitsForRiseAndEndsBelowHorizon()
{
    startApp(100, 10);
    LinearSky sky {100, 1, -5, 1, m_clock.nowUtc()};
    TrackSettings settings;
    settings.startElevationDeg = 3;
    settings.stopElevationDeg = 0;
    settings.minIntervalMs = 5000;
    PairTracker tracker(m_az, m_el, sky.function(), settings, m_clock);
    QVERIFY(tracker.start());
    QCOMPARE(tracker.state(), PairTracker::State::WaitingForRise);
    run(tracker, 7 * 60'000);
    QCOMPARE(tracker.state(), PairTracker::State::WaitingForRise);
    QVERIFY(m_units[0].targets.isEmpty() && m_units[1].targets.isEmpty());
    run(tracker, 2 * 60'000);
    QCOMPARE(tracker.state(), PairTracker::State::Tracking);
    tracker.stop();
    QCOMPARE(tracker.endReason(), PairTracker::EndReason::Stopped);

    LinearSky setting {120, 1, 2, -1, m_clock.nowUtc()};
    PairTracker sinking(m_az, m_el, setting.function(), settings, m_clock);
    QSignalSpy ended(&sinking, &PairTracker::ended);
    QVERIFY(sinking.start());
    run(sinking, 5 * 60'000);
    QCOMPARE(sinking.endReason(), PairTracker::EndReason::BelowHorizon);
    QCOMPARE(ended.count(), 1);
}

void TestPairTracker::endsOnEitherUnit_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("unit");
    QTest::addColumn<PairTracker::EndReason>("reason");
    for (const int unit : {0, 1}) {
        const char *name = unit == 0 ? "azimuth" : "elevation";
        QTest::addRow("stop of the %s", name)
            << u"stop"_s << unit << PairTracker::EndReason::Stopped;
        QTest::addRow("the user turns the %s", name)
            << u"turn"_s << unit << PairTracker::EndReason::Overridden;
        QTest::addRow("another client's Target to the %s", name)
            << u"other"_s << unit << PairTracker::EndReason::OtherClient;
    }
    QTest::newRow("both silent") << u"silent"_s << 0 << PairTracker::EndReason::Stale;
    QTest::newRow("broker down") << u"broker"_s << 0 << PairTracker::EndReason::BrokerDown;
}

void TestPairTracker::endsOnEitherUnit()
{
    QFETCH(QString, what);
    QFETCH(int, unit);
    QFETCH(PairTracker::EndReason, reason);
    startApp(100, 10);
    LinearSky sky {100, 2, 30, 0.5, m_clock.nowUtc()};
    PairTracker tracker(m_az, m_el, sky.function(), TrackSettings {}, m_clock);
    QSignalSpy ended(&tracker, &PairTracker::ended);
    QVERIFY(tracker.start());
    run(tracker, 3 * 60'000);
    QCOMPARE(tracker.state(), PairTracker::State::Tracking);

    Rotator *rotator = unit == 0 ? m_az : m_el;
    if (what == u"stop"_s) {
        QVERIFY(rotator->stop().accepted());
    } else if (what == u"turn"_s) {
        QVERIFY(rotator->turnToRaw(50).accepted());
    } else if (what == u"other"_s) {
        QVERIFY(m_device->publish(topic(m_units.at(std::size_t(unit)), u"Target"_s), "60"));
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

    // Never a Target after the end.
    QSignalSpy azSent(m_az, &Rotator::commandSent);
    QSignalSpy elSent(m_el, &Rotator::commandSent);
    for (int i = 0; i < 10; ++i) {
        m_clock.advanceMs(stepMs);
        tracker.poll();
    }
    for (const QSignalSpy *sent : {&azSent, &elSent}) {
        for (const auto &call : *sent)
            QVERIFY2(call.at(0).toString() != u"Target"_s, "a Target after the end");
    }
    QCOMPARE(ended.count(), 1);
}

void TestPairTracker::neverRises()
{
    startApp(100, 10);
    LinearSky sky {100, 1, -20, 0, m_clock.nowUtc()};
    PairTracker tracker(m_az, m_el, sky.function(), TrackSettings {}, m_clock);
    QVERIFY(!tracker.start());
    QCOMPARE(tracker.endReason(), PairTracker::EndReason::NeverRises);
}

QTEST_GUILESS_MAIN(TestPairTracker)
#include "tst_pairtracker.moc"
