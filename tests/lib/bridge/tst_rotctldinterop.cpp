// SPDX-License-Identifier: GPL-3.0-or-later
// The same bytes to hamlib's own `rotctld -m 1` (the dummy rotator) and to RotctldServer; the
// replies must be equal, except where the table of deliberate differences below says otherwise
// (the same table is in docs/interop.md). Each difference must really differ, so the table
// cannot go stale.
#include "bridge/azelpairtarget.h"
#include "bridge/rotctldserver.h"

#include "fakebridgetarget.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

constexpr int timeoutMs = 10000;

// Appended to every case: its reply marks the end of the case's replies.
const QByteArray sentinel = "\n+\\get_info\n";

quint16 freeTcpPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// What may differ between two correct servers: positions and limits (the dummy moves and has
// its own range), and the set of status flags (the dummy reports its simulated motion).
QByteArray normalized(QByteArray reply)
{
    static const QRegularExpression number(QStringLiteral("-?[0-9]+\\.[0-9]+"));
    static const QRegularExpression flags(QStringLiteral("(BUSY|MOVING|LIMIT|OVERLAP)[A-Z_]* "));
    QString text = QString::fromLatin1(reply);
    text.replace(number, QStringLiteral("<n>"));
    text.replace(flags, QString());
    return text.toLatin1();
}

} // namespace

class TestRotctldInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameReplies_data();
    void sameReplies();
    void pairSameReplies_data();
    void pairSameReplies();

private:
    /// The replies to `send` on a fresh connection, without the sentinel's; nullopt on timeout.
    std::optional<QByteArray> exchange(quint16 port, const QByteArray &send);

    QProcess m_rotctld;
    quint16 m_rotctldPort = 0;
    std::unique_ptr<FakeBridgeTarget> m_target;
    std::unique_ptr<RotctldServer> m_server;
    // An az/el pair: azimuth unit with overlap, elevation-only unit over the zenith.
    std::unique_ptr<FakeBridgeTarget> m_pairAzimuth;
    std::unique_ptr<FakeBridgeTarget> m_pairElevation;
    std::unique_ptr<AzElPairTarget> m_pair;
    std::unique_ptr<RotctldServer> m_pairServer;
};

void TestRotctldInterop::initTestCase()
{
    const QString rotctld = QStandardPaths::findExecutable(QStringLiteral("rotctld"));
    QVERIFY2(!rotctld.isEmpty(), "rotctld (Debian libhamlib-utils) is required");
    bool listening = false;
    for (int attempt = 0; attempt < 5 && !listening; ++attempt) {
        m_rotctldPort = freeTcpPort();
        m_rotctld.start(rotctld,
                        {QStringLiteral("-m"), QStringLiteral("1"), QStringLiteral("-T"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-t"),
                         QString::number(m_rotctldPort)});
        QVERIFY(m_rotctld.waitForStarted(timeoutMs));
        QElapsedTimer timer;
        timer.start();
        while (!listening && timer.elapsed() < timeoutMs
               && m_rotctld.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_rotctldPort);
            listening = probe.waitForConnected(500);
            if (!listening)
                QTest::qWait(50);
        }
        if (!listening) {
            m_rotctld.kill();
            m_rotctld.waitForFinished(timeoutMs);
        }
    }
    QVERIFY2(listening, "rotctld -m 1 did not start listening");

    // An azimuth unit with overlap, like the dummy (which reports -180..450).
    m_target = std::make_unique<FakeBridgeTarget>();
    RotatorState state = m_target->state();
    state.maxRotateDeg = 450;
    m_target->setState(state);
    m_server = std::make_unique<RotctldServer>(m_target.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));

    m_pairAzimuth = std::make_unique<FakeBridgeTarget>();
    m_pairAzimuth->setState(state);
    m_pairElevation = std::make_unique<FakeBridgeTarget>();
    m_pairElevation->setAddress({QStringLiteral("TEST"), QStringLiteral("2")});
    RotatorState elevation = m_pairElevation->state();
    elevation.elevationMode = true;
    elevation.maxRotateDeg = 180;
    elevation.rawAzimuthDeg = 10;
    m_pairElevation->setState(elevation);
    m_pair = std::make_unique<AzElPairTarget>(m_pairAzimuth.get(), m_pairElevation.get());
    m_pairServer = std::make_unique<RotctldServer>(m_pair.get());
    QVERIFY(m_pairServer->listen(QHostAddress::LocalHost, 0));
}

void TestRotctldInterop::cleanupTestCase()
{
    m_pairServer.reset();
    m_pair.reset();
    m_server.reset();
    if (m_rotctld.state() != QProcess::NotRunning) {
        m_rotctld.terminate();
        if (!m_rotctld.waitForFinished(timeoutMs))
            m_rotctld.kill();
    }
}

