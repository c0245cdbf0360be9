// SPDX-License-Identifier: GPL-3.0-or-later
// AutoParker against a real mosquitto: the test plays the device (heartbeats as the manual clock
// moves on) and watches the commands a second client sees. Minutes of waiting run in
// milliseconds through the injectable clock.
#include "brokerfixture.h"
#include "core/clock.h"
#include "model/autoparker.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 10000;
constexpr qint64 minuteMs = 60'000;
constexpr int parkDeg = 200;

BrokerProfile profileFor(const QUrl &url)
{
    BrokerProfile profile;
    profile.name = u"test"_s;
    profile.url = url;
    profile.discover = false;
    return profile;
}

} // namespace

class TestAutoParker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offByDefault();
    void warnsThenParksOnce();
    void commandRestartsTheWait();
    void otherClientRestartsTheWait();
    void alreadyParkedSendsNothing();
    void neverWhileStale();
    void neverWhileBrokerDown();

private:
    /// The app side: a connection, a fleet with one rotator at raw 100 (= bearing 100), live.
    void startApp(std::optional<int> autoParkAfterMin, int positionDeg = 100);
    /// Moves the clock on in 20 s steps; the device sends a heartbeat at each step when
    /// `heartbeat`, and the parker is polled after the rotator has seen it.
    void advance(qint64 totalMs, bool heartbeat = true);
    [[nodiscard]] QStringList targetsSeen() const;

    std::unique_ptr<BrokerFixture> m_fixture;
    std::unique_ptr<MqttConnection> m_device;
    std::unique_ptr<MqttConnection> m_observer;
    QList<MqttMessage> m_seen;
    QString m_call;
    int m_positionDeg = 100;

    ManualClock m_clock;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<Fleet> m_fleet;
    Rotator *m_rotator = nullptr;
    std::unique_ptr<AutoParker> m_parker;
};

void TestAutoParker::init()
{
    m_fixture = std::make_unique<BrokerFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->why()));
    m_call = BrokerFixture::uniqueCall();
    m_seen.clear();
    m_clock.setNowMs(0);

    m_device = std::make_unique<MqttConnection>(profileFor(m_fixture->tcpUrl()));
    m_device->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_device->isConnected(), waitMs);
    m_observer = std::make_unique<MqttConnection>(profileFor(m_fixture->tcpUrl()));
    m_observer->subscribe(m_call + u"/01/ROT/Target"_s);
    connect(m_observer.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &batch) { m_seen << batch; });
    m_observer->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_observer->isConnected(), waitMs);
}

void TestAutoParker::cleanup()
{
    m_parker.reset();
    m_fleet.reset();
    m_connection.reset();
    m_observer.reset();
    m_device.reset();
    m_fixture.reset();
    m_rotator = nullptr;
}

void TestAutoParker::startApp(std::optional<int> autoParkAfterMin, int positionDeg)
{
    m_positionDeg = positionDeg;
    m_connection = std::make_unique<MqttConnection>(profileFor(m_fixture->tcpUrl()));
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    m_rotator = m_fleet->addRotator({m_call, u"01"_s});
    RotatorSettings settings;
    settings.address = m_rotator->address();
    settings.parkBearingDeg = parkDeg;
    settings.autoParkAfterMin = autoParkAfterMin;
    m_rotator->setSettings(settings);
    m_parker = std::make_unique<AutoParker>(m_clock);
    m_parker->watch(m_rotator);

    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), waitMs);
    const QByteArray position = QByteArray::number(positionDeg);
    QVERIFY(m_device->publish(m_call + u"/01/ROT/StartAzimuth"_s, "0"));
    QVERIFY(m_device->publish(m_call + u"/01/ROT/Azimuth"_s, position));
    QVERIFY(m_device->publish(m_call + u"/01/ROT/AzimuthStop"_s, position));
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().link, LinkState::Live, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().bearingDeg(), std::optional<int>(positionDeg),
                              waitMs);
}

void TestAutoParker::advance(qint64 totalMs, bool heartbeat)
{
    constexpr qint64 stepMs = 20'000;
    for (qint64 done = 0; done < totalMs; done += stepMs) {
        m_clock.advanceMs(std::min(stepMs, totalMs - done));
        if (heartbeat) {
            const QDateTime before = m_rotator->state().lastMessageUtc;
            // A stopped unit follows every Azimuth with AzimuthStop.
            const QByteArray position = QByteArray::number(m_positionDeg);
            QVERIFY(m_device->publish(m_call + u"/01/ROT/Azimuth"_s, position));
            QVERIFY(m_device->publish(m_call + u"/01/ROT/AzimuthStop"_s, position));
            QTRY_VERIFY_WITH_TIMEOUT(
                m_rotator->state().lastMessageUtc != before && !m_rotator->state().moving, waitMs);
        }
        m_fleet->pollNow();
        m_parker->poll();
    }
}

QStringList TestAutoParker::targetsSeen() const
{
    QStringList targets;
    for (const MqttMessage &m : m_seen)
        targets << QString::fromUtf8(m.payload);
    return targets;
}

void TestAutoParker::offByDefault()
{
    startApp(std::nullopt);
    QSignalSpy soon(m_parker.get(), &AutoParker::parkingSoon);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    advance(3 * minuteMs);
    QVERIFY(!m_parker->msUntilPark(m_rotator));
    QCOMPARE(soon.count(), 0);
    QCOMPARE(started.count(), 0);
    // A marker proves the observer would have seen a Target by now.
    QVERIFY(m_device->publish(m_call + u"/01/ROT/Target"_s, "marker"));
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), QStringList {u"marker"_s}, waitMs);
}

