// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: real rotctl / UDP clients -> InteropHub -> Fleet/Rotator -> real mosquitto ->
// simulated IP-Rotators (SimulatorHost, device time on a ManualClock) and back.
#include "bridge/interophub.h"
#include "bridge/n1mmrotorlistener.h"
#include "bridge/rotctldserver.h"
#include "core/clock.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "brokerfixture.h"
#include "udptestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

constexpr int timeoutMs = 20000;
constexpr int rawToleranceDeg = 6;

bool near(double a, double b)
{
    return std::abs(a - b) <= rawToleranceDeg;
}

quint16 freeTcpPortPair()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer a;
        QTcpServer b;
        if (!a.listen(QHostAddress::LocalHost, 0))
            continue;
        if (a.serverPort() > 65533 || !b.listen(QHostAddress::LocalHost, a.serverPort() + 2))
            continue;
        return a.serverPort();
    }
    return 0;
}

// The model paces commands (1 s, real time) while device time runs faster: before letting the
// device move on, wait until the stop really went out.
bool stopSent(const QSignalSpy &spy)
{
    for (const auto &args : spy) {
        if (args.at(0).toString() == QLatin1String("stop"))
            return true;
    }
    return false;
}

quint16 freeUdpPort()
{
    QUdpSocket s;
    return s.bind(QHostAddress::LocalHost, 0) ? s.localPort() : 0;
}

struct RotctlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestInteropHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rotctlDumpStateAndInfo();
    void rotctlTurnAndReport();
    void rotctlOverlapTarget();
    void rotctlStopWhileTurning();
    void rotctlPark();
    void rotctlDarkZoneRefused();
    void rotctlElevationUnit();
    void n1mmTurnStopAndStatus();
    void pstRotatorCommandsAndQueries();
    void pstRotatorPerRotator();
    void n1mmNamesAndDefaultRotator();
    void statusPortInUseAndClients();
    void pairEndpointsAfterSingleRotators();
    void changesInPlaceKeepClients();
    void rotctlNoPositionWhenBrokerDown(); // last: stops the broker

private:
    RotctlRun rotctl(quint16 port, const QStringList &command);
    /// Advances device time until pred() holds (device time runs ~10x faster than real time).
    template<typename Pred> bool advanceUntil(Pred pred, int realTimeoutMs = timeoutMs);
    void settleAt(int rawDeg);
    void settleAtBearing(int bearingDeg);
    static double reportedAzimuth(const QByteArray &rotctlOutput);

    BrokerFixture m_broker;
    ManualClock m_deviceClock;
    SystemClock m_clock;
    std::unique_ptr<SimulatorHost> m_host;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<InteropHub> m_hub;
    SimulatedRotator *m_deviceA = nullptr; // start 137, range 446 (overlap)
    SimulatedRotator *m_deviceB = nullptr; // start 0, range 300 (dark zone 300..359)
    Rotator *m_rotatorA = nullptr;
    Rotator *m_rotatorB = nullptr;
    QString m_call;
    quint16 m_rotctldPort = 0;
    quint16 m_pstPort = 0;
    std::unique_ptr<QUdpSocket> m_pstReceiver;
    QUdpSocket m_n1mmStatus;
    QString m_rotctlPath;
};

