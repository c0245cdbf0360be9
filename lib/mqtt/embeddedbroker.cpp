// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedbroker.h"

#include "mqttlogging.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <unistd.h>

namespace {

constexpr int stopGraceMs = 3000;
constexpr int probeIntervalMs = 50;
constexpr int maxProbeConnectMs = 500;
constexpr int maxPortAttempts = 3;
constexpr qsizetype maxLogChars = 256 * 1024;

/// A port nobody listens on right now: bind port 0, read it, let it go. Binding the
/// wildcard address also covers the WebSocket listener, which mosquitto puts on all interfaces.
quint16 freePort(const QList<quint16> &taken)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer server;
        if (!server.listen(QHostAddress::Any, 0))
            continue;
        const quint16 port = server.serverPort();
        if (!taken.contains(port))
            return port;
    }
    return 0;
}

bool portAccepts(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool ok = socket.waitForConnected(timeoutMs);
    socket.abort();
    return ok;
}

QString installHint()
{
    return QStringLiteral("mosquitto is not installed (apt-get install mosquitto)");
}

} // namespace

class EmbeddedBroker::Private
{
public:
    Private(EmbeddedBroker *owner, Options opts)
        : q(owner)
        , options(std::move(opts))
    {
    }

    bool findMosquitto();
    bool choosePorts();
    bool writeConfig();
    bool launchAndWait(int timeoutMs);
    bool waitForPorts(const QDeadlineTimer &deadline);
    void readOutput();
    void stopProcess();

    EmbeddedBroker *q;
    Options options;
    QProcess process;
    std::unique_ptr<QTemporaryDir> dir;
    QString program;
    QString configPath;
    quint16 tcpPort = 0;
    quint16 webSocketPort = 0;
    quint16 tlsPort = 0;
    quint16 secureWebSocketPort = 0;
    QString error;
    QString log;
    /// True while an exit is expected (stop, or a failed start): no crashed() then.
    bool expectExit = false;
};

QString EmbeddedBroker::findMosquittoProgram()
{
    // Debian installs the broker in /usr/sbin, which is not on every user's PATH.
    QString program = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                                 {QStringLiteral("/usr/sbin"),
                                                  QStringLiteral("/usr/local/sbin"),
                                                  QStringLiteral("/sbin")});
    }
    return program;
}

bool EmbeddedBroker::Private::findMosquitto()
{
    if (!options.mosquittoPath.isEmpty()) {
        const QFileInfo info(options.mosquittoPath);
        if (!info.isFile() || !info.isExecutable()) {
            error = QStringLiteral("%1: no executable at %2")
                        .arg(installHint(), options.mosquittoPath);
            return false;
        }
        program = info.absoluteFilePath();
        return true;
    }
    program = EmbeddedBroker::findMosquittoProgram();
    if (program.isEmpty()) {
        error = installHint();
        return false;
    }
    return true;
}

bool EmbeddedBroker::Private::choosePorts()
{
    QList<quint16> taken;
    tcpPort = freePort(taken);
    taken << tcpPort;
    webSocketPort = options.websocket ? freePort(taken) : 0;
    taken << webSocketPort;
    const bool tls = !options.tlsCertFile.isEmpty() && !options.tlsKeyFile.isEmpty();
    tlsPort = tls ? freePort(taken) : 0;
    taken << tlsPort;
    secureWebSocketPort = tls && options.websocket ? freePort(taken) : 0;
    if (tcpPort == 0 || (options.websocket && webSocketPort == 0) || (tls && tlsPort == 0)
        || (tls && options.websocket && secureWebSocketPort == 0)) {
        error = QStringLiteral("no free TCP port on 127.0.0.1");
        return false;
    }
    return true;
}

