// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommands.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcess>

#include <memory>
#include <optional>

namespace bench {
namespace {

constexpr int runTimeoutMs = 180000;

/// Starts `rotordeck-bench publish` and returns the publisher's "start" timestamp (ns) once it
/// has written everything and exited; nullopt on failure.
class PublisherChild
{
public:
    PublisherChild(const QUrl &url, const QString &call, int rotators, int messages)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("publish"), QStringLiteral("--url"), url.toString(),
                         QStringLiteral("--call"), call, QStringLiteral("--rotators"),
                         QString::number(rotators), QStringLiteral("--messages"),
                         QString::number(messages)});
    }
    [[nodiscard]] bool finished() const { return m_process.state() == QProcess::NotRunning; }
    [[nodiscard]] std::optional<qint64> startNs()
    {
        const QList<QByteArray> lines = m_process.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("start "))
                return line.mid(6).toLongLong();
        }
        return std::nullopt;
    }
    [[nodiscard]] bool succeeded() const
    {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

bool waitForSubscription(const EmbeddedBroker &broker, const QString &clientId)
{
    const QString needle = clientId + QLatin1String(" 0 +/+/ROT/#");
    return spinUntil([&] { return broker.log().contains(needle); }, 20000);
}

struct RunResult
{
    double seconds = 0.0;
    qint64 received = 0;
    double cpuUsPerMessage = 0.0;
    /// "name us/msg" per thread (threads that exist from before the load to its end).
    QStringList cpuByThread;
    bool ok = false;
};

RunResult runMosquittoSub(const EmbeddedBroker &broker, const QString &call, int rotators,
                          int messages, int run)
{
    RunResult result;
    const QString clientId = QStringLiteral("bench-msub-%1").arg(run);
    QProcess sub;
    sub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The subscriber writes to /dev/null (as a user would pipe it away); `date` right after it
    // exits gives the end time without our event loop in the measurement.
    const QString script
        = QStringLiteral("'%1' -h 127.0.0.1 -p %2 -i %3 -v -t '+/+/ROT/#' -C %4 > /dev/null"
                         " && date +%s%N")
              .arg(mosquittoSubPath())
              .arg(broker.tcpPort())
              .arg(clientId)
              .arg(messages);
    sub.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!waitForSubscription(broker, clientId)) {
        printNote(QStringLiteral("mosquitto_sub did not subscribe"));
        return result;
    }
    PublisherChild publisher(broker.tcpUrl(), call, rotators, messages);
    if (!spinUntil([&] { return sub.state() == QProcess::NotRunning && publisher.finished(); },
                   runTimeoutMs)) {
        printNote(QStringLiteral("mosquitto_sub run %1 timed out").arg(run));
        sub.kill();
        sub.waitForFinished(2000);
        return result;
    }
    const std::optional<qint64> start = publisher.startNs();
    const qint64 end = sub.readAllStandardOutput().trimmed().toLongLong();
    if (!start || end <= 0 || !publisher.succeeded()) {
        printNote(QStringLiteral("mosquitto_sub run %1 failed").arg(run));
        return result;
    }
    result.seconds = static_cast<double>(end - *start) / 1e9;
    result.received = messages;
    result.ok = true;
    return result;
}

RunResult runOurs(const EmbeddedBroker &broker, const QString &call, int rotators, int messages,
                  int run)
{
    RunResult result;
    BrokerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = broker.tcpUrl();
    profile.clientId = QStringLiteral("bench-ours-%1").arg(run);
    profile.discover = true;
    SystemClock clock;
    auto connection = std::make_unique<MqttConnection>(profile);
    auto fleet = std::make_unique<Fleet>(connection.get(), clock);
    fleet->setDiscoveryEnabled(true);

    const QString prefix = call + QLatin1Char('/');
    qint64 received = 0;
    qint64 endNs = 0;
    QObject counter;
    // Connected after the Fleet's own slot: it runs once the fleet has applied the batch.
    QObject::connect(connection.get(), &MqttConnection::messagesReceived, &counter,
                     [&](const QList<MqttMessage> &batch) {
                         for (const MqttMessage &m : batch) {
                             if (m.topic.startsWith(prefix))
                                 ++received;
                         }
                         if (received >= messages && endNs == 0)
                             endNs = nowNs();
                     });
    if (!openAndWait(*connection) || !waitForSubscription(broker, profile.clientId)) {
        printNote(QStringLiteral("our subscriber did not connect/subscribe"));
        return result;
    }
    const QHash<qint64, ThreadCpu> threadsBefore = threadCpuNs();
    const qint64 cpuBefore = processCpuUs();
    PublisherChild publisher(broker.tcpUrl(), call, rotators, messages);
    const bool done = spinUntil([&] { return endNs != 0 && publisher.finished(); }, runTimeoutMs);
    const qint64 cpuAfter = processCpuUs();
    const QHash<qint64, ThreadCpu> threadsAfter = threadCpuNs();
    QMap<QString, qint64> nsByName;
    for (auto it = threadsAfter.cbegin(); it != threadsAfter.cend(); ++it) {
        if (threadsBefore.contains(it.key()))
            nsByName[it->name] += it->cpuNs - threadsBefore.value(it.key()).cpuNs;
    }
    for (auto it = nsByName.cbegin(); it != nsByName.cend(); ++it) {
        if (it.value() > 0)
            result.cpuByThread << QStringLiteral("%1 %2").arg(it.key()).arg(
                static_cast<double>(it.value()) / 1000.0 / messages, 0, 'f', 2);
    }
    const std::optional<qint64> start = publisher.startNs();
    result.received = received;
    if (!done || !start || !publisher.succeeded()) {
        printNote(QStringLiteral("our run %1 failed: %2 of %3 messages applied")
                      .arg(run)
                      .arg(received)
                      .arg(messages));
        return result;
    }
    if (fleet->rotators().size() != rotators) {
        printNote(QStringLiteral("fleet discovered %1 rotators, expected %2")
                      .arg(fleet->rotators().size())
                      .arg(rotators));
        return result;
    }
    result.seconds = static_cast<double>(endNs - *start) / 1e9;
    result.cpuUsPerMessage = static_cast<double>(cpuAfter - cpuBefore) / messages;
    result.ok = true;
    connection->close();
    return result;
}

} // namespace

