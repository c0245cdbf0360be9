// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated device's HTTP side (docs/device-protocol.md §8) through real HTTP requests:
// QNetworkAccessManager against SimulatedHttpServer on loopback, with and without Digest auth.
#include "sim/simulatedhttpserver.h"
#include "sim/simulatedrotator.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

struct Published
{
    QString leaf;
    QByteArray payload;
    bool retained;
};

SimulatedRotatorConfig deviceConfig()
{
    SimulatedRotatorConfig c;
    c.call = QStringLiteral("OK1HRA");
    c.id = QStringLiteral("01");
    c.name = QStringLiteral("Yagi");
    c.startAzimuthDeg = 30;
    c.maxRotateDeg = 450;
    c.antRadiationAngleDeg = 60;
    c.initialRawDeg = 100;
    c.mac = QStringLiteral("02:00:00:00:00:07");
    return c;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray authenticate;
    int authenticationRequests = 0;
};

} // namespace

class TestSimulatedHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void endpoints_data();
    void endpoints();
    void unknownPath();
    void uptime();
    void setPwmMaxDuty_data();
    void setPwmMaxDuty();
    void setPwmMaxDutyPublishesOnChangeOnly();
    void rotate_data();
    void rotate();
    void rotateWhileMovingStops();
    void digestAccepted();
    void digestWrongPassword();
    void digestMissing();
    void digestParam();

private:
    void startServer(const QString &password = {});
    Answer request(const QString &pathAndQuery, const QByteArray &postBody = {}, bool post = false);
    void stepMs(qint64 ms);

    std::unique_ptr<SimulatedRotator> m_device;
    std::unique_ptr<SimulatedHttpServer> m_server;
    QNetworkAccessManager m_network;
    QList<Published> m_published;
    QString m_user = QStringLiteral("admin");
    QString m_password;
    quint16 m_port = 0;
    qint64 m_nowMs = 50000;
};

void TestSimulatedHttpServer::init()
{
    m_published.clear();
    m_device = std::make_unique<SimulatedRotator>(deviceConfig());
    connect(m_device.get(), &SimulatedRotator::publishRequested, m_device.get(),
            [this](const QString &leaf, const QByteArray &payload, bool retained) {
                m_published.append({leaf, payload, retained});
            });
    m_device->step(m_nowMs);
    m_network.clearAccessCache();
    m_network.clearConnectionCache();
}

void TestSimulatedHttpServer::cleanup()
{
    m_server.reset();
    m_device.reset();
}

void TestSimulatedHttpServer::startServer(const QString &password)
{
    m_server = std::make_unique<SimulatedHttpServer>(m_device.get(), password);
    m_port = m_server->listenOnLoopback(0);
    QVERIFY(m_port != 0);
}

void TestSimulatedHttpServer::stepMs(qint64 ms)
{
    for (const qint64 end = m_nowMs + ms; m_nowMs < end;)
        m_device->step(m_nowMs += 20);
}

Answer TestSimulatedHttpServer::request(const QString &pathAndQuery, const QByteArray &postBody,
                                        bool post)
{
    QNetworkRequest req(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
    std::unique_ptr<QNetworkReply> reply;
    if (post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply.reset(m_network.post(req, postBody));
    } else {
        reply.reset(m_network.get(req));
    }
    Answer answer;
    connect(&m_network, &QNetworkAccessManager::authenticationRequired, reply.get(),
            [&](QNetworkReply *, QAuthenticator *authenticator) {
                // Once only: asked again means the credentials were refused.
                if (++answer.authenticationRequests > 1)
                    return;
                authenticator->setUser(m_user);
                authenticator->setPassword(m_password);
            });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.authenticate = reply->rawHeader("WWW-Authenticate");
    return answer;
}

void TestSimulatedHttpServer::endpoints_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("readAZ: raw") << QStringLiteral("/readAZ") << QByteArray("100");
    QTest::newRow("readStat: Status + 4") << QStringLiteral("/readStat") << QByteArray("4");
    QTest::newRow("readStart") << QStringLiteral("/readStart") << QByteArray("30");
    QTest::newRow("readMax") << QStringLiteral("/readMax") << QByteArray("450");
    QTest::newRow("readAnt") << QStringLiteral("/readAnt") << QByteArray("60");
    QTest::newRow("readAntName") << QStringLiteral("/readAntName") << QByteArray("Yagi");
    QTest::newRow("readElevation") << QStringLiteral("/readElevation") << QByteArray("0");
    QTest::newRow("readADC: volts") << QStringLiteral("/readADC") << QByteArray("13.00");
    QTest::newRow("readPwmUi: on|max|duty")
        << QStringLiteral("/readPwmUi") << QByteArray("1|255|0");
    QTest::newRow("readMAC") << QStringLiteral("/readMAC") << QByteArray("02:00:00:00:00:07");
    QTest::newRow("readRev") << QStringLiteral("/readRev") << QByteArray("20260523");
}

