// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/n1mmrotorlistener.h"

#include "fakebridgetarget.h"
#include "udptestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

namespace {

constexpr int timeoutMs = 10000;

} // namespace

class TestN1mmRotorListener : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void routesByName();
    void statusPeriodicAndOnChange();
    void portInUseIsShared();
    void sameNamesAreToldApart();
    void datagramWithoutRotorName();
    void statusLeavesFromTheListenAddress();
    void bandFollow_data();
    void bandFollow();
};

void TestN1mmRotorListener::commands_data()
{
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("accepted"); // handled (not rejected)
    QTest::addColumn<QString>("calls");

    QTest::newRow("turn by label")
        << false
        << QByteArray("<N1MMRotor><rotor>Tribander</rotor><goazi>123.4</goazi><offset>0</offset>"
                      "<bidirectional>0</bidirectional><freqband>14</freqband></N1MMRotor>")
        << true << QStringLiteral("bearing:123.4");
    QTest::newRow("turn by CALL/ID any case")
        << false << QByteArray("<N1MMRotor><rotor> test/1 </rotor><goazi>10</goazi></N1MMRotor>")
        << true << QStringLiteral("bearing:10");
    QTest::newRow("offset subtracted")
        << false
        << QByteArray("<N1MMRotor><rotor>tribander</rotor><goazi>100</goazi><offset>30</offset>"
                      "</N1MMRotor>")
        << true << QStringLiteral("bearing:70");
    QTest::newRow("bidirectional picks the shorter end")
        << false
        << QByteArray("<N1MMRotor><rotor>Tribander</rotor><goazi>300</goazi>"
                      "<bidirectional>1</bidirectional></N1MMRotor>")
        << true << QStringLiteral("bearing:120");
    QTest::newRow("bidirectional keeps the shorter end")
        << false
        << QByteArray("<N1MMRotor><rotor>Tribander</rotor><goazi>60</goazi>"
                      "<bidirectional>1</bidirectional></N1MMRotor>")
        << true << QStringLiteral("bearing:60");
    QTest::newRow("not bidirectional goes the long way")
        << false
        << QByteArray("<N1MMRotor><rotor>Tribander</rotor><goazi>300</goazi>"
                      "<bidirectional>0</bidirectional></N1MMRotor>")
        << true << QStringLiteral("bearing:300");
    QTest::newRow("stop short form")
        << false << QByteArray("<N1MMRotor><stop>Tribander</stop></N1MMRotor>") << true
        << QStringLiteral("stop:0");
    QTest::newRow("stop nested form")
        << false
        << QByteArray("<?xml version=\"1.0\"?>\r\n<N1MMRotor><stop><rotor>TRIBANDER</rotor>"
                      "<freqband>21.0</freqband></stop></N1MMRotor>")
        << true << QStringLiteral("stop:0");
    QTest::newRow("unknown rotor")
        << false << QByteArray("<N1MMRotor><rotor>Other</rotor><goazi>10</goazi></N1MMRotor>")
        << false << QString();
    QTest::newRow("malformed") << false << QByteArray("<N1MMRotor><rotor>Tribander") << false
                               << QString();
    QTest::newRow("garbage") << false << QByteArray("\x00\x01\x02 hello", 10) << false << QString();
    QTest::newRow("elevation unit ignores turns")
        << true << QByteArray("<N1MMRotor><rotor>Tribander</rotor><goazi>10</goazi></N1MMRotor>")
        << true << QString();
    QTest::newRow("elevation unit stops")
        << true << QByteArray("<N1MMRotor><stop>Tribander</stop></N1MMRotor>") << true
        << QStringLiteral("stop:0");
}

void TestN1mmRotorListener::commands()
{
    QFETCH(bool, elevation);
    QFETCH(QByteArray, datagram);
    QFETCH(bool, accepted);
    QFETCH(QString, calls);

    FakeBridgeTarget target;
    RotatorState state;
    state.name = QStringLiteral("Tribander");
    state.rawAzimuthDeg = 0;
    state.maxRotateDeg = elevation ? 180 : 360;
    state.elevationMode = elevation;
    target.setState(state);

    N1mmRotorListener listener;
    listener.addTarget(&target);
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0), qPrintable(listener.errorString()));
    QSignalSpy handled(&listener, &N1mmRotorListener::commandHandled);
    QSignalSpy rejected(&listener, &N1mmRotorListener::datagramRejected);

    QUdpSocket sender;
    sender.writeDatagram(datagram, QHostAddress::LocalHost, listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(handled.size() + rejected.size(), 1, timeoutMs);
    QCOMPARE(handled.size(), accepted ? 1 : 0);
    QCOMPARE(callsText(target), calls);
}