std::optional<QByteArray> TestRotctldInterop::exchange(quint16 port, const QByteArray &send)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    // The bridge runs on this thread: wait with the event loop running.
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return std::nullopt;
    socket.write(send + sentinel); // one write: several commands, as clients do
    QByteArray received;
    const auto done = [&] {
        received += socket.readAll();
        const qsizetype at = received.lastIndexOf("get_info:\n");
        return (at >= 0 && received.indexOf("RPRT 0\n", at) >= 0)
            || socket.state() == QAbstractSocket::UnconnectedState;
    };
    while (!done() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!done())
        return std::nullopt;
    const qsizetype at = received.lastIndexOf("get_info:\n");
    return at >= 0 ? received.left(at) : received;
}

void TestRotctldInterop::sameReplies_data()
{
    QTest::addColumn<QByteArray>("send");
    // Empty: the bridge answers exactly as rotctld. Else the bridge's (normalized) reply, a
    // deliberate difference documented in docs/interop.md.
    QTest::addColumn<QByteArray>("bridge");

    const QByteArray same;
    // Getters first: the dummy moves after a set_pos.
    QTest::newRow("p") << QByteArray("p\n") << same;
    QTest::newRow("+p") << QByteArray("+p\n") << same;
    QTest::newRow(";p") << QByteArray(";p\n") << same;
    QTest::newRow("|p") << QByteArray("|p\n") << same;
    QTest::newRow("+\\get_pos") << QByteArray("+\\get_pos\n") << same;
    QTest::newRow(",\\get_pos") << QByteArray(",\\get_pos\n") << same;
    QTest::newRow("empty lines") << QByteArray("\n\n\r\np\n") << same;
    QTest::newRow("CRLF") << QByteArray("p\r\n") << same;
    QTest::newRow("several in one write") << QByteArray("p\n+p\n;p\n") << same;
    QTest::newRow("pp on one line") << QByteArray("pp\n") << same;
    QTest::newRow("comment") << QByteArray("# a comment\np\n") << same;
    QTest::newRow("\\get_status") << QByteArray("\\get_status\n") << same;
    QTest::newRow("+\\get_status") << QByteArray("+\\get_status\n") << same;
    QTest::newRow(";s") << QByteArray(";s\n") << same;
    QTest::newRow("\\get_func ?") << QByteArray("\\get_func ?\n") << same;
    QTest::newRow("\\get_parm ?") << QByteArray("\\get_parm ?\n") << same;
    QTest::newRow("\\dump_state") << QByteArray("\\dump_state\n") << same;
    QTest::newRow("+\\dump_state") << QByteArray("+\\dump_state\n") << same;
    QTest::newRow(";\\dump_state") << QByteArray(";\\dump_state\n") << same;
    QTest::newRow("P") << QByteArray("P 120 10\n") << same;
    QTest::newRow("P rotctl style") << QByteArray("P 120.000000 10.000000\n") << same;
    QTest::newRow("\\set_pos") << QByteArray("\\set_pos 120 10\n") << same;
    QTest::newRow("+P") << QByteArray("+P 120 10\n") << same;
    QTest::newRow(";P") << QByteArray(";P 120 10\n") << same;
    QTest::newRow("|P") << QByteArray("|P 120 10\n") << same;
    QTest::newRow("P decimal commas") << QByteArray("P 120,00 10,00\n") << same;
    QTest::newRow("P el on next line") << QByteArray("P 120\n10\n") << same;
    QTest::newRow("P args on next lines") << QByteArray("P\n120\n\n10\n") << same;
    QTest::newRow("P then p on one line") << QByteArray("P 120 10 p\n") << same;
    QTest::newRow("P without blank") << QByteArray("P120 10\n") << same;
    QTest::newRow("P el above max_el") << QByteArray("P 120 95\n") << same;
    QTest::newRow("+P el above max_el") << QByteArray("+P 120 95\n") << same;
    QTest::newRow("P az above max_az") << QByteArray("P 460 0\n") << same;
    QTest::newRow("P not a number") << QByteArray("P abc 10\n") << same;
    QTest::newRow(";P not a number") << QByteArray(";P abc 10\n") << same;
    QTest::newRow("P overlap") << QByteArray("P 400 0\n") << same;
    QTest::newRow("P ?") << QByteArray("P ?\np\n") << same;
    QTest::newRow("M ?") << QByteArray("M ?\n") << same;
    QTest::newRow("S") << QByteArray("S\n") << same;
    QTest::newRow("+\\stop") << QByteArray("+\\stop\n") << same;
    QTest::newRow("K") << QByteArray("K\n") << same;
    QTest::newRow(";K") << QByteArray(";K\n") << same;
    QTest::newRow("M left") << QByteArray("M 8 50\n") << same;
    QTest::newRow("+M right") << QByteArray("+M 16 50\n") << same;
    QTest::newRow("get_parm garbage") << QByteArray("xyz\n") << same;
    QTest::newRow("quit") << QByteArray("q\np\n") << same;

    // Deliberate differences (docs/interop.md, "Differences from hamlib's rotctld").
    QTest::newRow("D1 get_info names the rotator")
        << QByteArray("_\n") << QByteArray("RotorDeck IP-Rotator TEST/1 (TEST/1)\n");
    QTest::newRow("D2 get_level: no levels") << QByteArray("\\get_level ?\n") << QByteArray("\n");
    QTest::newRow("D2 get_level SPEED: no levels")
        << QByteArray("\\get_level SPEED\n") << QByteArray("RPRT -1\n");
    QTest::newRow("D3 unknown command answered") << QByteArray("Z\n") << QByteArray("RPRT -4\n");
    QTest::newRow("D3 unknown long command answered")
        << QByteArray("\\foo\n") << QByteArray("RPRT -4\n");
    QTest::newRow("D3 trailing word answered")
        << QByteArray("p 5\n") << QByteArray("<n>\n<n>\nRPRT -4\n");
    QTest::newRow("D4 M up on an azimuth unit")
        << QByteArray("M 2 50\n") << QByteArray("RPRT -1\n");
    QTest::newRow("D5 not a finite number") << QByteArray("P nan 0\n") << QByteArray("RPRT -1\n");
    QTest::newRow("D5 hex float") << QByteArray("P 0x10 0\n") << QByteArray("RPRT -1\n");
    QTest::newRow("D5 number prefix") << QByteArray("P 12abc 0\n") << QByteArray("RPRT -1\n");
    QTest::newRow("D12 lone +") << QByteArray("+\np\n") << QByteArray("RPRT -4\n<n>\n<n>\n");
    QTest::newRow("D6 reset not offered") << QByteArray("R 1\n") << QByteArray("RPRT -4\n");
    QTest::newRow("D6 set_level not offered")
        << QByteArray("\\set_level SPEED 5\n") << QByteArray("RPRT -4\n");
    QTest::newRow("D6 qrb not offered") << QByteArray("\\qrb 1 2 3 4\n") << QByteArray("RPRT -4\n");
}