void TestSimulatedHttpServer::endpoints()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    startServer();
    const Answer answer = request(path);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, body);
    QCOMPARE(answer.contentType, QByteArray("text/plane")); // sic, as the firmware
}

void TestSimulatedHttpServer::unknownPath()
{
    startServer(QStringLiteral("secret"));
    const Answer answer = request(QStringLiteral("/readNothing"));
    QCOMPARE(answer.status, 404); // no authentication for an unregistered route either
    QCOMPARE(answer.body, QByteArray("Not found: /readNothing"));
}

void TestSimulatedHttpServer::uptime()
{
    startServer();
    stepMs(7300);
    QCOMPARE(request(QStringLiteral("/readUptime")).body, QByteArray("7"));
}

void TestSimulatedHttpServer::setPwmMaxDuty_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("dutyAfter");
    QTest::newRow("missing") << QString() << 400 << QByteArray("Missing value") << 255;
    QTest::newRow("39") << QStringLiteral("?value=39") << 400 << QByteArray("Out of range") << 255;
    QTest::newRow("256") << QStringLiteral("?value=256") << 400 << QByteArray("Out of range")
                         << 255;
    QTest::newRow("40") << QStringLiteral("?value=40") << 200 << QByteArray("40") << 40;
    QTest::newRow("255") << QStringLiteral("?value=255") << 200 << QByteArray("255") << 255;
    QTest::newRow("toInt stops at a letter")
        << QStringLiteral("?value=120abc") << 200 << QByteArray("120") << 120;
    QTest::newRow("garbage is 0") << QStringLiteral("?value=abc") << 400
                                  << QByteArray("Out of range") << 255;
}

void TestSimulatedHttpServer::setPwmMaxDuty()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, dutyAfter);
    startServer();
    const Answer answer = request(QStringLiteral("/setPwmMaxDuty") + query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body, body);
    QCOMPARE(m_device->pwmMaxDuty(), dutyAfter);
    QCOMPARE(request(QStringLiteral("/readPwmUi")).body,
             QByteArray("1|") + QByteArray::number(dutyAfter) + QByteArray("|0"));
}

void TestSimulatedHttpServer::setPwmMaxDutyPublishesOnChangeOnly()
{
    startServer();
    QCOMPARE(request(QStringLiteral("/setPwmMaxDuty?value=150")).status, 200);
    QCOMPARE(request(QStringLiteral("/setPwmMaxDuty?value=150")).status, 200);
    QList<Published> echoes;
    for (const Published &p : std::as_const(m_published))
        if (p.leaf == QLatin1String("PwmMaxDuty"))
            echoes.append(p);
    QCOMPARE(echoes.size(), 1);
    QCOMPARE(echoes.first().payload, QByteArray("150"));
    QVERIFY(echoes.first().retained);
}

void TestSimulatedHttpServer::rotate_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("rawTarget");
    QTest::newRow("bearing 90, start 30")
        << QByteArray("ROT=90") << 200 << QByteArray("ROTATE REQUEST ACCEPTED") << 60;
    QTest::newRow("bearing 10 wraps")
        << QByteArray("ROT=10") << 200 << QByteArray("ROTATE REQUEST ACCEPTED") << 340;
    QTest::newRow("359") << QByteArray("ROT=359") << 200 << QByteArray("ROTATE REQUEST ACCEPTED")
                         << 329;
    QTest::newRow("360") << QByteArray("ROT=360") << 400 << QByteArray("ROTATE REQUEST FAILED")
                         << -1;
    QTest::newRow("negative") << QByteArray("ROT=-5") << 400 << QByteArray("ROTATE REQUEST FAILED")
                              << -1;
    QTest::newRow("empty") << QByteArray("ROT=") << 400 << QByteArray("ROTATE REQUEST FAILED")
                           << -1;
    QTest::newRow("missing") << QByteArray("X=1") << 400 << QByteArray("ROTATE REQUEST FAILED")
                             << -1;
}

