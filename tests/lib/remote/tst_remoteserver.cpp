// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: pages (QWebSocket clients) -> RemoteServer -> Fleet/Rotator -> real mosquitto ->
// simulated IP-Rotators (SimulatorHost). The server's own clock (sessions, rate limit) is a
// ManualClock, so expiry and lock-out need no waiting.
#include "remote/passwordhash.h"
#include "remote/remoteserver.h"
#include "remote/remotetls.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "brokerfixture.h"
#include "pageclient.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

namespace {

constexpr int timeoutMs = 20000;
constexpr qint64 sessionLifetimeMs = 60 * 60 * 1000;
constexpr qint64 lockoutMs = 5 * 60 * 1000;

QJsonObject request(const char *type, const QString &rotator = {})
{
    QJsonObject object {{QLatin1String("type"), QLatin1String(type)}};
    if (!rotator.isEmpty())
        object.insert(QLatin1String("rotator"), rotator);
    return object;
}

QString code(const std::optional<QJsonObject> &message)
{
    return message ? message->value(QLatin1String("code")).toString() : QStringLiteral("<none>");
}

// One HTTP exchange on a fresh connection; the server closes after its reply.
QByteArray httpExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray reply;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs));
    return reply + socket.readAll();
}

// Sends a request the server must not answer with a page; returns what came back once the
// server closed the connection, or nothing if it stayed open for withinMs.
std::optional<QByteArray> closedAfter(quint16 port, const QByteArray &request, int withinMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return std::nullopt;
    socket.write(request);
    QByteArray reply;
    const bool closed = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        withinMs);
    if (!closed)
        return std::nullopt;
    return reply + socket.readAll();
}

} // namespace

class TestRemoteServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void servesThePage();
    void badRequestsNeitherAnsweredNorStall();
    void helloNamesTheProtocol();
    void wrongPasswordRefused();
    void commandWithoutSessionRefused();
    void loginGivesSessionAndSnapshot();
    void viewOnlySessionCannotCommand();
    void viewOnlySessionMayStop();
    void garbageFramesGetErrors();
    void oneMegabyteFrameClosesThatPageOnly();
    void turnFromPageReachesMosquitto();
    void longUnwindNeedsConfirm();
    void stopFromOnePageSeenAtOnceByAnother();
    void parkAndPresetTurn();
    void expiredSessionRefused();
    void idlePageToldWhenSessionExpires();
    void loginRateLimitPerAddress();
    void thousandConnectionsBoundedInTime();
    void tlsWithTheUsersCertificate();
    void tlsFilesThatCannotBeRead();

private:
    QUrl wsUrl() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port()));
    }
    template<typename Pred> bool advanceUntil(Pred pred);
    /// Changes rotator A's target and waits until the logged-in page `bystander` got the
    /// update: every page that would get it has it by then.
    void causeUpdateSeenBy(PageClient &bystander);

    BrokerFixture m_broker;
    ManualClock m_deviceClock;
    SystemClock m_clock;
    ManualClock m_serverClock;
    std::unique_ptr<SimulatorHost> m_host;
    std::unique_ptr<MqttConnection> m_connection;
    std::unique_ptr<MqttConnection> m_watcher;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<RemoteServer> m_server;
    Rotator *m_rotatorA = nullptr; // start 137, range 446 (overlap)
    Rotator *m_rotatorB = nullptr; // start 0, range 360: turning from raw 100 to 350 is long
    QString m_call;
    QString m_idA;
    QString m_idB;
    QList<MqttMessage> m_seenOnBroker;
};

template<typename Pred> bool TestRemoteServer::advanceUntil(Pred pred)
{
    return QTest::qWaitFor(
        [&] {
            if (pred())
                return true;
            m_host->advance(200);
            return false;
        },
        timeoutMs);
}

void TestRemoteServer::causeUpdateSeenBy(PageClient &bystander)
{
    const int bearing = wrapBearingDeg(m_rotatorA->state().bearingDeg().value_or(0) + 10);
    QVERIFY(m_rotatorA->turnToBearing(bearing).accepted());
    QVERIFY(bystander.next(QStringLiteral("update"), timeoutMs, [this](const QJsonObject &m) {
        for (const auto &value : m.value(QLatin1String("rotators")).toArray()) {
            const QJsonObject r = value.toObject();
            if (r.value(QLatin1String("id")).toString() == m_idA
                && !r.value(QLatin1String("rawTargetDeg")).isNull())
                return true;
        }
        return false;
    }));
}

