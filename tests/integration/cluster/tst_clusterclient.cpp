// SPDX-License-Identifier: GPL-3.0-or-later
// ClusterClient against the fake cluster node (tests/common/fakeclusternode) on a free port:
// login at the prompt, spots, announcements, garbage, huge lines, a dropped connection,
// keep-alive and back-off.
#include "fakeclusternode.h"

#include "cluster/clusterclient.h"

#include <QSignalSpy>
#include <QTest>

using cluster::ClusterClient;
using cluster::ClusterLineKind;
using cluster::DxSpot;

namespace {

constexpr auto spotLine
    = "DX de OK1RR:     14025.0  JA1ABC       CQ TEST                        1234Z\a\a";
constexpr auto secondSpotLine
    = "DX de W3LPL:      7005.5  UA0ABC       tnx qso                        0912Z FM19";

} // namespace

class TestClusterClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<DxSpot>(); }

    void init()
    {
        m_node = std::make_unique<FakeClusterNode>();
        QVERIFY(m_node->start());
        m_client = std::make_unique<ClusterClient>();
        m_client->setNode({u"127.0.0.1"_qs, m_node->port()});
        m_client->setCallsign(u"ok1xyz"_qs);
        m_client->setReconnectDelaysMs(50, 400);
    }

    void cleanup()
    {
        m_client.reset();
        m_node.reset();
    }

    void neverConnectsUnlessConfigured()
    {
        ClusterClient idle;
        QSignalSpy errors(&idle, &ClusterClient::errorOccurred);
        idle.setCallsign(u"OK1XYZ"_qs);
        idle.start(); // no node
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<ClusterClient::Error>(),
                 ClusterClient::Error::NotConfigured);
        ClusterClient noCall;
        noCall.setNode({u"127.0.0.1"_qs, m_node->port()});
        noCall.start(); // no callsign
        QCOMPARE(noCall.state(), ClusterClient::State::Idle);
        // The configured client that was never started does not connect either. Give any
        // stray connection the time to arrive: one round trip through a second, started client.
        ClusterClient probe;
        probe.setNode({u"127.0.0.1"_qs, m_node->port()});
        probe.setCallsign(u"PROBE"_qs);
        probe.start();
        QTRY_COMPARE(m_node->logins(), QStringList {u"PROBE"_qs});
        QCOMPARE(m_node->connectionCount(), 1);
        QCOMPARE(m_client->state(), ClusterClient::State::Idle);
    }

    void logsInAndReceivesSpots()
    {
        QSignalSpy spots(m_client.get(), &ClusterClient::spotReceived);
        QSignalSpy messages(m_client.get(), &ClusterClient::messageReceived);
        m_client->start();
        QTRY_COMPARE(m_node->logins(), QStringList {u"OK1XYZ"_qs});
        QTRY_COMPARE(m_client->state(), ClusterClient::State::Online);
        m_node->sendLine(spotLine);
        m_node->sendLine("To ALL de OK1RR: contest this weekend");
        m_node->sendLine("To OK1XYZ de OK1RR: hi Jan");
        m_node->sendRaw(QByteArray(secondSpotLine) + "\n"); // bare LF as well
        QTRY_COMPARE(spots.size(), 2);
        const auto first = spots.at(0).at(0).value<DxSpot>();
        QCOMPARE(first.dxCall, u"JA1ABC"_qs);
        QCOMPARE(first.frequencyKhz, 14025.0);
        QCOMPARE(first.comment, u"CQ TEST"_qs);
        QCOMPARE(spots.at(1).at(0).value<DxSpot>().spotterLocator, u"FM19"_qs);
        QList<ClusterLineKind> kinds;
        for (const auto &message : messages)
            kinds.append(message.at(0).value<ClusterLineKind>());
        QVERIFY(kinds.contains(ClusterLineKind::Announcement));
        QVERIFY(kinds.contains(ClusterLineKind::Talk));
    }

    void dropsGarbageAndHugeLinesAndGoesOn()
    {
        QSignalSpy spots(m_client.get(), &ClusterClient::spotReceived);
        QSignalSpy dropped(m_client.get(), &ClusterClient::lineDropped);
        QSignalSpy errors(m_client.get(), &ClusterClient::errorOccurred);
        m_client->start();
        QTRY_COMPARE(m_client->state(), ClusterClient::State::Online);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not UTF-8 dropped"_qs));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"control characters dropped"_qs));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"line over 1024 bytes dropped"_qs));
        m_node->sendLine("DX de OK1RR:  14025.0  JA1ABC  \xc3\x28\xa0\xa1  1234Z");
        m_node->sendLine(QByteArray("binary\0\x01\x02junk", 13));
        // 1 MB without a line end, then the end of that line and a good spot.
        m_node->sendRaw(QByteArray(1024 * 1024, 'x'));
        m_node->sendRaw("still the long line\r\n");
        m_node->sendLine(spotLine);
        QTRY_COMPARE(spots.size(), 1);
        QCOMPARE(spots.at(0).at(0).value<DxSpot>().dxCall, u"JA1ABC"_qs);
        QList<ClusterClient::DropReason> reasons;
        for (const auto &drop : dropped)
            reasons.append(drop.at(0).value<ClusterClient::DropReason>());
        QCOMPARE(reasons,
                 (QList<ClusterClient::DropReason> {ClusterClient::DropReason::NotUtf8,
                                                    ClusterClient::DropReason::ControlCharacters,
                                                    ClusterClient::DropReason::TooLong}));
        QCOMPARE(m_client->state(), ClusterClient::State::Online);
        QVERIFY(errors.isEmpty());
        QCOMPARE(m_node->connectionCount(), 1);
    }

    void reconnectsAfterADroppedConnection()
    {
        QSignalSpy errors(m_client.get(), &ClusterClient::errorOccurred);
        QSignalSpy spots(m_client.get(), &ClusterClient::spotReceived);
        m_client->start();
        QTRY_COMPARE(m_node->logins().size(), 1);
        QTRY_COMPARE(m_client->state(), ClusterClient::State::Online);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ConnectionLost"_qs));
        m_node->dropClients();
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<ClusterClient::Error>(),
                 ClusterClient::Error::ConnectionLost);
        QTRY_COMPARE(m_node->logins().size(), 2);
        QCOMPARE(m_node->logins().last(), u"OK1XYZ"_qs);
        QTRY_COMPARE(m_client->state(), ClusterClient::State::Online);
        m_node->sendLine(spotLine);
        QTRY_COMPARE(spots.size(), 1);
    }

    void backsOffWhileTheNodeIsDown()
    {
        QSignalSpy errors(m_client.get(), &ClusterClient::errorOccurred);
        const quint16 port = m_node->port();
        m_node->shutDown();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ConnectionFailed"_qs));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ConnectionFailed"_qs));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ConnectionFailed"_qs));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ConnectionFailed"_qs));
        m_client->setNode({u"127.0.0.1"_qs, port});
        m_client->start();
        // 50, 100, 200, 400, 400 ms: the delay doubles up to the maximum.
        QTRY_VERIFY(errors.size() >= 4);
        QCOMPARE(errors.at(0).at(0).value<ClusterClient::Error>(),
                 ClusterClient::Error::ConnectionFailed);
        QCOMPARE(m_client->nextReconnectDelayMs(), 400);
        m_client->stop();
        QCOMPARE(m_client->state(), ClusterClient::State::Idle);
        const qsizetype after = errors.size();
        // stop() ends the retrying: start a node on a new port and see that nobody comes.
        FakeClusterNode witness;
        QVERIFY(witness.start());
        ClusterClient control;
        control.setNode({u"127.0.0.1"_qs, witness.port()});
        control.setCallsign(u"CONTROL"_qs);
        control.start();
        QTRY_COMPARE(witness.logins().size(), 1);
        QCOMPARE(errors.size(), after);
    }

    void keepsTheLinkAlive()
    {
        m_client->setKeepAliveMs(100);
        m_client->start();
        QTRY_COMPARE(m_client->state(), ClusterClient::State::Online);
        // Idle for 100 ms: the client sends an empty line.
        QTRY_VERIFY(m_node->receivedAfterLogin().contains("\r\n"));
    }

    void aSilentLinkIsReconnected()
    {
        // A prompt that never comes and a node that then says nothing: the client logs in after
        // its prompt timeout, and after 3 keep-alive intervals of silence it reconnects.
        m_node->setPrompt({});
        m_client->setLoginPromptTimeoutMs(50);
        m_client->setKeepAliveMs(100);
        QSignalSpy errors(m_client.get(), &ClusterClient::errorOccurred);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ConnectionLost.*silent"_qs));
        m_client->start();
        QTRY_COMPARE(m_node->logins().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QTRY_COMPARE(m_node->connectionCount(), 2);
    }

    void passwordPromptStops()
    {
        m_node->setPrompt("password: ");
        QSignalSpy errors(m_client.get(), &ClusterClient::errorOccurred);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"LoginRefused"_qs));
        m_client->start();
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<ClusterClient::Error>(),
                 ClusterClient::Error::LoginRefused);
        QCOMPARE(m_client->state(), ClusterClient::State::Idle);
        QVERIFY(m_node->logins().isEmpty());
    }

    void nodeFromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << u"dxc.example.org:7300"_qs << u"dxc.example.org"_qs << 7300;
        QTest::newRow("IPv4") << u"127.0.0.1:8000"_qs << u"127.0.0.1"_qs << 8000;
        QTest::newRow("IPv6") << u"[::1]:7373"_qs << u"::1"_qs << 7373;
        QTest::newRow("no port") << u"dxc.example.org"_qs << QString() << 0;
        QTest::newRow("port 0") << u"dxc.example.org:0"_qs << QString() << 0;
        QTest::newRow("port too big") << u"dxc.example.org:70000"_qs << QString() << 0;
        QTest::newRow("path") << u"dxc.example.org:7300/x"_qs << QString() << 0;
        QTest::newRow("empty") << QString() << QString() << 0;
    }
    void nodeFromString()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto node = cluster::ClusterNode::fromString(text);
        QCOMPARE(node.has_value(), port != 0);
        if (node) {
            QCOMPARE(node->host, host);
            QCOMPARE(int(node->port), port);
            QCOMPARE(cluster::ClusterNode::fromString(node->toString()), node);
        }
    }

private:
    std::unique_ptr<FakeClusterNode> m_node;
    std::unique_ptr<ClusterClient> m_client;
};

QTEST_GUILESS_MAIN(TestClusterClient)
#include "tst_clusterclient.moc"