void TestInteropHub::initTestCase()
{
    m_rotctlPath = QStandardPaths::findExecutable(QStringLiteral("rotctl"));
    QVERIFY2(!m_rotctlPath.isEmpty(), "rotctl (Debian libhamlib-utils) is required");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    m_call = BrokerFixture::uniqueCall();

    m_host = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_deviceClock);
    SimulatedRotatorConfig configA;
    configA.call = m_call;
    configA.id = QStringLiteral("1");
    configA.name = QStringLiteral("Tribander");
    configA.startAzimuthDeg = 137;
    configA.maxRotateDeg = 446;
    configA.initialRawDeg = 100;
    configA.fastInbound = true;
    m_deviceA = m_host->addDevice(configA);
    SimulatedRotatorConfig configB = configA;
    configB.id = QStringLiteral("2");
    configB.name = QStringLiteral("Vertical");
    configB.startAzimuthDeg = 0;
    configB.maxRotateDeg = 300;
    m_deviceB = m_host->addDevice(configB);
    m_host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->readyCount(), 2, timeoutMs);

    m_connection = std::make_unique<MqttConnection>(m_broker.profile());
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    m_rotatorA = m_fleet->addRotator({m_call, QStringLiteral("1")});
    m_rotatorB = m_fleet->addRotator({m_call, QStringLiteral("2")});
    // The firmware publishes MaxRotateDegree only when it changes: the user's settings say it.
    RotatorSettings userA;
    userA.maxRotateDeg = 446;
    m_rotatorA->setSettings(userA);
    RotatorSettings userB;
    userB.maxRotateDeg = 300;
    m_rotatorB->setSettings(userB);
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), timeoutMs);
    const bool known = advanceUntil([this] {
        const RotatorState &a = m_rotatorA->state();
        const RotatorState &b = m_rotatorB->state();
        return a.rawAzimuthDeg == 100 && a.startAzimuthDeg == 137 && a.maxRotateDeg == 446
            && a.name == QLatin1String("Tribander") && b.rawAzimuthDeg == 100
            && b.maxRotateDeg == 300;
    });
    const RotatorState &stateA = m_rotatorA->state();
    QVERIFY2(known,
             qPrintable(QStringLiteral("A: raw %1 start %2 max %3 name '%4'; B: raw %5 max %6")
                            .arg(stateA.rawAzimuthDeg.value_or(-999))
                            .arg(stateA.startAzimuthDeg)
                            .arg(stateA.maxRotateDeg)
                            .arg(stateA.name)
                            .arg(m_rotatorB->state().rawAzimuthDeg.value_or(-999))
                            .arg(m_rotatorB->state().maxRotateDeg)));

    QVERIFY(m_n1mmStatus.bind(QHostAddress::LocalHost, 0));
    for (int attempt = 0; attempt < 10 && !m_hub; ++attempt) {
        InteropHub::Options options;
        options.rotctldFirstPort = freeTcpPortPair();
        options.n1mm = true;
        options.n1mmPort = freeUdpPort();
        options.n1mmStatusAddress = QHostAddress(QHostAddress::LocalHost);
        options.n1mmStatusPort = m_n1mmStatus.localPort();
        options.n1mmNames.insert(m_call + QStringLiteral("/2"), QStringLiteral("Ground plane"));
        auto [pstPort, receiver] = freeUdpPortWithReceiverAbove();
        if (options.n1mmPort == pstPort || options.n1mmPort == pstPort + 1)
            continue;
        options.pstRotator = true;
        options.pstRotatorPort = pstPort;
        options.stationLocator = QStringLiteral("JO70va");
        options.locatorBearing
            = [](const QString &from, const QString &to) -> std::optional<double> {
            const auto p = geo::locatorToPoint(from);
            const auto q = geo::locatorToPoint(to);
            if (!p || !q)
                return std::nullopt;
            return geo::initialBearingDeg(*p, *q);
        };
        auto hub = std::make_unique<InteropHub>(options);
        hub->addRotator(m_rotatorA);
        hub->addRotator(m_rotatorB);
        if (hub->start()) {
            m_hub = std::move(hub);
            m_rotctldPort = *options.rotctldFirstPort;
            m_pstPort = pstPort;
            m_pstReceiver = std::move(receiver);
        }
    }
    QVERIFY(m_hub);
    QCOMPARE(m_hub->endpoints().size(), 5); // rotctld x2, n1mm, pstrotator x2
    QCOMPARE(m_hub->endpoints().first(),
             QStringLiteral("rotctld %1/1 127.0.0.1:%2").arg(m_call).arg(m_rotctldPort));
    m_hub->n1mmListener()->setStatusIntervalMs(300);
}

void TestInteropHub::cleanupTestCase()
{
    m_hub.reset();
    m_fleet.reset();
    if (m_connection)
        m_connection->close();
    m_connection.reset();
    if (m_host)
        m_host->stop();
    m_host.reset();
}

template<typename Pred> bool TestInteropHub::advanceUntil(Pred pred, int realTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < realTimeoutMs) {
        if (pred())
            return true;
        m_host->advance(200);
        QTest::qWait(20); // let MQTT traffic flow; device time runs ~10x real time
    }
    return pred();
}

void TestInteropHub::settleAt(int rawDeg)
{
    // The device stops within a few degrees of its target (ramp, brake); the model must agree
    // with the device exactly once it has stopped.
    QVERIFY2(advanceUntil([&] {
                 return std::abs(m_deviceA->rawAzimuthDeg() - rawDeg) <= rawToleranceDeg
                     && m_deviceA->status() == 0
                     && m_rotatorA->state().rawAzimuthDeg == m_deviceA->rawAzimuthDeg()
                     && !m_rotatorA->state().moving;
             }),
             qPrintable(QStringLiteral("device at %1 status %2, model at %3, wanted %4")
                            .arg(m_deviceA->rawAzimuthDeg())
                            .arg(m_deviceA->status())
                            .arg(m_rotatorA->state().rawAzimuthDeg.value_or(-999))
                            .arg(rawDeg)));
}