void TestRemoteServer::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    m_call = BrokerFixture::uniqueCall();
    m_idA = m_call + QStringLiteral("/1");
    m_idB = m_call + QStringLiteral("/2");

    m_host = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_deviceClock);
    SimulatedRotatorConfig configA;
    configA.call = m_call;
    configA.id = QStringLiteral("1");
    configA.name = QStringLiteral("Tribander");
    configA.startAzimuthDeg = 137;
    configA.maxRotateDeg = 446;
    configA.initialRawDeg = 100;
    configA.fastInbound = true;
    m_host->addDevice(configA);
    SimulatedRotatorConfig configB = configA;
    configB.id = QStringLiteral("2");
    configB.name = QStringLiteral("Vertical");
    configB.startAzimuthDeg = 0;
    configB.maxRotateDeg = 360;
    m_host->addDevice(configB);
    m_host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->readyCount(), 2, timeoutMs);

    m_watcher = std::make_unique<MqttConnection>(m_broker.profile());
    connect(m_watcher.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &messages) { m_seenOnBroker += messages; });
    m_watcher->subscribe(m_call + QStringLiteral("/+/ROT/Target"));
    m_watcher->subscribe(m_call + QStringLiteral("/+/ROT/stop"));
    m_watcher->open();

    m_connection = std::make_unique<MqttConnection>(m_broker.profile());
    m_fleet = std::make_unique<Fleet>(m_connection.get(), m_clock);
    m_rotatorA = m_fleet->addRotator({m_call, QStringLiteral("1")});
    m_rotatorB = m_fleet->addRotator({m_call, QStringLiteral("2")});
    RotatorSettings userA;
    userA.label = QStringLiteral("Yagi");
    userA.maxRotateDeg = 446;
    userA.parkBearingDeg = 200;
    userA.presets = {{QStringLiteral("EU"), 40}, {QStringLiteral("JA"), 20}};
    m_rotatorA->setSettings(userA);
    RotatorSettings userB;
    userB.maxRotateDeg = 360;
    m_rotatorB->setSettings(userB);
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected() && m_watcher->isConnected(), timeoutMs);
    QVERIFY(advanceUntil([this] {
        return m_rotatorA->state().rawAzimuthDeg == 100 && m_rotatorA->state().maxRotateDeg == 446
            && m_rotatorB->state().rawAzimuthDeg == 100;
    }));

    RemoteServer::Options options;
    options.port = 0;
    options.users = {
        {QStringLiteral("alice"),
         remote::hashPassword(QStringLiteral("alice-pw"), remote::KdfCost::Minimal),
         remote::Role::Control},
        {QStringLiteral("bob"),
         remote::hashPassword(QStringLiteral("bob-pw"), remote::KdfCost::Minimal),
         remote::Role::View},
    };
    options.limits.sessionLifetimeMs = sessionLifetimeMs;
    options.limits.maxFailures = 3;
    options.limits.lockoutMs = lockoutMs;
    options.serverVersion = QStringLiteral("test");
    m_server = std::make_unique<RemoteServer>(options, m_serverClock);
    m_server->addRotator(m_rotatorA);
    m_server->addRotator(m_rotatorB);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->url(), QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()));
}

void TestRemoteServer::cleanupTestCase()
{
    m_server.reset();
    m_fleet.reset();
    if (m_connection)
        m_connection->close();
    m_connection.reset();
    if (m_watcher)
        m_watcher->close();
    m_watcher.reset();
    if (m_host)
        m_host->stop();
    m_host.reset();
}

