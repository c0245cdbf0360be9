// SPDX-License-Identifier: GPL-3.0-or-later
// The rotordeck-bridge program as users run it: options, endpoint lines, busy ports, signals.
#include "brokerfixture.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int timeoutMs = 15000;

QString program()
{
    return QStringLiteral(ROTORDECK_BRIDGE_PATH);
}

quint16 freeTcpPort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

quint16 freeUdpPort()
{
    QUdpSocket s;
    return s.bind(QHostAddress::LocalHost, 0) ? s.localPort() : 0;
}

// Waits for the process without blocking the event loop.
bool waitFinished(QProcess &process, int ms = timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < ms)
        QTest::qWait(20);
    return process.state() == QProcess::NotRunning;
}

// CPU time (user + system) a process has used so far, in ms; -1 when unreadable.
qint64 cpuTimeMs(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after "(comm)": state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

int openDescriptors(qint64 pid)
{
    return int(
        QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::Files | QDir::System).size());
}

// Sends one line and waits for a complete dump_state reply, event loop running.
bool answersDumpState(QTcpSocket &socket)
{
    socket.write("\\dump_state\n");
    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (!reply.endsWith("done\n") && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        reply += socket.readAll();
    }
    return reply.endsWith("done\n");
}

} // namespace

class TestRotordeckBridge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void options_data();
    void options();
    void runsServesAndStops_data();
    void runsServesAndStops();
    void azElPairEndpoint();
    void busyPortIsReported();
    void descriptorsExhausted();

private:
    BrokerFixture m_broker;
};

void TestRotordeckBridge::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestRotordeckBridge::options_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // expected in stdout (exit 0) or stderr

    const QString broker = QStringLiteral("tcp://127.0.0.1:1");
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0
                          << QStringLiteral("--rotctld <PORT>");
    QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0
                             << QStringLiteral("rotordeck-bridge " ROTORDECK_VERSION);
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--bogus")} << 2 << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("no broker") << QStringList {QStringLiteral("--rotator"), QStringLiteral("A/1")}
                               << 2 << QStringLiteral("--broker URL is required");
    QTest::newRow("bad scheme") << QStringList {QStringLiteral("--broker"),
                                                QStringLiteral("http://x"),
                                                QStringLiteral("--rotator"), QStringLiteral("A/1")}
                                << 2 << QStringLiteral("unknown scheme");
    QTest::newRow("no rotator") << QStringList {QStringLiteral("--broker"), broker} << 2
                                << QStringLiteral("at least one --rotator");
    QTest::newRow("bad rotator") << QStringList {QStringLiteral("--broker"), broker,
                                                 QStringLiteral("--rotator"), QStringLiteral("A")}
                                 << 2 << QStringLiteral("expected CALL/ID");
    QTest::newRow("wildcard rotator")
        << QStringList {QStringLiteral("--broker"), broker, QStringLiteral("--rotator"),
                        QStringLiteral("A/+")}
        << 2 << QStringLiteral("expected CALL/ID");
    QTest::newRow("duplicate rotator")
        << QStringList {QStringLiteral("--broker"),  broker,
                        QStringLiteral("--rotator"), QStringLiteral("A/1"),
                        QStringLiteral("--rotator"), QStringLiteral("A/1")}
        << 2 << QStringLiteral("given twice");
    QTest::newRow("bad port") << QStringList {QStringLiteral("--broker"),  broker,
                                              QStringLiteral("--rotator"), QStringLiteral("A/1"),
                                              QStringLiteral("--rotctld"), QStringLiteral("70000")}
                              << 2 << QStringLiteral("expected a port 1..65535");
    QTest::newRow("bad listen") << QStringList {QStringLiteral("--broker"),
                                                broker,
                                                QStringLiteral("--rotator"),
                                                QStringLiteral("A/1"),
                                                QStringLiteral("--listen"),
                                                QStringLiteral("nowhere")}
                                << 2 << QStringLiteral("not an IP address");
    QTest::newRow("bad locator") << QStringList {QStringLiteral("--broker"),
                                                 broker,
                                                 QStringLiteral("--rotator"),
                                                 QStringLiteral("A/1"),
                                                 QStringLiteral("--locator"),
                                                 QStringLiteral("ZZ99")}
                                 << 2 << QStringLiteral("Maidenhead");
    QTest::newRow("bad park") << QStringList {QStringLiteral("--broker"),  broker,
                                              QStringLiteral("--rotator"), QStringLiteral("A/1"),
                                              QStringLiteral("--park"),    QStringLiteral("400")}
                              << 2 << QStringLiteral("--park '400'");
    QTest::newRow("bad range") << QStringList {QStringLiteral("--broker"),  broker,
                                               QStringLiteral("--rotator"), QStringLiteral("A/1"),
                                               QStringLiteral("--range"),   QStringLiteral("800")}
                               << 2 << QStringLiteral("--range '800'");
    QTest::newRow("stray argument")
        << QStringList {QStringLiteral("--broker"), broker, QStringLiteral("--rotator"),
                        QStringLiteral("A/1"), QStringLiteral("extra")}
        << 2 << QStringLiteral("unexpected argument 'extra'");
}