void TestN1mmRotorListener::routesByName()
{
    FakeBridgeTarget a;
    FakeBridgeTarget b;
    a.setAddress({QStringLiteral("DL1ABC"), QStringLiteral("1")});
    b.setAddress({QStringLiteral("DL1ABC"), QStringLiteral("2")});
    N1mmRotorListener listener;
    listener.addTarget(&a, {QStringLiteral("Yagi 20m")});
    listener.addTarget(&b);
    QCOMPARE(listener.targetForName(QStringLiteral("yagi 20M")), &a);
    QCOMPARE(listener.targetForName(QStringLiteral("DL1ABC/1")), nullptr); // explicit names only
    QCOMPARE(listener.targetForName(QStringLiteral("dl1abc/2")), &b);
    QCOMPARE(listener.targetForName(QString()), nullptr);
    QCOMPARE(listener.statusName(&a), QStringLiteral("Yagi 20m"));
    QCOMPARE(listener.statusName(&b), QStringLiteral("DL1ABC/2"));

    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy handled(&listener, &N1mmRotorListener::commandHandled);
    QUdpSocket sender;
    sender.writeDatagram("<N1MMRotor><rotor>DL1ABC/2</rotor><goazi>45</goazi></N1MMRotor>",
                         QHostAddress::LocalHost, listener.localPort());
    sender.writeDatagram("<N1MMRotor><rotor>Yagi 20m</rotor><goazi>90</goazi></N1MMRotor>",
                         QHostAddress::LocalHost, listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 2, timeoutMs);
    QCOMPARE(callsText(a), QStringLiteral("bearing:90"));
    QCOMPARE(callsText(b), QStringLiteral("bearing:45"));
}

void TestN1mmRotorListener::statusPeriodicAndOnChange()
{
    FakeBridgeTarget target;
    RotatorState state;
    state.name = QStringLiteral("Tribander");
    state.startAzimuthDeg = 100;
    state.rawAzimuthDeg = 23;
    target.setState(state);

    QUdpSocket n1mm;
    QVERIFY(n1mm.bind(QHostAddress::LocalHost, 0));
    N1mmRotorListener listener;
    listener.addTarget(&target);
    listener.setStatusDestination(QHostAddress::LocalHost, n1mm.localPort());
    listener.setStatusIntervalMs(200);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));

    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(n1mm)).size() >= 2, timeoutMs);
    QCOMPARE(got.first(), QByteArray("Tribander @ 1230"));
    QCOMPARE(got.at(1), QByteArray("Tribander @ 1230"));

    // A heading change is reported at once, without waiting for the timer.
    listener.setStatusIntervalMs(60000);
    readDatagrams(n1mm);
    state.rawAzimuthDeg = 300; // 100 + 300 = 400 -> 40
    target.setState(state);
    got.clear();
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(n1mm)).size() >= 1, timeoutMs);
    QCOMPARE(got.last(), QByteArray("Tribander @ 400"));
}

void TestN1mmRotorListener::portInUseIsShared()
{
    // N1MM tools open the port shared; a second listener on the same port must not fail.
    N1mmRotorListener first;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    N1mmRotorListener second;
    QVERIFY2(second.listen(QHostAddress::LocalHost, first.localPort()),
             qPrintable(second.errorString()));
}

