// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerfixture.h"
#include "mqtt/mqttconnection.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int waitMs = 10000;

/// Collects what a connection receives, message by message and batch by batch.
class Inbox : public QObject
{
public:
    explicit Inbox(MqttConnection &connection)
    {
        connect(&connection, &MqttConnection::messagesReceived, this,
                [this](const QList<MqttMessage> &batch) {
                    ++batches;
                    messages += batch;
                });
    }
    [[nodiscard]] int count(const QString &topic, const QByteArray &payload) const
    {
        return static_cast<int>(
            std::count_if(messages.cbegin(), messages.cend(), [&](const MqttMessage &m) {
                return m.topic == topic && m.payload == payload;
            }));
    }
    [[nodiscard]] QByteArrayList payloads() const
    {
        QByteArrayList result;
        for (const MqttMessage &m : messages)
            result << m.payload;
        return result;
    }

    QList<MqttMessage> messages;
    int batches = 0;
};

} // namespace

class TestMqttConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void retainedFlag();
    void emptyPayload();
    void deliversInOrderAndInBatches();
    void deliversAfterABurst_data();
    void deliversAfterABurst();
    void unsubscribeStopsDelivery();
    void topicFilters_data();
    void topicFilters();
    void uniqueClientIds();
    void invalidUrl_data();
    void invalidUrl();
    void publishNeedsAConnection();
    void firstConnectIsRetried();
    void reconnectsAfterBrokerRestart();
    void closeStopsRetrying();
    void frozenBrokerIsDetectedByKeepAlive();
    void authentication_data();
    void authentication();
    void refusedLoginStopsRetryingUntilANewPassword();
    void unknownHostIsNamed();
    void tls_data();
    void tls();
    void destructorDoesNotHang();

private:
    std::unique_ptr<MqttConnection> connectedClient(const QUrl &url);

    BrokerFixture m_fixture;
};

void TestMqttConnection::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why()));
}

std::unique_ptr<MqttConnection> TestMqttConnection::connectedClient(const QUrl &url)
{
    auto connection = std::make_unique<MqttConnection>(m_fixture.profile(url));
    connection->open();
    // Callers check isConnected(), so a timeout shows as their failure.
    (void)QTest::qWaitFor([&] { return connection->isConnected(); }, waitMs);
    return connection;
}

void TestMqttConnection::roundTrip_data()
{
    QTest::addColumn<bool>("websocket");
    QTest::newRow("tcp") << false;
    QTest::newRow("ws") << true;
}

void TestMqttConnection::roundTrip()
{
    QFETCH(bool, websocket);
    const QUrl url = websocket ? m_fixture.wsUrl() : m_fixture.tcpUrl();
    const QString call = BrokerFixture::uniqueCall();

    MqttConnection subscriber(m_fixture.profile(url));
    QSignalSpy states(&subscriber, &MqttConnection::stateChanged);
    QSignalSpy connected(&subscriber, &MqttConnection::connected);
    Inbox inbox(subscriber);
    subscriber.subscribe(call + QStringLiteral("/1/ROT/#"));
    QCOMPARE(subscriber.state(), MqttConnection::State::Disconnected);
    subscriber.open();
    QCOMPARE(subscriber.state(), MqttConnection::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, waitMs);
    QCOMPARE(subscriber.state(), MqttConnection::State::Connected);
    QCOMPARE(subscriber.connectCount(), 1);
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(0).value<MqttConnection::State>(), MqttConnection::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<MqttConnection::State>(), MqttConnection::State::Connected);
    QVERIFY(subscriber.lastErrorText().isEmpty());

    auto publisher = connectedClient(url);
    QVERIFY(publisher->isConnected());
    QSignalSpy published(publisher.get(), &MqttConnection::messagePublished);
    const QString topic = call + QStringLiteral("/1/ROT/Azimuth");
    QVERIFY(publisher->publish(topic, "123"));
    QVERIFY(publisher->publish(call + QStringLiteral("/2/ROT/Azimuth"), "not for us"));
    QCOMPARE(published.count(), 2);
    const auto sent = published.at(0).at(0).value<MqttMessage>();
    QCOMPARE(sent.topic, topic);
    QCOMPARE(sent.payload, QByteArray("123"));
    QCOMPARE(sent.retained, false);
    QVERIFY(sent.timeUtc.isValid());

    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, waitMs);
    const MqttMessage &received = inbox.messages.constFirst();
    QCOMPARE(received.topic, topic);
    QCOMPARE(received.payload, QByteArray("123"));
    QCOMPARE(received.qos, 0);
    QCOMPARE(received.retained, false);
    QVERIFY(received.timeUtc.isValid());
    QCOMPARE(received.timeUtc.timeSpec(), Qt::UTC);

    subscriber.close();
    QCOMPARE(subscriber.state(), MqttConnection::State::Disconnected);
    QCOMPARE(states.count(), 3);
}