void TestRotordeckBridge::options()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QProcess process;
    process.start(program(), args);
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitFinished(process));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString text = QString::fromUtf8(exitCode == 0 ? process.readAllStandardOutput()
                                                         : process.readAllStandardError());
    QVERIFY2(text.contains(output), qPrintable(text));
}

void TestRotordeckBridge::runsServesAndStops_data()
{
    QTest::addColumn<bool>("sigint");
    QTest::newRow("SIGTERM") << false;
    QTest::newRow("SIGINT") << true;
}

void TestRotordeckBridge::runsServesAndStops()
{
    QFETCH(bool, sigint);
    const QString call = BrokerFixture::uniqueCall();
    const quint16 rotctld = freeTcpPort();
    const quint16 n1mm = freeUdpPort();
    quint16 pst = freeUdpPort();
    while (pst == n1mm || pst + 2 == n1mm || pst > 65533)
        pst = freeUdpPort();
    QProcess process;
    process.start(program(),
                  {QStringLiteral("--broker"), m_broker.tcpUrl().toString(),
                   QStringLiteral("--rotator"), call + QStringLiteral("/1"),
                   QStringLiteral("--rotator"), call + QStringLiteral("/2"),
                   QStringLiteral("--rotctld"), QString::number(rotctld), QStringLiteral("--n1mm"),
                   QStringLiteral("--n1mm-port"), QString::number(n1mm),
                   QStringLiteral("--pstrotator"), QStringLiteral("--pstrotator-port"),
                   QString::number(pst), QStringLiteral("--range"), QStringLiteral("450")});
    QVERIFY(process.waitForStarted(timeoutMs));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 5, timeoutMs);
    const QByteArray expected = QStringLiteral("rotctld %1/1 127.0.0.1:%2\n"
                                               "rotctld %1/2 127.0.0.1:%3\n"
                                               "n1mm 127.0.0.1:%4 status 127.0.0.1:13010\n"
                                               "pstrotator %1/1 127.0.0.1:%5\n"
                                               "pstrotator %1/2 127.0.0.1:%6\n")
                                    .arg(call)
                                    .arg(rotctld)
                                    .arg(rotctld + 2)
                                    .arg(n1mm)
                                    .arg(pst)
                                    .arg(pst + 2)
                                    .toUtf8();
    QCOMPARE(out, expected);

    // The rotctld endpoint answers (limits from --range: start 0 until the device says more).
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, rotctld);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, timeoutMs);
    socket.write("\\dump_state\n");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).endsWith("done\n"), timeoutMs);
    QVERIFY2(reply.contains("max_az=450.000000"), reply.constData());
    socket.disconnectFromHost();

    QElapsedTimer stopTimer;
    stopTimer.start();
    if (sigint)
        ::kill(pid_t(process.processId()), SIGINT);
    else
        process.terminate();
    QVERIFY(waitFinished(process));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    qInfo("shutdown took %lld ms", stopTimer.elapsed());
}

