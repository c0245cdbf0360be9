// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic log's rotator filter follows the station: rotators added in a burst (discovery)
// all appear after one rebuild, and a rotator added a moment ago can be chosen at once.
#include "widgets/trafficlogdock.h"

#include "brokerfixture.h"
#include "models/trafficlogfiltermodel.h"
#include "session.h"

#include "core/clock.h"
#include "mqtt/mqttconnection.h"

#include "namedchild.h"

#include <QComboBox>
#include <QTest>

#include <memory>

class TestTrafficLogDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void burstOfRotatorsIsListed();
    void justAddedRotatorCanBeChosen();
    void removedBrokerLeavesTheList();

private:
    Rotator *addRotator(Session &station, int id);
    /// A station with the broker "test" on the fixture's mosquitto; null if it cannot be added.
    std::unique_ptr<Session> stationWithBroker();
    BrokerFixture m_broker;
    ManualClock m_clock;
};

void TestTrafficLogDock::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

std::unique_ptr<Session> TestTrafficLogDock::stationWithBroker()
{
    auto station = std::make_unique<Session>(m_clock);
    BrokerProfile profile;
    profile.name = QStringLiteral("test");
    profile.url = m_broker.tcpUrl();
    if (!station->addBroker(profile))
        return nullptr;
    return station;
}

Rotator *TestTrafficLogDock::addRotator(Session &station, int id)
{
    RotatorSettings settings;
    settings.brokerName = QStringLiteral("test");
    settings.address = RotatorAddress {QStringLiteral("LOG"), QString::number(id)};
    settings.label = QStringLiteral("Beam %1").arg(id);
    return station.addRotator(settings);
}

void TestTrafficLogDock::burstOfRotatorsIsListed()
{
    const std::unique_ptr<Session> owner = stationWithBroker();
    QVERIFY(owner);
    Session &station = *owner;
    TrafficLogDock dock(&station);
    auto *box = dock.findChild<QComboBox *>();
    QVERIFY(box);
    QCOMPARE(box->count(), 1); // "All"
    for (int id = 1; id <= 300; ++id)
        QVERIFY(addRotator(station, id));
    QTRY_COMPARE_WITH_TIMEOUT(box->count(), 301, 10000);
    QCOMPARE(box->itemText(300), QStringLiteral("Beam 300 (LOG/300)"));
    QCOMPARE(box->currentIndex(), 0);
}

void TestTrafficLogDock::justAddedRotatorCanBeChosen()
{
    const std::unique_ptr<Session> owner = stationWithBroker();
    QVERIFY(owner);
    Session &station = *owner;
    TrafficLogDock dock(&station);
    Rotator *rotator = addRotator(station, 7);
    QVERIFY(rotator);
    // No event loop in between: the list must catch up before choosing.
    dock.setRotatorFilter(rotator);
    auto *box = dock.findChild<QComboBox *>();
    QCOMPARE(box->currentData().toString(), QStringLiteral("LOG/7/ROT/"));
    QCOMPARE(namedChild<TrafficLogFilterModel>(&dock, "trafficLogFilter")->topicPrefix(),
             QStringLiteral("LOG/7/ROT/"));
}

void TestTrafficLogDock::removedBrokerLeavesTheList()
{
    const std::unique_ptr<Session> owner = stationWithBroker();
    QVERIFY(owner);
    Session &station = *owner;
    TrafficLogDock dock(&station);
    for (int id = 1; id <= 3; ++id)
        addRotator(station, id);
    auto *box = dock.findChild<QComboBox *>();
    QTRY_COMPARE_WITH_TIMEOUT(box->count(), 4, 10000);
    dock.setRotatorFilter(station.rotatorAt(1));
    station.removeBroker(QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(box->count(), 1, 10000);
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(namedChild<TrafficLogFilterModel>(&dock, "trafficLogFilter")->topicPrefix(),
             QString());
}

QTEST_MAIN(TestTrafficLogDock)
#include "tst_trafficlogdock.moc"