void TestMqttConnection::retainedFlag()
{
    const QString topic = BrokerFixture::uniqueCall() + QStringLiteral("/1/ROT/StartAzimuth");
    auto publisher = connectedClient(m_fixture.tcpUrl());
    QVERIFY(publisher->isConnected());
    QVERIFY(publisher->publish(topic, "90", 1, true));

    // A later subscriber gets the stored message, flagged retained.
    MqttConnection late(m_fixture.profile());
    Inbox inbox(late);
    late.subscribe(topic, 1);
    late.open();
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, waitMs);
    QCOMPARE(inbox.messages.at(0).payload, QByteArray("90"));
    QCOMPARE(inbox.messages.at(0).retained, true);
    QCOMPARE(inbox.messages.at(0).qos, 1);

    // A live message to an existing subscription is not flagged (MQTT 3.1.1, 3.3.1.3).
    QVERIFY(publisher->publish(topic, "91"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 2, waitMs);
    QCOMPARE(inbox.messages.at(1).payload, QByteArray("91"));
    QCOMPARE(inbox.messages.at(1).retained, false);

    QVERIFY(publisher->publish(topic, QByteArray(), 1, true)); // clear it
}

void TestMqttConnection::emptyPayload()
{
    // Clearing a retained value sends an empty payload to current subscribers.
    const QString topic = BrokerFixture::uniqueCall() + QStringLiteral("/1/ROT/StartAzimuth");
    auto connection = connectedClient(m_fixture.tcpUrl());
    QVERIFY(connection->isConnected());
    Inbox inbox(*connection);
    connection->subscribe(topic);
    QVERIFY(connection->publish(topic, QByteArray()));
    QVERIFY(connection->publish(topic, QByteArray(), 0, true));
    QVERIFY(connection->publish(topic, "sentinel"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.count(topic, "sentinel"), 1, waitMs);
    QCOMPARE(inbox.count(topic, QByteArray()), 2);
}

void TestMqttConnection::deliversInOrderAndInBatches()
{
    constexpr int messageCount = 500;
    const QString topic = BrokerFixture::uniqueCall() + QStringLiteral("/1/ROT/Azimuth");
    MqttConnection subscriber(m_fixture.profile());
    Inbox inbox(subscriber);
    subscriber.subscribe(topic);
    subscriber.open();
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), waitMs);

    auto publisher = connectedClient(m_fixture.tcpUrl());
    QVERIFY(publisher->isConnected());
    QByteArrayList expected;
    for (int i = 0; i < messageCount; ++i) {
        expected << QByteArray::number(i);
        QVERIFY(publisher->publish(topic, expected.constLast()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), messageCount, waitMs);
    QCOMPARE(inbox.payloads(), expected);
    // A burst arrives in far fewer batches than messages (one queued call per burst).
    qInfo("%d messages in %d batches", messageCount, inbox.batches);
    QVERIFY2(inbox.batches < messageCount / 2, qPrintable(QString::number(inbox.batches)));
}

void TestMqttConnection::deliversAfterABurst_data()
{
    QTest::addColumn<int>("gapMs");
    QTest::newRow("while-still-polling") << 0;
    QTest::newRow("after-going-idle") << 100;
}

