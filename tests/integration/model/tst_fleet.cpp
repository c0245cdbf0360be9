// SPDX-License-Identifier: GPL-3.0-or-later
// Fleet and Rotator against a real mosquitto: the test plays the device by publishing its
// topics from a second connection and watches the commands on a third.
#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFleetTest, "rotordeck.test.fleet")

namespace {

constexpr int waitMs = 10000;

BrokerProfile profileFor(const QUrl &url, bool discover)
{
    BrokerProfile profile;
    profile.name = u"test"_s;
    profile.url = url;
    profile.discover = discover;
    return profile;
}

/// What a connection receives, with the time each batch arrived.
class Inbox : public QObject
{
public:
    explicit Inbox(MqttConnection &connection)
    {
        m_timer.start();
        connect(&connection, &MqttConnection::messagesReceived, this,
                [this](const QList<MqttMessage> &batch) {
                    for (const MqttMessage &m : batch) {
                        messages << m;
                        receivedMs << m_timer.elapsed();
                    }
                });
    }
    /// "leaf=payload" of every message whose leaf is a command (Target, stop, get).
    [[nodiscard]] QStringList commands() const
    {
        QStringList result;
        for (const MqttMessage &m : messages) {
            const QString leaf = m.topic.section(u'/', -1);
            if (leaf == u"Target"_s || leaf == u"stop"_s || leaf == u"get"_s)
                result << leaf + u'=' + QString::fromUtf8(m.payload);
        }
        return result;
    }
    [[nodiscard]] bool has(const QString &topicEnd) const
    {
        for (const MqttMessage &m : messages) {
            if (m.topic.endsWith(topicEnd))
                return true;
        }
        return false;
    }

    QList<MqttMessage> messages;
    QList<qint64> receivedMs;

private:
    QElapsedTimer m_timer;
};

/// Records every command a rotator sends, with the time of sending.
class SentLog : public QObject
{
public:
    explicit SentLog(Rotator *rotator)
    {
        m_timer.start();
        connect(rotator, &Rotator::commandSent, this,
                [this](const QString &leaf, const QByteArray &payload) {
                    commands << leaf + u'=' + QString::fromUtf8(payload);
                    sentMs << m_timer.elapsed();
                });
    }
    QStringList commands;
    QList<qint64> sentMs;

private:
    QElapsedTimer m_timer;
};

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void discoverAndFollow_data();
    void discoverAndFollow();
    void turnPublishesTarget();
    void pacingNewestTargetWins();
    void safeReversal();
    void brokerRestart();
    void staleAfterSilence();
    void unknownIsAskedAgain();
    void darkZoneRefusedNothingSent();
    void routingThroughput();
    void subscriptionsAndRouting();
    void routingByPrefix_data();
    void routingByPrefix();
    void onlyRealAddressesBecomeRotators();
    void ignoredAddressesLoggedOnceRateLimited();
    void otherClientsCommandsAreToldApart();

private:
    /// Connects a client, subscribing `filter` first (so it is active once connected).
    std::unique_ptr<MqttConnection> client(const QString &filter = {});
    void publishDevice(const QString &leaf, const QByteArray &payload);

    std::unique_ptr<BrokerFixture> m_fixture;
    std::unique_ptr<MqttConnection> m_device;
    QString m_call;
};

void TestFleet::init()
{
    m_fixture = std::make_unique<BrokerFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->why()));
    m_call = BrokerFixture::uniqueCall();
    m_device = client();
    QVERIFY(m_device);
}

void TestFleet::cleanup()
{
    m_device.reset();
    m_fixture.reset();
}

std::unique_ptr<MqttConnection> TestFleet::client(const QString &filter)
{
    auto connection = std::make_unique<MqttConnection>(profileFor(m_fixture->tcpUrl(), false));
    if (!filter.isEmpty())
        connection->subscribe(filter);
    connection->open();
    if (!QTest::qWaitFor([&] { return connection->isConnected(); }, waitMs))
        return nullptr;
    return connection;
}

void TestFleet::publishDevice(const QString &leaf, const QByteArray &payload)
{
    QVERIFY(m_device->publish(m_call + u"/01/ROT/"_s + leaf, payload));
}