bool EmbeddedBroker::Private::writeConfig()
{
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            error = QStringLiteral("cannot create a temporary folder: %1").arg(dir->errorString());
            dir.reset();
            return false;
        }
    }
    QStringList lines {
        QStringLiteral("per_listener_settings false"),
        QStringLiteral("allow_anonymous %1").arg(options.allowAnonymous ? u"true" : u"false"),
        QStringLiteral("persistence false"),
        QStringLiteral("log_dest stderr"),
    };
    // Started as root, mosquitto drops to user "mosquitto" after reading this file and could
    // then no longer read files in our private temporary folder: stay who we are.
    if (::geteuid() == 0)
        lines << QStringLiteral("user root");
    if (!options.passwordFile.isEmpty())
        lines << QStringLiteral("password_file %1").arg(options.passwordFile);
    lines << QStringLiteral("listener %1 127.0.0.1").arg(tcpPort)
          << QStringLiteral("protocol mqtt");
    if (webSocketPort != 0) {
        // mosquitto 2.0.11 ignores a bind address here and listens on every interface.
        lines << QStringLiteral("listener %1").arg(webSocketPort)
              << QStringLiteral("protocol websockets");
    }
    if (tlsPort != 0) {
        lines << QStringLiteral("listener %1 127.0.0.1").arg(tlsPort)
              << QStringLiteral("protocol mqtt")
              << QStringLiteral("certfile %1").arg(options.tlsCertFile)
              << QStringLiteral("keyfile %1").arg(options.tlsKeyFile);
    }
    if (secureWebSocketPort != 0) {
        lines << QStringLiteral("listener %1").arg(secureWebSocketPort)
              << QStringLiteral("protocol websockets")
              << QStringLiteral("certfile %1").arg(options.tlsCertFile)
              << QStringLiteral("keyfile %1").arg(options.tlsKeyFile);
    }
    lines << options.extraConfigLines;

    configPath = dir->filePath(QStringLiteral("mosquitto.conf"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = QStringLiteral("cannot write %1: %2").arg(configPath, file.errorString());
        return false;
    }
    file.write(lines.join(u'\n').toUtf8() + '\n');
    return true;
}

bool EmbeddedBroker::Private::waitForPorts(const QDeadlineTimer &deadline)
{
    QList<quint16> ports {tcpPort};
    if (webSocketPort != 0)
        ports << webSocketPort;
    if (tlsPort != 0)
        ports << tlsPort;
    if (secureWebSocketPort != 0)
        ports << secureWebSocketPort;
    for (const quint16 port : std::as_const(ports)) {
        while (true) {
            if (process.state() == QProcess::NotRunning)
                return false;
            const int leftMs = static_cast<int>(deadline.remainingTime());
            if (deadline.hasExpired())
                return false;
            if (portAccepts(port, std::min(leftMs, maxProbeConnectMs)))
                break;
            // Doubles as the pause between probes and notices an early exit at once.
            process.waitForFinished(std::min(probeIntervalMs, std::max(leftMs, 1)));
        }
    }
    return true;
}

bool EmbeddedBroker::Private::launchAndWait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    expectExit = true;
    process.setProgram(program);
    process.setArguments({QStringLiteral("-c"), configPath});
    process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A test killed by its timeout must not leave brokers behind.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    process.start();
    if (!process.waitForStarted(std::max(1, static_cast<int>(deadline.remainingTime())))) {
        error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (waitForPorts(deadline)) {
        expectExit = false;
        qCDebug(lcMqtt) << "mosquitto" << process.processId() << "listens on tcp" << tcpPort << "ws"
                        << webSocketPort << "tls" << tlsPort;
        return true;
    }
    readOutput();
    if (process.state() == QProcess::NotRunning) {
        error = QStringLiteral("mosquitto exited at start (code %1)").arg(process.exitCode());
    } else {
        error = QStringLiteral("mosquitto did not accept connections within %1 ms").arg(timeoutMs);
        stopProcess();
    }
    return false;
}

void EmbeddedBroker::Private::readOutput()
{
    log += QString::fromLocal8Bit(process.readAll());
    if (log.size() > maxLogChars)
        log.remove(0, log.size() - maxLogChars);
}

void EmbeddedBroker::Private::stopProcess()
{
    if (process.state() == QProcess::NotRunning)
        return;
    expectExit = true;
    const auto pid = static_cast<pid_t>(process.processId());
    if (pid > 0)
        ::kill(pid, SIGCONT); // a frozen broker cannot act on SIGTERM
    process.terminate();
    if (!process.waitForFinished(stopGraceMs)) {
        qCWarning(lcMqtt) << "mosquitto" << pid << "ignored SIGTERM; killing it";
        process.kill();
        process.waitForFinished(stopGraceMs);
    }
    readOutput();
}