void TestMqttConnection::deliversAfterABurst()
{
    // After a burst the owner thread polls the inbox for a while, then waits for Paho's thread
    // to post again: single messages arrive in either phase, in order.
    QFETCH(int, gapMs);
    constexpr int burstCount = 300;
    const QString topic = BrokerFixture::uniqueCall() + QStringLiteral("/1/ROT/Azimuth");
    MqttConnection subscriber(m_fixture.profile());
    Inbox inbox(subscriber);
    subscriber.subscribe(topic);
    subscriber.open();
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), waitMs);
    auto publisher = connectedClient(m_fixture.tcpUrl());
    QVERIFY(publisher->isConnected());
    QByteArrayList expected;
    for (int i = 0; i < burstCount; ++i) {
        expected << QByteArray::number(i);
        QVERIFY(publisher->publish(topic, expected.constLast()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), burstCount, waitMs);
    QElapsedTimer gap;
    gap.start();
    QTRY_VERIFY(gap.elapsed() >= gapMs); // the event loop runs meanwhile
    for (int i = 0; i < 3; ++i) {
        expected << "single-" + QByteArray::number(i);
        QVERIFY(publisher->publish(topic, expected.constLast()));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), burstCount + i + 1, waitMs);
    }
    QCOMPARE(inbox.payloads(), expected);
}

void TestMqttConnection::unsubscribeStopsDelivery()
{
    const QString call = BrokerFixture::uniqueCall();
    const QString dropped = call + QStringLiteral("/1/ROT/#");
    const QString kept = call + QStringLiteral("/2/ROT/#");
    auto connection = connectedClient(m_fixture.tcpUrl());
    QVERIFY(connection->isConnected());
    Inbox inbox(*connection);
    connection->subscribe(dropped);
    connection->subscribe(kept);
    connection->subscribe(kept); // remembered once
    QCOMPARE(connection->subscriptions(), QStringList({dropped, kept}));
    QVERIFY(connection->publish(call + QStringLiteral("/1/ROT/Azimuth"), "a"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, waitMs);

    connection->unsubscribe(dropped);
    QCOMPARE(connection->subscriptions(), QStringList({kept}));
    QVERIFY(connection->publish(call + QStringLiteral("/1/ROT/Azimuth"), "b"));
    QVERIFY(connection->publish(call + QStringLiteral("/2/ROT/Azimuth"), "sentinel"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.count(call + QStringLiteral("/2/ROT/Azimuth"), "sentinel"), 1,
                              waitMs);
    // Same connection, so "b" would have arrived before the sentinel.
    QCOMPARE(inbox.count(call + QStringLiteral("/1/ROT/Azimuth"), "b"), 0);
}

void TestMqttConnection::topicFilters_data()
{
    // "CALL" stands for a prefix unique to the run.
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("matchingTopic");

    QTest::newRow("everything") << "#" << true << "CALL/7/ROT/Status";
    QTest::newRow("discovery") << "+/+/ROT/#" << true << "CALL/7/ROT/Status";
    QTest::newRow("empty ID level") << "CALL//ROT/#" << true << "CALL//ROT/Azimuth";
    QTest::newRow("plain topic") << "CALL/1/ROT/Azimuth" << true << "CALL/1/ROT/Azimuth";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("hash not last") << "CALL/#/ROT" << false << "";
    QTest::newRow("hash inside a level") << "CALL/1#" << false << "";
    QTest::newRow("plus inside a level") << "CALL/a+/ROT/#" << false << "";
}

void TestMqttConnection::topicFilters()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    QFETCH(QString, matchingTopic);
    const QString call = BrokerFixture::uniqueCall();
    filter.replace(QStringLiteral("CALL"), call);
    matchingTopic.replace(QStringLiteral("CALL"), call);

    auto connection = connectedClient(m_fixture.tcpUrl());
    QVERIFY(connection->isConnected());
    QSignalSpy errors(connection.get(), &MqttConnection::errorOccurred);
    QSignalSpy lost(connection.get(), &MqttConnection::connectionLost);
    connection->subscribe(filter);
    QCOMPARE(connection->subscriptions().contains(filter), valid);
    QCOMPARE(errors.count(), valid ? 0 : 1);
    if (!valid) {
        QCOMPARE(errors.at(0).at(0).value<MqttConnection::Error>(),
                 MqttConnection::Error::SubscribeFailed);
        return;
    }
    // The broker took it: a message published afterwards comes back.
    Inbox inbox(*connection);
    QVERIFY(connection->publish(matchingTopic, "1"));
    QTRY_VERIFY_WITH_TIMEOUT(inbox.count(matchingTopic, "1") >= 1, waitMs);
    QCOMPARE(lost.count(), 0);
    QVERIFY(connection->isConnected());
}

void TestMqttConnection::uniqueClientIds()
{
    MqttConnection first(m_fixture.profile());
    MqttConnection second(m_fixture.profile());
    QVERIFY(first.clientId().startsWith(u"rotordeck-"));
    QVERIFY(first.clientId() != second.clientId());
    first.open();
    second.open();
    QTRY_VERIFY_WITH_TIMEOUT(first.isConnected() && second.isConnected(), waitMs);

    // A fixed id is used as given.
    BrokerProfile fixed = m_fixture.profile();
    fixed.clientId = QStringLiteral("fixed-") + BrokerFixture::uniqueCall();
    MqttConnection third(fixed);
    QCOMPARE(third.clientId(), fixed.clientId);
    third.open();
    QTRY_VERIFY_WITH_TIMEOUT(third.isConnected(), waitMs);
    // Both stay connected: had the ids collided, the broker would have dropped one.
    QVERIFY(first.isConnected() && second.isConnected());
    QCOMPARE(first.connectCount(), 1);
    QCOMPARE(second.connectCount(), 1);
}

void TestMqttConnection::invalidUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:1883");
    QTest::newRow("no host") << QStringLiteral("tcp://:1883");
    QTest::newRow("empty") << QString();
}