void TestFleet::discoverAndFollow_data()
{
    QTest::addColumn<bool>("webSocket");
    QTest::newRow("tcp") << false;
    QTest::newRow("ws") << true;
}

void TestFleet::discoverAndFollow()
{
    QFETCH(bool, webSocket);
    SystemClock clock;
    MqttConnection connection(
        profileFor(webSocket ? m_fixture->wsUrl() : m_fixture->tcpUrl(), true));
    Fleet fleet(&connection, clock);
    QVERIFY(fleet.discoveryEnabled());
    QSignalSpy added(&fleet, &Fleet::rotatorAdded);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);

    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    publishDevice(u"StartAzimuth"_s, "90");
    publishDevice(u"Name"_s, "Yagi");
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, waitMs);
    Rotator *rotator = fleet.rotator({m_call, u"01"_s});
    QVERIFY(rotator);
    QVERIFY(rotator->isDiscovered());
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().name, u"Yagi"_s, waitMs);
    QCOMPARE(rotator->state().rawAzimuthDeg, std::optional<int>(100));
    QCOMPARE(rotator->state().bearingDeg(), std::optional<int>(190));
    QCOMPARE(rotator->state().startAzimuthSource, ValueSource::Device);
    QCOMPARE(rotator->state().link, LinkState::Live);
    QVERIFY(!rotator->state().moving);

    // A CW move as the firmware publishes it (spec §10.3).
    publishDevice(u"StatusHuman"_s, "PwmUp-CW");
    publishDevice(u"Status"_s, "11");
    publishDevice(u"Status"_s, "2");
    publishDevice(u"Azimuth"_s, "101");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().rawAzimuthDeg, std::optional<int>(101), waitMs);
    QVERIFY(rotator->state().moving);
    QCOMPARE(rotator->state().status, std::optional<int>(2));
    publishDevice(u"Status"_s, "3");
    publishDevice(u"Status"_s, "0");
    publishDevice(u"AzimuthStop"_s, "110");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().rawAzimuthDeg, std::optional<int>(110), waitMs);
    QVERIFY(!rotator->state().moving);

    // A blank NET_ID (`CALL//ROT/…`) is discovered as it is.
    QVERIFY(m_device->publish(m_call + u"//ROT/Azimuth"_s, "5"));
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, waitMs);
    Rotator *blank = fleet.rotator({m_call, QString()});
    QVERIFY(blank);
    QTRY_COMPARE_WITH_TIMEOUT(blank->state().rawAzimuthDeg, std::optional<int>(5), waitMs);
    QCOMPARE(fleet.rotators().size(), 2);

    // Another client's command on an unknown prefix does not invent a rotator.
    QVERIFY(m_device->publish(m_call + u"/77/ROT/get"_s, "1"));
    QVERIFY(m_device->publish(m_call + u"/02/ROT/Azimuth"_s, "7"));
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 3, waitMs);
    QVERIFY(!fleet.rotator({m_call, u"77"_s}));
}

void TestFleet::turnPublishesTarget()
{
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    QCOMPARE(rotator->state().link, LinkState::BrokerDown);
    SentLog sent(rotator);
    QList<MqttMessage> published;
    connect(&connection, &MqttConnection::messagePublished, this,
            [&](const MqttMessage &m) { published << m; });
    auto observer = client(m_call + u"/01/ROT/#"_s);
    QVERIFY(observer);
    Inbox inbox(*observer);

    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    QCOMPARE(connection.subscriptions(), QStringList {m_call + u"/01/ROT/#"_s});
    QTRY_COMPARE_WITH_TIMEOUT(sent.commands, QStringList {u"get=1"_s}, waitMs); // on connect
    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);

    clock.advanceMs(2000);
    QElapsedTimer latency;
    latency.start();
    const CommandResult result = rotator->turnToBearing(200);
    const qint64 callUs = latency.nsecsElapsed() / 1000;
    QCOMPARE(result.code, CommandResult::Code::Sent);
    QTRY_VERIFY_WITH_TIMEOUT(inbox.has(u"/ROT/Target"_s), waitMs);
    const qint64 brokerRoundTripUs = latency.nsecsElapsed() / 1000;
    qCInfo(lcFleetTest) << "turnToBearing call took" << callUs << "us; seen by a subscriber after"
                        << brokerRoundTripUs << "us";
    QVERIFY2(callUs < 5000, qPrintable(QString::number(callUs)));
    QCOMPARE(inbox.commands(), (QStringList {u"get=1"_s, u"Target=200"_s}));
    QCOMPARE(rotator->state().rawTargetDeg, std::optional<int>(200));

    // Never retained, always qos 0: what we published, and what a late subscriber gets.
    QVERIFY(!published.isEmpty());
    for (const MqttMessage &m : std::as_const(published)) {
        QVERIFY(!m.retained);
        QCOMPARE(m.qos, 0);
    }
    auto late = client(m_call + u"/01/ROT/#"_s);
    QVERIFY(late);
    Inbox lateInbox(*late);
    publishDevice(u"marker"_s, "end"); // retained messages would arrive before this
    QTRY_VERIFY_WITH_TIMEOUT(lateInbox.has(u"/ROT/marker"_s), waitMs);
    QCOMPARE(lateInbox.commands(), QStringList());
}