void TestN1mmRotorListener::sameNamesAreToldApart()
{
    // Two units both named "Antenna": status datagrams must not look alike, and the shared name
    // must not drive the first one only.
    FakeBridgeTarget a;
    FakeBridgeTarget b;
    FakeBridgeTarget c;
    a.setAddress({QStringLiteral("DL1ABC"), QStringLiteral("1")});
    b.setAddress({QStringLiteral("DL1ABC"), QStringLiteral("2")});
    c.setAddress({QStringLiteral("DL1ABC"), QStringLiteral("3")});
    for (FakeBridgeTarget *t : {&a, &b, &c}) {
        RotatorState state = t->state();
        state.name = t == &c ? QStringLiteral("Vertical") : QStringLiteral("Antenna");
        state.rawAzimuthDeg = 10;
        t->setState(state);
    }
    QUdpSocket n1mm;
    QVERIFY(n1mm.bind(QHostAddress::LocalHost, 0));
    N1mmRotorListener listener;
    listener.addTarget(&a);
    listener.addTarget(&b);
    listener.addTarget(&c);
    QCOMPARE(listener.statusName(&a), QStringLiteral("DL1ABC/1"));
    QCOMPARE(listener.statusName(&b), QStringLiteral("DL1ABC/2"));
    QCOMPARE(listener.statusName(&c), QStringLiteral("Vertical")); // unique: kept
    QCOMPARE(listener.targetForName(QStringLiteral("Antenna")), nullptr);
    QCOMPARE(listener.targetForName(QStringLiteral("dl1abc/2")), &b);
    QCOMPARE(listener.targetForName(QStringLiteral("vertical")), &c);

    listener.setStatusDestination(QHostAddress::LocalHost, n1mm.localPort());
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy rejected(&listener, &N1mmRotorListener::datagramRejected);
    QUdpSocket sender;
    sender.writeDatagram("<N1MMRotor><rotor>Antenna</rotor><goazi>45</goazi></N1MMRotor>",
                         QHostAddress::LocalHost, listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, timeoutMs);
    QVERIFY(a.calls.isEmpty() && b.calls.isEmpty());

    listener.sendStatusNow();
    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT((got += readDatagrams(n1mm)).size() >= 3, timeoutMs);
    QVERIFY2(got.contains("DL1ABC/1 @ 100") && got.contains("DL1ABC/2 @ 100")
                 && got.contains("Vertical @ 100"),
             got.join(' ').constData());
}

void TestN1mmRotorListener::datagramWithoutRotorName()
{
    FakeBridgeTarget a;
    FakeBridgeTarget b;
    b.setAddress({QStringLiteral("TEST"), QStringLiteral("2")});
    N1mmRotorListener listener;
    listener.addTarget(&a);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy handled(&listener, &N1mmRotorListener::commandHandled);
    QSignalSpy rejected(&listener, &N1mmRotorListener::datagramRejected);
    QUdpSocket sender;
    // The only rotator.
    sender.writeDatagram("<N1MMRotor><goazi>45</goazi></N1MMRotor>", QHostAddress::LocalHost,
                         listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, timeoutMs);
    QCOMPARE(callsText(a), QStringLiteral("bearing:45"));

    // Two rotators and no default: refused; with a default: that one.
    listener.addTarget(&b);
    sender.writeDatagram("<N1MMRotor><goazi>50</goazi></N1MMRotor>", QHostAddress::LocalHost,
                         listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, timeoutMs);
    listener.setDefaultTarget(&b);
    sender.writeDatagram("<N1MMRotor><goazi>60</goazi></N1MMRotor>", QHostAddress::LocalHost,
                         listener.localPort());
    sender.writeDatagram("<N1MMRotor><stop></stop></N1MMRotor>", QHostAddress::LocalHost,
                         listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 3, timeoutMs);
    QCOMPARE(callsText(a), QStringLiteral("bearing:45"));
    QCOMPARE(callsText(b), QStringLiteral("bearing:60 stop:0"));
}