void TestMqttConnection::invalidUrl()
{
    QFETCH(QString, url);
    BrokerProfile profile = m_fixture.profile();
    profile.url = QUrl(url);
    MqttConnection connection(profile);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    connection.open();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<MqttConnection::Error>(), MqttConnection::Error::InvalidUrl);
    QCOMPARE(connection.state(), MqttConnection::State::Disconnected);
    QCOMPARE(connection.lastError(), MqttConnection::Error::InvalidUrl);
    QVERIFY(!connection.lastErrorText().isEmpty());
}

void TestMqttConnection::publishNeedsAConnection()
{
    MqttConnection connection(m_fixture.profile());
    QSignalSpy published(&connection, &MqttConnection::messagePublished);
    QVERIFY(!connection.publish(QStringLiteral("X/1/ROT/Target"), "10"));
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    QVERIFY(!connection.publish(QStringLiteral("X/+/ROT/Target"), "10"));
    QVERIFY(!connection.publish(QString(), "10"));
    QCOMPARE(connection.lastError(), MqttConnection::Error::PublishFailed);
    QCOMPARE(published.count(), 0);
    connection.close();
    QVERIFY(!connection.publish(QStringLiteral("X/1/ROT/Target"), "10"));
    QCOMPARE(published.count(), 0);
}