void TestFleet::pacingNewestTargetWins()
{
    SystemClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    SentLog sent(rotator);
    auto observer = client(m_call + u"/01/ROT/#"_s);
    QVERIFY(observer);
    Inbox inbox(*observer);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().rawAzimuthDeg, std::optional<int>(100), waitMs);
    QCOMPARE(sent.commands, QStringList {u"get=1"_s});

    // The first goes out now unless the get was less than 1 s ago; the next three wait for
    // the gap and the newest replaces the older ones.
    QSignalSpy refused(rotator, &Rotator::commandRefused);
    QStringList expected {u"get=1"_s};
    const CommandResult first = rotator->turnToBearing(140);
    QVERIFY(first.accepted());
    if (first.code == CommandResult::Code::Sent)
        expected << u"Target=140"_s;
    QCOMPARE(rotator->turnToBearing(150).code, CommandResult::Code::Queued);
    QCOMPARE(rotator->turnToBearing(160).code, CommandResult::Code::Queued);
    QCOMPARE(rotator->turnToBearing(170).code, CommandResult::Code::Queued);
    expected << u"Target=170"_s;
    QTRY_COMPARE_WITH_TIMEOUT(sent.commands, expected, waitMs);
    // One more right away: queued for a full interval after the previous one.
    QCOMPARE(rotator->turnToBearing(180).code, CommandResult::Code::Queued);
    expected << u"Target=180"_s;
    QTRY_COMPARE_WITH_TIMEOUT(sent.commands, expected, waitMs);
    for (int i = 1; i < sent.sentMs.size(); ++i) {
        const qint64 gapMs = sent.sentMs.at(i) - sent.sentMs.at(i - 1);
        qCInfo(lcFleetTest) << "gap before" << sent.commands.at(i) << gapMs << "ms";
        QVERIFY2(gapMs >= Rotator::commandIntervalMs - 1, qPrintable(QString::number(gapMs)));
        QVERIFY2(gapMs < 4 * Rotator::commandIntervalMs, qPrintable(QString::number(gapMs)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(inbox.commands(), expected, waitMs);
    QCOMPARE(refused.count(), 0);
}

void TestFleet::safeReversal()
{
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    SentLog sent(rotator);
    auto observer = client(m_call + u"/01/ROT/#"_s);
    QVERIFY(observer);
    Inbox inbox(*observer);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);

    // Moving CW at raw 150 (spec §10.13).
    publishDevice(u"Status"_s, "2");
    publishDevice(u"Azimuth"_s, "150");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().rawAzimuthDeg, std::optional<int>(150), waitMs);
    QVERIFY(rotator->state().moving);

    clock.advanceMs(2000);
    const CommandResult result = rotator->turnToBearing(120);
    QCOMPARE(result.code, CommandResult::Code::Queued);
    QCOMPARE(sent.commands, (QStringList {u"get=1"_s, u"stop=1"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.commands(), (QStringList {u"get=1"_s, u"stop=1"_s}), waitMs);

    // Ramping down: still no target, however much time passes.
    publishDevice(u"Status"_s, "3");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().status, std::optional<int>(3), waitMs);
    clock.advanceMs(3000);
    fleet.pollNow();
    QCOMPARE(sent.commands.size(), 2);

    publishDevice(u"Azimuth"_s, "153");
    publishDevice(u"Status"_s, "0");
    QTRY_COMPARE_WITH_TIMEOUT(sent.commands.size(), 3, waitMs);
    QCOMPARE(sent.commands.at(2), u"Target=120"_s);
    QTRY_COMPARE_WITH_TIMEOUT(inbox.commands(),
                              (QStringList {u"get=1"_s, u"stop=1"_s, u"Target=120"_s}), waitMs);
    QCOMPARE(rotator->state().rawTargetDeg, std::optional<int>(120));

    // Same direction while moving: no stop needed.
    publishDevice(u"Status"_s, "-11");
    publishDevice(u"Status"_s, "-2");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().status, std::optional<int>(-2), waitMs);
    clock.advanceMs(1000);
    QCOMPARE(rotator->turnToBearing(100).code, CommandResult::Code::Sent);
    QCOMPARE(sent.commands.last(), u"Target=100"_s);

    // A stop replaces a pending target and goes first.
    QCOMPARE(rotator->turnToBearing(90).code, CommandResult::Code::Queued);
    QCOMPARE(rotator->stop().code, CommandResult::Code::Queued);
    clock.advanceMs(1000);
    fleet.pollNow();
    QCOMPARE(sent.commands.last(), u"stop=1"_s);
    clock.advanceMs(2000);
    fleet.pollNow();
    QCOMPARE(sent.commands.last(), u"stop=1"_s);
    QVERIFY(!sent.commands.contains(u"Target=90"_s));
}