void TestRemoteServer::servesThePage()
{
    const QByteArray page = httpExchange(m_server->port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(page.startsWith("HTTP/1.1 200 OK\r\n"), page.left(200).constData());
    QVERIFY(page.contains("Content-Type: text/html"));
    QVERIFY(page.contains("Content-Security-Policy: default-src 'self'"));
    QVERIFY(page.contains("<title>RotorDeck Remote</title>"));

    const QByteArray head = httpExchange(m_server->port(), "HEAD / HTTP/1.1\r\n\r\n");
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!head.contains("<title>"));

    QVERIFY(httpExchange(m_server->port(), "GET /../../etc/passwd HTTP/1.1\r\n\r\n")
                .startsWith("HTTP/1.1 404"));
    QVERIFY(httpExchange(m_server->port(), "GET /nothing.js HTTP/1.1\r\n\r\n")
                .startsWith("HTTP/1.1 404"));
    QVERIFY(httpExchange(m_server->port(), "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                .startsWith("HTTP/1.1 405"));
    QVERIFY(httpExchange(m_server->port(), "GET /ws HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 426"));
    // Only /ws becomes a WebSocket.
    QVERIFY(httpExchange(
                m_server->port(),
                "GET /index.html HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
                .startsWith("HTTP/1.1 404"));
}

void TestRemoteServer::badRequestsNeitherAnsweredNorStall()
{
    // Qt HttpServer closes a connection whose request line it cannot parse, without a reply.
    const auto garbage = closedAfter(m_server->port(), "garbage\r\n\r\n", timeoutMs);
    QVERIFY(garbage);
    QVERIFY2(!garbage->startsWith("HTTP/1.1 2"), garbage->left(200).constData());

    // A head far beyond the limit is not kept: the connection stalls and goes at the request
    // timeout, and meanwhile every other client is served.
    QTcpSocket huge;
    huge.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(huge.waitForConnected(timeoutMs));
    QElapsedTimer sinceSent;
    sinceSent.start();
    huge.write("GET / HTTP/1.1\r\nX-Pad: " + QByteArray(1024 * 1024, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(huge.bytesToWrite() < 1024 * 1024, timeoutMs);
    const QByteArray page = httpExchange(m_server->port(), "GET / HTTP/1.1\r\n\r\n");
    QVERIFY2(page.startsWith("HTTP/1.1 200 OK\r\n"), page.left(200).constData());
    QVERIFY(page.contains("</html>"));
    QByteArray hugeReply;
    QTRY_VERIFY_WITH_TIMEOUT(
        (hugeReply += huge.readAll(), huge.state() == QAbstractSocket::UnconnectedState),
        timeoutMs);
    QVERIFY2(!hugeReply.startsWith("HTTP/1.1 2"), hugeReply.left(200).constData());
    qInfo("a 1 MiB request head was dropped after %lld ms", sinceSent.elapsed());
    QVERIFY(sinceSent.elapsed() < 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, timeoutMs);
}

void TestRemoteServer::helloNamesTheProtocol()
{
    PageClient page;
    page.socket.open(wsUrl());
    const auto hello = page.next(QStringLiteral("hello"));
    QVERIFY(hello);
    QCOMPARE(hello->value(QLatin1String("protocol")).toInt(), 1);
    QCOMPARE(hello->value(QLatin1String("server")).toString(), QStringLiteral("RotorDeck"));
    // Nothing about the rotators before a login, while a logged-in page gets an update.
    PageClient bystander;
    QVERIFY(bystander.open(wsUrl()));
    QVERIFY(bystander.login(QStringLiteral("bob"), QStringLiteral("bob-pw")));
    causeUpdateSeenBy(bystander);
    // Replies keep their order: once the pong is here, an update sent before it would be too.
    page.sendJson(request("ping"));
    QVERIFY(page.next(QStringLiteral("pong")));
    QVERIFY(!page.next(QStringLiteral("snapshot"), 0));
    QVERIFY(!page.next(QStringLiteral("update"), 0));
}

void TestRemoteServer::wrongPasswordRefused()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    QCOMPARE(code(page.login(QStringLiteral("alice"), QStringLiteral("wrong"))),
             QStringLiteral("wrongLogin"));
    // An unknown user gets the same answer.
    QCOMPARE(code(page.login(QStringLiteral("mallory"), QStringLiteral("alice-pw"))),
             QStringLiteral("wrongLogin"));
    // Still no session: commands are refused.
    page.sendJson(request("stopAll"));
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("noSession"));
}

void TestRemoteServer::commandWithoutSessionRefused()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    QSignalSpy targets(m_rotatorA, &Rotator::targetRequested);
    QJsonObject turn = request("turn", m_idA);
    turn.insert(QLatin1String("bearingDeg"), 10);
    turn.insert(QLatin1String("seq"), 5);
    page.sendJson(turn);
    const auto error = page.next(QStringLiteral("error"));
    QCOMPARE(code(error), QStringLiteral("noSession"));
    QCOMPARE(error->value(QLatin1String("seq")).toInt(), 5);
    QJsonObject resume = request("resume");
    resume.insert(QLatin1String("token"), QStringLiteral("made-up-token"));
    page.sendJson(resume);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("noSession"));
    QCOMPARE(targets.count(), 0);
}

void TestRemoteServer::loginGivesSessionAndSnapshot()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    const auto session = page.login(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    QVERIFY(session);
    QCOMPARE(session->value(QLatin1String("type")).toString(), QStringLiteral("session"));
    QCOMPARE(session->value(QLatin1String("role")).toString(), QStringLiteral("control"));
    QCOMPARE(session->value(QLatin1String("expiresInMs")).toInteger(), sessionLifetimeMs);
    const QString token = session->value(QLatin1String("token")).toString();
    QVERIFY(token.size() >= 40);

    const auto snapshot = page.next(QStringLiteral("snapshot"));
    QVERIFY(snapshot);
    const QJsonArray rotators = snapshot->value(QLatin1String("rotators")).toArray();
    QCOMPARE(rotators.size(), 2);
    const QJsonObject a = rotators.at(0).toObject();
    QCOMPARE(a.value(QLatin1String("id")).toString(), m_idA);
    QCOMPARE(a.value(QLatin1String("label")).toString(), QStringLiteral("Yagi"));
    QCOMPARE(a.value(QLatin1String("rawAzimuthDeg")).toInt(), 100);
    QCOMPARE(a.value(QLatin1String("bearingDeg")).toInt(), 237);
    QCOMPARE(a.value(QLatin1String("maxRotateDeg")).toInt(), 446);
    QCOMPARE(a.value(QLatin1String("link")).toString(), QStringLiteral("live"));
    QCOMPARE(rotators.at(1).toObject().value(QLatin1String("id")).toString(), m_idB);

    // A reloaded page resumes with the token instead of the password.
    PageClient reloaded;
    QVERIFY(reloaded.open(wsUrl()));
    QJsonObject resume = request("resume");
    resume.insert(QLatin1String("token"), token);
    reloaded.sendJson(resume);
    const auto resumed = reloaded.next(QStringLiteral("session"));
    QVERIFY(resumed);
    QCOMPARE(resumed->value(QLatin1String("user")).toString(), QStringLiteral("alice"));
    QVERIFY(reloaded.next(QStringLiteral("snapshot")));

    // After logout the token is worthless.
    page.sendJson(request("logout"));
    QVERIFY(page.next(QStringLiteral("loggedOut")));
    PageClient third;
    QVERIFY(third.open(wsUrl()));
    third.sendJson(resume);
    QCOMPARE(code(third.next(QStringLiteral("error"))), QStringLiteral("noSession"));
}

void TestRemoteServer::viewOnlySessionCannotCommand()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    const auto session = page.login(QStringLiteral("bob"), QStringLiteral("bob-pw"));
    QVERIFY(session);
    QCOMPARE(session->value(QLatin1String("role")).toString(), QStringLiteral("view"));
    QVERIFY(page.next(QStringLiteral("snapshot")));

    QSignalSpy targetsA(m_rotatorA, &Rotator::targetRequested);
    QSignalSpy targetsB(m_rotatorB, &Rotator::targetRequested);
    QSignalSpy records(m_server.get(), &RemoteServer::commandHandled);
    QJsonObject turn = request("turn", m_idA);
    turn.insert(QLatin1String("bearingDeg"), 10);
    page.sendJson(turn);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("forbidden"));
    page.sendJson(request("park", m_idA));
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("forbidden"));
    QJsonObject preset = request("preset", m_idA);
    preset.insert(QLatin1String("index"), 0);
    page.sendJson(preset);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("forbidden"));
    QCOMPARE(targetsA.count(), 0);
    QCOMPARE(targetsB.count(), 0);
    // Refused commands are in the log too, with who and from where.
    QCOMPARE(records.count(), 3);
    const auto first = records.first().first().value<RemoteCommandRecord>();
    QCOMPARE(first.user, QStringLiteral("bob"));
    QCOMPARE(first.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(first.result, QStringLiteral("forbidden"));

    // Seeing what a turn would do is not a command.
    QJsonObject preview = request("preview", m_idA);
    preview.insert(QLatin1String("bearingDeg"), 10);
    page.sendJson(preview);
    const auto reply = page.next(QStringLiteral("preview"));
    QVERIFY(reply);
    QVERIFY(reply->value(QLatin1String("possible")).toBool());
}

