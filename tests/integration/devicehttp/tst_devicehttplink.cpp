// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceHttpLink end to end: a simulated unit on a real mosquitto publishes its `ip`, the app's
// Rotator hears it over MQTT, and the link reads the unit's HTTP side (the simulator's, on
// loopback) into the model. Digest login right and wrong, a closed port, garbage replies and
// SPEED.
#include "brokerfixture.h"
#include "httpfileserver.h"

#include "core/clock.h"
#include "devicehttp/devicehttplink.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedhttpserver.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Status = DeviceHttpClient::Status;
using SpeedOutcome = DeviceHttpLink::SpeedOutcome;

namespace {

constexpr int timeoutMs = 15000;

/// Lines logged in the devicehttp category while it is installed.
class HttpLogLines
{
public:
    HttpLogLines()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&HttpLogLines::handle);
    }
    ~HttpLogLines()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    HttpLogLines(const HttpLogLines &) = delete;
    HttpLogLines &operator=(const HttpLogLines &) = delete;

    [[nodiscard]] QStringList lines() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (s_self && context.category
            && QByteArrayView(context.category) == QByteArrayView("rotordeck.devicehttp")) {
            const QMutexLocker lock(&s_self->m_mutex);
            s_self->m_lines << text;
        }
        if (s_self && s_self->m_previous)
            s_self->m_previous(type, context, text);
    }

    static inline HttpLogLines *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort(); // released when probe goes
}

} // namespace

class TestDeviceHttpLink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rangeFromHttpReachesTheModel();
    void digestPasswordRightAndWrong();
    void closedPortIsUnreachableQuietly();
    void garbageChangesNothing();
    void speedReachesTheDevice();
    void offForgetsAndReadsNothing();

private:
    /// A 450° unit publishing ip 127.0.0.1, its HTTP side (with `password`), and the app's
    /// Rotator for it, heard over MQTT.
    void startUnit(const QString &password = {});
    /// A link on the app's rotator, reading port `port`.
    DeviceHttpLink *makeLink(quint16 port, const QString &password = {});

    BrokerFixture m_broker;
    SystemClock m_clock;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<SimulatedHttpServer> m_http;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<Fleet> m_fleet;
    SimulatedRotator *m_device = nullptr;
    Rotator *m_rotator = nullptr;
    quint16 m_httpPort = 0;
};

void TestDeviceHttpLink::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestDeviceHttpLink::init()
{
    m_device = nullptr;
    m_rotator = nullptr;
}

void TestDeviceHttpLink::cleanup()
{
    m_fleet.reset();
    m_connection.reset();
    m_http.reset();
    m_sim.reset();
}

void TestDeviceHttpLink::startUnit(const QString &password)
{
    SimulatedRotatorConfig config;
    config.call = BrokerFixture::uniqueCall();
    config.id = u"1"_s;
    config.ip = u"127.0.0.1"_s;
    config.name = u"Beam 40m"_s;
    config.startAzimuthDeg = 137;
    config.maxRotateDeg = 450;
    config.antRadiationAngleDeg = 60;
    config.initialRawDeg = 200;
    config.fastInbound = true;
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_device = m_sim->addDevice(config);
    m_http = std::make_unique<SimulatedHttpServer>(m_device, password);
    m_httpPort = m_http->listenOnLoopback(0);
    QVERIFY(m_httpPort != 0);
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 1, timeoutMs);

    BrokerProfile profile = m_broker.profile();
    profile.discover = false;
    m_connection = std::make_unique<MqttConnection>(profile);
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    m_rotator = m_fleet->addRotator(RotatorAddress {config.call, config.id});
    QVERIFY(m_rotator);
    m_connection->open();
    // The address comes from the retained `ip` of the unit's first connection.
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().ip, u"127.0.0.1"_s, timeoutMs);
    // What MQTT alone tells: nothing about the range.
    QCOMPARE(m_rotator->state().maxRotateDeg, 360);
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::Default);
}

DeviceHttpLink *TestDeviceHttpLink::makeLink(quint16 port, const QString &password)
{
    auto *link = new DeviceHttpLink(m_rotator); // owned by the rotator
    link->setTimeoutMs(3000);
    link->setPassword(password);
    link->setPort(port);
    return link;
}

void TestDeviceHttpLink::rangeFromHttpReachesTheModel()
{
    startUnit();
    DeviceHttpLink *link = makeLink(m_httpPort);
    QCOMPARE(link->host(), u"127.0.0.1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), Status::Reachable, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().maxRotateDeg, 450, timeoutMs);
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::DeviceHttp);
    QCOMPARE(m_rotator->state().beamWidthDeg, 60);
    QCOMPARE(m_rotator->state().beamWidthSource, ValueSource::DeviceHttp);
    QCOMPARE(link->info().name, u"Beam 40m"_s);
    QCOMPARE(link->info().firmwareRevision, QString(SimulatedHttpServer::firmwareRevision));
    QVERIFY(link->info().uptimeSec.has_value());
    QVERIFY(link->lastReadUtc().isValid());
    // The model now plans with the real range: bearing 160 is reachable twice.
    QVERIFY(m_rotator->planTurnToBearing(160).has_value());

    // Reads go on at the interval the owner chose.
    QSignalSpy reads(link, &DeviceHttpLink::readDone);
    link->setRefreshIntervalMs(200);
    QTRY_VERIFY_WITH_TIMEOUT(reads.count() >= 2, timeoutMs);
    QCOMPARE(link->status(), Status::Reachable);
}

