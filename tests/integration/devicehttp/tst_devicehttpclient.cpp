// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceHttpClient against the simulator's HTTP side on loopback (real HTTP, Digest auth as the
// firmware asks for it), and against ports where nothing or something else answers.
#include "devicehttp/devicehttpclient.h"
#include "sim/simulatedhttpserver.h"
#include "sim/simulatedrotator.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Status = DeviceHttpClient::Status;

namespace {

constexpr int timeoutMs = 10000;

SimulatedRotatorConfig deviceConfig()
{
    SimulatedRotatorConfig c;
    c.call = u"OK1HRA"_s;
    c.id = u"01"_s;
    c.name = u"Yagi 5el"_s;
    c.startAzimuthDeg = 30;
    c.maxRotateDeg = 450;
    c.antRadiationAngleDeg = 60;
    c.initialRawDeg = 100;
    return c;
}

/// A port where something answers every request with a line that is not HTTP.
class GarbageServer : public QTcpServer
{
public:
    GarbageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("220 Welcome to the toaster\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
};

} // namespace

class TestDeviceHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsTheUnit();
    void digestPasswordRightAndWrong();
    void setsSpeedWithinRange();
    void unreachableAndGarbage();

private:
    void startServer(const QString &password = {});

    std::unique_ptr<SimulatedRotator> m_device;
    std::unique_ptr<SimulatedHttpServer> m_server;
    quint16 m_port = 0;
};

void TestDeviceHttpClient::init()
{
    m_device = std::make_unique<SimulatedRotator>(deviceConfig());
    m_device->step(50000);
}

void TestDeviceHttpClient::cleanup()
{
    m_server.reset();
    m_device.reset();
}

void TestDeviceHttpClient::startServer(const QString &password)
{
    m_server = std::make_unique<SimulatedHttpServer>(m_device.get(), password);
    m_port = m_server->listenOnLoopback(0);
    QVERIFY(m_port != 0);
}

void TestDeviceHttpClient::readsTheUnit()
{
    startServer();
    DeviceHttpClient client;
    client.setEndpoint(u"127.0.0.1"_s, m_port);
    QSignalSpy info(&client, &DeviceHttpClient::infoChanged);
    client.refresh();
    QCOMPARE(client.status(), Status::Reading);
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), Status::Reachable, timeoutMs);
    QCOMPARE(info.count(), 1);
    const DeviceHttpInfo &read = client.info();
    QCOMPARE(read.maxRotateDeg, std::optional<int>(450));
    QCOMPARE(read.startAzimuthDeg, std::optional<int>(30));
    QCOMPARE(read.beamWidthDeg, std::optional<int>(60));
    QCOMPARE(read.name, u"Yagi 5el"_s);
    QCOMPARE(read.elevationMode, std::optional<bool>(false));
    QCOMPARE(read.firmwareRevision, QString(SimulatedHttpServer::firmwareRevision));
    QVERIFY(read.uptimeSec && *read.uptimeSec >= 0);
    QVERIFY(read.pwmMaxDuty.has_value());
}

void TestDeviceHttpClient::digestPasswordRightAndWrong()
{
    startServer(u"s3cret"_s);
    DeviceHttpClient client;
    client.setEndpoint(u"127.0.0.1"_s, m_port);
    client.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), Status::LoginRefused, timeoutMs);
    QVERIFY(!client.info().maxRotateDeg);

    client.setPassword(u"wrong"_s);
    client.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), Status::LoginRefused, timeoutMs);

    client.setPassword(u"s3cret"_s);
    client.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), Status::Reachable, timeoutMs);
    QCOMPARE(client.info().maxRotateDeg, std::optional<int>(450));
}

void TestDeviceHttpClient::setsSpeedWithinRange()
{
    startServer();
    DeviceHttpClient client;
    client.setEndpoint(u"127.0.0.1"_s, m_port);
    QVERIFY(!client.setPwmMaxDuty(DeviceHttpClient::minPwmMaxDuty - 1));
    QVERIFY(!client.setPwmMaxDuty(DeviceHttpClient::maxPwmMaxDuty + 1));
    QSignalSpy set(&client, &DeviceHttpClient::speedSet);
    QVERIFY(client.setPwmMaxDuty(120));
    QTRY_COMPARE_WITH_TIMEOUT(set.count(), 1, timeoutMs);
    QCOMPARE(set.at(0).at(0).toBool(), true);
    QCOMPARE(m_device->pwmMaxDuty(), 120);
    // Read back after the change.
    QTRY_COMPARE_WITH_TIMEOUT(client.info().pwmMaxDuty, std::optional<int>(120), timeoutMs);
}

void TestDeviceHttpClient::unreachableAndGarbage()
{
    // A port nobody listens on (taken and released).
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    DeviceHttpClient client;
    client.setEndpoint(u"127.0.0.1"_s, closedPort);
    client.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), Status::Unreachable, timeoutMs);
    QVERIFY(!client.detail().isEmpty());

    GarbageServer garbage;
    QVERIFY(garbage.listen(QHostAddress::LocalHost));
    client.setEndpoint(u"127.0.0.1"_s, garbage.serverPort());
    QCOMPARE(client.status(), Status::NotAsked);
    client.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        client.status() == Status::BadReply || client.status() == Status::Unreachable, timeoutMs);
    QVERIFY(!client.info().maxRotateDeg);

    // No address known yet (the unit never published `ip`).
    DeviceHttpClient nowhere;
    nowhere.refresh();
    QCOMPARE(nowhere.status(), Status::Unreachable);
}

QTEST_GUILESS_MAIN(TestDeviceHttpClient)
#include "tst_devicehttpclient.moc"
