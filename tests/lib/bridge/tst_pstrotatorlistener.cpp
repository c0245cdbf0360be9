// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/azelpairtarget.h"
#include "bridge/pstrotatorlistener.h"

#include "fakebridgetarget.h"
#include "udptestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

namespace {

constexpr int timeoutMs = 10000;

} // namespace

class TestPstRotatorListener : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void queriesAnswerListenPortPlusOne_data();
    void queriesAnswerListenPortPlusOne();
    void queriesAnswerSenderPortPlusOne();
    void severalQueriesOneDatagram_data();
    void severalQueriesOneDatagram();
    void trackAndMode();
    void azElPair_data();
    void azElPair();
};

void TestPstRotatorListener::commands_data()
{
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<QString>("stationLocator");
    QTest::addColumn<int>("parkBearing"); // -1 = default
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("handled");
    QTest::addColumn<QString>("calls");

    QTest::newRow("azimuth") << false << QString() << -1
                             << QByteArray("<PST><AZIMUTH>123</AZIMUTH></PST>") << 1
                             << QStringLiteral("bearing:123");
    QTest::newRow("azimuth 360 is north")
        << false << QString() << -1 << QByteArray("<PST><AZIMUTH>360</AZIMUTH></PST>") << 1
        << QStringLiteral("bearing:0");
    QTest::newRow("hamlib pstrotator format")
        << false << QString() << -1 << QByteArray("<PST><AZIMUTH>120.000000.2</AZIMUTH></PST>") << 1
        << QStringLiteral("bearing:120");
    QTest::newRow("stop") << false << QString() << -1 << QByteArray("<PST><STOP>1</STOP></PST>")
                          << 1 << QStringLiteral("stop:0");
    QTest::newRow("stop wins") << false << QString() << -1
                               << QByteArray("<PST><AZIMUTH>10</AZIMUTH><STOP>1</STOP></PST>") << 1
                               << QStringLiteral("stop:0");
    QTest::newRow("park default north")
        << false << QString() << -1 << QByteArray("<PST><PARK>1</PARK></PST>") << 1
        << QStringLiteral("bearing:0");
    QTest::newRow("park configured")
        << false << QString() << 180 << QByteArray("<PST><PARK>1</PARK></PST>") << 1
        << QStringLiteral("bearing:180");
    QTest::newRow("elevation alone refused on azimuth unit")
        << false << QString() << -1 << QByteArray("<PST><ELEVATION>30</ELEVATION></PST>") << 1
        << QString();
    QTest::newRow("elevation with azimuth on azimuth unit")
        << false << QString() << -1
        << QByteArray("<PST><AZIMUTH>80</AZIMUTH><ELEVATION>30</ELEVATION></PST>") << 1
        << QStringLiteral("bearing:80");
    QTest::newRow("track switch moves nothing")
        << false << QString() << -1 << QByteArray("<PST><TRACK>1</TRACK></PST>") << 0 << QString();
    QTest::newRow("two PST elements")
        << false << QString() << -1
        << QByteArray("<PST><TRACK>1</TRACK></PST><PST><AZIMUTH>33</AZIMUTH></PST>") << 1
        << QStringLiteral("bearing:33");
    QTest::newRow("elevation unit takes elevation")
        << true << QString() << -1 << QByteArray("<PST><ELEVATION>45</ELEVATION></PST>") << 1
        << QStringLiteral("raw:45");
    QTest::newRow("elevation unit refuses 200")
        << true << QString() << -1 << QByteArray("<PST><ELEVATION>200</ELEVATION></PST>") << 1
        << QString();
    QTest::newRow("elevation unit refuses azimuth")
        << true << QString() << -1 << QByteArray("<PST><AZIMUTH>45</AZIMUTH></PST>") << 1
        << QString();
    QTest::newRow("QRA with station locator")
        << false << QStringLiteral("JO70va") << -1 << QByteArray("<PST><QRA>FN31pr</QRA></PST>")
        << 1 << QStringLiteral("bearing:42");
    QTest::newRow("QRA without station locator")
        << false << QString() << -1 << QByteArray("<PST><QRA>FN31pr</QRA></PST>") << 1 << QString();
    QTest::newRow("malformed") << false << QString() << -1 << QByteArray("<PST><AZIMUTH>x") << 0
                               << QString();
    QTest::newRow("garbage") << false << QString() << -1 << QByteArray("\xff\xfe\x00", 3) << 0
                             << QString();
}