void TestDeviceHttpLink::digestPasswordRightAndWrong()
{
    startUnit(u"s3cret"_s);
    HttpLogLines log;
    DeviceHttpLink *link = makeLink(m_httpPort, u"wrong"_s);
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), Status::LoginRefused, timeoutMs);
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::Default);
    QVERIFY(!link->setSpeed(100)); // only while reachable
    QCOMPARE(log.lines().size(), 1);
    QVERIFY2(log.lines().constFirst().contains(u"login refused"_s),
             qPrintable(log.lines().join(u'\n')));

    // The user fixes the password: read again at once.
    link->setPassword(u"s3cret"_s);
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), Status::Reachable, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().maxRotateDeg, 450, timeoutMs);
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::DeviceHttp);
    QCOMPARE(log.lines().size(), 2);
}

void TestDeviceHttpLink::closedPortIsUnreachableQuietly()
{
    startUnit();
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    HttpLogLines log;
    DeviceHttpLink *link = makeLink(port);
    QSignalSpy changed(link, &DeviceHttpLink::changed);
    QSignalSpy reads(link, &DeviceHttpLink::readDone);
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), Status::Unreachable, timeoutMs);
    QVERIFY(!link->detail().isEmpty());
    const qsizetype changesAtFirst = changed.count();

    // Reads go on (a modest interval here), and say nothing more while nothing changes.
    link->setRefreshIntervalMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(reads.count() >= 4, timeoutMs);
    QCOMPARE(link->status(), Status::Unreachable);
    QCOMPARE(changed.count(), changesAtFirst);
    const QStringList lines = log.lines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(u"unreachable"_s), qPrintable(lines.constFirst()));
    // Nothing reached the model, MQTT is unaffected.
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::Default);
    QCOMPARE(m_rotator->state().link, LinkState::Live);
}

void TestDeviceHttpLink::garbageChangesNothing()
{
    startUnit();
    HttpFileServer garbage;
    QVERIFY(garbage.start());
    // Something answers HTTP on that port, but not as an IP-Rotator does.
    garbage.serve(u"/readStart"_s, "<html>Router login</html>");
    garbage.serve(u"/readMax"_s, "lots");
    garbage.serve(u"/readAnt"_s, "999");
    garbage.serve(u"/readAntName"_s, QByteArray("\x01\x02\x03", 3));
    garbage.serve(u"/readElevation"_s, "maybe");
    garbage.serve(u"/readRev"_s, "x");
    garbage.serve(u"/readUptime"_s, "-5");
    garbage.serve(u"/readPwmUi"_s, "1|2");
    RotatorSettings user;
    user.maxRotateDeg = 400;
    m_rotator->setSettings(user);
    const RotatorState before = m_rotator->state();

    DeviceHttpLink *link = makeLink(garbage.port());
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), Status::BadReply, timeoutMs);
    QVERIFY(garbage.hits(u"/readMax"_s) >= 1);
    QCOMPARE(m_rotator->state().maxRotateDeg, before.maxRotateDeg);
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::User);
    QCOMPARE(m_rotator->state().beamWidthSource, before.beamWidthSource);
    QCOMPARE(m_rotator->state().elevationSource, before.elevationSource);
    QVERIFY(!link->info().maxRotateDeg);
    QVERIFY(!link->setSpeed(100));
}

void TestDeviceHttpLink::speedReachesTheDevice()
{
    startUnit(u"pw"_s);
    DeviceHttpLink *link = makeLink(m_httpPort, u"pw"_s);
    QVERIFY(!link->setSpeed(100)); // not read yet
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), Status::Reachable, timeoutMs);
    QVERIFY(!link->setSpeed(DeviceHttpClient::minPwmMaxDuty - 1));
    QVERIFY(!link->setSpeed(DeviceHttpClient::maxPwmMaxDuty + 1));
    QVERIFY(link->setSpeed(120));
    QCOMPARE(link->speedOutcome(), SpeedOutcome::Sending);
    QTRY_COMPARE_WITH_TIMEOUT(link->speedOutcome(), SpeedOutcome::Set, timeoutMs);
    QCOMPARE(m_device->pwmMaxDuty(), 120);
    QTRY_COMPARE_WITH_TIMEOUT(link->info().pwmMaxDuty, std::optional<int>(120), timeoutMs);

    // The unit goes away: the next SPEED says so.
    m_http.reset();
    QVERIFY(link->setSpeed(150));
    QTRY_COMPARE_WITH_TIMEOUT(link->speedOutcome(), SpeedOutcome::Unreachable, timeoutMs);
    QCOMPARE(link->status(), Status::Unreachable);
    QCOMPARE(m_device->pwmMaxDuty(), 120);
}

void TestDeviceHttpLink::offForgetsAndReadsNothing()
{
    startUnit();
    DeviceHttpLink *link = makeLink(m_httpPort);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().maxRotateSource, ValueSource::DeviceHttp,
                              timeoutMs);
    link->setEnabled(false);
    QCOMPARE(link->status(), Status::NotAsked);
    QVERIFY(link->host().isEmpty());
    QCOMPARE(m_rotator->state().maxRotateSource, ValueSource::Default);
    QSignalSpy reads(link, &DeviceHttpLink::readDone);
    link->refresh();
    QVERIFY(!link->setSpeed(100));
    link->setEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotator->state().maxRotateSource, ValueSource::DeviceHttp,
                              timeoutMs);
    QCOMPARE(reads.count(), 1);
}

QTEST_GUILESS_MAIN(TestDeviceHttpLink)
#include "tst_devicehttplink.moc"