void TestFleet::brokerRestart()
{
    SystemClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    SentLog sent(rotator);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);

    // A target queued by the pacing is dropped, not kept for later, when the broker goes.
    QSignalSpy refused(rotator, &Rotator::commandRefused);
    QVERIFY(rotator->turnToBearing(200).accepted()); // sent, or queued when the get was recent
    QCOMPARE(rotator->turnToBearing(210).code, CommandResult::Code::Queued);
    m_fixture->broker().stop();
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::BrokerDown, waitMs);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<CommandResult>().code, CommandResult::Code::BrokerDown);
    QCOMPARE(rotator->turnToBearing(250).code, CommandResult::Code::BrokerDown);
    QCOMPARE(rotator->stop().code, CommandResult::Code::BrokerDown);
    const int sentBefore = static_cast<int>(sent.commands.size());
    QVERIFY(!sent.commands.contains(u"Target=210"_s));

    QVERIFY2(m_fixture->broker().restart(waitMs), qPrintable(m_fixture->why()));
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), 3 * waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sent.commands.size(), sentBefore + 1, waitMs);
    QCOMPARE(sent.commands.last(), u"get=1"_s); // refreshed after the reconnect
    QCOMPARE(rotator->state().link, LinkState::Unknown);
    QVERIFY(!sent.commands.contains(u"Target=210"_s));

    QTRY_VERIFY_WITH_TIMEOUT(m_device->isConnected(), 3 * waitMs);
    publishDevice(u"Azimuth"_s, "101");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);
}

void TestFleet::staleAfterSilence()
{
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), true));
    Fleet fleet(&connection, clock);
    QSignalSpy added(&fleet, &Fleet::rotatorAdded);
    auto observer = client(m_call + u"/01/ROT/get"_s);
    QVERIFY(observer);
    Inbox inbox(*observer);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    publishDevice(u"Name"_s, "last"); // delivered in order: once seen, nothing else is pending
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, waitMs);
    Rotator *rotator = fleet.rotators().first();
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().name, u"last"_s, waitMs);
    QCOMPARE(rotator->state().link, LinkState::Live);
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, waitMs); // get on discovery
    SentLog sent(rotator);

    clock.advanceMs(Rotator::staleAfterMs);
    fleet.pollNow();
    QCOMPARE(rotator->state().link, LinkState::Live);
    clock.advanceMs(1);
    fleet.pollNow();
    QCOMPARE(rotator->state().link, LinkState::Stale);
    QCOMPARE(sent.commands, QStringList {u"get=1"_s}); // the probe
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 2, waitMs);
    // Not probed again at once while stale...
    clock.advanceMs(5000);
    fleet.pollNow();
    QCOMPARE(sent.commands.size(), 1);
    QCOMPARE(rotator->state().link, LinkState::Stale);
    // ...but again after ~15 s.
    clock.advanceMs(10000);
    fleet.pollNow();
    QCOMPARE(sent.commands.size(), 2);

    publishDevice(u"Azimuth"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);
    QCOMPARE(rotator->state().lastMessageUtc, clock.nowUtc());
}