void TestPstRotatorListener::commands()
{
    QFETCH(bool, elevation);
    QFETCH(QString, stationLocator);
    QFETCH(int, parkBearing);
    QFETCH(QByteArray, datagram);
    QFETCH(int, handled);
    QFETCH(QString, calls);

    FakeBridgeTarget target;
    RotatorState state;
    state.rawAzimuthDeg = 0;
    state.elevationMode = elevation;
    state.maxRotateDeg = elevation ? 180 : 360;
    target.setState(state);
    if (parkBearing >= 0)
        target.setParkBearingDeg(parkBearing);

    PstRotatorListener listener(&target);
    listener.setStationLocator(stationLocator);
    listener.setLocatorBearingFunction(
        [](const QString &from, const QString &to) -> std::optional<double> {
            if (from.isEmpty() || to.isEmpty())
                return std::nullopt;
            return 42.0;
        });
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0), qPrintable(listener.errorString()));
    QSignalSpy handledSpy(&listener, &PstRotatorListener::commandHandled);
    QSignalSpy rejected(&listener, &PstRotatorListener::datagramRejected);

    QUdpSocket sender;
    sender.writeDatagram(datagram, QHostAddress::LocalHost, listener.localPort());
    // A marker datagram after it proves the first one was processed (datagrams keep order here).
    sender.writeDatagram("<PST><STOP>1</STOP></PST>", QHostAddress::LocalHost,
                         listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(handledSpy.size(), handled + 1, timeoutMs);
    const bool malformed = QByteArray(QTest::currentDataTag()).startsWith("malformed")
        || QByteArray(QTest::currentDataTag()).startsWith("garbage");
    QCOMPARE(rejected.size(), malformed ? 1 : 0);
    QStringList expected;
    if (!calls.isEmpty())
        expected.append(calls);
    expected.append(QStringLiteral("stop:0"));
    QCOMPARE(callsText(target), expected.join(QLatin1Char(' ')));
    QCOMPARE(target.lastOrigin,
             (CommandOrigin {CommandOrigin::Kind::PstRotator, QStringLiteral("127.0.0.1")}));
}

void TestPstRotatorListener::queriesAnswerListenPortPlusOne_data()
{
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("AZ?") << false << QByteArray("<PST>AZ?</PST>") << QByteArray("AZ:77\r");
    QTest::newRow("EL? azimuth unit")
        << false << QByteArray("<PST>EL?</PST>") << QByteArray("EL:0\r");
    QTest::newRow("TGA? target") << false << QByteArray("<PST>TGA?</PST>")
                                 << QByteArray("TGA:147\r");
    QTest::newRow("EL? elevation unit")
        << true << QByteArray("<PST>EL?</PST>") << QByteArray("EL:300\r");
}

void TestPstRotatorListener::queriesAnswerListenPortPlusOne()
{
    QFETCH(bool, elevation);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);

    FakeBridgeTarget target;
    RotatorState state;
    state.startAzimuthDeg = 137;
    state.maxRotateDeg = 446;
    state.rawAzimuthDeg = 300; // bearing 77
    state.rawTargetDeg = 10; // bearing 147
    state.elevationMode = elevation;
    target.setState(state);

    auto [port, receiver] = freeUdpPortWithReceiverAbove();
    QVERIFY(receiver);
    PstRotatorListener listener(&target);
    listener.setReplyPortMode(PstRotatorListener::ReplyPortMode::ListenPortPlusOne);
    QVERIFY2(listener.listen(QHostAddress::LocalHost, port), qPrintable(listener.errorString()));

    QUdpSocket sender;
    sender.writeDatagram(query, QHostAddress::LocalHost, port);
    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= 1, timeoutMs);
    QCOMPARE(got.first(), expected);
    QVERIFY(target.calls.isEmpty());
}