void TestRemoteServer::viewOnlySessionMayStop()
{
    // Stop from any client always wins: a view-only page may stop one rotator or all.
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    const auto session = page.login(QStringLiteral("bob"), QStringLiteral("bob-pw"));
    QVERIFY(session);
    QCOMPARE(session->value(QLatin1String("role")).toString(), QStringLiteral("view"));
    QVERIFY(page.next(QStringLiteral("snapshot")));

    m_seenOnBroker.clear();
    QSignalSpy stopsA(m_rotatorA, &Rotator::stopRequested);
    QSignalSpy stopsB(m_rotatorB, &Rotator::stopRequested);
    QSignalSpy records(m_server.get(), &RemoteServer::commandHandled);
    QJsonObject stop = request("stop", m_idA);
    stop.insert(QLatin1String("seq"), 7);
    page.sendJson(stop);
    const auto result = page.next(QStringLiteral("result"));
    QVERIFY(result);
    QCOMPARE(result->value(QLatin1String("seq")).toInt(), 7);
    QVERIFY2(result->value(QLatin1String("accepted")).toBool(), qPrintable(code(result)));
    QCOMPARE(stopsA.count(), 1);
    QCOMPARE(stopsB.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_seenOnBroker.cbegin(), m_seenOnBroker.cend(),
                                         [&](const MqttMessage &m) {
                                             return m.topic == m_idA + QStringLiteral("/ROT/stop");
                                         }),
                             timeoutMs);
    QVERIFY(page.next(QStringLiteral("event"), timeoutMs, [](const QJsonObject &m) {
        return m.value(QLatin1String("action")).toString() == QLatin1String("stop")
            && m.value(QLatin1String("by")).toString() == QLatin1String("bob@127.0.0.1");
    }));

    page.sendJson(request("stopAll"));
    QVERIFY(page.next(QStringLiteral("event"), timeoutMs, [](const QJsonObject &m) {
        return m.value(QLatin1String("action")).toString() == QLatin1String("stopAll");
    }));
    QCOMPARE(stopsA.count(), 2);
    QCOMPARE(stopsB.count(), 1);
    QCOMPARE(records.count(), 2);
    const auto first = records.first().first().value<RemoteCommandRecord>();
    QCOMPARE(first.user, QStringLiteral("bob"));
    QVERIFY(first.result != QStringLiteral("forbidden"));

    // Moving is still for control sessions only.
    QJsonObject turn = request("turn", m_idA);
    turn.insert(QLatin1String("bearingDeg"), 10);
    page.sendJson(turn);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("forbidden"));
}