void TestN1mmRotorListener::statusLeavesFromTheListenAddress()
{
    FakeBridgeTarget target;
    N1mmRotorListener listener;
    listener.addTarget(&target);
    // Before listen() nothing is bound, and sending status binds nothing either.
    listener.sendStatusNow();
    QCOMPARE(listener.statusSourceAddress(), QHostAddress());
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(listener.statusSourceAddress(), QHostAddress(QHostAddress::LocalHost));
    listener.sendStatusNow();
    QCOMPARE(listener.statusSourceAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestN1mmRotorListener::bandFollow_data()
{
    QTest::addColumn<bool>("follow");
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QString>("calls"); // "a:… b:… c:…", or "rejected"

    // a (default) serves 20m and 15m, b 40m, c 20m.
    const QByteArray noName = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<N1MMRotor>\r\n"
                              "  <goazi>120.0</goazi>\r\n  <offset>0.0</offset>\r\n"
                              "  <bidirectional>0</bidirectional>\r\n  <freqband>7</freqband>\r\n"
                              "</N1MMRotor>";
    const QByteArray unknownName = "<N1MMRotor><rotor>Beam</rotor><goazi>120</goazi>"
                                   "<offset>0</offset><bidirectional>0</bidirectional>"
                                   "<freqband>7</freqband></N1MMRotor>";
    const QByteArray namedC = "<N1MMRotor><rotor>TEST/3</rotor><goazi>120</goazi>"
                              "<offset>0</offset><bidirectional>0</bidirectional>"
                              "<freqband>7</freqband></N1MMRotor>";
    QTest::newRow("off: no name goes to the default")
        << false << noName << QStringLiteral("a:bearing:120 b: c:");
    QTest::newRow("off: unknown name refused")
        << false << unknownName << QStringLiteral("rejected");
    QTest::newRow("on: no name goes to the band's rotator")
        << true << noName << QStringLiteral("a: b:bearing:120 c:");
    QTest::newRow("on: unknown name goes to the band's rotator")
        << true << unknownName << QStringLiteral("a: b:bearing:120 c:");
    QTest::newRow("on: a named rotator wins over the band")
        << true << namedC << QStringLiteral("a: b: c:bearing:120");
    QTest::newRow("on: two serve 20m, the default is one of them")
        << true << QByteArray("<N1MMRotor><goazi>30</goazi><freqband>14</freqband></N1MMRotor>")
        << QStringLiteral("a:bearing:30 b: c:");
    QTest::newRow("on: 15m")
        << true << QByteArray("<N1MMRotor><goazi>30</goazi><freqband>21</freqband></N1MMRotor>")
        << QStringLiteral("a:bearing:30 b: c:");
    QTest::newRow("on: nobody serves 80m, the default")
        << true << QByteArray("<N1MMRotor><goazi>30</goazi><freqband>3.5</freqband></N1MMRotor>")
        << QStringLiteral("a:bearing:30 b: c:");
    QTest::newRow("on: nobody serves 80m, unknown name refused")
        << true
        << QByteArray("<N1MMRotor><rotor>Beam</rotor><goazi>30</goazi><freqband>3.5</freqband>"
                      "</N1MMRotor>")
        << QStringLiteral("rejected");
    QTest::newRow("on: stop for an unknown name by band")
        << true
        << QByteArray(
               "<N1MMRotor><stop><rotor>Beam</rotor><freqband>7</freqband></stop></N1MMRotor>")
        << QStringLiteral("a: b:stop:0 c:");
}

void TestN1mmRotorListener::bandFollow()
{
    QFETCH(bool, follow);
    QFETCH(QByteArray, datagram);
    QFETCH(QString, calls);

    FakeBridgeTarget a;
    FakeBridgeTarget b;
    FakeBridgeTarget c;
    a.setAddress({QStringLiteral("TEST"), QStringLiteral("1")});
    b.setAddress({QStringLiteral("TEST"), QStringLiteral("2")});
    c.setAddress({QStringLiteral("TEST"), QStringLiteral("3")});
    N1mmRotorListener listener;
    listener.addTarget(&a);
    listener.addTarget(&b);
    listener.addTarget(&c);
    listener.setBands(&a, {QStringLiteral("20m"), QStringLiteral("15m")});
    listener.setBands(&b, {QStringLiteral("40m")});
    listener.setBands(&c, {QStringLiteral("20m")});
    listener.setDefaultTarget(&a);
    listener.setBandFollow(follow);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy handled(&listener, &N1mmRotorListener::commandHandled);
    QSignalSpy rejected(&listener, &N1mmRotorListener::datagramRejected);
    QUdpSocket sender;
    sender.writeDatagram(datagram, QHostAddress::LocalHost, listener.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(handled.size() + rejected.size(), 1, timeoutMs);
    if (calls == QStringLiteral("rejected")) {
        QCOMPARE(rejected.size(), 1);
        return;
    }
    QCOMPARE(QStringLiteral("a:%1 b:%2 c:%3").arg(callsText(a), callsText(b), callsText(c)), calls);
    for (const FakeBridgeTarget *t : {&a, &b, &c}) {
        if (!t->calls.isEmpty()) {
            QCOMPARE(t->lastOrigin.kind, CommandOrigin::Kind::N1mm);
            QCOMPARE(t->lastOrigin.detail, QStringLiteral("127.0.0.1"));
        }
    }
}

QTEST_GUILESS_MAIN(TestN1mmRotorListener)
#include "tst_n1mmrotorlistener.moc"
