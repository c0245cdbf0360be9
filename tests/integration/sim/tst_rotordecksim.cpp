// SPDX-License-Identifier: GPL-3.0-or-later
// The built rotordeck-sim program: options, ready lines, driving it over MQTT, exit codes.
#include "brokerfixture.h"
#include "mqtt/mqttconnection.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

namespace {

constexpr int realTimeoutMs = 10000;

QString simPath()
{
    return QStringLiteral(ROTORDECK_SIM_PATH);
}

/// Lines the process printed on stdout so far (the process keeps running).
QStringList stdoutLines(QProcess &process, QByteArray &buffer)
{
    buffer += process.readAllStandardOutput();
    return QString::fromUtf8(buffer).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestRotorDeckSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badOptions_data();
    void badOptions();
    void helpAndVersion_data();
    void helpAndVersion();
    void readyAndDrive();
    void embeddedBrokerAndSigint();
    void unreachableBroker();
    void potNoiseReachesTheDevice();
    void speedWarning();
    void httpSide();

private:
    /// Starts rotordeck-sim on the fixture broker with `extra` options; waits for `lines` stdout
    /// lines.
    bool startSim(QProcess &process, const QStringList &extra, int lines, QByteArray &out);
    /// The retained payload of `topic` as a new subscriber gets it.
    QByteArray retainedPayload(const QString &topic);
    BrokerFixture m_fixture;
};

void TestRotorDeckSim::initTestCase()
{
    QVERIFY2(QFile::exists(simPath()), qPrintable(simPath()));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why()));
}

void TestRotorDeckSim::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("configJson"); // written to a file passed with --config
    QTest::addColumn<QString>("message");
    const QString b = QStringLiteral("--embedded-broker");
    QTest::newRow("unknown option") << QStringList {b, QStringLiteral("--bogus")} << QByteArray()
                                    << QStringLiteral("unknown option '--bogus'");
    QTest::newRow("range out of range")
        << QStringList {b, QStringLiteral("--range"), QStringLiteral("800")} << QByteArray()
        << QStringLiteral("--range: 800 is out of range 0..719");
    QTest::newRow("no broker") << QStringList {} << QByteArray()
                               << QStringLiteral("--broker URL or --embedded-broker");
    QTest::newRow("bad pwm") << QStringList {b, QStringLiteral("--pwm"), QStringLiteral("yes")}
                             << QByteArray() << QStringLiteral("--pwm: 'yes' must be on or off");
    QTest::newRow("malformed config entry")
        << QStringList {b} << QByteArray(R"([{"call":"A"},{"call":"B","speed":"fast"}])")
        << QStringLiteral("entry 2: field 'speed': 'fast' is not a number");
    QTest::newRow("config not json")
        << QStringList {b} << QByteArray("[{\"call\":") << QStringLiteral("not valid JSON");
}

void TestRotorDeckSim::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, configJson);
    QFETCH(QString, message);
    QTemporaryFile config;
    if (!configJson.isEmpty()) {
        QVERIFY(config.open());
        config.write(configJson);
        config.close();
        args << QStringLiteral("--config") << config.fileName();
    }
    QProcess process;
    process.start(simPath(), args);
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(err.startsWith(QLatin1String("rotordeck-sim: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
}

void TestRotorDeckSim::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--first-id K");
    QTest::newRow("version") << QStringLiteral("--version")
                             << QStringLiteral("rotordeck-sim " ROTORDECK_VERSION);
}

void TestRotorDeckSim::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    process.start(simPath(), {option});
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(expected));
}