void TestFleet::unknownIsAskedAgain()
{
    // A device that missed the first get (it was still reconnecting) is asked again every 5 s
    // until it answers, instead of staying unknown until its 60 s heartbeat.
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Unknown, waitMs);
    SentLog sent(rotator);
    clock.advanceMs(4999);
    fleet.pollNow();
    QCOMPARE(sent.commands, QStringList {});
    clock.advanceMs(1);
    fleet.pollNow();
    QCOMPARE(sent.commands, QStringList {u"get=1"_s});
    clock.advanceMs(5000);
    fleet.pollNow();
    QCOMPARE(sent.commands.size(), 2);

    publishDevice(u"Azimuth"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);
    clock.advanceMs(5000);
    fleet.pollNow();
    QCOMPARE(sent.commands.size(), 2); // heard: no more asking
}

void TestFleet::darkZoneRefusedNothingSent()
{
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    SentLog sent(rotator);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    publishDevice(u"MaxRotateDegree"_s, "300");
    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().maxRotateDeg, 300, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().rawAzimuthDeg, std::optional<int>(100), waitMs);
    clock.advanceMs(2000);
    QSignalSpy refused(rotator, &Rotator::commandRefused);
    QCOMPARE(rotator->turnToBearing(330).code, CommandResult::Code::DarkZone);
    QCOMPARE(rotator->turnToRaw(301).code, CommandResult::Code::OutOfRange);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(sent.commands, QStringList {u"get=1"_s});
    QCOMPARE(rotator->turnToRaw(300).code, CommandResult::Code::Sent);
    QCOMPARE(sent.commands.last(), u"Target=300"_s);
}

void TestFleet::routingThroughput()
{
    // The routing path alone (parse topic, find rotator, parse payload, apply), fed the way
    // MqttConnection delivers: batches on the owner thread.
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), true));
    Fleet fleet(&connection, clock);
    QList<MqttMessage> batch;
    constexpr int rotatorCount = 100;
    constexpr int messageCount = 100000;
    for (int i = 0; i < messageCount; ++i) {
        MqttMessage m;
        m.topic = m_call + u'/' + QString::number(i % rotatorCount) + u"/ROT/Azimuth"_s;
        m.payload = QByteArray::number(i % 360);
        batch << m;
    }
    QElapsedTimer timer;
    timer.start();
    for (int offset = 0; offset < messageCount; offset += 1000)
        emit connection.messagesReceived(batch.mid(offset, 1000));
    const qint64 elapsedNs = std::max<qint64>(timer.nsecsElapsed(), 1);
    QCOMPARE(fleet.rotators().size(), rotatorCount);
    QCOMPARE(fleet.rotators().first()->state().rawAzimuthDeg,
             std::optional<int>((messageCount - rotatorCount) % 360));
    const double perSecond = messageCount * 1e9 / double(elapsedNs);
    qCInfo(lcFleetTest, "routed %.0f messages/s", perSecond);
    QVERIFY2(perSecond > 50000, qPrintable(QString::number(perSecond)));
}