void TestInteropHub::settleAtBearing(int bearingDeg)
{
    // Which raw copy the device drives to is the model's (and the firmware's half rule's) choice.
    const auto circularNear = [](int a, int b) {
        const int d = std::abs(wrapBearingDeg(a) - wrapBearingDeg(b));
        return std::min(d, 360 - d) <= rawToleranceDeg;
    };
    QVERIFY2(advanceUntil([&] {
                 const auto bearing = m_rotatorA->state().bearingDeg();
                 return bearing && circularNear(*bearing, bearingDeg) && m_deviceA->status() == 0
                     && m_rotatorA->state().rawAzimuthDeg == m_deviceA->rawAzimuthDeg()
                     && !m_rotatorA->state().moving;
             }),
             qPrintable(QStringLiteral("device at raw %1 status %2, model bearing %3, wanted %4")
                            .arg(m_deviceA->rawAzimuthDeg())
                            .arg(m_deviceA->status())
                            .arg(m_rotatorA->state().bearingDeg().value_or(-999))
                            .arg(bearingDeg)));
}

double TestInteropHub::reportedAzimuth(const QByteArray &rotctlOutput)
{
    bool ok = false;
    const double az = rotctlOutput.split('\n').value(0).toDouble(&ok);
    return ok ? az : -1000.0;
}

RotctlRun TestInteropHub::rotctl(quint16 port, const QStringList &command)
{
    QProcess process;
    QStringList args {QStringLiteral("-m"), QStringLiteral("2"), QStringLiteral("-r"),
                      QStringLiteral("127.0.0.1:%1").arg(port)};
    args += command;
    process.start(m_rotctlPath, args);
    RotctlRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    // rotctl talks to our server on this thread: wait without blocking the event loop.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestInteropHub::rotctlDumpStateAndInfo()
{
    const RotctlRun state = rotctl(m_rotctldPort, {QStringLiteral("dump_state")});
    QCOMPARE(state.exitCode, 0);
    QVERIFY2(state.out.contains("min_az=0.000000\nmax_az=583.000000\n"), state.out.constData());
    const RotctlRun info = rotctl(m_rotctldPort, {QStringLiteral("_")});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains("RotorDeck IP-Rotator " + m_call.toUtf8() + "/1 (Tribander)"),
             info.out.constData());
    const RotctlRun stateB = rotctl(m_rotctldPort + 2, {QStringLiteral("dump_state")});
    QCOMPARE(stateB.exitCode, 0);
    QVERIFY2(stateB.out.contains("max_az=360.000000"), stateB.out.constData());
}

