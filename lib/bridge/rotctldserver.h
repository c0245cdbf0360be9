// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rotctldmapping.h"
#include "rotctldparser.h"

#include "model/commandresult.h"
#include "mqtt/commandorigin.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class AzElPairTarget;
class BridgeTarget;
class QTcpServer;
class QSocketNotifier;
class QTimer;
class QTcpSocket;

/// A hamlib-rotctld-compatible TCP server for one rotator (`rotctl -m 2 -r HOST:PORT`, gpredict,
/// PstRotator, Cloudlog, …). Several clients at once; each reply goes out in one write (gpredict
/// reads a reply with one recv()). Lines may arrive split or joined; CR, LF and CRLF all end a
/// line; as in rotctld, missing arguments are read from the following lines (`P 120\n0\n`);
/// lines longer than RotctldParser::maxLineBytes are dropped with `RPRT -1`. Unknown commands get
/// `RPRT -4`. Commands go to the BridgeTarget (the model); see RotctldMapping for how azimuths
/// map to the rotator's range.
///
/// Never a lie: `p` and `\get_status` fail (RPRT -6 broker down, -5 unit stale, -11 not heard
/// yet) unless the position is current (LinkState::Live); for an az/el pair (AzElPairTarget)
/// both units' positions. A pair's endpoint speaks AzEl: see RotctldMapping for its frame.
///
/// Connections: at most maxClients() at once (more are closed at once, logged once). When the
/// process runs out of file descriptors the server stops accepting (logged once), keeps serving
/// the clients it has and tries again when one leaves or after acceptRetryMs, so it never spins.
class RotctldServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotctldServer)

public:
    static constexpr quint16 defaultPort = 4533;
    static constexpr int defaultMaxClients = 64;
    /// How long accepting stays paused after the process ran out of descriptors.
    static constexpr int acceptRetryMs = 1000;

    /// Does not own the target; it must outlive the server (or the server must be deleted first).
    explicit RotctldServer(BridgeTarget *target, QObject *parent = nullptr);
    ~RotctldServer() override;

    /// Starts listening; false with errorString() set when the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = defaultPort);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QString errorString() const;
    /// Why the last listen() failed (AddressInUseError: another program has the port).
    [[nodiscard]] QAbstractSocket::SocketError socketError() const { return m_socketError; }
    [[nodiscard]] int clientCount() const;
    /// "address:port" of each connected client, sorted (IPv4-mapped addresses as IPv4).
    [[nodiscard]] QStringList clientPeers() const;
    [[nodiscard]] int maxClients() const { return m_maxClients; }
    void setMaxClients(int count);
    /// True while accepting is paused because descriptors ran out.
    [[nodiscard]] bool isAcceptPaused() const { return m_acceptPaused; }
    /// Bytes received but not yet ended by a line terminator, over all clients (tests).
    [[nodiscard]] qsizetype bufferedBytes() const;
    [[nodiscard]] BridgeTarget *target() const;

    /// The replies the server sends for one line, every command on it included (exposed for
    /// tests). Empty for blank lines and comments; *quit is set for q/Q. A command missing its
    /// arguments is answered `RPRT -1` here (the socket path waits for the next lines instead).
    [[nodiscard]] QByteArray replyTo(QByteArrayView line, bool *quit = nullptr);

signals:
    void clientCountChanged(int count);
    /// A connection was closed at once because maxClients() were connected.
    void connectionRefused();
    /// Accepting paused (true: descriptors ran out) or resumed (false).
    void acceptPausedChanged(bool paused);
    /// A command line was answered with `code` (0 = success; hamlib error codes otherwise).
    void commandHandled(const RotctldCommand &command, int code);

private:
    struct Client
    {
        QByteArray buffer;
        /// A command line still waiting for arguments on the following lines.
        QByteArray pending;
        bool discarding = false;
        bool closing = false;
    };

    void acceptPending();
    void addClient(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    [[nodiscard]] QByteArray answer(const RotctldCommand &command, bool *quit);
    void resumeAccepting();
    [[nodiscard]] QByteArray dumpCaps() const;
    [[nodiscard]] RotctldMapping::Limits limits() const;
    [[nodiscard]] int setPairPosition(AzElPairTarget *pair, const RotctldCommand &command);
    [[nodiscard]] int movePair(AzElPairTarget *pair, int direction);
    /// 0 when the position is current, else the hamlib error code saying why not.
    [[nodiscard]] int positionCode() const;
    [[nodiscard]] QByteArray statusFlags() const;
    [[nodiscard]] static int codeFor(const CommandResult &result);
    [[nodiscard]] static QString peerText(const QTcpSocket *socket);

    QPointer<BridgeTarget> m_target;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Client> m_clients;
    QString m_errorString;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    /// Who the line being answered came from (the client's address while its line is handled).
    CommandOrigin m_origin {CommandOrigin::Kind::Rotctld, {}};
    int m_maxClients = defaultMaxClients;
    bool m_limitLogged = false;
    bool m_acceptPaused = false;
    QTimer *m_acceptRetry = nullptr;
    std::unique_ptr<QSocketNotifier> m_acceptNotifier;
};