void TestFleet::subscriptionsAndRouting()
{
    // No broker needed: subscriptions are remembered by the connection, batches are injected.
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    QCOMPARE(connection.subscriptions(), QStringList());
    Rotator *a = fleet.addRotator({u"OK1HRA"_s, u"01"_s});
    QCOMPARE(fleet.addRotator({u"OK1HRA"_s, u"01"_s}), a);
    fleet.addRotator({u"EE:FF"_s, QString()});
    QStringList filters = connection.subscriptions();
    filters.sort();
    QCOMPARE(filters, (QStringList {u"EE:FF//ROT/#"_s, u"OK1HRA/01/ROT/#"_s}));
    // Discovery: one wildcard covers everything (overlapping filters could deliver twice).
    fleet.setDiscoveryEnabled(true);
    QCOMPARE(connection.subscriptions(), QStringList {u"+/+/ROT/#"_s});

    QSignalSpy added(&fleet, &Fleet::rotatorAdded);
    QSignalSpy removed(&fleet, &Fleet::rotatorAboutToBeRemoved);
    const auto message = [](const QString &topic, const QByteArray &payload) {
        MqttMessage m;
        m.topic = topic;
        m.payload = payload;
        return m;
    };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignored: not an integer"_s));
    emit connection.messagesReceived({
        message(u"OK1HRA/01/ROT/Azimuth"_s, "120"), message(u"OK1HRA/01/ROT/Azimuth/deeper"_s, "1"),
        message(u"OK1HRA/ROT/Azimuth"_s, "2"),
        message(u"NEW/7/ROT/Target"_s, "100"), // a command alone does not discover
        message(u"NEW/8/ROT/StartAzimuth"_s, "90"),
        message(u"OK1HRA/01/ROT/Azimuth"_s, "abc"), // bad: ignored, logged
    });
    QCOMPARE(a->state().rawAzimuthDeg, std::optional<int>(120));
    QCOMPARE(added.count(), 1);
    QVERIFY(!fleet.rotator({u"NEW"_s, u"7"_s}));
    Rotator *discovered = fleet.rotator({u"NEW"_s, u"8"_s});
    QVERIFY(discovered);
    QVERIFY(discovered->isDiscovered());
    QCOMPARE(discovered->state().startAzimuthDeg, 90);
    QCOMPARE(fleet.rotators().size(), 3);
    QCOMPARE(fleet.rotators().last(), discovered);

    // Adding a discovered one makes it configured; removing one emits first.
    QCOMPARE(fleet.addRotator({u"NEW"_s, u"8"_s}), discovered);
    QVERIFY(!discovered->isDiscovered());
    fleet.removeRotator({u"OK1HRA"_s, u"01"_s});
    QCOMPARE(removed.count(), 1);
    QVERIFY(!fleet.rotator({u"OK1HRA"_s, u"01"_s}));
    fleet.setDiscoveryEnabled(false);
    filters = connection.subscriptions();
    filters.sort();
    QCOMPARE(filters, (QStringList {u"EE:FF//ROT/#"_s, u"NEW/8/ROT/#"_s}));
    // Without discovery unknown prefixes are ignored.
    emit connection.messagesReceived({message(u"OTHER/1/ROT/Azimuth"_s, "5")});
    QCOMPARE(fleet.rotators().size(), 2);
}

void TestFleet::onlyRealAddressesBecomeRotators()
{
    // Spec §1.1: YOUR_CALL is 1..20 and NET_ID 0..2 printable ASCII characters. Other prefixes
    // seen on the broker never become rotators and never get a command; a blank NET_ID is real.
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), true));
    Fleet fleet(&connection, clock);
    QSignalSpy added(&fleet, &Fleet::rotatorAdded);
    auto observer = client(u"+/+/ROT/get"_s);
    QVERIFY(observer);
    Inbox gets(*observer);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);

    const QStringList junk {
        QString(500, u'L') + u"/01"_s, // CALL of 500 characters
        QString(21, u'L') + u"/01"_s, // one character too many
        m_call + u'/' + QString(500, u'9'), // ID of 500 characters
        m_call + u"/100"_s, // a three-character ID
        m_call + u"\u010c/01"_s, // not ASCII (mosquitto refuses control characters itself)
        u"/01"_s, // empty CALL: not even a rotator topic
    };
    for (const QString &prefix : junk) {
        if (!prefix.startsWith(u'/')) {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"ignoring .*not an IP-Rotator address"_s));
        }
    }
    // One line per address: the second round must not log again.
    QTest::failOnWarning(QRegularExpression(u"ignoring"_s));
    for (int round = 0; round < 2; ++round) {
        for (const QString &prefix : junk) {
            QVERIFY(m_device->publish(prefix + u"/ROT/Azimuth"_s, "100"));
            QVERIFY(m_device->publish(prefix + u"/ROT/Name"_s, "junk"));
        }
    }
    // A factory-fresh unit of the simulator: CALL "SIM", blank NET_ID. Published last by the
    // same client, so once it is there every junk message has been routed.
    QVERIFY(m_device->publish(u"SIM//ROT/Azimuth"_s, "7"));
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, waitMs);
    QCOMPARE(fleet.rotators().size(), 1);
    Rotator *sim = fleet.rotator({u"SIM"_s, QString()});
    QVERIFY(sim);
    QCOMPARE(sim->state().rawAzimuthDeg, std::optional<int>(7));
    QTRY_VERIFY_WITH_TIMEOUT(gets.has(u"SIM//ROT/get"_s), waitMs);

    // Polling (which probes unknown and stale rotators) reaches only the real one.
    clock.advanceMs(Rotator::staleAfterMs + 1);
    fleet.pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(gets.messages.size(), 2, waitMs);
    for (const MqttMessage &get : std::as_const(gets.messages))
        QCOMPARE(get.topic, u"SIM//ROT/get"_s);
    QCOMPARE(fleet.rotators().size(), 1);
}

