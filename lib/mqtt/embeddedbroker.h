// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

/// A private `mosquitto` for the demo, `rotordeck-sim --embedded-broker` and the tests.
///
/// Generates a config in a temporary folder, listens on free loopback ports only (TCP, plus a
/// WebSocket listener when asked: mosquitto 2.0.11 binds that one to every interface, so it is
/// off by default), waits until the TCP port accepts connections, and stops the process with
/// its owner. Says clearly when mosquitto is not installed.
class EmbeddedBroker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBroker)

public:
    /// The mosquitto executable on PATH or in the sbin folders; empty when there is none.
    [[nodiscard]] static QString findMosquittoProgram();
    struct Options
    {
        bool websocket = false;
        /// Empty = look up `mosquitto` on PATH and in /usr/sbin.
        QString mosquittoPath {};
        /// PEM certificate and key of the broker: both set = a listener for MQTT over TLS on
        /// loopback (tlsPort(), sslUrl()), and with `websocket` also one for WebSockets over TLS
        /// (secureWebSocketPort(), wssUrl()). The files must stay readable while it runs.
        QString tlsCertFile {};
        QString tlsKeyFile {};
        /// false = only users from passwordFile may connect (auth tests).
        bool allowAnonymous = true;
        /// A mosquitto password file (`mosquitto_passwd -b -c FILE USER PASSWORD`); empty = none.
        QString passwordFile {};
        /// Extra mosquitto.conf lines appended verbatim (tuning for benchmarks).
        QStringList extraConfigLines {};
    };

    explicit EmbeddedBroker(QObject *parent = nullptr);
    EmbeddedBroker(Options options, QObject *parent = nullptr);
    ~EmbeddedBroker() override;

    /// Starts mosquitto and waits (at most timeoutMs) until it accepts TCP connections.
    /// Returns false with errorString() set on failure. For programs, tests and the demo start.
    bool startAndWait(int timeoutMs = 5000);
    /// Stops the broker (SIGTERM, then SIGKILL); the ports stay reserved for restart().
    void stop();
    /// Starts it again on the same ports (fault tests). Waits like startAndWait().
    bool restart(int timeoutMs = 5000);
    /// SIGSTOP / SIGCONT: a broker that hangs without closing sockets (fault tests).
    void freeze();
    void thaw();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 tcpPort() const;
    [[nodiscard]] quint16 webSocketPort() const; ///< 0 unless Options::websocket
    [[nodiscard]] QUrl tcpUrl() const; ///< tcp://127.0.0.1:PORT
    [[nodiscard]] QUrl webSocketUrl() const; ///< ws://127.0.0.1:PORT, empty unless enabled
    [[nodiscard]] quint16 tlsPort() const; ///< 0 unless Options::tlsCertFile/tlsKeyFile are set
    [[nodiscard]] QUrl sslUrl() const; ///< ssl://127.0.0.1:PORT, empty unless TLS is enabled
    [[nodiscard]] quint16 secureWebSocketPort() const; ///< 0 unless TLS and websocket are on
    [[nodiscard]] QUrl wssUrl() const; ///< wss://127.0.0.1:PORT, empty unless TLS and websocket
    [[nodiscard]] qint64 processId() const;
    [[nodiscard]] QString errorString() const;
    /// mosquitto's own output so far (for test failure messages).
    [[nodiscard]] QString log() const;

signals:
    /// The process ended without stop() being called.
    void crashed(const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};