void TestPstRotatorListener::queriesAnswerSenderPortPlusOne()
{
    FakeBridgeTarget target;
    RotatorState state;
    state.rawAzimuthDeg = 123;
    target.setState(state);
    PstRotatorListener listener(&target); // default: both destinations
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));

    auto [senderPort, receiver] = freeUdpPortWithReceiverAbove();
    QVERIFY(receiver);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, senderPort));
    sender.writeDatagram("<PST>AZ?</PST>", QHostAddress::LocalHost, listener.localPort());
    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= 1, timeoutMs);
    QCOMPARE(got.first(), QByteArray("AZ:123\r"));
}

void TestPstRotatorListener::severalQueriesOneDatagram_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("blank between") << QByteArray("<PST>AZ? EL?</PST>");
    QTest::newRow("no blank") << QByteArray("<PST>AZ?EL?</PST>");
    QTest::newRow("two PST") << QByteArray("<PST>AZ?</PST><PST>EL?</PST>");
    QTest::newRow("newlines") << QByteArray("<PST>\r\nAZ?\r\nEL?\r\n</PST>\r\n");
}

void TestPstRotatorListener::severalQueriesOneDatagram()
{
    QFETCH(QByteArray, query);
    FakeBridgeTarget target;
    RotatorState state = target.state();
    state.rawAzimuthDeg = 77;
    target.setState(state);
    auto [port, receiver] = freeUdpPortWithReceiverAbove();
    QVERIFY(receiver);
    PstRotatorListener listener(&target);
    listener.setReplyPortMode(PstRotatorListener::ReplyPortMode::ListenPortPlusOne);
    QVERIFY(listener.listen(QHostAddress::LocalHost, port));

    QUdpSocket sender;
    sender.writeDatagram(query, QHostAddress::LocalHost, port);
    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= 2, timeoutMs);
    QCOMPARE(got, (QList<QByteArray> {"AZ:77\r", "EL:0\r"}));
}

void TestPstRotatorListener::trackAndMode()
{
    FakeBridgeTarget target;
    auto [port, receiver] = freeUdpPortWithReceiverAbove();
    QVERIFY(receiver);
    PstRotatorListener listener(&target);
    listener.setReplyPortMode(PstRotatorListener::ReplyPortMode::ListenPortPlusOne);
    QVERIFY(listener.listen(QHostAddress::LocalHost, port));
    QSignalSpy rejected(&listener, &PstRotatorListener::datagramRejected);

    QUdpSocket sender;
    QList<QByteArray> got;
    sender.writeDatagram("<PST>MODE?</PST>", QHostAddress::LocalHost, port);
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= 1, timeoutMs);
    QCOMPARE(got.takeFirst(), QByteArray("MODE:0\r"));
    // The switch is answered (not dropped as malformed) and reported back.
    sender.writeDatagram("<PST><TRACK>1</TRACK></PST>", QHostAddress::LocalHost, port);
    sender.writeDatagram("<PST>MODE?</PST>", QHostAddress::LocalHost, port);
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= 1, timeoutMs);
    QCOMPARE(got.takeFirst(), QByteArray("MODE:1\r"));
    QVERIFY(listener.isTracking());
    // Queries report the state before the datagram's own commands, as AZ? does.
    sender.writeDatagram("<PST><TRACK>0</TRACK></PST><PST>MODE?</PST>", QHostAddress::LocalHost,
                         port);
    sender.writeDatagram("<PST>MODE?</PST>", QHostAddress::LocalHost, port);
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= 2, timeoutMs);
    QCOMPARE(got, (QList<QByteArray> {"MODE:1\r", "MODE:0\r"}));
    QCOMPARE(rejected.size(), 0);
    QVERIFY(target.calls.isEmpty());
}

