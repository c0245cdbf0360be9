// SPDX-License-Identifier: GPL-3.0-or-later
// ClusterHub with two fake cluster nodes: both log in, their spots merge, a spot both relay
// comes out once, and an empty node list connects nowhere.
#include "fakeclusternode.h"

#include "cluster/clusterhub.h"

#include <QSignalSpy>
#include <QTest>

using cluster::ClusterHub;
using cluster::DxSpot;

class TestClusterHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<DxSpot>(); }

    void mergesTwoNodesWithoutDuplicates()
    {
        FakeClusterNode first;
        FakeClusterNode second;
        QVERIFY(first.start());
        QVERIFY(second.start());
        ClusterHub hub;
        hub.setCallsign(u"OK1XYZ"_qs);
        hub.setNodes({{u"127.0.0.1"_qs, first.port()}, {u"127.0.0.1"_qs, second.port()}});
        QSignalSpy spots(&hub, &ClusterHub::spotReceived);
        hub.start();
        QTRY_COMPARE(first.logins(), QStringList {u"OK1XYZ"_qs});
        QTRY_COMPARE(second.logins(), QStringList {u"OK1XYZ"_qs});
        QTRY_COMPARE(hub.client(0)->state(), cluster::ClusterClient::State::Online);
        QTRY_COMPARE(hub.client(1)->state(), cluster::ClusterClient::State::Online);

        const QByteArray shared
            = "DX de OK1RR:     14025.0  JA1ABC       CQ                             1234Z";
        first.sendLine(shared);
        QTRY_COMPARE(spots.size(), 1);
        second.sendLine(shared); // the same spot relayed by the other node
        second.sendLine(
            "DX de W3LPL:      7005.5  UA0ABC       tnx                            0912Z");
        QTRY_COMPARE(spots.size(), 2);
        QCOMPARE(spots.at(0).at(1).toInt(), 0);
        QCOMPARE(spots.at(1).at(0).value<DxSpot>().dxCall, u"UA0ABC"_qs);
        QCOMPARE(spots.at(1).at(1).toInt(), 1);
        // Another spotter for the same DX is a new spot.
        second.sendLine(
            "DX de G4ABC:     14025.0  JA1ABC       599                            1235Z");
        QTRY_COMPARE(spots.size(), 3);
    }

    void sendsACommandToOneNode()
    {
        FakeClusterNode first;
        FakeClusterNode second;
        QVERIFY(first.start());
        QVERIFY(second.start());
        ClusterHub hub;
        hub.setCallsign(u"OK1XYZ"_qs);
        hub.setNodes({{u"127.0.0.1"_qs, first.port()}, {u"127.0.0.1"_qs, second.port()}});
        QVERIFY(!hub.sendCommand(1, u"sh/dx 30"_qs)); // not connected yet
        hub.start();
        QTRY_COMPARE(hub.client(1)->state(), cluster::ClusterClient::State::Online);
        QVERIFY(hub.sendCommand(1, u"sh/dx 30"_qs));
        QVERIFY(!hub.sendCommand(2, u"sh/dx 30"_qs));
        QTRY_VERIFY(second.receivedAfterLogin().contains("sh/dx 30\r\n"));
        QVERIFY(!first.receivedAfterLogin().contains("sh/dx"));
    }

    void noNodesNoConnections()
    {
        FakeClusterNode node;
        QVERIFY(node.start());
        ClusterHub hub;
        hub.setCallsign(u"OK1XYZ"_qs);
        hub.start();
        QVERIFY(hub.client(0) == nullptr);
        // Configure the node afterwards: now (and only now) it connects.
        hub.setNodes({{u"127.0.0.1"_qs, node.port()}});
        QTRY_COMPARE(node.logins().size(), 1);
        hub.setNodes({});
        QTRY_COMPARE(node.connectedClients(), 0);
        QCOMPARE(node.connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClusterHub)
#include "tst_clusterhub.moc"
