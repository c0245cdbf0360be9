// SPDX-License-Identifier: GPL-3.0-or-later
// RotatorGroup against a real mosquitto and three simulated IP-Rotators on a manual clock: the
// group's commands reach every member through its own Rotator (offsets, range, dark zone), a
// member that cannot turn does not hold the others back, Stop and Park act on all.
#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "model/rotatorgroup.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 10000;
/// Device time a test may run for one group command (turns of up to 180° at 6°/s).
constexpr qint64 turnLimitMs = 60'000;
constexpr qint64 stepMs = 100;

} // namespace

class TestRotatorGroup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void memberBearing_data();
    void memberBearing();
    void turnsEveryMemberByItsOffset();
    void refusedMemberDoesNotHoldTheOthers();
    void stopStopsEveryMember();
    void parksEachAtItsOwnBearing();
    void emptyGroupTurnsNothing();

private:
    /// Devices 01..03: 360°, 360°, and 300° (a dark zone 300..359), all at raw 100 with
    /// StartAzimuth 0; the app knows them through one Fleet.
    void startAll();
    [[nodiscard]] GroupSettings groupOf(const QList<std::pair<int, int>> &indexAndOffset) const;
    [[nodiscard]] RotatorGroup bind(const GroupSettings &settings) const;
    /// Runs device and app time together until pred() holds (false after limitMs device time).
    template<typename Pred> bool runUntil(Pred pred, qint64 limitMs = turnLimitMs);
    [[nodiscard]] bool allStopped() const;

    std::unique_ptr<BrokerFixture> m_fixture;
    ManualClock m_clock;
    std::unique_ptr<SimulatorHost> m_host;
    QList<SimulatedRotator *> m_devices;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<Fleet> m_fleet;
    QList<Rotator *> m_rotators;
    QString m_call;
};

void TestRotatorGroup::init()
{
    m_fixture = std::make_unique<BrokerFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->why()));
    m_call = BrokerFixture::uniqueCall();
    m_clock.setNowMs(0);
    startAll();
}

void TestRotatorGroup::cleanup()
{
    m_rotators.clear();
    m_fleet.reset();
    m_connection.reset();
    m_devices.clear();
    m_host.reset();
    m_fixture.reset();
}

void TestRotatorGroup::startAll()
{
    m_host = std::make_unique<SimulatorHost>(m_fixture->tcpUrl(), m_clock);
    const QList<int> ranges {360, 360, 300};
    for (int i = 0; i < ranges.size(); ++i) {
        SimulatedRotatorConfig config;
        config.call = m_call;
        config.id = SimulatedRotatorConfig::formatId(i + 1);
        config.startAzimuthDeg = 0;
        config.maxRotateDeg = ranges.at(i);
        config.initialRawDeg = 100;
        config.endstopInstalled = true;
        m_devices.append(m_host->addDevice(config));
    }
    m_host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->readyCount(), int(ranges.size()), waitMs);

    BrokerProfile profile = m_fixture->profile();
    profile.name = u"test"_s;
    profile.discover = false;
    m_connection = std::make_unique<MqttConnection>(profile);
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    for (int i = 0; i < ranges.size(); ++i) {
        Rotator *rotator = m_fleet->addRotator({m_call, SimulatedRotatorConfig::formatId(i + 1)});
        RotatorSettings settings;
        settings.brokerName = profile.name;
        settings.address = rotator->address();
        settings.maxRotateDeg = ranges.at(i);
        rotator->setSettings(settings);
        m_rotators.append(rotator);
    }
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), waitMs);
    // Every unit answers the fleet's `get` (one inbound message per ~1 s of device time).
    QVERIFY(runUntil([this] {
        return std::all_of(m_rotators.cbegin(), m_rotators.cend(), [](const Rotator *r) {
            return r->state().bearingDeg() == std::optional<int>(100) && !r->state().moving;
        });
    }));
}

GroupSettings TestRotatorGroup::groupOf(const QList<std::pair<int, int>> &indexAndOffset) const
{
    GroupSettings group;
    group.name = u"Stack"_s;
    for (const auto &[index, offsetDeg] : indexAndOffset)
        group.members.append({u"test"_s, m_rotators.at(index)->address(), offsetDeg});
    return group;
}