void TestMqttConnection::firstConnectIsRetried()
{
    BrokerFixture later;
    QVERIFY2(later.start(), qPrintable(later.why()));
    later.broker().stop(); // the port is known but nothing listens

    BrokerProfile profile = later.profile();
    MqttConnection connection(profile);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    QSignalSpy connected(&connection, &MqttConnection::connected);
    const QString topic = BrokerFixture::uniqueCall() + QStringLiteral("/1/ROT/Azimuth");
    Inbox inbox(connection);
    connection.subscribe(topic);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, waitMs);
    QCOMPARE(errors.at(0).at(0).value<MqttConnection::Error>(), MqttConnection::Error::Unreachable);
    QCOMPARE(connection.state(), MqttConnection::State::Connecting);
    QCOMPARE(connection.lastError(), MqttConnection::Error::Unreachable);

    QVERIFY2(later.broker().restart(10000), qPrintable(later.why()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, waitMs);
    QCOMPARE(connection.state(), MqttConnection::State::Connected);
    QCOMPARE(connection.lastError(), MqttConnection::Error::None);
    QVERIFY(connection.publish(topic, "after retry"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, waitMs);
}

void TestMqttConnection::reconnectsAfterBrokerRestart()
{
    BrokerFixture own;
    QVERIFY2(own.start(), qPrintable(own.why()));
    const QString call = BrokerFixture::uniqueCall();
    const QString topic = call + QStringLiteral("/1/ROT/Azimuth");

    MqttConnection connection(own.profile());
    QSignalSpy states(&connection, &MqttConnection::stateChanged);
    QSignalSpy lost(&connection, &MqttConnection::connectionLost);
    QSignalSpy connected(&connection, &MqttConnection::connected);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    Inbox inbox(connection);
    connection.subscribe(call + QStringLiteral("/1/ROT/#"));
    connection.subscribe(call + QStringLiteral("/+/ROT/Azimuth")); // overlaps on purpose
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, waitMs);

    own.broker().stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), MqttConnection::State::Reconnecting, waitMs);
    QCOMPARE(lost.count(), 1);
    QVERIFY(!lost.at(0).at(0).toString().isEmpty());
    QCOMPARE(errors.constLast().at(0).value<MqttConnection::Error>(),
             MqttConnection::Error::BrokerLost);
    // Commands while the broker is down are refused, never queued.
    QVERIFY(!connection.publish(topic, "while down"));

    QVERIFY2(own.broker().restart(10000), qPrintable(own.why()));
    QElapsedTimer sinceReturn;
    sinceReturn.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, waitMs);
    const qint64 reconnectMs = sinceReturn.elapsed();
    qInfo("reconnected %lld ms after the broker returned", reconnectMs);
    QVERIFY2(reconnectMs < 5000, qPrintable(QString::number(reconnectMs)));
    QCOMPARE(connection.state(), MqttConnection::State::Connected);
    QCOMPARE(connection.connectCount(), 2);

    const QList<MqttConnection::State> expectedStates {
        MqttConnection::State::Connecting, MqttConnection::State::Connected,
        MqttConnection::State::Reconnecting, MqttConnection::State::Connected};
    QList<MqttConnection::State> seenStates;
    for (const auto &arguments : std::as_const(states))
        seenStates << arguments.at(0).value<MqttConnection::State>();
    QCOMPARE(seenStates, expectedStates);

    // Subscriptions are back, each exactly once: every message matches both filters, and
    // mosquitto sends one copy per matching subscription of a client, so a filter subscribed
    // twice would show as a third copy.
    QVERIFY(connection.publish(topic, "first"));
    QVERIFY(connection.publish(topic, "second"));
    QVERIFY(connection.publish(call + QStringLiteral("/1/ROT/Status"), "sentinel"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.count(call + QStringLiteral("/1/ROT/Status"), "sentinel"), 1,
                              waitMs);
    const int copiesPerMessage = inbox.count(topic, "first");
    QVERIFY2(copiesPerMessage == 1 || copiesPerMessage == 2, "subscriptions missing or doubled");
    QCOMPARE(inbox.count(topic, "second"), copiesPerMessage);
    QCOMPARE(inbox.count(topic, "while down"), 0);
}

void TestMqttConnection::closeStopsRetrying()
{
    BrokerFixture later;
    QVERIFY2(later.start(), qPrintable(later.why()));
    later.broker().stop();

    MqttConnection connection(later.profile());
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    QSignalSpy states(&connection, &MqttConnection::stateChanged);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, waitMs);
    connection.close();
    QCOMPARE(connection.state(), MqttConnection::State::Disconnected);

    // A second connection started after the broker returns proves the broker is reachable;
    // the closed one must still be idle by then.
    QVERIFY2(later.broker().restart(10000), qPrintable(later.why()));
    MqttConnection probe(later.profile());
    probe.open();
    QTRY_VERIFY_WITH_TIMEOUT(probe.isConnected(), waitMs);
    QTest::qWait(2 * later.profile().reconnectMinMs); // one retry period of the closed client
    QCOMPARE(connection.state(), MqttConnection::State::Disconnected);
    QCOMPARE(connection.connectCount(), 0);

    // It can be opened again.
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
}

