// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rotctldparser.h"

#include "model/commandresult.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

class BridgeTarget;
class QTcpServer;
class QTcpSocket;

/// A hamlib-rotctld-compatible TCP server for one rotator (`rotctl -m 2 -r HOST:PORT`, gpredict,
/// PstRotator, Cloudlog, …). Several clients at once; each reply goes out in one write (gpredict
/// reads a reply with one recv()). Lines may arrive split or joined; CR, LF and CRLF all end a
/// line; lines longer than RotctldParser::maxLineBytes are dropped with `RPRT -1`. Unknown
/// commands get `RPRT -4`. Commands go to the BridgeTarget (the model); see RotctldMapping for
/// how azimuths map to the rotator's range.
class RotctldServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotctldServer)

public:
    static constexpr quint16 defaultPort = 4533;

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
    [[nodiscard]] int clientCount() const;
    /// Bytes received but not yet ended by a line terminator, over all clients (tests).
    [[nodiscard]] qsizetype bufferedBytes() const;
    [[nodiscard]] BridgeTarget *target() const;

    /// The reply the server sends for one line (exposed for tests). Empty for blank lines and
    /// comments; *quit is set for q/Q.
    [[nodiscard]] QByteArray replyTo(QByteArrayView line, bool *quit = nullptr);

signals:
    void clientCountChanged(int count);
    /// A command line was answered with `code` (0 = success; hamlib error codes otherwise).
    void commandHandled(const RotctldCommand &command, int code);

private:
    struct Client
    {
        QByteArray buffer;
        bool discarding = false;
        bool closing = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    [[nodiscard]] QByteArray dumpCaps() const;
    [[nodiscard]] static int codeFor(const CommandResult &result);

    QPointer<BridgeTarget> m_target;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Client> m_clients;
    QString m_errorString;
};