void TestRotorDeckSim::readyAndDrive()
{
    const QString call = BrokerFixture::uniqueCall();
    QProcess process;
    process.start(simPath(),
                  {QStringLiteral("--broker"), m_fixture.tcpUrl().toString(),
                   QStringLiteral("--call"), call, QStringLiteral("--count"), QStringLiteral("2"),
                   QStringLiteral("--first-id"), QStringLiteral("5"), QStringLiteral("--azimuth"),
                   QStringLiteral("100"), QStringLiteral("--speed"), QStringLiteral("12")});
    QVERIFY(process.waitForStarted(realTimeoutMs));
    QByteArray out;
    QTRY_COMPARE_WITH_TIMEOUT(stdoutLines(process, out).size(), 2, realTimeoutMs);
    QStringList lines = stdoutLines(process, out);
    lines.sort();
    QCOMPARE(lines,
             (QStringList {QStringLiteral("ready ") + call + QLatin1String("/05"),
                           QStringLiteral("ready ") + call + QLatin1String("/06")}));

    MqttConnection client(m_fixture.profile());
    QList<MqttMessage> got;
    connect(&client, &MqttConnection::messagesReceived, &client,
            [&got](const QList<MqttMessage> &messages) { got += messages; });
    const QString base = call + QLatin1String("/06/ROT/");
    client.subscribe(base + QLatin1Char('#'));
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), realTimeoutMs);
    QVERIFY(client.publish(base + QLatin1String("Target"), "130"));
    auto azimuths = [&] {
        QList<int> values;
        for (const auto &m : std::as_const(got))
            if (m.topic == base + QLatin1String("Azimuth"))
                values.append(m.payload.toInt());
        return values;
    };
    QTRY_VERIFY_WITH_TIMEOUT(azimuths().size() >= 3, realTimeoutMs);
    const auto seen = azimuths();
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1));
    QVERIFY(std::any_of(got.cbegin(), got.cend(), [&](const MqttMessage &m) {
        return m.topic == base + QLatin1String("Status") && m.payload == "11";
    }));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(got.cbegin(), got.cend(),
                                         [&](const MqttMessage &m) {
                                             return m.topic == base + QLatin1String("AzimuthStop");
                                         }),
                             20000);

    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestRotorDeckSim::embeddedBrokerAndSigint()
{
    QProcess process;
    process.start(simPath(),
                  {QStringLiteral("--embedded-broker"), QStringLiteral("--call"),
                   QStringLiteral("EMB"), QStringLiteral("--first-id"), QStringLiteral("7")});
    QVERIFY(process.waitForStarted(realTimeoutMs));
    QByteArray out;
    QTRY_COMPARE_WITH_TIMEOUT(stdoutLines(process, out).size(), 2, realTimeoutMs);
    const QStringList lines = stdoutLines(process, out);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("broker tcp://127.0.0.1:")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("ready EMB/07"));
    const QUrl url(lines.at(0).mid(7));
    QVERIFY(url.port() > 0);

    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The embedded broker went with it.
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(url.port()));
    QVERIFY(!probe.waitForConnected(2000));
}

void TestRotorDeckSim::unreachableBroker()
{
    QTcpServer reserve; // a free port nobody listens on once closed
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();
    QProcess process;
    process.start(simPath(),
                  {QStringLiteral("--broker"), QStringLiteral("tcp://127.0.0.1:%1").arg(port)});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("unreachable after 10 s")), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

bool TestRotorDeckSim::startSim(QProcess &process, const QStringList &extra, int lines,
                                QByteArray &out)
{
    process.start(simPath(),
                  QStringList {QStringLiteral("--broker"), m_fixture.tcpUrl().toString()} + extra);
    if (!process.waitForStarted(realTimeoutMs))
        return false;
    return QTest::qWaitFor([&] { return stdoutLines(process, out).size() >= lines; },
                           realTimeoutMs);
}

QByteArray TestRotorDeckSim::retainedPayload(const QString &topic)
{
    MqttConnection late(m_fixture.profile());
    QByteArray payload;
    connect(&late, &MqttConnection::messagesReceived, &late,
            [&payload](const QList<MqttMessage> &messages) {
                for (const MqttMessage &m : messages)
                    if (m.retained)
                        payload = m.payload;
            });
    late.subscribe(topic);
    late.open();
    // A loaded machine: the connect alone can take a few seconds.
    if (!QTest::qWaitFor([&] { return !payload.isEmpty(); }, 2 * realTimeoutMs))
        return {};
    return payload;
}

