// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerfixture.h"
#include "mqtt/embeddedbroker.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

/// Reads /proc/PID/stat: 'T' = stopped by a signal.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName >= 0 && afterName + 2 < line.size() ? line.at(afterName + 2) : '?';
}

} // namespace

class TestEmbeddedBroker : public QObject
{
    Q_OBJECT

private slots:
    void startsAndListens_data();
    void startsAndListens();
    void stopFreesThePort();
    void restartReusesThePorts();
    void freezeAndThaw();
    void missingBinary_data();
    void missingBinary();
    void reportsCrash();
    void tlsListener();
    void twoBrokersGetDifferentPorts();
};

void TestEmbeddedBroker::startsAndListens_data()
{
    QTest::addColumn<bool>("websocket");
    QTest::newRow("tcp only") << false;
    QTest::newRow("tcp and websocket") << true;
}

void TestEmbeddedBroker::startsAndListens()
{
    QFETCH(bool, websocket);
    EmbeddedBroker broker(EmbeddedBroker::Options {.websocket = websocket});
    QVERIFY2(broker.startAndWait(10000), qPrintable(broker.errorString() + broker.log()));
    QVERIFY(broker.isRunning());
    QVERIFY(broker.processId() > 0);
    QVERIFY(broker.tcpPort() > 0);
    QCOMPARE(broker.tcpUrl(), QUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(broker.tcpPort())));
    QVERIFY(accepts(broker.tcpPort()));
    if (websocket) {
        QVERIFY(broker.webSocketPort() > 0);
        QVERIFY(broker.webSocketPort() != broker.tcpPort());
        QCOMPARE(broker.webSocketUrl().scheme(), QStringLiteral("ws"));
        QVERIFY(accepts(broker.webSocketPort()));
    } else {
        QCOMPARE(broker.webSocketPort(), quint16(0));
        QVERIFY(broker.webSocketUrl().isEmpty());
    }
    QCOMPARE(broker.tlsPort(), quint16(0));
    QVERIFY(broker.sslUrl().isEmpty());
    QCOMPARE(broker.secureWebSocketPort(), quint16(0));
    QVERIFY(broker.wssUrl().isEmpty());
    QVERIFY2(broker.log().contains(u"mosquitto"), qPrintable(broker.log()));
    QVERIFY(broker.errorString().isEmpty());
}

void TestEmbeddedBroker::stopFreesThePort()
{
    EmbeddedBroker broker;
    QSignalSpy crashed(&broker, &EmbeddedBroker::crashed);
    QVERIFY2(broker.startAndWait(10000), qPrintable(broker.errorString() + broker.log()));
    const quint16 port = broker.tcpPort();
    broker.stop();
    QVERIFY(!broker.isRunning());
    QCOMPARE(broker.processId(), 0);
    QVERIFY(!accepts(port));
    QCOMPARE(broker.tcpPort(), port); // kept for restart()
    QCOMPARE(crashed.count(), 0);
}

void TestEmbeddedBroker::restartReusesThePorts()
{
    BrokerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.why()));
    EmbeddedBroker &broker = fixture.broker();
    const quint16 tcp = broker.tcpPort();
    const quint16 ws = broker.webSocketPort();
    const qint64 firstPid = broker.processId();
    broker.stop();
    QVERIFY2(broker.restart(10000), qPrintable(fixture.why()));
    QCOMPARE(broker.tcpPort(), tcp);
    QCOMPARE(broker.webSocketPort(), ws);
    QVERIFY(broker.processId() != firstPid);
    QVERIFY(accepts(tcp));
    QVERIFY(accepts(ws));
    // restart() also works on a running broker.
    QVERIFY2(broker.restart(10000), qPrintable(fixture.why()));
    QCOMPARE(broker.tcpPort(), tcp);
    QVERIFY(accepts(tcp));
}

void TestEmbeddedBroker::freezeAndThaw()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.startAndWait(10000), qPrintable(broker.errorString() + broker.log()));
    const qint64 pid = broker.processId();
    broker.freeze();
    QTRY_COMPARE_WITH_TIMEOUT(processState(pid), 'T', 10000);
    broker.thaw();
    QTRY_VERIFY_WITH_TIMEOUT(processState(pid) != 'T', 10000);
    QVERIFY(accepts(broker.tcpPort()));
    // A frozen broker can still be stopped.
    broker.freeze();
    QTRY_COMPARE_WITH_TIMEOUT(processState(pid), 'T', 10000);
    broker.stop();
    QVERIFY(!broker.isRunning());
}

void TestEmbeddedBroker::missingBinary_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("no such file") << QStringLiteral("/nonexistent/mosquitto");
    QTest::newRow("bare name, not on PATH") << QStringLiteral("no-such-mosquitto");
    QTest::newRow("a folder") << QStringLiteral("/usr");
}

void TestEmbeddedBroker::missingBinary()
{
    QFETCH(QString, path);
    EmbeddedBroker broker(EmbeddedBroker::Options {.websocket = false, .mosquittoPath = path});
    QVERIFY(!broker.startAndWait(2000));
    QVERIFY(!broker.isRunning());
    QVERIFY2(broker.errorString().contains(u"mosquitto is not installed"),
             qPrintable(broker.errorString()));
    QVERIFY2(broker.errorString().contains(u"apt-get install mosquitto"),
             qPrintable(broker.errorString()));
}

void TestEmbeddedBroker::reportsCrash()
{
    EmbeddedBroker broker;
    QSignalSpy crashed(&broker, &EmbeddedBroker::crashed);
    QVERIFY2(broker.startAndWait(10000), qPrintable(broker.errorString() + broker.log()));
    ::kill(static_cast<pid_t>(broker.processId()), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(crashed.count(), 1, 10000);
    QVERIFY(!broker.isRunning());
    QVERIFY(!broker.errorString().isEmpty());
}

void TestEmbeddedBroker::tlsListener()
{
    TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.why()));
    EmbeddedBroker::Options options;
    options.tlsCertFile = certificates.serverCertFile();
    options.tlsKeyFile = certificates.serverKeyFile();
    EmbeddedBroker broker(options);
    QVERIFY2(broker.startAndWait(10000), qPrintable(broker.errorString() + broker.log()));
    QVERIFY(broker.tlsPort() > 0);
    QCOMPARE(broker.sslUrl(), QUrl(QStringLiteral("ssl://127.0.0.1:%1").arg(broker.tlsPort())));
    QCOMPARE(broker.secureWebSocketPort(), quint16(0)); // websocket is off

    // The listener speaks TLS with our certificate (checked with Qt's own TLS client).
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(certificates.caFile()));
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), broker.tlsPort());
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
}

void TestEmbeddedBroker::twoBrokersGetDifferentPorts()
{
    EmbeddedBroker first;
    EmbeddedBroker second;
    QVERIFY2(first.startAndWait(10000), qPrintable(first.errorString()));
    QVERIFY2(second.startAndWait(10000), qPrintable(second.errorString()));
    QVERIFY(first.tcpPort() != second.tcpPort());
    QVERIFY(accepts(first.tcpPort()));
    QVERIFY(accepts(second.tcpPort()));
}

QTEST_GUILESS_MAIN(TestEmbeddedBroker)
#include "tst_embeddedbroker.moc"