void TestRemoteServer::garbageFramesGetErrors()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    const QList<QByteArray> garbage {"",
                                     "not json",
                                     "[1,2]",
                                     "{\"type\":",
                                     "\"text\"",
                                     "{\"type\":\"reboot\"}",
                                     "{\"type\":\"login\"}",
                                     QByteArray(1000, '\xff')};
    for (const QByteArray &text : garbage)
        page.socket.sendTextMessage(QString::fromLatin1(text));
    page.socket.sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
    for (qsizetype i = 0; i < garbage.size() + 1; ++i) {
        const auto error = page.next(QStringLiteral("error"));
        QVERIFY2(error, qPrintable(QStringLiteral("no error for frame %1").arg(i)));
        const QString c = code(error);
        QVERIFY2(c == QLatin1String("badRequest") || c == QLatin1String("unknownType"),
                 qPrintable(c));
    }
    // The connection is still fine.
    page.sendJson(request("ping"));
    QVERIFY(page.next(QStringLiteral("pong")));
    QCOMPARE(page.socket.state(), QAbstractSocket::ConnectedState);
}

void TestRemoteServer::oneMegabyteFrameClosesThatPageOnly()
{
    PageClient bystander;
    QVERIFY(bystander.open(wsUrl()));
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    QSignalSpy closed(&page.socket, &QWebSocket::disconnected);
    page.socket.sendTextMessage(QString(1024 * 1024, QLatin1Char('x')));
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, timeoutMs);
    QCOMPARE(page.socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    bystander.sendJson(request("ping"));
    QVERIFY(bystander.next(QStringLiteral("pong")));
}