void TestInteropHub::rotctlTurnAndReport()
{
    const RotctlRun before = rotctl(m_rotctldPort, {QStringLiteral("p")});
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.startsWith("237.00"), before.out.constData()); // 137 + 100

    QSignalSpy sent(m_rotatorA, &Rotator::commandSent);
    const RotctlRun turn
        = rotctl(m_rotctldPort, {QStringLiteral("P"), QStringLiteral("120"), QStringLiteral("0")});
    QCOMPARE(turn.exitCode, 0);
    settleAt(343); // (120 - 137) mod 360; 703 is beyond the range
    QCOMPARE(sent.first().at(0).toString(), QStringLiteral("Target"));
    QCOMPARE(sent.first().at(1).toByteArray(), QByteArray("343"));

    const RotctlRun after = rotctl(m_rotctldPort, {QStringLiteral("p")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(near(reportedAzimuth(after.out), 120.0) && after.out.endsWith("\n0.00\n"),
             after.out.constData());
    QCOMPARE(reportedAzimuth(after.out), double(*m_rotatorA->state().bearingDeg()));
}

void TestInteropHub::rotctlOverlapTarget()
{
    // 500 = 137 + 363: the overlap copy of bearing 140, asked for explicitly.
    const RotctlRun turn
        = rotctl(m_rotctldPort, {QStringLiteral("P"), QStringLiteral("500"), QStringLiteral("0")});
    QCOMPARE(turn.exitCode, 0);
    settleAt(363);
    QVERIFY(m_deviceA->rawAzimuthDeg() > 359); // really in the overlap
    // Reported in dump_state's frame (S + raw above 360), not as the compass bearing 140, so the
    // client can tell which copy the antenna is on.
    const RotctlRun after = rotctl(m_rotctldPort, {QStringLiteral("p")});
    QCOMPARE(reportedAzimuth(after.out), double(137 + m_deviceA->rawAzimuthDeg()));
    QVERIFY2(near(reportedAzimuth(after.out), 500.0), after.out.constData());
    // Beyond max_az rotctl itself refuses (it enforces dump_state's limits).
    const RotctlRun beyond
        = rotctl(m_rotctldPort, {QStringLiteral("P"), QStringLiteral("590"), QStringLiteral("0")});
    QVERIFY(beyond.exitCode != 0);
}

void TestInteropHub::rotctlStopWhileTurning()
{
    const RotctlRun turn
        = rotctl(m_rotctldPort, {QStringLiteral("P"), QStringLiteral("300"), QStringLiteral("0")});
    QCOMPARE(turn.exitCode, 0); // raw 163, CCW from 363
    QVERIFY(advanceUntil([this] { return m_deviceA->rawAzimuthDeg() < 330; }));
    QSignalSpy sent(m_rotatorA, &Rotator::commandSent);
    const RotctlRun stop = rotctl(m_rotctldPort, {QStringLiteral("S")});
    QCOMPARE(stop.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(stopSent(sent), timeoutMs);
    QVERIFY(advanceUntil([this] {
        return m_deviceA->status() == 0 && !m_rotatorA->state().moving
            && m_rotatorA->state().rawAzimuthDeg == m_deviceA->rawAzimuthDeg();
    }));
    QVERIFY2(m_deviceA->rawAzimuthDeg() > 163 + rawToleranceDeg, "did not stop early");
    QVERIFY(m_deviceA->rawAzimuthDeg() < 330);
}

void TestInteropHub::rotctlPark()
{
    const RotctlRun park = rotctl(m_rotctldPort, {QStringLiteral("K")});
    QCOMPARE(park.exitCode, 0);
    settleAtBearing(0);
    const RotctlRun after = rotctl(m_rotctldPort, {QStringLiteral("p")});
    const double az = reportedAzimuth(after.out);
    QVERIFY2(az <= rawToleranceDeg || az >= 360 - rawToleranceDeg, after.out.constData());
}

void TestInteropHub::rotctlDarkZoneRefused()
{
    QSignalSpy sent(m_rotatorB, &Rotator::commandSent);
    const RotctlRun dark = rotctl(
        m_rotctldPort + 2, {QStringLiteral("P"), QStringLiteral("330"), QStringLiteral("0")});
    QCOMPARE(dark.exitCode, 2);
    QVERIFY2(dark.out.contains("Invalid parameter") || dark.err.contains("Invalid parameter"),
             dark.out.constData());
    QTest::qWait(1500); // nothing may go out, not even after the pacing interval
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_deviceB->rawAzimuthDeg(), 100);
}

void TestInteropHub::rotctlElevationUnit()
{
    // A third unit switched to elevation-only mode (as its setup page does): the firmware
    // publishes StartAzimuth 270, MaxRotateDegree 180 and ElevationEnable 1, retained.
    SimulatedRotatorConfig config;
    config.call = m_call;
    config.id = QStringLiteral("3");
    config.name = QStringLiteral("Elevation");
    config.initialRawDeg = 10;
    config.fastInbound = true;
    SimulatedRotator *device = m_host->addDevice(config);
    QTRY_COMPARE_WITH_TIMEOUT(m_host->readyCount(), 3, timeoutMs);
    device->setElevation(true);
    Rotator *rotator = m_fleet->addRotator({m_call, QStringLiteral("3")});
    QVERIFY(advanceUntil([rotator] {
        return rotator->state().elevationMode && rotator->state().maxRotateDeg == 180
            && rotator->state().rawAzimuthDeg == 10;
    }));

    InteropHub::Options options;
    options.rotctldFirstPort = freeTcpPortPair();
    InteropHub hub(options);
    hub.addRotator(rotator);
    QVERIFY(hub.start());
    const quint16 port = *options.rotctldFirstPort;

    const RotctlRun state = rotctl(port, {QStringLiteral("dump_state")});
    QVERIFY2(state.out.contains("max_az=360.000000\nmin_el=0.000000\nmax_el=180.000000"),
             state.out.constData());
    const RotctlRun turn
        = rotctl(port, {QStringLiteral("P"), QStringLiteral("123"), QStringLiteral("45")});
    QCOMPARE(turn.exitCode, 0);
    QVERIFY(advanceUntil([device, rotator] {
        return std::abs(device->rawAzimuthDeg() - 45) <= rawToleranceDeg && device->status() == 0
            && rotator->state().rawAzimuthDeg == device->rawAzimuthDeg()
            && !rotator->state().moving;
    }));
    const RotctlRun after = rotctl(port, {QStringLiteral("p")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, "0.00\n" + QByteArray::number(device->rawAzimuthDeg()) + ".00\n");
    const RotctlRun beyond
        = rotctl(port, {QStringLiteral("P"), QStringLiteral("0"), QStringLiteral("181")});
    QVERIFY(beyond.exitCode != 0);
}

void TestInteropHub::n1mmTurnStopAndStatus()
{
    QUdpSocket logger;
    const quint16 port = m_hub->n1mmListener()->localPort();
    logger.writeDatagram("<N1MMRotor><rotor>Tribander</rotor><goazi>200</goazi><offset>0</offset>"
                         "<bidirectional>0</bidirectional><freqband>14</freqband></N1MMRotor>",
                         QHostAddress::LocalHost, port);
    settleAtBearing(200);

    readDatagrams(m_n1mmStatus);
    QByteArray lastStatus;
    const auto tribanderStatus = [&] {
        for (const QByteArray &d : readDatagrams(m_n1mmStatus)) {
            if (d.startsWith("Tribander @ "))
                lastStatus = d;
        }
        return !lastStatus.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(tribanderStatus(), timeoutMs);
    QCOMPARE(lastStatus,
             "Tribander @ " + QByteArray::number(*m_rotatorA->state().bearingDeg() * 10));
    QVERIFY(near(*m_rotatorA->state().bearingDeg(), 200));

    // Malformed and unknown-rotor datagrams move nothing.
    QSignalSpy sent(m_rotatorA, &Rotator::commandSent);
    logger.writeDatagram("<N1MMRotor><rotor>Tribander</rotor><goazi>x</goazi></N1MMRotor>",
                         QHostAddress::LocalHost, port);
    logger.writeDatagram("<N1MMRotor><rotor>Nobody</rotor><goazi>10</goazi></N1MMRotor>",
                         QHostAddress::LocalHost, port);
    // Turn towards 10, then stop it on the way.
    const int startRaw = m_deviceA->rawAzimuthDeg();
    logger.writeDatagram("<N1MMRotor><rotor>tribander</rotor><goazi>10</goazi></N1MMRotor>",
                         QHostAddress::LocalHost, port);
    QVERIFY(advanceUntil(
        [this, startRaw] { return std::abs(m_deviceA->rawAzimuthDeg() - startRaw) > 30; }));
    logger.writeDatagram("<N1MMRotor><stop><rotor>Tribander</rotor><freqband>14</freqband>"
                         "</stop></N1MMRotor>",
                         QHostAddress::LocalHost, port);
    QTRY_VERIFY_WITH_TIMEOUT(stopSent(sent), timeoutMs);
    QVERIFY(advanceUntil([this] {
        return m_deviceA->status() == 0 && !m_rotatorA->state().moving
            && m_rotatorA->state().rawAzimuthDeg == m_deviceA->rawAzimuthDeg();
    }));
    const int stoppedAt = *m_rotatorA->state().bearingDeg();
    QVERIFY2(std::abs(stoppedAt - 10) > rawToleranceDeg, "stopped before reaching 10");
    QStringList leaves;
    for (const auto &args : std::as_const(sent))
        leaves.append(args.at(0).toString() + QLatin1Char('=') + args.at(1).toString());
    QVERIFY2(leaves.first().startsWith(QLatin1String("Target=")), qPrintable(leaves.join(u' ')));
    QCOMPARE(wrapBearingDeg(leaves.first().mid(7).toInt() + 137), 10);
    QVERIFY(leaves.contains(QStringLiteral("stop=1")));
}

void TestInteropHub::pstRotatorCommandsAndQueries()
{
    QUdpSocket client;
    client.writeDatagram("<PST><AZIMUTH>250</AZIMUTH></PST>", QHostAddress::LocalHost, m_pstPort);
    settleAtBearing(250);

    readDatagrams(*m_pstReceiver);
    client.writeDatagram("<PST>AZ?</PST>", QHostAddress::LocalHost, m_pstPort);
    QList<QByteArray> replies;
    QTRY_VERIFY_WITH_TIMEOUT((replies += readDatagrams(*m_pstReceiver)).size() >= 1, timeoutMs);
    QCOMPARE(replies.first(), "AZ:" + QByteArray::number(*m_rotatorA->state().bearingDeg()) + '\r');
    QVERIFY(near(*m_rotatorA->state().bearingDeg(), 250));

    // QRA: bearing from the station locator JO70va to FN31pr, computed by lib/geo.
    const double expected
        = geo::initialBearingDeg(*geo::locatorToPoint(u"JO70va"), *geo::locatorToPoint(u"FN31pr"));
    const int wantedBearing = int(std::lround(expected)) % 360;
    client.writeDatagram("<PST><QRA>FN31pr</QRA></PST>", QHostAddress::LocalHost, m_pstPort);
    settleAtBearing(wantedBearing);
    const int wantedRaw = m_deviceA->rawAzimuthDeg();

    // PARK (north) then STOP on the way; garbage in between changes nothing.
    client.writeDatagram("garbage<PST>", QHostAddress::LocalHost, m_pstPort);
    client.writeDatagram("<PST><PARK>1</PARK></PST>", QHostAddress::LocalHost, m_pstPort);
    QVERIFY(advanceUntil([this, wantedRaw] {
        return m_deviceA->status() != 0 && m_deviceA->rawAzimuthDeg() != wantedRaw;
    }));
    QSignalSpy sent(m_rotatorA, &Rotator::commandSent);
    client.writeDatagram("<PST><STOP>1</STOP></PST>", QHostAddress::LocalHost, m_pstPort);
    QTRY_VERIFY_WITH_TIMEOUT(stopSent(sent), timeoutMs);
    QVERIFY(advanceUntil([this] {
        return m_deviceA->status() == 0 && !m_rotatorA->state().moving
            && m_rotatorA->state().rawAzimuthDeg == m_deviceA->rawAzimuthDeg();
    }));
    const int bearing = *m_rotatorA->state().bearingDeg();
    QVERIFY2(bearing > rawToleranceDeg && bearing < 360 - rawToleranceDeg, "stopped before north");
}

void TestInteropHub::pstRotatorPerRotator()
{
    // The second rotator has its own PstRotator endpoint, two ports above the first.
    QCOMPARE(m_hub->pstRotatorListeners().size(), 2);
    QCOMPARE(m_hub->endpoints().at(4),
             QStringLiteral("pstrotator %1/2 127.0.0.1:%2").arg(m_call).arg(m_pstPort + 2));
    auto [senderPort, receiver] = freeUdpPortWithReceiverAbove();
    QVERIFY(receiver);
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, senderPort));
    client.writeDatagram("<PST>AZ? EL?</PST>", QHostAddress::LocalHost, m_pstPort + 2);
    QList<QByteArray> replies;
    QTRY_VERIFY_WITH_TIMEOUT((replies += readDatagrams(*receiver)).size() >= 2, timeoutMs);
    QCOMPARE(replies,
             (QList<QByteArray> {
                 "AZ:" + QByteArray::number(*m_rotatorB->state().bearingDeg()) + '\r', "EL:0\r"}));

    QSignalSpy sentB(m_rotatorB, &Rotator::commandSent);
    QSignalSpy sentA(m_rotatorA, &Rotator::commandSent);
    client.writeDatagram("<PST><AZIMUTH>150</AZIMUTH></PST>", QHostAddress::LocalHost,
                         m_pstPort + 2);
    QTRY_VERIFY_WITH_TIMEOUT(!sentB.isEmpty(), timeoutMs);
    QCOMPARE(sentB.first().at(0).toString(), QStringLiteral("Target"));
    QCOMPARE(sentB.first().at(1).toByteArray(), QByteArray("150"));
    QVERIFY(sentA.isEmpty());
}

void TestInteropHub::n1mmNamesAndDefaultRotator()
{
    N1mmRotorListener *n1mm = m_hub->n1mmListener();
    // The configured name replaces the device's ("Vertical"); the other keeps its Name.
    QVERIFY(n1mm->targetForName(QStringLiteral("ground plane")));
    QCOMPARE(n1mm->targetForName(QStringLiteral("ground plane"))->address().toString(),
             m_call + QStringLiteral("/2"));
    QVERIFY(!n1mm->targetForName(QStringLiteral("Vertical")));
    QCOMPARE(n1mm->targetForName(QStringLiteral("Tribander"))->address().toString(),
             m_call + QStringLiteral("/1"));
    QCOMPARE(n1mm->localAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(n1mm->statusSourceAddress(), QHostAddress(QHostAddress::LocalHost));

    // Older N1MM names no rotor: the first rotator, the default, stops.
    QSignalSpy sentA(m_rotatorA, &Rotator::commandSent);
    QSignalSpy sentB(m_rotatorB, &Rotator::commandSent);
    QUdpSocket logger;
    logger.writeDatagram("<N1MMRotor><stop></stop></N1MMRotor>", QHostAddress::LocalHost,
                         n1mm->localPort());
    QTRY_VERIFY_WITH_TIMEOUT(stopSent(sentA), timeoutMs);
    QVERIFY(sentB.isEmpty());
}

void TestInteropHub::statusPortInUseAndClients()
{
    using Status = InteropHub::EndpointStatus;
    // Another program holds the port given for rotator 2.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString idB = m_call + QStringLiteral("/2");
    InteropHub::Options options;
    options.rotctldFirstPort = freeTcpPortPair();
    options.rotctldPorts.insert(idB, squatter.serverPort());

    // rotordeck-bridge: all or nothing.
    {
        InteropHub hub(options);
        hub.addRotator(m_rotatorA);
        hub.addRotator(m_rotatorB);
        QVERIFY(!hub.start());
        QVERIFY(hub.endpoints().isEmpty());
        QVERIFY(hub.status().isEmpty());
    }

    // The app: what can listen stays open, and status() tells about each endpoint.
    options.allOrNothing = false;
    InteropHub hub(options);
    hub.addRotator(m_rotatorA);
    hub.addRotator(m_rotatorB);
    QSignalSpy changed(&hub, &InteropHub::statusChanged);
    QVERIFY(!hub.start());
    QVERIFY(!changed.isEmpty());
    QList<Status> status = hub.status();
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(0).rotator, m_call + QStringLiteral("/1"));
    QCOMPARE(status.at(0).state, Status::State::Listening);
    QCOMPARE(status.at(0).address, QStringLiteral("127.0.0.1:%1").arg(*options.rotctldFirstPort));
    QCOMPARE(status.at(1).rotator, idB);
    QCOMPARE(status.at(1).state, Status::State::PortInUse);
    QVERIFY(!status.at(1).error.isEmpty());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, *options.rotctldFirstPort);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, timeoutMs);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(hub.status().at(0).clients, QStringList {peer}, timeoutMs);
    client.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(hub.status().at(0).clients.isEmpty(), timeoutMs);
    hub.stop();
    QVERIFY(hub.status().isEmpty());
}

