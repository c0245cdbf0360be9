// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/rotctldserver.h"

#include "fakebridgetarget.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

constexpr int timeoutMs = 10000;
constexpr int unknownRaw = -9999;

std::unique_ptr<QTcpSocket> connectTo(const RotctldServer &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
    return socket;
}

} // namespace

class TestRotctldServer : public QObject
{
    Q_OBJECT

private slots:
    void positionOnlyWhenCurrent_data();
    void positionOnlyWhenCurrent();
    void dumpCapsAgreesWithDumpState_data();
    void dumpCapsAgreesWithDumpState();
    void connectionLimit();
    void replies_data();
    void replies();
    void splitLine();
    void joinedLines_data();
    void joinedLines();
    void overlongLine_data();
    void overlongLine();
    void severalClients();
    void quitCloses();
    void portInUse();
    void targetGone();
};

void TestRotctldServer::replies_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<int>("raw");
    QTest::addColumn<bool>("brokerUp");
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("calls"); // "what:value" joined by spaces

    QTest::newRow("p") << 0 << 360 << false << 120 << true << QByteArray("p\n")
                       << QByteArray("120.00\n0.00\n") << QString();
    QTest::newRow("p with start azimuth") << 137 << 446 << false << 300 << true << QByteArray("p\n")
                                          << QByteArray("77.00\n0.00\n") << QString();
    QTest::newRow("p in overlap") << 0 << 450 << false << 400 << true << QByteArray("p\n")
                                  << QByteArray("400.00\n0.00\n") << QString();
    QTest::newRow("+p") << 0 << 360 << false << 8 << true << QByteArray("+p\n")
                        << QByteArray("get_pos:\nAzimuth: 8.00\nElevation: 0.00\nRPRT 0\n")
                        << QString();
    QTest::newRow(";\\get_pos") << 0 << 360 << false << 8 << true << QByteArray(";\\get_pos\n")
                                << QByteArray("get_pos:;Azimuth: 8.00;Elevation: 0.00;RPRT 0\n")
                                << QString();
    QTest::newRow("p unknown position")
        << 0 << 360 << false << unknownRaw << true << QByteArray("p\n") << QByteArray("RPRT -11\n")
        << QString();
    QTest::newRow("P bearing") << 0 << 360 << false << 0 << true
                               << QByteArray("P 120.000000 0.000000\n") << QByteArray("RPRT 0\n")
                               << QStringLiteral("bearing:120");
    QTest::newRow("+P bearing") << 0 << 360 << false << 0 << true << QByteArray("+P 120 10\n")
                                << QByteArray("set_pos: 120 10\nRPRT 0\n")
                                << QStringLiteral("bearing:120");
    QTest::newRow("P 360 is north") << 0 << 360 << false << 90 << true << QByteArray("P 360 0\n")
                                    << QByteArray("RPRT 0\n") << QStringLiteral("bearing:0");
    QTest::newRow("P overlap copy") << 0 << 450 << false << 0 << true << QByteArray("P 400 0\n")
                                    << QByteArray("RPRT 0\n") << QStringLiteral("raw:400");
    QTest::newRow("P unwrapped with start")
        << 137 << 446 << false << 0 << true << QByteArray("P 500 0\n") << QByteArray("RPRT 0\n")
        << QStringLiteral("raw:363");
    QTest::newRow("P beyond max_az") << 0 << 450 << false << 0 << true << QByteArray("P 451 0\n")
                                     << QByteArray("RPRT -1\n") << QString();
    QTest::newRow("P negative") << 0 << 360 << false << 0 << true << QByteArray("P -5 0\n")
                                << QByteArray("RPRT -1\n") << QString();
    QTest::newRow("P dark zone") << 0 << 300 << false << 0 << true << QByteArray("P 330 0\n")
                                 << QByteArray("RPRT -1\n") << QStringLiteral("bearing:330");
    QTest::newRow("P broker down") << 0 << 360 << false << 0 << false << QByteArray("P 10 0\n")
                                   << QByteArray("RPRT -6\n") << QStringLiteral("bearing:10");
    QTest::newRow("P bad args") << 0 << 360 << false << 0 << true << QByteArray("P abc 0\n")
                                << QByteArray("RPRT -1\n") << QString();
    QTest::newRow("P el on the next line")
        << 0 << 360 << false << 0 << true << QByteArray("P 120\n0\n") << QByteArray("RPRT 0\n")
        << QStringLiteral("bearing:120");
    QTest::newRow("P args on following lines")
        << 0 << 360 << false << 0 << true << QByteArray("P\r\n120\n\n10\np\n")
        << QByteArray("RPRT 0\n0.00\n0.00\n") << QStringLiteral("bearing:120");
    QTest::newRow("P decimal commas")
        << 0 << 360 << false << 0 << true << QByteArray("P 120,50 10,00\n")
        << QByteArray("RPRT 0\n") << QStringLiteral("bearing:120.5");
    QTest::newRow("P above max_el") << 0 << 360 << false << 0 << true << QByteArray("P 120 95\n")
                                    << QByteArray("RPRT -1\n") << QString();
    QTest::newRow("+P above max_el")
        << 0 << 360 << false << 0 << true << QByteArray("+P 120 90.01\n")
        << QByteArray("set_pos: 120 90.01\nRPRT -1\n") << QString();
    QTest::newRow("get_status idle")
        << 0 << 360 << false << 0 << true << QByteArray("\\get_status\n") << QByteArray("\n")
        << QString();
    QTest::newRow("get_status overlap")
        << 0 << 450 << false << 400 << true << QByteArray(";s\n")
        << QByteArray("get_status:;Status flags: OVERLAP_RIGHT ;RPRT 0\n") << QString();
    QTest::newRow("get_status broker down") << 0 << 360 << false << 0 << false << QByteArray("s\n")
                                            << QByteArray("RPRT -6\n") << QString();
    QTest::newRow("get_level SPEED")
        << 0 << 360 << false << 0 << true << QByteArray("\\get_level SPEED\n")
        << QByteArray("RPRT -1\n") << QString();
    QTest::newRow("get_level ?") << 0 << 360 << false << 0 << true << QByteArray("v ?\n")
                                 << QByteArray("\n") << QString();
    QTest::newRow("+get_func ?") << 0 << 360 << false << 0 << true << QByteArray("+u ?\n")
                                 << QByteArray("get_func: ?\n\nRPRT 0\n") << QString();
    QTest::newRow("P elevation unit") << 270 << 180 << true << 0 << true << QByteArray("P 100 45\n")
                                      << QByteArray("RPRT 0\n") << QStringLiteral("raw:45");
    QTest::newRow("p elevation unit") << 270 << 180 << true << 135 << true << QByteArray("p\n")
                                      << QByteArray("0.00\n135.00\n") << QString();
    QTest::newRow("S") << 0 << 360 << false << 0 << true << QByteArray("S\n")
                       << QByteArray("RPRT 0\n") << QStringLiteral("stop:0");
    QTest::newRow("\\stop extended") << 0 << 360 << false << 0 << true << QByteArray("+\\stop\n")
                                     << QByteArray("stop:\nRPRT 0\n") << QStringLiteral("stop:0");
    QTest::newRow("K") << 0 << 360 << false << 100 << true << QByteArray("K\n")
                       << QByteArray("RPRT 0\n") << QStringLiteral("bearing:0");
    QTest::newRow("K elevation unit") << 270 << 180 << true << 100 << true << QByteArray("K\n")
                                      << QByteArray("RPRT 0\n") << QStringLiteral("raw:0");
    QTest::newRow("M left") << 0 << 450 << false << 100 << true << QByteArray("M 8 50\n")
                            << QByteArray("RPRT 0\n") << QStringLiteral("raw:0");
    QTest::newRow("M right") << 0 << 450 << false << 100 << true << QByteArray("M 16 -1\n")
                             << QByteArray("RPRT 0\n") << QStringLiteral("raw:450");
    QTest::newRow("M up on azimuth unit")
        << 0 << 360 << false << 100 << true << QByteArray("M 2 50\n") << QByteArray("RPRT -1\n")
        << QString();
    QTest::newRow("_") << 0 << 360 << false << 0 << true << QByteArray("_\n")
                       << QByteArray("RotorDeck IP-Rotator TEST/1 (TEST/1)\n") << QString();
    QTest::newRow("dump_state 137/446")
        << 137 << 446 << false << 0 << true << QByteArray("\\dump_state\n")
        << QByteArray("1\n1\nmin_az=0.000000\nmax_az=583.000000\n"
                      "min_el=0.000000\nmax_el=90.000000\n"
                      "south_zero=0\nrot_type=AzEl\ndone\n")
        << QString();
    QTest::newRow("dump_state elevation unit")
        << 270 << 180 << true << 0 << true << QByteArray("\\dump_state\n")
        << QByteArray("1\n1\nmin_az=0.000000\nmax_az=360.000000\nmin_el=0.000000\n"
                      "max_el=180.000000\nsouth_zero=0\nrot_type=AzEl\ndone\n")
        << QString();
    QTest::newRow("unknown letter") << 0 << 360 << false << 0 << true << QByteArray("Z\n")
                                    << QByteArray("RPRT -4\n") << QString();
    QTest::newRow("unknown long") << 0 << 360 << false << 0 << true << QByteArray("\\foo 1\n")
                                  << QByteArray("RPRT -4\n") << QString();
    QTest::newRow("reset not implemented") << 0 << 360 << false << 0 << true << QByteArray("R 1\n")
                                           << QByteArray("RPRT -4\n") << QString();
    QTest::newRow("binary garbage")
        << 0 << 360 << false << 0 << true << QByteArray("\x00\xff\x01\n", 4)
        << QByteArray("RPRT -4\n") << QString();
    QTest::newRow("comment then p")
        << 0 << 360 << false << 5 << true << QByteArray("# hello\n\np\n")
        << QByteArray("5.00\n0.00\n") << QString();
}