EmbeddedBroker::EmbeddedBroker(QObject *parent)
    : EmbeddedBroker(Options {}, parent)
{
}

EmbeddedBroker::EmbeddedBroker(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
    connect(&d->process, &QProcess::readyRead, this, [this] { d->readOutput(); });
    connect(&d->process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                d->readOutput();
                if (d->expectExit)
                    return;
                const QString reason = status == QProcess::CrashExit
                    ? QStringLiteral("mosquitto crashed")
                    : QStringLiteral("mosquitto exited with code %1").arg(exitCode);
                qCWarning(lcMqtt) << reason;
                d->error = reason;
                emit crashed(reason);
            });
}

EmbeddedBroker::~EmbeddedBroker()
{
    d->stopProcess();
}

bool EmbeddedBroker::startAndWait(int timeoutMs)
{
    if (isRunning())
        return true;
    d->error.clear();
    if (!d->findMosquitto()) {
        qCWarning(lcMqtt) << d->error;
        return false;
    }
    // Another program may take a port between our probe and mosquitto's bind: then try others.
    for (int attempt = 1; attempt <= maxPortAttempts; ++attempt) {
        const qsizetype logStart = d->log.size();
        if (!d->choosePorts() || !d->writeConfig())
            return false;
        if (d->launchAndWait(timeoutMs))
            return true;
        const bool portTaken = d->log.indexOf(u"Address already in use", logStart) >= 0;
        if (!portTaken || attempt == maxPortAttempts)
            break;
        qCDebug(lcMqtt) << "a chosen port was taken; trying other ports";
    }
    qCWarning(lcMqtt) << d->error;
    return false;
}

void EmbeddedBroker::stop()
{
    d->stopProcess();
}

bool EmbeddedBroker::restart(int timeoutMs)
{
    d->stopProcess();
    d->error.clear();
    if (d->tcpPort == 0 || d->program.isEmpty())
        return startAndWait(timeoutMs);
    if (d->launchAndWait(timeoutMs))
        return true;
    qCWarning(lcMqtt) << d->error;
    return false;
}

void EmbeddedBroker::freeze()
{
    if (isRunning())
        ::kill(static_cast<pid_t>(d->process.processId()), SIGSTOP);
}

void EmbeddedBroker::thaw()
{
    if (isRunning())
        ::kill(static_cast<pid_t>(d->process.processId()), SIGCONT);
}

bool EmbeddedBroker::isRunning() const
{
    return d->process.state() == QProcess::Running;
}

quint16 EmbeddedBroker::tcpPort() const
{
    return d->tcpPort;
}

quint16 EmbeddedBroker::webSocketPort() const
{
    return d->webSocketPort;
}

quint16 EmbeddedBroker::tlsPort() const
{
    return d->tlsPort;
}

QUrl EmbeddedBroker::tcpUrl() const
{
    if (d->tcpPort == 0)
        return {};
    return QUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(d->tcpPort));
}

QUrl EmbeddedBroker::webSocketUrl() const
{
    if (d->webSocketPort == 0)
        return {};
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(d->webSocketPort));
}

QUrl EmbeddedBroker::sslUrl() const
{
    if (d->tlsPort == 0)
        return {};
    return QUrl(QStringLiteral("ssl://127.0.0.1:%1").arg(d->tlsPort));
}

quint16 EmbeddedBroker::secureWebSocketPort() const
{
    return d->secureWebSocketPort;
}

QUrl EmbeddedBroker::wssUrl() const
{
    if (d->secureWebSocketPort == 0)
        return {};
    return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(d->secureWebSocketPort));
}

qint64 EmbeddedBroker::processId() const
{
    return isRunning() ? d->process.processId() : 0;
}

QString EmbeddedBroker::errorString() const
{
    return d->error;
}

QString EmbeddedBroker::log() const
{
    // Also while the caller blocks the event loop (readyRead has not run yet).
    d->readOutput();
    return d->log;
}