int runFanin(const Args &args)
{
    const int rotators = qMax(1, args.intValue(QStringLiteral("rotators"), 1000));
    const int messages = qMax(1, args.intValue(QStringLiteral("messages"), 200000));
    const int repeat = qMax(1, args.intValue(QStringLiteral("repeat"), 3));
    if (mosquittoSubPath().isEmpty()) {
        printNote(
            QStringLiteral("mosquitto_sub is not installed (apt-get install mosquitto-clients)"));
        return 1;
    }
    EmbeddedBroker::Options options;
    // QoS 0 to a busy client is dropped once 1000 packets wait (mosquitto's default
    // max_queued_messages): lift it so both subscribers get the whole stream. The subscribe log
    // tells when a subscriber is ready.
    options.extraConfigLines
        = {QStringLiteral("max_queued_messages 0"), QStringLiteral("log_type error"),
           QStringLiteral("log_type warning"), QStringLiteral("log_type subscribe")};
    EmbeddedBroker broker(options);
    if (!broker.startAndWait(10000)) {
        printNote(QStringLiteral("cannot start mosquitto: %1").arg(broker.errorString()));
        return 1;
    }
    printNote(QStringLiteral("fanin: %1 rotators, %2 messages (Azimuth/Status/VoltageValue), QoS 0,"
                             " %3 alternating runs each; sequential, identical publishes")
                  .arg(rotators)
                  .arg(messages)
                  .arg(repeat));

    QList<double> subRates;
    QList<double> ourRates;
    QList<double> subSeconds;
    QList<double> ourSeconds;
    QList<double> ourCpu;
    for (int run = 0; run < repeat; ++run) {
        const RunResult sub
            = runMosquittoSub(broker, QStringLiteral("BM%1").arg(run), rotators, messages, run);
        const RunResult ours
            = runOurs(broker, QStringLiteral("BO%1").arg(run), rotators, messages, run);
        if (!sub.ok || !ours.ok)
            return 1;
        printNote(QStringLiteral("run %1: mosquitto_sub %2 s, ours %3 s, ours %4 CPU us/msg"
                                 " (by thread: %5)")
                      .arg(run)
                      .arg(sub.seconds, 0, 'f', 3)
                      .arg(ours.seconds, 0, 'f', 3)
                      .arg(ours.cpuUsPerMessage, 0, 'f', 2)
                      .arg(ours.cpuByThread.join(QStringLiteral(", "))));
        subSeconds << sub.seconds;
        ourSeconds << ours.seconds;
        subRates << messages / sub.seconds;
        ourRates << messages / ours.seconds;
        ourCpu << ours.cpuUsPerMessage;
    }
    const double subMedian = quantile(subSeconds, 0.5);
    const double ourMedian = quantile(ourSeconds, 0.5);
    printFigure(QStringLiteral("fanin-ours-msgs-per-s"), quantile(ourRates, 0.5),
                QStringLiteral("msg/s"));
    printFigure(QStringLiteral("fanin-mosquitto_sub-msgs-per-s"), quantile(subRates, 0.5),
                QStringLiteral("msg/s"));
    printFigure(QStringLiteral("fanin-ratio"), subMedian / ourMedian, QStringLiteral("x"));
    printFigure(QStringLiteral("fanin-ours-cpu-per-msg"), quantile(ourCpu, 0.5),
                QStringLiteral("us"));
    printFigure(QStringLiteral("fanin-ours-peak-rss"),
                static_cast<double>(residentKiB(QCoreApplication::applicationPid(), true)) / 1024.0,
                QStringLiteral("MiB"));
    return 0;
}

} // namespace bench