void TestRotctldServer::replies()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(bool, elevation);
    QFETCH(int, raw);
    QFETCH(bool, brokerUp);
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, expected);
    QFETCH(QString, calls);

    FakeBridgeTarget target;
    RotatorState state;
    state.startAzimuthDeg = start;
    state.maxRotateDeg = max;
    state.elevationMode = elevation;
    if (raw != unknownRaw)
        state.rawAzimuthDeg = raw;
    state.link = brokerUp ? LinkState::Live : LinkState::BrokerDown;
    target.setState(state);
    target.brokerUp = brokerUp;

    RotctldServer server(&target);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    auto socket = connectTo(server);
    QVERIFY(socket->waitForConnected(timeoutMs));
    socket->write(send);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= expected.size(), timeoutMs);
    QCOMPARE(received, expected);

    QStringList got;
    for (const auto &c : std::as_const(target.calls))
        got.append(c.what + QLatin1Char(':') + QString::number(c.value));
    QCOMPARE(got.join(QLatin1Char(' ')), calls);
}

void TestRotctldServer::splitLine()
{
    FakeBridgeTarget target;
    RotctldServer server(&target);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo(server);
    QVERIFY(socket->waitForConnected(timeoutMs));

    socket->write("P 1");
    QTRY_COMPARE_WITH_TIMEOUT(server.bufferedBytes(), qsizetype(3), timeoutMs);
    QCOMPARE(socket->bytesAvailable(), qint64(0));
    QVERIFY(target.calls.isEmpty());
    socket->write("20 0");
    QTRY_COMPARE_WITH_TIMEOUT(server.bufferedBytes(), qsizetype(7), timeoutMs);
    socket->write("\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket->bytesAvailable(), qint64(7), timeoutMs);
    QCOMPARE(socket->readAll(), QByteArray("RPRT 0\n"));
    QCOMPARE(target.calls.size(), 1);
    QCOMPARE(target.calls.first(), (FakeBridgeTarget::Call {QStringLiteral("bearing"), 120.0}));
    QCOMPARE(server.bufferedBytes(), qsizetype(0));
}

void TestRotctldServer::joinedLines_data()
{
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("LF") << QByteArray("p\nS\nP 10 0\n")
                        << QByteArray("0.00\n0.00\nRPRT 0\nRPRT 0\n");
    QTest::newRow("CRLF") << QByteArray("p\r\nS\r\nP 10 0\r\n")
                          << QByteArray("0.00\n0.00\nRPRT 0\nRPRT 0\n");
    QTest::newRow("CR only") << QByteArray("p\rS\r") << QByteArray("0.00\n0.00\nRPRT 0\n");
    QTest::newRow("rotctl session")
        << QByteArray("\\dump_state\np\nq\n")
        << QByteArray("1\n1\nmin_az=0.000000\nmax_az=360.000000\nmin_el=0.000000\n"
                      "max_el=90.000000\nsouth_zero=0\nrot_type=AzEl\ndone\n0.00\n0.00\n");
}

void TestRotctldServer::joinedLines()
{
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, expected);
    FakeBridgeTarget target;
    RotctldServer server(&target);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo(server);
    QVERIFY(socket->waitForConnected(timeoutMs));
    socket->write(send);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= expected.size(), timeoutMs);
    QCOMPARE(received, expected);
}