void TestRemoteServer::turnFromPageReachesMosquitto()
{
    PageClient alice;
    QVERIFY(alice.open(wsUrl()));
    QVERIFY(alice.login(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    PageClient bob;
    QVERIFY(bob.open(wsUrl()));
    QVERIFY(bob.login(QStringLiteral("bob"), QStringLiteral("bob-pw")));

    QSignalSpy published(m_connection.get(), &MqttConnection::messagePublished);
    m_seenOnBroker.clear();
    const auto planned = m_rotatorA->planTurnToBearing(300);
    QVERIFY(planned);
    QJsonObject turn = request("turn", m_idA);
    turn.insert(QLatin1String("bearingDeg"), 300);
    turn.insert(QLatin1String("seq"), 41);
    alice.sendJson(turn);
    const auto result = alice.next(QStringLiteral("result"));
    QVERIFY(result);
    QCOMPARE(result->value(QLatin1String("seq")).toInt(), 41);
    QVERIFY2(result->value(QLatin1String("accepted")).toBool(), qPrintable(code(result)));

    // On the broker, as a Target another client (the watcher) receives.
    const QString topic = m_idA + QStringLiteral("/ROT/Target");
    const QByteArray payload = QByteArray::number(planned->rawTargetDeg);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(m_seenOnBroker.cbegin(), m_seenOnBroker.cend(),
                    [&](const MqttMessage &m) { return m.topic == topic && m.payload == payload; }),
        timeoutMs);
    // With its source for the traffic log.
    QTRY_VERIFY_WITH_TIMEOUT(!published.isEmpty(), timeoutMs);
    const auto sent = published.last().first().value<MqttMessage>();
    QCOMPARE(sent.topic, topic);
    QCOMPARE(sent.origin.kind, CommandOrigin::Kind::Web);
    QCOMPARE(sent.origin.detail, QStringLiteral("alice@127.0.0.1"));

    // Every page sees the command at once, and then the rotator's new target.
    const auto event = bob.next(QStringLiteral("event"));
    QVERIFY(event);
    QCOMPARE(event->value(QLatin1String("action")).toString(), QStringLiteral("turn"));
    QCOMPARE(event->value(QLatin1String("by")).toString(), QStringLiteral("alice@127.0.0.1"));
    const auto update = bob.next(QStringLiteral("update"), timeoutMs, [&](const QJsonObject &m) {
        for (const auto &value : m.value(QLatin1String("rotators")).toArray()) {
            const QJsonObject r = value.toObject();
            if (r.value(QLatin1String("id")).toString() == m_idA
                && r.value(QLatin1String("rawTargetDeg")).toInt(-1) == planned->rawTargetDeg)
                return true;
        }
        return false;
    });
    QVERIFY(update);

    QVERIFY(advanceUntil([&] {
        const auto bearing = m_rotatorA->state().bearingDeg();
        return bearing && std::abs(*bearing - 300) <= 6 && !m_rotatorA->state().moving;
    }));
}

void TestRemoteServer::longUnwindNeedsConfirm()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    QVERIFY(page.login(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QSignalSpy targets(m_rotatorB, &Rotator::targetRequested);

    QJsonObject turn = request("turn", m_idB);
    turn.insert(QLatin1String("bearingDeg"), 350);
    page.sendJson(turn);
    const auto error = page.next(QStringLiteral("error"));
    QCOMPARE(code(error), QStringLiteral("confirmRequired"));
    const QJsonObject plan = error->value(QLatin1String("plan")).toObject();
    QVERIFY(plan.value(QLatin1String("longUnwind")).toBool());
    QCOMPARE(plan.value(QLatin1String("direction")).toString(), QStringLiteral("cw"));
    QCOMPARE(plan.value(QLatin1String("travelDeg")).toInt(), 250);
    QCOMPARE(targets.count(), 0);

    turn.insert(QLatin1String("confirm"), true);
    page.sendJson(turn);
    const auto result = page.next(QStringLiteral("result"));
    QVERIFY(result);
    QVERIFY(result->value(QLatin1String("accepted")).toBool());
    QCOMPARE(targets.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_rotatorB->state().rawTargetDeg, 350, timeoutMs);
}

void TestRemoteServer::stopFromOnePageSeenAtOnceByAnother()
{
    PageClient alice;
    QVERIFY(alice.open(wsUrl()));
    QVERIFY(alice.login(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    PageClient other;
    QVERIFY(other.open(wsUrl()));
    QVERIFY(other.login(QStringLiteral("bob"), QStringLiteral("bob-pw")));

    // B is on its long way to 350 (previous test) or just arrived; stop it from the page.
    QElapsedTimer timer;
    timer.start();
    alice.sendJson(request("stop", m_idB));
    const auto event = other.next(QStringLiteral("event"), timeoutMs, [&](const QJsonObject &m) {
        return m.value(QLatin1String("action")).toString() == QLatin1String("stop");
    });
    QVERIFY(event);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(event->value(QLatin1String("rotator")).toString(), m_idB);
    QCOMPARE(event->value(QLatin1String("by")).toString(), QStringLiteral("alice@127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_seenOnBroker.cbegin(), m_seenOnBroker.cend(),
                                         [&](const MqttMessage &m) {
                                             return m.topic == m_idB + QStringLiteral("/ROT/stop");
                                         }),
                             timeoutMs);

    // Stop All reaches every rotator.
    QSignalSpy stopsA(m_rotatorA, &Rotator::stopRequested);
    QSignalSpy stopsB(m_rotatorB, &Rotator::stopRequested);
    alice.sendJson(request("stopAll"));
    QVERIFY(other.next(QStringLiteral("event"), timeoutMs, [](const QJsonObject &m) {
        return m.value(QLatin1String("action")).toString() == QLatin1String("stopAll");
    }));
    QCOMPARE(stopsA.count(), 1);
    QCOMPARE(stopsB.count(), 1);
}

void TestRemoteServer::parkAndPresetTurn()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    QVERIFY(page.login(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QSignalSpy records(m_server.get(), &RemoteServer::commandHandled);

    QJsonObject preset = request("preset", m_idA);
    preset.insert(QLatin1String("index"), 0);
    preset.insert(QLatin1String("confirm"), true);
    page.sendJson(preset);
    auto result = page.next(QStringLiteral("result"));
    QVERIFY(result);
    QVERIFY2(result->value(QLatin1String("accepted")).toBool(), qPrintable(code(result)));
    QCOMPARE(records.last().first().value<RemoteCommandRecord>().bearingDeg, 40.0);

    preset.insert(QLatin1String("index"), 5);
    page.sendJson(preset);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("unknownPreset"));

    QJsonObject park = request("park", m_idA);
    park.insert(QLatin1String("confirm"), true);
    page.sendJson(park);
    result = page.next(QStringLiteral("result"));
    QVERIFY(result);
    QCOMPARE(result->value(QLatin1String("action")).toString(), QStringLiteral("park"));
    QCOMPARE(records.last().first().value<RemoteCommandRecord>().bearingDeg, 200.0);

    page.sendJson(request("park", m_idB));
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("noParkBearing"));
    page.sendJson(request("stop", QStringLiteral("NOSUCH/9")));
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("unknownRotator"));
}

void TestRemoteServer::expiredSessionRefused()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    const auto session = page.login(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    QVERIFY(session);
    const QString token = session->value(QLatin1String("token")).toString();
    QSignalSpy targets(m_rotatorA, &Rotator::targetRequested);

    m_serverClock.advanceMs(sessionLifetimeMs);
    QJsonObject turn = request("turn", m_idA);
    turn.insert(QLatin1String("bearingDeg"), 10);
    page.sendJson(turn);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("sessionExpired"));
    QCOMPARE(targets.count(), 0);
    // The token cannot be resumed either, and the page is back to no session.
    PageClient again;
    QVERIFY(again.open(wsUrl()));
    QJsonObject resume = request("resume");
    resume.insert(QLatin1String("token"), token);
    again.sendJson(resume);
    const QString resumeCode = code(again.next(QStringLiteral("error")));
    QVERIFY2(resumeCode == QLatin1String("sessionExpired")
                 || resumeCode == QLatin1String("noSession"),
             qPrintable(resumeCode));
    page.sendJson(turn);
    QCOMPARE(code(page.next(QStringLiteral("error"))), QStringLiteral("noSession"));
}

void TestRemoteServer::idlePageToldWhenSessionExpires()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    QVERIFY(page.login(QStringLiteral("bob"), QStringLiteral("bob-pw")));
    QVERIFY(page.next(QStringLiteral("snapshot")));
    m_serverClock.advanceMs(sessionLifetimeMs + 1);
    // Without sending anything, the page is told, and gets no more state.
    QCOMPARE(code(page.next(QStringLiteral("error"), 5000)), QStringLiteral("sessionExpired"));
    const qsizetype seen = page.received.size();
    PageClient bystander;
    QVERIFY(bystander.open(wsUrl()));
    QVERIFY(bystander.login(QStringLiteral("bob"), QStringLiteral("bob-pw")));
    causeUpdateSeenBy(bystander);
    page.sendJson(request("ping"));
    QVERIFY(page.next(QStringLiteral("pong")));
    for (qsizetype i = seen; i < page.received.size(); ++i) {
        QVERIFY(page.received.at(i).value(QLatin1String("type")).toString()
                != QLatin1String("update"));
    }
}