void TestFleet::ignoredAddressesLoggedOnceRateLimited()
{
    // No broker traffic needed: batches are injected. 10 lines a minute at most; an address
    // held back by the limit is logged once the minute has passed.
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), true));
    Fleet fleet(&connection, clock);
    QList<MqttMessage> batch;
    for (int i = 0; i < 15; ++i) {
        MqttMessage m;
        m.topic = QStringLiteral("JUNK/%1/ROT/Azimuth").arg(100 + i);
        m.payload = "1";
        batch << m;
    }
    const QRegularExpression line(u"ignoring .*JUNK/1\\d\\d.*ID longer than 2"_s);
    for (int i = 0; i < 10; ++i)
        QTest::ignoreMessage(QtWarningMsg, line);
    QTest::failOnWarning(line);
    emit connection.messagesReceived(batch);
    emit connection.messagesReceived(batch); // nothing new: all either logged or held back
    clock.advanceMs(60000);
    for (int i = 0; i < 5; ++i)
        QTest::ignoreMessage(QtWarningMsg, line); // the five held back
    emit connection.messagesReceived(batch);
    emit connection.messagesReceived(batch);
    QVERIFY(fleet.rotators().isEmpty());
}

void TestFleet::routingByPrefix_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("expected"); // "CALL/ID" of the rotator that gets it, or empty

    QTest::newRow("exact") << u"R/1/ROT/Azimuth"_s << u"R/1"_s;
    QTest::newRow("longer-id") << u"R/10/ROT/Azimuth"_s << u"R/10"_s;
    QTest::newRow("id-in-call") << u"R1//ROT/Azimuth"_s << u"R1/"_s;
    QTest::newRow("empty-id") << u"R//ROT/Azimuth"_s << u"R/"_s;
    QTest::newRow("unknown-id") << u"R/2/ROT/Azimuth"_s << QString();
    QTest::newRow("prefix-of-call") << u"X/1/ROT/Azimuth"_s << QString();
}