void TestRotctldServer::overlongLine_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("no newline, 5000 bytes") << QByteArray(5000, 'x');
    QTest::newRow("2000 bytes then newline") << QByteArray(2000, 'P') + '\n';
    QTest::newRow("64 KiB of zeros") << QByteArray(65536, '\0');
}

void TestRotctldServer::overlongLine()
{
    QFETCH(QByteArray, garbage);
    FakeBridgeTarget target;
    RotctldServer server(&target);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo(server);
    QVERIFY(socket->waitForConnected(timeoutMs));
    socket->write(garbage);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= 8, timeoutMs);
    QCOMPARE(received, QByteArray("RPRT -1\n"));
    QVERIFY(server.bufferedBytes() <= RotctldParser::maxLineBytes);
    // The connection still works: the rest of the garbage line is skipped, the next line served.
    socket->write("\np\n");
    received.clear();
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= 10, timeoutMs);
    QCOMPARE(received, QByteArray("0.00\n0.00\n"));
    QVERIFY(target.calls.isEmpty());
}

void TestRotctldServer::severalClients()
{
    FakeBridgeTarget target;
    RotatorState state = target.state();
    state.rawAzimuthDeg = 42;
    target.setState(state);
    RotctldServer server(&target);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 3; ++i) {
        sockets.push_back(connectTo(server));
        QVERIFY(sockets.back()->waitForConnected(timeoutMs));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 3, timeoutMs);
    // Interleaved: each client gets exactly its own replies.
    for (int i = 0; i < 3; ++i)
        sockets[size_t(i)]->write(i == 1 ? "P 1" : "p\n");
    sockets[1]->write("0 0\n");
    QByteArray r0;
    QByteArray r1;
    QByteArray r2;
    QTRY_VERIFY_WITH_TIMEOUT((r0 += sockets[0]->readAll()).size() >= 11, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT((r1 += sockets[1]->readAll()).size() >= 7, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT((r2 += sockets[2]->readAll()).size() >= 11, timeoutMs);
    QCOMPARE(r0, QByteArray("42.00\n0.00\n"));
    QCOMPARE(r1, QByteArray("RPRT 0\n"));
    QCOMPARE(r2, QByteArray("42.00\n0.00\n"));
    QCOMPARE(target.calls.size(), 1);
    QCOMPARE(target.calls.first().value, 10.0);
    // The command is the second client's, by its address and port.
    QCOMPARE(target.lastOrigin.kind, CommandOrigin::Kind::Rotctld);
    QCOMPARE(target.lastOrigin.detail, QStringLiteral("127.0.0.1:%1").arg(sockets[1]->localPort()));
    QStringList peers;
    for (const auto &socket : sockets)
        peers << QStringLiteral("127.0.0.1:%1").arg(socket->localPort());
    peers.sort();
    QCOMPARE(server.clientPeers(), peers);

    sockets[0]->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, timeoutMs);
}