void TestRemoteServer::loginRateLimitPerAddress()
{
    PageClient page;
    QVERIFY(page.open(wsUrl()));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(code(page.login(QStringLiteral("alice"), QStringLiteral("guess%1").arg(i))),
                 QStringLiteral("wrongLogin"));
    }
    // Locked out: even the right password is refused, from any connection of that address.
    const auto limited = page.login(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    QCOMPARE(code(limited), QStringLiteral("rateLimited"));
    QCOMPARE(limited->value(QLatin1String("retryAfterMs")).toInteger(), lockoutMs);
    PageClient second;
    QVERIFY(second.open(wsUrl()));
    QCOMPARE(code(second.login(QStringLiteral("bob"), QStringLiteral("bob-pw"))),
             QStringLiteral("rateLimited"));

    m_serverClock.advanceMs(lockoutMs);
    const auto session = page.login(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    QVERIFY(session);
    QCOMPARE(session->value(QLatin1String("type")).toString(), QStringLiteral("session"));
}

void TestRemoteServer::thousandConnectionsBoundedInTime()
{
    constexpr int maxConnections = 100;
    constexpr int clients = 1000;
    RemoteServer::Options options;
    options.port = 0;
    options.maxConnections = maxConnections;
    RemoteServer server(options, m_serverClock);
    server.addRotator(m_rotatorA);
    QVERIFY(server.start());
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port()));

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        socket->open(url);
        sockets.push_back(std::move(socket));
    }
    int open = 0;
    const auto settled = [&] {
        open = 0;
        for (const auto &socket : sockets) {
            const auto state = socket->state();
            if (state == QAbstractSocket::ConnectedState)
                ++open;
            else if (state != QAbstractSocket::UnconnectedState)
                return false;
        }
        return true;
    };
    // Every client gets an answer (open or closed) in bounded time; never more than the limit.
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 60000);
    const qint64 settledMs = timer.elapsed();
    qInfo("%d connections settled in %lld ms: %d open", clients, settledMs, open);
    QVERIFY(settledMs < 30000);
    QVERIFY2(open <= maxConnections, qPrintable(QString::number(open)));
    QVERIFY(open > 0);
    QVERIFY(server.connectionCount() <= maxConnections);

    // Once they go, a new page gets in.
    sockets.clear();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, timeoutMs);
    PageClient page;
    QVERIFY(page.open(url));
}