RotatorGroup TestRotatorGroup::bind(const GroupSettings &settings) const
{
    return RotatorGroup(settings, [this](const QString &broker, const RotatorAddress &address) {
        return broker == u"test"_s ? m_fleet->rotator(address) : nullptr;
    });
}

template<typename Pred> bool TestRotatorGroup::runUntil(Pred pred, qint64 limitMs)
{
    qint64 ranMs = 0;
    return QTest::qWaitFor(
               [&] {
                   if (pred())
                       return true;
                   if (ranMs >= limitMs)
                       return true;
                   m_clock.advanceMs(stepMs);
                   m_host->advance(stepMs);
                   m_fleet->pollNow();
                   ranMs += stepMs;
                   return false;
               },
               waitMs * 6)
        && pred();
}

bool TestRotatorGroup::allStopped() const
{
    return std::all_of(m_devices.cbegin(), m_devices.cend(),
                       [](const SimulatedRotator *d) { return d->status() == 0; });
}

void TestRotatorGroup::memberBearing_data()
{
    QTest::addColumn<double>("groupDeg");
    QTest::addColumn<int>("offsetDeg");
    QTest::addColumn<double>("expectedDeg");
    QTest::newRow("no offset") << 90.0 << 0 << 90.0;
    QTest::newRow("clockwise") << 90.0 << 20 << 110.0;
    QTest::newRow("past north") << 350.0 << 20 << 10.0;
    QTest::newRow("below zero") << 10.0 << -30 << 340.0;
    QTest::newRow("opposite") << 270.0 << 180 << 90.0;
    QTest::newRow("minus half turn") << 0.0 << -180 << 180.0;
    QTest::newRow("fraction kept") << 359.5 << 1 << 0.5;
}

void TestRotatorGroup::memberBearing()
{
    QFETCH(double, groupDeg);
    QFETCH(int, offsetDeg);
    QFETCH(double, expectedDeg);
    QCOMPARE(RotatorGroup::memberBearingDeg(groupDeg, offsetDeg), expectedDeg);
}

void TestRotatorGroup::turnsEveryMemberByItsOffset()
{
    RotatorGroup group = bind(groupOf({{0, 0}, {1, 20}, {2, -30}}));
    QCOMPARE(group.rotators(), m_rotators);

    const auto planned = group.plan(200);
    QCOMPARE(planned.size(), 3);
    for (const auto &outcome : planned) {
        QVERIFY(outcome.plan);
        QVERIFY(outcome.accepted());
    }
    QCOMPARE(planned.at(1).plan->bearingDeg, 220);
    QCOMPARE(planned.at(2).plan->bearingDeg, 170);

    const auto sent = group.turnTo(200);
    QCOMPARE(RotatorGroup::acceptedCount(sent), 3);
    // Each device receives its own target (raw = bearing, StartAzimuth 0), then stops there.
    QVERIFY(runUntil([this] {
        return m_devices.at(0)->rawTargetDeg() == 200 && m_devices.at(1)->rawTargetDeg() == 220
            && m_devices.at(2)->rawTargetDeg() == 170;
    }));
    QVERIFY(runUntil([this] { return allStopped() && !m_rotators.at(0)->state().moving; }));
    for (const auto &[index, bearing] : QList<std::pair<int, int>> {{0, 200}, {1, 220}, {2, 170}})
        QVERIFY2(std::abs(m_devices.at(index)->bearingDeg() - bearing) <= 2,
                 qPrintable(u"unit %1 at %2"_s.arg(index).arg(m_devices.at(index)->bearingDeg())));
}

