// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dxspot.h"
#include "spotparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

namespace cluster {

/// A telnet DX cluster node: host and port (DX Spider, AR-Cluster, CC-Cluster).
struct ClusterNode
{
    QString host;
    quint16 port = 0;
    [[nodiscard]] bool isValid() const { return !host.isEmpty() && port != 0; }
    /// "host:port" (IPv6 in brackets); nullopt when malformed or the port is 0.
    [[nodiscard]] static std::optional<ClusterNode> fromString(QStringView text);
    [[nodiscard]] QString toString() const;
    friend bool operator==(const ClusterNode &, const ClusterNode &) = default;
};

/// One connection to one cluster node. Does nothing until start() with a valid node and a
/// callsign; then connects, answers the login prompt with the callsign, keeps the link alive,
/// reconnects with back-off until stop(). Every line is validated at the edge: garbage, lines
/// that are not UTF-8 and lines over maxClusterLineLength are dropped with a log line (and
/// lineDropped), never passed on. Lives on the GUI thread; never blocks.
class ClusterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterClient)

public:
    enum class State { Idle, Connecting, LoggingIn, Online, WaitingToReconnect };
    Q_ENUM(State)
    enum class Error {
        ConnectionFailed, ///< refused, unreachable, name not found: detail has the socket's reason
        ConnectionLost, ///< the node closed or the link died
        LoginRefused, ///< the node asked for a password or refused the call
        NotConfigured ///< start() without a node or a callsign
    };
    Q_ENUM(Error)
    enum class DropReason { NotUtf8, TooLong, ControlCharacters };
    Q_ENUM(DropReason)

    explicit ClusterClient(QObject *parent = nullptr);
    ~ClusterClient() override;

    void setNode(const ClusterNode &node) { m_node = node; }
    [[nodiscard]] ClusterNode node() const { return m_node; }
    /// The station callsign sent at the login prompt.
    void setCallsign(const QString &callsign) { m_callsign = callsign.trimmed().toUpper(); }
    [[nodiscard]] QString callsign() const { return m_callsign; }
    /// After this long without traffic an empty line is sent (default 5 min); and after three
    /// times as long with nothing received the link counts as dead and is reconnected.
    void setKeepAliveMs(int intervalMs);
    /// Reconnect back-off: first wait, doubled after each failed try up to the maximum
    /// (defaults 2 s and 5 min); back to the first after a login.
    void setReconnectDelaysMs(int firstMs, int maximumMs);
    /// Time to wait for a login prompt before sending the callsign anyway (default 10 s).
    void setLoginPromptTimeoutMs(int timeoutMs) { m_loginTimer.setInterval(timeoutMs); }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int nextReconnectDelayMs() const { return m_reconnectDelayMs; }

    /// Connects (again) and keeps connecting until stop(). NotConfigured when there is no valid
    /// node or no callsign: nothing is connected then.
    void start();
    /// Disconnects and stops reconnecting.
    void stop();
    /// Sends a command line (e.g. "sh/dx 20") when online; false otherwise.
    bool sendCommand(const QString &command);

signals:
    void stateChanged(cluster::ClusterClient::State state);
    void spotReceived(const cluster::DxSpot &spot);
    /// Every other valid line: announcements, WWV/WCY, talk, node messages (for the log).
    void messageReceived(cluster::ClusterLineKind kind, const QString &text);
    void lineDropped(cluster::ClusterClient::DropReason reason);
    void errorOccurred(cluster::ClusterClient::Error error, const QString &detail);

private:
    void setState(State state);
    void connectNow();
    void scheduleReconnect();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onKeepAliveTick();
    void handleLine(const QByteArray &bytes);
    void checkPrompt();
    void sendLogin();
    void write(const QByteArray &bytes);
    void lose(Error error, const QString &detail);

    ClusterNode m_node;
    QString m_callsign;
    QTcpSocket m_socket;
    QTimer m_reconnectTimer;
    QTimer m_keepAliveTimer;
    QTimer m_loginTimer;
    QElapsedTimer m_sinceReceived;
    QElapsedTimer m_sinceSent;
    QByteArray m_buffer;
    bool m_discarding = false; // inside a line that grew too long: skip to its end
    bool m_running = false;
    bool m_loginSent = false;
    State m_state = State::Idle;
    int m_keepAliveMs = 5 * 60 * 1000;
    int m_firstDelayMs = 2000;
    int m_maximumDelayMs = 5 * 60 * 1000;
    int m_reconnectDelayMs = 2000;
};

} // namespace cluster
