// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/brokerprofile.h"
#include "mqtt/mqttconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {
/// Until the demo broker is up: the app and mosquitto start, on a shared 2-core machine.
constexpr int upTimeoutMs = 30000;
/// A signal must end the app by itself, quickly.
constexpr int exitTimeoutMs = 5000;

QString rotordeckPath()
{
    return QStringLiteral(ROTORDECK_PATH);
}

/// "Name:" and "State:" of /proc/PID/status, or empty when there is no such process.
struct ProcStatus
{
    QByteArray name;
    QByteArray state;
    qint64 parentPid = -1;
};

ProcStatus procStatus(qint64 pid)
{
    ProcStatus result;
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Name:"))
            result.name = line.mid(5).trimmed();
        else if (line.startsWith("State:"))
            result.state = line.mid(6).trimmed();
        else if (line.startsWith("PPid:"))
            result.parentPid = line.mid(5).trimmed().toLongLong();
    }
    return result;
}

/// The pids of parentPid's children called name.
QList<qint64> childPids(qint64 parentPid, const QByteArray &name)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const ProcStatus status = procStatus(pid);
        if (status.parentPid == parentPid && status.name == name)
            pids.append(pid);
    }
    return pids;
}

/// Alive = exists and is not a zombie (a zombie has ended; its new parent reaps it).
bool isAlive(qint64 pid)
{
    const QByteArray state = procStatus(pid).state;
    return !state.isEmpty() && !state.startsWith('Z');
}

QStringList entriesOf(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

/// `rotordeck --demo` ended by SIGTERM or SIGINT (logout, systemd, Ctrl+C) cleans up as Quit
/// does: it exits by itself, its mosquitto child is gone, the demo's temporary folder is
/// removed. The real executable, offscreen.
class TestDemoSignals : public QObject
{
    Q_OBJECT

private slots:
    void signalCleansUp_data();
    void signalCleansUp();
};

void TestDemoSignals::signalCleansUp_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("turning");
    QTest::newRow("SIGTERM") << SIGTERM << false;
    QTest::newRow("SIGINT") << SIGINT << false;
    // A close would ask "rotators still turning"; a signal must not wait for an answer.
    QTest::newRow("SIGTERM while a rotator turns") << SIGTERM << true;
}

void TestDemoSignals::signalCleansUp()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, turning);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // The app's own temporary folder (QTemporaryDir follows TMPDIR) holds nothing else: Qt's
    // runtime folder and the other XDG folders live elsewhere.
    const QString tmpPath = root.filePath(QStringLiteral("tmp"));
    const QString runtimePath = root.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(tmpPath));
    QVERIFY(QDir().mkpath(runtimePath));
    QVERIFY(
        QFile::setPermissions(runtimePath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString settingsFile = root.filePath(QStringLiteral("settings.ini"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TMPDIR"), tmpPath);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimePath);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    QProcess process;
    process.setProcessEnvironment(env);
    QByteArray log;
    connect(&process, &QProcess::readyReadStandardError, this,
            [&] { log += process.readAllStandardError(); });
    QList<qint64> brokers;
    const auto cleanup = qScopeGuard([&] {
        // Whatever the app left behind must not outlive the test.
        for (const qint64 pid : std::as_const(brokers)) {
            if (isAlive(pid))
                ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    });

    // --verbose: the app logs "demo broker on …" once its mosquitto accepts connections.
    process.start(rotordeckPath(),
                  {QStringLiteral("--demo"), QStringLiteral("--verbose"),
                   QStringLiteral("--settings"), settingsFile});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(log.contains("demo broker on"), log.constData(), upTimeoutMs);
    brokers = childPids(process.processId(), "mosquitto");
    QCOMPARE(brokers.size(), 1);
    QVERIFY(isAlive(brokers.first()));
    QCOMPARE(entriesOf(tmpPath).size(), 1); // the demo's folder (mosquitto's configuration)
    if (turning) {
        // Demo #1 turns from raw 45 to 225 at 6°/s: long enough. The app logs each message it
        // gets ("recv LEAF PAYLOAD"); Status != 0 means it knows the rotator turns.
        static const QRegularExpression brokerUrl(QStringLiteral("demo broker on \"([^\"]+)\""));
        const QRegularExpressionMatch url = brokerUrl.match(QString::fromUtf8(log));
        QVERIFY2(url.hasMatch(), log.constData());
        BrokerProfile profile;
        profile.name = QStringLiteral("test");
        profile.url = QUrl(url.captured(1));
        // A Target only reaches a unit that is subscribed, and the app must be connected to
        // hear it turn.
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains("device ready \"DEMO/1\"")
                                      && log.contains("RotatorAddress(\"DEMO/1\") sent \"get\""),
                                  log.constData(), upTimeoutMs);
        MqttConnection client(profile);
        client.open();
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), upTimeoutMs);
        QVERIFY(client.publish(QStringLiteral("DEMO/1/ROT/Target"), QByteArrayLiteral("225")));
        static const QRegularExpression turningStatus(QStringLiteral("recv Status -?[1-9]"));
        QTRY_VERIFY2_WITH_TIMEOUT(QString::fromUtf8(log).contains(turningStatus), log.constData(),
                                  upTimeoutMs);
        client.close();
    }

    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), signalNumber), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(process.state() == QProcess::NotRunning, log.constData(),
                              exitTimeoutMs);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(!isAlive(brokers.first()), "the demo's mosquitto outlived the app");
    QCOMPARE(entriesOf(tmpPath), QStringList());
}

QTEST_GUILESS_MAIN(TestDemoSignals)
#include "tst_demosignals.moc"