void TestRotatorGroup::refusedMemberDoesNotHoldTheOthers()
{
    // 320° lies in unit 3's dark zone; unit 2 at +20 = 340° is fine. A fourth member is on no
    // broker at all.
    GroupSettings settings = groupOf({{0, 0}, {2, 0}, {1, 20}});
    settings.members.append({u"gone"_s, {m_call, u"09"_s}, 0});
    RotatorGroup group = bind(settings);

    const auto sent = group.turnTo(320);
    QCOMPARE(sent.size(), 4);
    QVERIFY(sent.at(0).accepted());
    QCOMPARE(sent.at(1).skip, RotatorGroup::Skip::None);
    QCOMPARE(sent.at(1).result.code, CommandResult::Code::DarkZone);
    QVERIFY(!sent.at(1).accepted());
    QVERIFY(sent.at(2).accepted());
    QCOMPARE(sent.at(3).skip, RotatorGroup::Skip::Missing);
    QVERIFY(!sent.at(3).rotator);
    QCOMPARE(RotatorGroup::acceptedCount(sent), 2);

    QVERIFY(runUntil([this] {
        return m_devices.at(0)->rawTargetDeg() == 320 && m_devices.at(1)->rawTargetDeg() == 340;
    }));
    QVERIFY(runUntil([this] { return allStopped(); }));
    // The refused unit never moved.
    QCOMPARE(m_devices.at(2)->bearingDeg(), 100);
}

void TestRotatorGroup::stopStopsEveryMember()
{
    RotatorGroup group = bind(groupOf({{0, 0}, {1, 10}, {2, -10}}));
    QCOMPARE(RotatorGroup::acceptedCount(group.turnTo(250)), 3);
    QVERIFY(runUntil([this] {
        return std::all_of(m_devices.cbegin(), m_devices.cend(),
                           [](const SimulatedRotator *d) { return d->status() != 0; });
    }));
    const auto stopped = group.stop();
    QCOMPARE(RotatorGroup::acceptedCount(stopped), 3);
    QVERIFY(runUntil([this] { return allStopped(); }));
    // Each stopped well short of its target (it would have needed ~7 s more).
    for (SimulatedRotator *device : std::as_const(m_devices))
        QVERIFY2(device->bearingDeg() < 200, qPrintable(QString::number(device->bearingDeg())));
}

void TestRotatorGroup::parksEachAtItsOwnBearing()
{
    for (const auto &[index, parkDeg] : QList<std::pair<int, int>> {{0, 30}, {1, 250}}) {
        RotatorSettings settings = m_rotators.at(index)->settings();
        settings.parkBearingDeg = parkDeg;
        m_rotators.at(index)->setSettings(settings);
    }
    // Offsets do not apply to parking; unit 3 has no park bearing.
    RotatorGroup group = bind(groupOf({{0, 15}, {1, -40}, {2, 0}}));
    const auto planned = group.planPark();
    QCOMPARE(planned.at(0).bearingDeg, std::optional<double>(30));
    QCOMPARE(planned.at(1).bearingDeg, std::optional<double>(250));
    QCOMPARE(planned.at(2).skip, RotatorGroup::Skip::NoParkBearing);

    const auto parked = group.park();
    QCOMPARE(RotatorGroup::acceptedCount(parked), 2);
    QCOMPARE(parked.at(2).skip, RotatorGroup::Skip::NoParkBearing);
    QVERIFY(runUntil([this] {
        return m_devices.at(0)->rawTargetDeg() == 30 && m_devices.at(1)->rawTargetDeg() == 250;
    }));
    QVERIFY(runUntil([this] { return allStopped(); }));
    QCOMPARE(m_devices.at(2)->bearingDeg(), 100);
}

void TestRotatorGroup::emptyGroupTurnsNothing()
{
    RotatorGroup group = bind(groupOf({}));
    QVERIFY(group.isEmpty());
    QVERIFY(group.turnTo(45).isEmpty());
    QVERIFY(group.park().isEmpty());
    QVERIFY(group.stop().isEmpty());
    // Nothing was sent: no unit has a target.
    QVERIFY(runUntil([] { return false; }, 3000) == false);
    for (SimulatedRotator *device : std::as_const(m_devices))
        QCOMPARE(device->rawTargetDeg(), -1);
}

QTEST_GUILESS_MAIN(TestRotatorGroup)
#include "tst_rotatorgroup.moc"