void TestPstRotatorListener::azElPair_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QString>("azCalls");
    QTest::addColumn<QString>("elCalls");
    QTest::addColumn<QList<QByteArray>>("replies");

    // Azimuth unit at raw 300 (start 0), elevation unit at raw 150: flipped, pointing at
    // bearing 120, elevation 30.
    const QList<QByteArray> none;
    QTest::newRow("AZ? EL? where it points")
        << QByteArray("<PST>AZ? EL?</PST>") << QString() << QString()
        << QList<QByteArray> {"AZ:120\r", "EL:30\r"};
    QTest::newRow("TGA? TGE?") << QByteArray("<PST>TGA? TGE?</PST>") << QString() << QString()
                               << QList<QByteArray> {"TGA:120\r", "TGE:30\r"};
    QTest::newRow("azimuth and elevation, stays flipped")
        << QByteArray("<PST><AZIMUTH>125</AZIMUTH><ELEVATION>35</ELEVATION></PST>")
        << QStringLiteral("raw:305") << QStringLiteral("raw:145") << none;
    QTest::newRow("elevation alone keeps the azimuth")
        << QByteArray("<PST><ELEVATION>40</ELEVATION></PST>") << QStringLiteral("raw:300")
        << QStringLiteral("raw:140") << none;
    QTest::newRow("azimuth alone keeps the elevation")
        << QByteArray("<PST><AZIMUTH>130</AZIMUTH></PST>") << QStringLiteral("raw:310")
        << QStringLiteral("raw:150") << none;
    QTest::newRow("elevation above 90: the program's own flip")
        << QByteArray("<PST><AZIMUTH>300</AZIMUTH><ELEVATION>120</ELEVATION></PST>")
        << QStringLiteral("bearing:300") << QStringLiteral("raw:120") << none;
    QTest::newRow("stop stops both")
        << QByteArray("<PST><STOP>1</STOP></PST>") << QStringLiteral("stop:0")
        << QStringLiteral("stop:0") << none;
    QTest::newRow("park parks both")
        << QByteArray("<PST><PARK>1</PARK></PST>") << QStringLiteral("bearing:0")
        << QStringLiteral("raw:0") << none;
}

void TestPstRotatorListener::azElPair()
{
    QFETCH(QByteArray, datagram);
    QFETCH(QString, azCalls);
    QFETCH(QString, elCalls);
    QFETCH(QList<QByteArray>, replies);

    FakeBridgeTarget az;
    RotatorState azState = az.state();
    azState.rawAzimuthDeg = 300;
    az.setState(azState);
    FakeBridgeTarget el;
    RotatorState elState = el.state();
    elState.elevationMode = true;
    elState.maxRotateDeg = 180;
    elState.rawAzimuthDeg = 150;
    el.setState(elState);
    AzElPairTarget pair(&az, &el);

    auto [port, receiver] = freeUdpPortWithReceiverAbove();
    QVERIFY(receiver);
    PstRotatorListener listener(&pair);
    listener.setReplyPortMode(PstRotatorListener::ReplyPortMode::ListenPortPlusOne);
    QVERIFY(listener.listen(QHostAddress::LocalHost, port));
    QSignalSpy handled(&listener, &PstRotatorListener::commandHandled);

    QUdpSocket sender;
    sender.writeDatagram(datagram, QHostAddress::LocalHost, port);
    sender.writeDatagram("<PST>MODE?</PST>", QHostAddress::LocalHost, port); // marker
    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(*receiver)).size() >= replies.size() + 1,
                             timeoutMs);
    QCOMPARE(got.takeLast(), QByteArray("MODE:0\r"));
    QCOMPARE(got, replies);
    QCOMPARE(callsText(az), azCalls);
    QCOMPARE(callsText(el), elCalls);
    // The units' commands carry the PstRotator origin, as a single rotator's do.
    for (const FakeBridgeTarget *unit : {&az, &el}) {
        if (!unit->calls.isEmpty()) {
            QCOMPARE(unit->lastOrigin.kind, CommandOrigin::Kind::PstRotator);
            QCOMPARE(unit->lastOrigin.detail, QStringLiteral("127.0.0.1"));
        }
    }
    for (const auto &args : std::as_const(handled))
        QVERIFY(args.at(1).value<CommandResult>().accepted());
}

QTEST_GUILESS_MAIN(TestPstRotatorListener)
#include "tst_pstrotatorlistener.moc"