void TestFleet::routingByPrefix()
{
    // Each message goes to exactly the rotator of its CALL/ID, also right after a message of
    // a rotator whose key is a prefix of this one's; a removed rotator gets nothing.
    QFETCH(QString, topic);
    QFETCH(QString, expected);
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    const QStringList keys {u"R/1"_s, u"R/10"_s, u"R1/"_s, u"R/"_s, u"X1/1"_s};
    for (const QString &key : keys)
        fleet.addRotator(*RotatorAddress::fromString(key));
    const auto azimuthOf = [&](const QString &key) {
        return fleet.rotator(*RotatorAddress::fromString(key))->state().rawAzimuthDeg;
    };
    MqttMessage warmUp; // routes to R/1 first, so the target is not the previous rotator
    warmUp.topic = u"R/1/ROT/AzimuthStop"_s;
    warmUp.payload = "7";
    MqttMessage message;
    message.topic = topic;
    message.payload = "123";
    emit connection.messagesReceived({warmUp, message});
    for (const QString &key : keys) {
        const std::optional<int> want = key == expected ? std::optional<int>(123)
            : key == u"R/1"_s                           ? std::optional<int>(7)
                                                        : std::nullopt;
        QCOMPARE(azimuthOf(key), want);
    }
    if (expected.isEmpty())
        return;
    fleet.removeRotator(*RotatorAddress::fromString(expected));
    message.payload = "124";
    emit connection.messagesReceived({message});
    QCOMPARE(fleet.rotators().size(), keys.size() - 1);
    for (const Rotator *rotator : fleet.rotators())
        QVERIFY(rotator->state().rawAzimuthDeg != std::optional<int>(124));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"

void TestFleet::otherClientsCommandsAreToldApart()
{
    ManualClock clock;
    MqttConnection connection(profileFor(m_fixture->tcpUrl(), false));
    Fleet fleet(&connection, clock);
    Rotator *rotator = fleet.addRotator({m_call, u"01"_s});
    SentLog sent(rotator);
    QSignalSpy others(rotator, &Rotator::otherClientCommand);
    QList<CommandResult::Code> refused;
    connect(rotator, &Rotator::commandRefused, this,
            [&](const CommandResult &result) { refused << result.code; });
    QList<MqttMessage> received;
    connect(&connection, &MqttConnection::messagesReceived, this,
            [&](const QList<MqttMessage> &batch) { received << batch; });
    const auto echoOf = [&](const QString &leaf) -> std::optional<bool> {
        for (const MqttMessage &m : std::as_const(received)) {
            if (m.topic.endsWith(u"/ROT/"_s + leaf))
                return m.ownEcho;
        }
        return std::nullopt;
    };
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    publishDevice(u"Azimuth"_s, "100");
    publishDevice(u"AzimuthStop"_s, "100");
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, waitMs);

    // Our own get and Target come back from the broker: recognised, not another client's.
    QTRY_COMPARE_WITH_TIMEOUT(echoOf(u"get"_s), std::optional<bool>(true), waitMs);
    clock.advanceMs(2000);
    QCOMPARE(rotator->turnToBearing(200).code, CommandResult::Code::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(echoOf(u"Target"_s), std::optional<bool>(true), waitMs);
    QCOMPARE(others.count(), 0);
    QCOMPARE(rotator->state().rawTargetDeg, std::optional<int>(200));
    QVERIFY(!rotator->state().targetFromOtherClient);

    // Another client turns it: told once, shown as theirs, never echoed or fought.
    received.clear();
    auto other = client();
    QVERIFY(other);
    QVERIFY(other->publish(m_call + u"/01/ROT/Target"_s, "120"));
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 1, waitMs);
    auto command = others.at(0).at(0).value<OtherClientCommand>();
    QCOMPARE(command.kind, OtherClientCommand::Kind::Target);
    QCOMPARE(command.sentRawDeg, std::optional<int>(120));
    QCOMPARE(command.destinationRawDeg, std::optional<int>(120));
    QVERIFY(!command.retained);
    QCOMPARE(echoOf(u"Target"_s), std::optional<bool>(false));
    QCOMPARE(rotator->state().rawTargetDeg, std::optional<int>(120));
    QVERIFY(rotator->state().targetFromOtherClient);

    // A target of ours waiting for the 1 s gap is older than another client's stop: dropped.
    clock.advanceMs(2000);
    QCOMPARE(rotator->turnToBearing(150).code, CommandResult::Code::Sent);
    QCOMPARE(rotator->turnToBearing(160).code, CommandResult::Code::Queued);
    QVERIFY(other->publish(m_call + u"/01/ROT/stop"_s, "1"));
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 2, waitMs);
    command = others.at(1).at(0).value<OtherClientCommand>();
    QCOMPARE(command.kind, OtherClientCommand::Kind::Stop);
    QCOMPARE(refused, QList<CommandResult::Code> {CommandResult::Code::Superseded});
    // A get asked for now goes out after anything still waiting (order: stop, target, get).
    clock.advanceMs(3000);
    QVERIFY(rotator->refresh().accepted());
    QTRY_COMPARE_WITH_TIMEOUT(sent.commands.last(), u"get=1"_s, waitMs);
    QCOMPARE(sent.commands.filter(u"Target="_s), (QStringList {u"Target=200"_s, u"Target=150"_s}));
    QCOMPARE(sent.commands.filter(u"stop"_s), QStringList());
    QCOMPARE(others.count(), 2);
}