void TestAutoParker::warnsThenParksOnce()
{
    startApp(2);
    QSignalSpy soon(m_parker.get(), &AutoParker::parkingSoon);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    QVERIFY(m_parker->msUntilPark(m_rotator));
    QCOMPARE(*m_parker->msUntilPark(m_rotator), 2 * minuteMs);

    advance(40'000);
    QCOMPARE(soon.count(), 0);
    advance(40'000); // at 60 s: 60 s left, the warning
    QCOMPARE(soon.count(), 1);
    QCOMPARE(soon.first().at(1).toInt(), 60);
    QCOMPARE(started.count(), 0);
    QVERIFY(targetsSeen().isEmpty());

    advance(40'000); // 120 s: due
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).toInt(), parkDeg);
    QVERIFY(started.first().at(2).value<CommandResult>().accepted());
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), QStringList {u"200"_s}, waitMs);
    QVERIFY(!m_parker->msUntilPark(m_rotator));

    // The device did not move (the test plays a stuck unit): no second park, ever.
    advance(10 * minuteMs);
    QCOMPARE(started.count(), 1);
    QCOMPARE(soon.count(), 1);
    QVERIFY(m_device->publish(m_call + u"/01/ROT/Target"_s, "marker"));
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), (QStringList {u"200"_s, u"marker"_s}), waitMs);
}

void TestAutoParker::commandRestartsTheWait()
{
    startApp(2);
    QSignalSpy soon(m_parker.get(), &AutoParker::parkingSoon);
    QSignalSpy cancelled(m_parker.get(), &AutoParker::parkingCancelled);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    advance(80'000);
    QCOMPARE(soon.count(), 1);

    QVERIFY(m_rotator->turnToBearing(150).accepted());
    QCOMPARE(cancelled.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), QStringList {u"150"_s}, waitMs);
    m_positionDeg = 150;
    // The full two minutes again from the command.
    advance(100'000);
    QCOMPARE(started.count(), 0);
    advance(20'000);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), (QStringList {u"150"_s, u"200"_s}), waitMs);
}

void TestAutoParker::otherClientRestartsTheWait()
{
    startApp(2);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    advance(100'000);
    QVERIFY(m_device->publish(m_call + u"/01/ROT/Target"_s, "120"));
    QTRY_VERIFY_WITH_TIMEOUT(m_rotator->state().targetFromOtherClient, waitMs);
    advance(100'000);
    QCOMPARE(started.count(), 0);
    advance(20'000);
    QCOMPARE(started.count(), 1);
}

void TestAutoParker::alreadyParkedSendsNothing()
{
    startApp(1, parkDeg + 1);
    QSignalSpy soon(m_parker.get(), &AutoParker::parkingSoon);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    QVERIFY(!m_parker->msUntilPark(m_rotator));
    advance(5 * minuteMs);
    QCOMPARE(soon.count(), 0);
    QCOMPARE(started.count(), 0);
}

void TestAutoParker::neverWhileStale()
{
    startApp(3);
    QSignalSpy soon(m_parker.get(), &AutoParker::parkingSoon);
    QSignalSpy cancelled(m_parker.get(), &AutoParker::parkingCancelled);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    advance(100'000);
    // The unit falls silent: the warning comes at 120 s, it is stale 65 s after its last word
    // (by 180 s, when the park would be due): the countdown is called off and nothing fires.
    advance(80'000, false);
    QCOMPARE(soon.count(), 1);
    QCOMPARE(m_rotator->state().link, LinkState::Stale);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_parker->msUntilPark(m_rotator));
    advance(5 * minuteMs, false);
    QCOMPARE(started.count(), 0);

    // Back: the whole delay again, counted from its return (to the poll).
    advance(140'000);
    QCOMPARE(m_rotator->state().link, LinkState::Live);
    QCOMPARE(started.count(), 0);
    advance(40'000);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), QStringList {u"200"_s}, waitMs);
}

void TestAutoParker::neverWhileBrokerDown()
{
    startApp(2);
    QSignalSpy started(m_parker.get(), &AutoParker::parkingStarted);
    advance(100'000);
    m_fixture->broker().stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_connection->isConnected(), waitMs);
    for (int i = 0; i < 10; ++i) {
        m_clock.advanceMs(30'000);
        m_fleet->pollNow();
        m_parker->poll();
    }
    QCOMPARE(m_rotator->state().link, LinkState::BrokerDown);
    QCOMPARE(started.count(), 0);

    // The broker returns: nothing was kept, and the wait starts again once the unit is heard.
    QVERIFY2(m_fixture->broker().restart(waitMs), qPrintable(m_fixture->why()));
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected() && m_device->isConnected()
                                 && m_observer->isConnected(),
                             3 * waitMs);
    advance(100'000);
    QCOMPARE(m_rotator->state().link, LinkState::Live);
    QCOMPARE(started.count(), 0);
    QVERIFY(targetsSeen().isEmpty());
    advance(40'000);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(targetsSeen(), QStringList {u"200"_s}, waitMs);
}

QTEST_GUILESS_MAIN(TestAutoParker)
#include "tst_autoparker.moc"