void TestRotordeckBridge::azElPairEndpoint()
{
    // The pair's endpoint comes after the single rotator's and speaks AzEl with the elevation
    // unit's range (180 until the device says more) and the azimuth unit's (--range).
    const QString call = BrokerFixture::uniqueCall();
    quint16 rotctld = 0;
    for (int attempt = 0; attempt < 20 && rotctld == 0; ++attempt) {
        const quint16 candidate = freeTcpPort();
        QTcpServer above;
        if (candidate < 65534 && above.listen(QHostAddress::LocalHost, candidate + 2))
            rotctld = candidate;
    }
    QVERIFY(rotctld != 0);
    QProcess process;
    process.start(
        program(),
        {QStringLiteral("--broker"), m_broker.tcpUrl().toString(), QStringLiteral("--rotator"),
         call + QStringLiteral("/1"), QStringLiteral("--azel"),
         call + QStringLiteral("/2,") + call + QStringLiteral("/3"), QStringLiteral("--rotctld"),
         QString::number(rotctld), QStringLiteral("--range"), QStringLiteral("450")});
    QVERIFY(process.waitForStarted(timeoutMs));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 2, timeoutMs);
    QCOMPARE(out,
             QStringLiteral("rotctld %1/1 127.0.0.1:%2\nrotctld %1/2,%1/3 127.0.0.1:%3\n")
                 .arg(call)
                 .arg(rotctld)
                 .arg(rotctld + 2)
                 .toUtf8());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, rotctld + 2);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, timeoutMs);
    socket.write("\\dump_state\n");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).endsWith("done\n"), timeoutMs);
    QVERIFY2(reply.contains("max_az=450.000000\nmin_el=0.000000\nmax_el=180.000000\n"),
             reply.constData());
    socket.disconnectFromHost();
    process.terminate();
    QVERIFY(waitFinished(process));
    QCOMPARE(process.exitCode(), 0);
}

void TestRotordeckBridge::busyPortIsReported()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(program(),
                  {QStringLiteral("--broker"), m_broker.tcpUrl().toString(),
                   QStringLiteral("--rotator"), QStringLiteral("BUSY/1"),
                   QStringLiteral("--rotctld"), QString::number(busy.serverPort())});
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitFinished(process));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(
        err.contains(
            QStringLiteral("cannot listen: rotctld BUSY/1 127.0.0.1:%1").arg(busy.serverPort())),
        qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestRotordeckBridge::descriptorsExhausted()
{
    // The bridge runs with a small descriptor limit (set in the child only) and gets more idle
    // clients than it can accept: it must keep serving the ones it has, not spin, log once, and
    // accept again when descriptors free up. Bounded: at most ~100 sockets and a 2 s window.
    constexpr rlim_t limit = 48;
    const quint16 port = freeTcpPort();
    QProcess process;
    process.setChildProcessModifier([] {
        const rlimit nofile {limit, limit};
        ::setrlimit(RLIMIT_NOFILE, &nofile);
    });
    process.start(program(),
                  {QStringLiteral("--broker"), m_broker.tcpUrl().toString(),
                   QStringLiteral("--rotator"), QStringLiteral("FD/1"), QStringLiteral("--rotctld"),
                   QString::number(port)});
    QVERIFY(process.waitForStarted(timeoutMs));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), timeoutMs);
    const qint64 pid = process.processId();

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    const auto connectOne = [&] {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        clients.push_back(std::move(socket));
    };
    connectOne();
    QTRY_COMPARE_WITH_TIMEOUT(clients.front()->state(), QAbstractSocket::ConnectedState, timeoutMs);
    QVERIFY(answersDumpState(*clients.front()));

    // More clients than descriptors: the kernel completes them into the listen backlog.
    QByteArray err;
    for (int i = 0; i < int(limit) + 20; ++i)
        connectOne();
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("cannot accept"),
                             timeoutMs);
    QVERIFY2(openDescriptors(pid) >= int(limit) - 1,
             qPrintable(QString::number(openDescriptors(pid))));

    // No spinning while the backlog waits: measure CPU over a fixed window (a measurement needs
    // an interval; the event loop runs meanwhile).
    const qint64 cpuBefore = cpuTimeMs(pid);
    QElapsedTimer window;
    window.start();
    QTest::qWait(2000);
    const qint64 cpuUsed = cpuTimeMs(pid) - cpuBefore;
    const qint64 wall = window.elapsed();
    qInfo("bridge used %lld ms CPU in %lld ms with descriptors exhausted", cpuUsed, wall);
    QVERIFY(cpuBefore >= 0);
    QVERIFY2(cpuUsed * 10 < wall, "the bridge spins while descriptors are exhausted");

    // The clients it has are still served, and the problem was logged once.
    QVERIFY(answersDumpState(*clients.front()));
    err += process.readAllStandardError();
    QCOMPARE(err.count("cannot accept"), 1);

    // Descriptors free up: it accepts again (a new client gets an answer).
    for (size_t i = 1; i < clients.size(); ++i)
        clients[i]->abort();
    clients.resize(1);
    connectOne();
    QTRY_COMPARE_WITH_TIMEOUT(clients.back()->state(), QAbstractSocket::ConnectedState, timeoutMs);
    QVERIFY(answersDumpState(*clients.back()));
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("accepting again"),
                             timeoutMs);

    process.terminate();
    QVERIFY(waitFinished(process));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestRotordeckBridge)
#include "tst_rotordeckbridge.moc"