void TestRemoteServer::tlsWithTheUsersCertificate()
{
    TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.why()));
    const auto tls
        = remote::loadTlsConfiguration(certificates.serverCertFile(), certificates.serverKeyFile());
    QVERIFY(tls);
    RemoteServer::Options options;
    options.port = 0;
    options.tls = *tls;
    options.users = {{QStringLiteral("alice"),
                      remote::hashPassword(QStringLiteral("alice-pw"), remote::KdfCost::Minimal),
                      remote::Role::Control}};
    RemoteServer server(options, m_serverClock);
    server.addRotator(m_rotatorA);
    QVERIFY(server.start());
    QCOMPARE(server.url(), QStringLiteral("https://127.0.0.1:%1/").arg(server.port()));

    // The page over HTTPS, trusting the test CA.
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslCertificate::fromPath(certificates.caFile()));
    QSslSocket https;
    https.setSslConfiguration(trust);
    https.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QTRY_VERIFY_WITH_TIMEOUT(https.isEncrypted(), timeoutMs);
    https.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += https.readAll()).contains("</html>"), timeoutMs);
    QVERIFY(reply.startsWith("HTTP/1.1 200 OK"));

    // The WebSocket over wss://.
    PageClient page;
    page.socket.setSslConfiguration(trust);
    QVERIFY(page.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/ws").arg(server.port()))));
    QVERIFY(page.login(QStringLiteral("alice"), QStringLiteral("alice-pw")));
    QVERIFY(page.next(QStringLiteral("snapshot")));

    // Plain text to the TLS port gets nowhere.
    PageClient plain;
    plain.socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port())));
    QVERIFY(!plain.next(QStringLiteral("hello"), 3000));
}

void TestRemoteServer::tlsFilesThatCannotBeRead()
{
    TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.why()));
    remote::TlsLoadError error = remote::TlsLoadError::None;
    QString detail;
    QVERIFY(!remote::loadTlsConfiguration(QStringLiteral("/nonexistent.crt"),
                                          certificates.serverKeyFile(), &error, &detail));
    QCOMPARE(error, remote::TlsLoadError::CertificateUnreadable);
    QCOMPARE(detail, QStringLiteral("/nonexistent.crt"));
    // A certificate where the key should be.
    QVERIFY(!remote::loadTlsConfiguration(certificates.serverCertFile(),
                                          certificates.serverCertFile(), &error, &detail));
    QCOMPARE(error, remote::TlsLoadError::KeyUnreadable);
}

QTEST_GUILESS_MAIN(TestRemoteServer)
#include "tst_remoteserver.moc"