void TestSimulatedHttpServer::rotate()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, rawTarget);
    startServer();
    const Answer answer = request(QStringLiteral("/"), form, true);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body, body);
    QCOMPARE(m_device->rawTargetDeg(), rawTarget);
    QList<QByteArray> targets;
    for (const Published &p : std::as_const(m_published))
        if (p.leaf == QLatin1String("AzimuthTarget"))
            targets.append(p.payload);
    if (status == 200) {
        QCOMPARE(targets, QList<QByteArray> {QByteArray::number(rawTarget)});
        QVERIFY(m_device->status() != 0);
    } else {
        QVERIFY(targets.isEmpty());
        QCOMPARE(m_device->status(), 0);
    }
}

void TestSimulatedHttpServer::rotateWhileMovingStops()
{
    startServer();
    QCOMPARE(request(QStringLiteral("/"), QByteArray("ROT=200"), true).status, 200);
    stepMs(4000);
    QCOMPARE(m_device->status(), 2);
    QCOMPARE(request(QStringLiteral("/readStat")).body, QByteArray("6"));
    const Answer busy = request(QStringLiteral("/"), QByteArray("ROT=90"), true);
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.body, QByteArray("ROTATE REQUEST FAILED"));
    QCOMPARE(m_device->status(), 3); // "click again = stop"
    QCOMPARE(m_device->rawTargetDeg(), 170);
}

void TestSimulatedHttpServer::digestAccepted()
{
    startServer(QStringLiteral("secret"));
    m_password = QStringLiteral("secret");
    const Answer get = request(QStringLiteral("/readMax"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, QByteArray("450"));
    QCOMPARE(get.authenticationRequests, 1);
    const Answer post = request(QStringLiteral("/"), QByteArray("ROT=90"), true);
    QCOMPARE(post.status, 200);
    const Answer set = request(QStringLiteral("/setPwmMaxDuty?value=100"));
    QCOMPARE(set.status, 200);
    QCOMPARE(m_device->pwmMaxDuty(), 100);
}

void TestSimulatedHttpServer::digestWrongPassword()
{
    startServer(QStringLiteral("secret"));
    m_password = QStringLiteral("wrong");
    const Answer answer = request(QStringLiteral("/setPwmMaxDuty?value=100"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(m_device->pwmMaxDuty(), 255);
    m_user = QStringLiteral("root");
    m_password = QStringLiteral("secret");
    m_network.clearAccessCache();
    QCOMPARE(request(QStringLiteral("/readMax")).status, 401);
}

void TestSimulatedHttpServer::digestMissing()
{
    startServer(QStringLiteral("secret"));
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/readAZ").arg(m_port)));
    std::unique_ptr<QNetworkReply> reply(m_network.get(req)); // nobody answers the challenge
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
    QVERIFY2(challenge.startsWith("Digest realm=\"IP rotator\", qop=\"auth\", nonce=\""),
             challenge);
    QVERIFY(challenge.contains("opaque=\""));
    QCOMPARE(reply->readAll(), QByteArray("Authentication required"));
}

void TestSimulatedHttpServer::digestParam()
{
    const QByteArray header = QByteArrayLiteral(
        "username=\"admin\", realm=\"IP rotator\", nonce=\"abc\", uri=\"/readAZ?x=1,2\", "
        "qop=auth, nc=00000001, response=\"f00\"");
    QCOMPARE(SimulatedHttpServer::digestParam(header, "username"), QByteArray("admin"));
    QCOMPARE(SimulatedHttpServer::digestParam(header, "realm"), QByteArray("IP rotator"));
    QCOMPARE(SimulatedHttpServer::digestParam(header, "uri"), QByteArray("/readAZ?x=1,2"));
    QCOMPARE(SimulatedHttpServer::digestParam(header, "qop"), QByteArray("auth"));
    QCOMPARE(SimulatedHttpServer::digestParam(header, "nc"), QByteArray("00000001"));
    QCOMPARE(SimulatedHttpServer::digestParam(header, "response"), QByteArray("f00"));
    QCOMPARE(SimulatedHttpServer::digestParam(header, "cnonce"), QByteArray());
    QCOMPARE(SimulatedHttpServer::arduinoToInt("  -12x"), qint64(-12));
    QCOMPARE(SimulatedHttpServer::arduinoToInt("+7"), qint64(7));
    QCOMPARE(SimulatedHttpServer::arduinoToInt("abc"), qint64(0));
}

QTEST_GUILESS_MAIN(TestSimulatedHttpServer)
#include "tst_simulatedhttpserver.moc"