void TestMqttConnection::frozenBrokerIsDetectedByKeepAlive()
{
    BrokerFixture own;
    QVERIFY2(own.start(), qPrintable(own.why()));
    BrokerProfile profile = own.profile();
    profile.keepAliveSec = 2;
    MqttConnection connection(profile);
    QSignalSpy lost(&connection, &MqttConnection::connectionLost);
    QSignalSpy connected(&connection, &MqttConnection::connected);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, waitMs);

    // The socket stays open, only the answers stop: keep-alive must notice (~2 x 2 s).
    QElapsedTimer sinceFreeze;
    sinceFreeze.start();
    own.broker().freeze();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 3 * waitMs);
    qInfo("a frozen broker was noticed after %lld ms (keep-alive 2 s)", sinceFreeze.elapsed());
    QCOMPARE(connection.state(), MqttConnection::State::Reconnecting);

    own.broker().thaw();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 3 * waitMs);
    QCOMPARE(connection.state(), MqttConnection::State::Connected);
}

void TestMqttConnection::authentication_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("right password") << QStringLiteral("rotor") << QStringLiteral("s3cret") << true;
    QTest::newRow("wrong password") << QStringLiteral("rotor") << QStringLiteral("guess") << false;
    QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("s3cret") << false;
    QTest::newRow("anonymous") << QString() << QString() << false;
}

void TestMqttConnection::authentication()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, accepted);

    QTemporaryDir dir;
    QString why;
    const auto broker
        = startPasswordBroker(dir, QStringLiteral("rotor"), QStringLiteral("s3cret"), &why);
    QVERIFY2(broker, qPrintable(why));

    BrokerProfile profile = m_fixture.profile(broker->tcpUrl());
    profile.username = user;
    profile.password = password;
    MqttConnection connection(profile);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    connection.open();
    if (accepted) {
        QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
        QCOMPARE(errors.count(), 0);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, waitMs);
    QCOMPARE(errors.at(0).at(0).value<MqttConnection::Error>(), MqttConnection::Error::AuthFailed);
    QVERIFY(!connection.isConnected());
    QVERIFY2(!connection.lastErrorText().contains(password) || password.isEmpty(),
             "the password must not appear in the reason");
}

void TestMqttConnection::refusedLoginStopsRetryingUntilANewPassword()
{
    QTemporaryDir dir;
    QString why;
    const auto broker
        = startPasswordBroker(dir, QStringLiteral("rotor"), QStringLiteral("s3cret"), &why);
    QVERIFY2(broker, qPrintable(why));

    BrokerProfile profile = m_fixture.profile(broker->tcpUrl());
    profile.username = QStringLiteral("rotor");
    profile.password = QStringLiteral("guess");
    profile.reconnectMinMs = 50; // a retry, if there were one, would come at once
    profile.reconnectMaxMs = 50;
    MqttConnection connection(profile);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    QSignalSpy states(&connection, &MqttConnection::stateChanged);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), MqttConnection::State::Disconnected, waitMs);
    QCOMPARE(connection.lastError(), MqttConnection::Error::AuthFailed);
    QCOMPARE(connection.msUntilRetry(), -1);
    QCOMPARE(errors.count(), 1);
    // Nothing is scheduled to try again (the next attempt is the user's).
    QCOMPARE(states.last().at(0).value<MqttConnection::State>(),
             MqttConnection::State::Disconnected);

    connection.setPassword(QStringLiteral("s3cret"));
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
    QCOMPARE(connection.lastError(), MqttConnection::Error::None);
}