void TestInteropHub::pairEndpointsAfterSingleRotators()
{
    using Status = InteropHub::EndpointStatus;
    const QString idA = m_call + QStringLiteral("/1");
    const QString pairName = m_call + QStringLiteral("/1,") + m_call + QStringLiteral("/2");
    // The hub does not check that a pair's units are not also single rotators (the command line
    // does); reusing them here only numbers the endpoints.
    const auto makeHub = [this](const InteropHub::Options &options) {
        auto hub = std::make_unique<InteropHub>(options);
        hub->addRotator(m_rotatorA);
        hub->addAzElPair(m_rotatorA, m_rotatorB);
        return hub;
    };

    // Numbered on: the single rotator first, then the pair at + 2.
    InteropHub::Options options;
    options.rotctldFirstPort = freeTcpPortPair();
    QVERIFY(*options.rotctldFirstPort != 0);
    {
        const auto hub = makeHub(options);
        QVERIFY2(hub->start(), qPrintable(hub->errors().join(u'\n')));
        QCOMPARE(
            hub->endpoints(),
            (QStringList {
                QStringLiteral("rotctld %1 127.0.0.1:%2").arg(idA).arg(*options.rotctldFirstPort),
                QStringLiteral("rotctld %1 127.0.0.1:%2")
                    .arg(pairName)
                    .arg(*options.rotctldFirstPort + 2)}));
        const QList<Status> status = hub->status();
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.at(1).rotator, pairName);
        QCOMPARE(status.at(1).state, Status::State::Listening);
    }

    // A pair's port may be set by its name, as a single rotator's by CALL/ID; its status is
    // reported like any other endpoint's, with the senders heard.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 pairRotctldPort = probe.serverPort();
    probe.close();
    const quint16 pairPstPort = freeUdpPort();
    QVERIFY(pairPstPort != 0);
    options.rotctldPorts.insert(pairName, pairRotctldPort);
    options.pstRotator = true;
    options.pstRotatorPort = freeUdpPort();
    options.pstRotatorPorts.insert(pairName, pairPstPort);
    options.allOrNothing = false;
    const auto hub = makeHub(options);
    QVERIFY2(hub->start(), qPrintable(hub->errors().join(u'\n')));
    QVERIFY(hub->endpoints().contains(
        QStringLiteral("rotctld %1 127.0.0.1:%2").arg(pairName).arg(pairRotctldPort)));
    QVERIFY(hub->endpoints().contains(
        QStringLiteral("pstrotator %1 127.0.0.1:%2").arg(pairName).arg(pairPstPort)));
    QVERIFY(hub->endpoints().contains(
        QStringLiteral("rotctld %1 127.0.0.1:%2").arg(idA).arg(*options.rotctldFirstPort)));
    const QList<Status> status = hub->status();
    QCOMPARE(status.size(), 4);
    const auto pairPst = std::find_if(status.cbegin(), status.cend(), [&](const Status &s) {
        return s.kind == Status::Kind::PstRotator && s.rotator == pairName;
    });
    QVERIFY(pairPst != status.cend());
    QCOMPARE(pairPst->address, QStringLiteral("127.0.0.1:%1").arg(pairPstPort));
    const qsizetype index = pairPst - status.cbegin();
    QUdpSocket program;
    program.writeDatagram("<PST>AZ?</PST>", QHostAddress::LocalHost, pairPstPort);
    QTRY_COMPARE_WITH_TIMEOUT(hub->status().at(index).clients,
                              QStringList {QStringLiteral("127.0.0.1")}, timeoutMs);
}