void TestRotctldServer::quitCloses()
{
    FakeBridgeTarget target;
    RotctldServer server(&target);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo(server);
    QVERIFY(socket->waitForConnected(timeoutMs));
    QSignalSpy disconnected(socket.get(), &QTcpSocket::disconnected);
    socket->write("p\nq\np\nS\n");
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, timeoutMs);
    QCOMPARE(socket->readAll(), QByteArray("0.00\n0.00\n"));
    QVERIFY(target.calls.isEmpty()); // nothing after q was served
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, timeoutMs);
}

void TestRotctldServer::portInUse()
{
    FakeBridgeTarget target;
    RotctldServer first(&target);
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    RotctldServer second(&target);
    QVERIFY(!second.listen(QHostAddress::LocalHost, first.serverPort()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.isListening());
}

void TestRotctldServer::targetGone()
{
    auto target = std::make_unique<FakeBridgeTarget>();
    RotctldServer server(target.get());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    target.reset();
    auto socket = connectTo(server);
    QVERIFY(socket->waitForConnected(timeoutMs));
    socket->write("P 10 0\np\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= 18, timeoutMs);
    QCOMPARE(received, QByteArray("RPRT -11\nRPRT -11\n"));
}

void TestRotctldServer::positionOnlyWhenCurrent_data()
{
    QTest::addColumn<int>("link");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("live") << int(LinkState::Live) << QByteArray("120.00\n0.00\n");
    QTest::newRow("not heard yet") << int(LinkState::Unknown) << QByteArray("RPRT -11\n");
    QTest::newRow("stale") << int(LinkState::Stale) << QByteArray("RPRT -5\n");
    QTest::newRow("broker down") << int(LinkState::BrokerDown) << QByteArray("RPRT -6\n");
}

void TestRotctldServer::positionOnlyWhenCurrent()
{
    // The last known position stays in the model; rotctld must not report it as current.
    QFETCH(int, link);
    QFETCH(QByteArray, expected);
    FakeBridgeTarget target;
    RotatorState state = target.state();
    state.rawAzimuthDeg = 120;
    state.link = LinkState(link);
    target.setState(state);
    RotctldServer server(&target);
    QCOMPARE(server.replyTo("p"), expected);
    if (LinkState(link) != LinkState::Live) {
        QCOMPARE(server.replyTo("+p"), "get_pos:\n" + expected);
        QCOMPARE(server.replyTo("\\get_status"), expected);
    }
}

void TestRotctldServer::dumpCapsAgreesWithDumpState_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("elevation");
    QTest::newRow("137/446") << 137 << 446 << false;
    QTest::newRow("0/360") << 0 << 360 << false;
    QTest::newRow("elevation unit") << 270 << 180 << true;
}

void TestRotctldServer::dumpCapsAgreesWithDumpState()
{
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(bool, elevation);
    FakeBridgeTarget target;
    RotatorState state = target.state();
    state.startAzimuthDeg = start;
    state.maxRotateDeg = max;
    state.elevationMode = elevation;
    target.setState(state);
    RotctldServer server(&target);

    const QList<QByteArray> dumpState = server.replyTo("\\dump_state").split('\n');
    const QByteArray caps = server.replyTo("\\dump_caps");
    // rot_type=AzEl in dump_state is "Az-El" in hamlib's dump_caps.
    QCOMPARE(dumpState.value(7), QByteArray("rot_type=AzEl"));
    QVERIFY2(caps.contains("\nRot type:\t\tAz-El\n"), caps.constData());
    const auto limit = [&](int line) {
        return QByteArray::number(dumpState.value(line).split('=').value(1).toDouble(), 'f', 2);
    };
    QVERIFY2(caps.contains("\nMin Azimuth:\t\t" + limit(2) + '\n'), caps.constData());
    QVERIFY2(caps.contains("\nMax Azimuth:\t\t" + limit(3) + '\n'), caps.constData());
    QVERIFY2(caps.contains("\nMin Elevation:\t\t" + limit(4) + '\n'), caps.constData());
    QVERIFY2(caps.contains("\nMax Elevation:\t\t" + limit(5) + '\n'), caps.constData());
    // The lines hamlib 4.5 prints, in its order.
    const QList<QByteArray> keys {"Caps dump for model:",
                                  "Model name:",
                                  "Mfg name:",
                                  "Backend version:",
                                  "Backend copyright:",
                                  "Backend status:",
                                  "Rot type:",
                                  "Port type:",
                                  "Write delay:",
                                  "Post Write delay:",
                                  "Status flags:",
                                  "Get functions:",
                                  "Set functions:",
                                  "Extra functions:",
                                  "Get level:",
                                  "Set level:",
                                  "Extra levels:",
                                  "Get parameters:",
                                  "Set parameters:",
                                  "Extra parameters:",
                                  "Min Azimuth:",
                                  "Max Azimuth:",
                                  "Min Elevation:",
                                  "Max Elevation:",
                                  "Has priv data:",
                                  "Has Init:",
                                  "Has Cleanup:",
                                  "Has Open:",
                                  "Has Close:",
                                  "Can set Conf:",
                                  "Can get Conf:",
                                  "Can set Position:",
                                  "Can get Position:",
                                  "Can Stop:",
                                  "Can Park:",
                                  "Can Reset:",
                                  "Can Move:",
                                  "Can get Info:",
                                  "Can get Status:",
                                  "Can set Func:",
                                  "Can get Func:",
                                  "Can set Level:",
                                  "Can get Level:",
                                  "Can set Param:",
                                  "Can get Param:",
                                  "",
                                  "Overall backend warnings:",
                                  "RPRT 0"};
    const QList<QByteArray> lines = caps.trimmed().split('\n');
    QCOMPARE(lines.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(keys.at(i)), lines.at(i).constData());
    QVERIFY(caps.contains("\nCan get Status:\t\tY\n"));
}

void TestRotctldServer::connectionLimit()
{
    FakeBridgeTarget target;
    RotctldServer server(&target);
    QCOMPARE(server.maxClients(), RotctldServer::defaultMaxClients);
    server.setMaxClients(3);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy refused(&server, &RotctldServer::connectionRefused);

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 4; ++i)
        sockets.push_back(connectTo(server));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 3, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, timeoutMs);
    // The fourth one is closed; the others are served.
    QTRY_VERIFY_WITH_TIMEOUT(sockets[3]->state() == QAbstractSocket::UnconnectedState, timeoutMs);
    sockets[0]->write("_\n");
    QTRY_VERIFY_WITH_TIMEOUT(sockets[0]->canReadLine(), timeoutMs);

    // A place frees up: the next client gets in.
    sockets[1]->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, timeoutMs);
    auto late = connectTo(server);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 3, timeoutMs);
    late->write("p\n");
    QTRY_VERIFY_WITH_TIMEOUT(late->canReadLine(), timeoutMs);
    QCOMPARE(refused.size(), 1);
}

QTEST_GUILESS_MAIN(TestRotctldServer)
#include "tst_rotctldserver.moc"