void TestMqttConnection::unknownHostIsNamed()
{
    BrokerProfile profile
        = m_fixture.profile(QUrl(QStringLiteral("tcp://no-such-broker.invalid:1883")));
    profile.reconnectMinMs = 60000; // one attempt is enough
    MqttConnection connection(profile);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, waitMs);
    QCOMPARE(errors.at(0).at(0).value<MqttConnection::Error>(),
             MqttConnection::Error::HostNotFound);
    QVERIFY2(errors.at(0).at(1).toString().contains(QStringLiteral("no-such-broker.invalid")),
             qPrintable(errors.at(0).at(1).toString()));
    // Still trying: the name may resolve later (a network that comes up).
    QCOMPARE(connection.state(), MqttConnection::State::Connecting);
    QVERIFY(connection.msUntilRetry() > 0);
}

void TestMqttConnection::tls_data()
{
    QTest::addColumn<bool>("websocket");
    QTest::addColumn<QString>("ca"); // "right", "other" or "system"
    QTest::addColumn<bool>("accepted");

    QTest::newRow("ssl, right CA") << false << QStringLiteral("right") << true;
    QTest::newRow("ssl, unrelated CA") << false << QStringLiteral("other") << false;
    QTest::newRow("ssl, system store only") << false << QStringLiteral("system") << false;
    QTest::newRow("wss, right CA") << true << QStringLiteral("right") << true;
    QTest::newRow("wss, unrelated CA") << true << QStringLiteral("other") << false;
}

void TestMqttConnection::tls()
{
    QFETCH(bool, websocket);
    QFETCH(QString, ca);
    QFETCH(bool, accepted);

    TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.why()));
    EmbeddedBroker::Options options;
    options.websocket = websocket;
    options.tlsCertFile = certificates.serverCertFile();
    options.tlsKeyFile = certificates.serverKeyFile();
    EmbeddedBroker broker(options);
    QVERIFY2(broker.startAndWait(10000), qPrintable(broker.errorString() + broker.log()));

    BrokerProfile profile = m_fixture.profile(websocket ? broker.wssUrl() : broker.sslUrl());
    QVERIFY(!profile.url.isEmpty());
    if (ca == u"right")
        profile.caFile = certificates.caFile();
    else if (ca == u"other")
        profile.caFile = certificates.otherCaFile();
    MqttConnection connection(profile);
    QSignalSpy errors(&connection, &MqttConnection::errorOccurred);
    connection.open();
    if (accepted) {
        QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
        const QString topic = BrokerFixture::uniqueCall() + QStringLiteral("/1/ROT/Azimuth");
        Inbox inbox(connection);
        connection.subscribe(topic);
        QVERIFY(connection.publish(topic, "over tls"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, waitMs);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, waitMs);
    QCOMPARE(errors.at(0).at(0).value<MqttConnection::Error>(), MqttConnection::Error::TlsFailed);
    QVERIFY2(connection.lastErrorText().contains(u"TLS"), qPrintable(connection.lastErrorText()));
    QVERIFY(!connection.isConnected());
}

void TestMqttConnection::destructorDoesNotHang()
{
    BrokerFixture later;
    QVERIFY2(later.start(), qPrintable(later.why()));
    later.broker().stop();

    QElapsedTimer timer;
    {
        auto connected = connectedClient(m_fixture.tcpUrl());
        QVERIFY(connected->isConnected());
        auto retrying = std::make_unique<MqttConnection>(later.profile());
        QSignalSpy errors(retrying.get(), &MqttConnection::errorOccurred);
        retrying->open();
        // The first attempt failed, a retry is scheduled.
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, waitMs);
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

    // Destroyed while Paho's first connect is still in flight (a host that never answers).
    {
        BrokerProfile blackHole = m_fixture.profile();
        blackHole.url = QUrl(QStringLiteral("tcp://10.255.255.1:1883"));
        MqttConnection connection(blackHole);
        connection.open();
        QCOMPARE(connection.state(), MqttConnection::State::Connecting);
        timer.restart();
    }
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

    // A connection destroyed while the broker hangs (frozen) also goes quickly.
    BrokerFixture frozen;
    QVERIFY2(frozen.start(), qPrintable(frozen.why()));
    {
        MqttConnection connection(frozen.profile());
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), waitMs);
        frozen.broker().freeze();
        timer.restart();
    }
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    frozen.broker().thaw();
}

QTEST_GUILESS_MAIN(TestMqttConnection)
#include "tst_mqttconnection.moc"