// Issue 17 item 8: --pot-noise is accepted and reaches the device (the stop tolerance grows).
void TestRotorDeckSim::potNoiseReachesTheDevice()
{
    const QString call = BrokerFixture::uniqueCall();
    MqttConnection client(m_fixture.profile());
    QList<QByteArray> tolerances;
    connect(&client, &MqttConnection::messagesReceived, &client,
            [&tolerances](const QList<MqttMessage> &messages) {
                for (const MqttMessage &m : messages)
                    tolerances.append(m.payload);
            });
    client.subscribe(call + QLatin1String("/01/ROT/StopToleranceDeg"));
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), realTimeoutMs);
    QProcess process;
    QByteArray out;
    QVERIFY(startSim(
        process,
        {QStringLiteral("--call"), call, QStringLiteral("--pot-noise"), QStringLiteral("0.8")}, 1,
        out));
    QCOMPARE(stdoutLines(process, out),
             QStringList {QStringLiteral("ready ") + call + QLatin1String("/01")});
    // The connect set (and the 5 s telemetry) carry the tolerance the noise widened.
    QTRY_VERIFY_WITH_TIMEOUT(!tolerances.isEmpty(), 2 * realTimeoutMs);
    QCOMPARE(tolerances.first(), QByteArray("1.37"));
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
}

// A --speed far beyond real rotators runs, with a warning on stderr.
void TestRotorDeckSim::speedWarning()
{
    const QString call = BrokerFixture::uniqueCall();
    QProcess process;
    QByteArray out;
    QVERIFY(startSim(
        process, {QStringLiteral("--call"), call, QStringLiteral("--speed"), QStringLiteral("30")},
        1, out));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QLatin1String(
                 "rotordeck-sim: warning: speed 30 deg/s is beyond real rotators (about 1-6)")),
             qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
}

// --http-port: device i answers its HTTP reads on PORT+i (loopback) and publishes ip 127.0.0.1.
void TestRotorDeckSim::httpSide()
{
    // Two neighbouring free ports.
    quint16 port = 0;
    for (int attempt = 0; attempt < 20 && port == 0; ++attempt) {
        QTcpServer first;
        QTcpServer second;
        if (first.listen(QHostAddress::LocalHost)
            && second.listen(QHostAddress::LocalHost, first.serverPort() + 1))
            port = first.serverPort();
    }
    QVERIFY(port != 0);
    const QString call = BrokerFixture::uniqueCall();
    QProcess process;
    QByteArray out;
    QVERIFY(startSim(process,
                     {QStringLiteral("--call"), call, QStringLiteral("--count"),
                      QStringLiteral("2"), QStringLiteral("--range"), QStringLiteral("450"),
                      QStringLiteral("--http-port"), QString::number(port),
                      QStringLiteral("--http-password"), QStringLiteral("secret")},
                     4, out));
    QStringList lines = stdoutLines(process, out);
    lines.sort();
    QCOMPARE(
        lines,
        (QStringList {QStringLiteral("http %1/01 http://127.0.0.1:%2/").arg(call).arg(port),
                      QStringLiteral("http %1/02 http://127.0.0.1:%2/").arg(call).arg(port + 1),
                      QStringLiteral("ready ") + call + QLatin1String("/01"),
                      QStringLiteral("ready ") + call + QLatin1String("/02")}));

    QNetworkAccessManager network;
    int asked = 0;
    QString password = QStringLiteral("secret");
    connect(&network, &QNetworkAccessManager::authenticationRequired, &network,
            [&](QNetworkReply *, QAuthenticator *authenticator) {
                if (++asked > 1)
                    return;
                authenticator->setUser(QStringLiteral("admin"));
                authenticator->setPassword(password);
            });
    const auto get = [&](quint16 toPort, const char *path) {
        asked = 0; // once per request: asked again means refused
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(toPort).arg(QLatin1String(path))))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(realTimeoutMs))
            return std::make_pair(0, QByteArray());
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->readAll());
    };
    QCOMPARE(get(port + 1, "/readMax"), std::make_pair(200, QByteArray("450")));
    QCOMPARE(get(port, "/readRev"), std::make_pair(200, QByteArray("20260523")));
    network.clearAccessCache();
    password = QStringLiteral("wrong");
    QCOMPARE(get(port + 1, "/readMax").first, 401);
    QCOMPARE(retainedPayload(call + QLatin1String("/02/ROT/ip")), QByteArray("127.0.0.1"));

    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(realTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestRotorDeckSim)
#include "tst_rotordecksim.moc"