void TestRotctldInterop::sameReplies()
{
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, bridge);

    const auto fromRotctld = exchange(m_rotctldPort, send);
    QVERIFY2(fromRotctld, "no reply from rotctld");
    const auto fromBridge = exchange(m_server->serverPort(), send);
    QVERIFY2(fromBridge, "no reply from the bridge");
    const QByteArray expected = normalized(*fromRotctld);
    const QByteArray actual = normalized(*fromBridge);
    if (bridge.isEmpty()) {
        QCOMPARE(actual, expected);
    } else {
        QCOMPARE(actual, bridge);
        QVERIFY2(actual != expected, "listed as a difference but rotctld answers the same");
    }
}

void TestRotctldInterop::pairSameReplies_data()
{
    // The dummy is an AzEl rotator: an az/el pair's endpoint must answer as it does, except for
    // the differences docs/interop.md lists for pairs.
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QByteArray>("bridge");
    const QByteArray same;
    QTest::newRow("p") << QByteArray("p\n") << same;
    QTest::newRow("+\\get_pos") << QByteArray("+\\get_pos\n") << same;
    QTest::newRow("\\dump_state") << QByteArray("\\dump_state\n") << same;
    QTest::newRow("+\\dump_state") << QByteArray("+\\dump_state\n") << same;
    QTest::newRow("s") << QByteArray("s\n") << same;
    QTest::newRow("P") << QByteArray("P 120 10\n") << same;
    QTest::newRow(";P") << QByteArray(";P 120 10\n") << same;
    QTest::newRow("P decimal commas") << QByteArray("P 120,00 10,00\n") << same;
    QTest::newRow("P el on next line") << QByteArray("P 120\n10\n") << same;
    QTest::newRow("P below min_el") << QByteArray("P 120 -1\n") << same;
    QTest::newRow("S") << QByteArray("S\n") << same;
    QTest::newRow("K") << QByteArray("K\n") << same;
    QTest::newRow("M up") << QByteArray("M 2 50\n") << same;
    QTest::newRow("+M down") << QByteArray("+M 4 50\n") << same;
    QTest::newRow("M left") << QByteArray("M 8 50\n") << same;
    // The pair's elevation unit reaches over the zenith: max_el 180, the dummy's 90.
    QTest::newRow("P el above 90: the client's own flip")
        << QByteArray("P 120 95\n") << QByteArray("RPRT 0\n");
    QTest::newRow("_ names both units")
        << QByteArray("_\n") << QByteArray("RotorDeck IP-Rotator TEST/1 (TEST/1 + TEST/2)\n");
}

void TestRotctldInterop::pairSameReplies()
{
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, bridge);

    const auto fromRotctld = exchange(m_rotctldPort, send);
    QVERIFY2(fromRotctld, "no reply from rotctld");
    const auto fromBridge = exchange(m_pairServer->serverPort(), send);
    QVERIFY2(fromBridge, "no reply from the pair's endpoint");
    const QByteArray expected = normalized(*fromRotctld);
    const QByteArray actual = normalized(*fromBridge);
    if (bridge.isEmpty()) {
        QCOMPARE(actual, expected);
    } else {
        QCOMPARE(actual, bridge);
        QVERIFY2(actual != expected, "listed as a difference but rotctld answers the same");
    }
}

QTEST_GUILESS_MAIN(TestRotctldInterop)
#include "tst_rotctldinterop.moc"