// Issue 16: a running hub changes in place. A rotctld client of rotator A stays connected and
// keeps answering while options change, rotator B comes and goes and B's port moves; only a new
// first port moves A (and so drops its client).
void TestInteropHub::changesInPlaceKeepClients()
{
    using Status = InteropHub::EndpointStatus;
    const QString idA = m_call + QStringLiteral("/1");
    const QString idB = m_call + QStringLiteral("/2");
    InteropHub::Options options;
    options.rotctldFirstPort = freeTcpPortPair();
    QVERIFY(*options.rotctldFirstPort != 0);
    options.n1mm = true;
    options.n1mmPort = freeUdpPort();
    options.n1mmStatusAddress = QHostAddress(QHostAddress::LocalHost);
    options.n1mmStatusPort = m_n1mmStatus.localPort();
    options.allOrNothing = false;
    InteropHub hub(options);
    hub.addRotator(m_rotatorA);
    QVERIFY2(hub.start(), qPrintable(hub.errors().join(u'\n')));
    RotctldServer *serverA = hub.rotctldServer(idA);
    QVERIFY(serverA);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, *options.rotctldFirstPort);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverA->clientCount(), 1, timeoutMs);
    const auto answers = [&client] {
        client.readAll();
        client.write("p\n");
        return QTest::qWaitFor(
            [&client] {
                return client.state() == QAbstractSocket::ConnectedState
                    && client.bytesAvailable() > 0 && client.peek(64).count('\n') >= 2;
            },
            timeoutMs);
    };
    QVERIFY(answers());
    const auto stillServed = [&](const char *step) {
        QVERIFY2(hub.rotctldServer(idA) == serverA, step);
        QVERIFY2(client.state() == QAbstractSocket::ConnectedState, step);
        QVERIFY2(answers(), step);
    };

    // Park, bands, N1MM name, locator: in place.
    options.parkBearingsDeg.insert(idA, 45);
    options.bands.insert(idA, {QStringLiteral("20m")});
    options.n1mmNames.insert(idA, QStringLiteral("Beam"));
    options.stationLocator = QStringLiteral("JO70va");
    N1mmRotorListener *n1mm = hub.n1mmListener();
    hub.setOptions(options);
    stillServed("after park, bands, N1MM name, locator");
    QCOMPARE(hub.n1mmListener(), n1mm);
    QCOMPARE(n1mm->targetForName(QStringLiteral("Beam"))->parkBearingDeg(), std::optional(45));

    // Another rotator comes: its endpoint opens at the next port, A's stays.
    QVERIFY(hub.addRotator(m_rotatorB));
    stillServed("after adding B");
    QVERIFY(hub.rotctldServer(idB));
    QCOMPARE(hub.rotctldServer(idB)->serverPort(), *options.rotctldFirstPort + 2);
    QVERIFY(n1mm->targetForName(idB));

    // B's own port moves: B's endpoint reopens there, A's stays.
    const quint16 portB = freeTcpPortPair();
    options.rotctldPorts.insert(idB, portB);
    hub.setOptions(options);
    stillServed("after moving B");
    QCOMPARE(hub.rotctldServer(idB)->serverPort(), portB);

    // B goes.
    QVERIFY(hub.remove(idB));
    stillServed("after removing B");
    QVERIFY(!hub.rotctldServer(idB));
    QVERIFY(!n1mm->targetForName(idB));
    const QList<Status> status = hub.status();
    QCOMPARE(status.size(), 2); // rotctld A, N1MM
    QCOMPARE(status.at(0).rotator, idA);
    QCOMPARE(status.at(0).clients.size(), 1);

    // Renamed: the same endpoint under a new name.
    QVERIFY(hub.rename(idA, QStringLiteral("A @ test")));
    QCOMPARE(hub.rotctldServer(QStringLiteral("A @ test")), serverA);
    QCOMPARE(hub.status().at(0).rotator, QStringLiteral("A @ test"));
    QVERIFY(client.state() == QAbstractSocket::ConnectedState);

    // A new first port moves the automatic endpoints: that one restarts.
    options.rotctldFirstPort = freeTcpPortPair();
    hub.setOptions(options);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, timeoutMs);
    QVERIFY(hub.rotctldServer(QStringLiteral("A @ test")));
    QCOMPARE(hub.rotctldServer(QStringLiteral("A @ test"))->serverPort(),
             *options.rotctldFirstPort);
}

void TestInteropHub::rotctlNoPositionWhenBrokerDown()
{
    const RotctlRun before = rotctl(m_rotctldPort, {QStringLiteral("p")});
    QCOMPARE(before.exitCode, 0);
    m_broker.broker().stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_rotatorA->state().link, LinkState::BrokerDown, timeoutMs);
    QVERIFY(m_rotatorA->state().rawAzimuthDeg.has_value()); // the model still knows the last one
    // ...but rotctld does not pass it off as current: rotctl fails (RIG_EIO).
    const RotctlRun after = rotctl(m_rotctldPort, {QStringLiteral("p")});
    QVERIFY2(after.exitCode != 0, after.out.constData());
    QVERIFY2(!after.out.contains(".00"), after.out.constData());
    QVERIFY2(after.out.contains("IO error") || after.err.contains("IO error"),
             (after.out + after.err).constData());
}

QTEST_GUILESS_MAIN(TestInteropHub)
#include "tst_interophub.moc"
