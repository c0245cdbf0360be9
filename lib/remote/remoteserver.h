// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteaccess.h"
#include "remoteprotocol.h"

#include "core/redrawpacer.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <memory>
#include <optional>

class Clock;
class QThreadPool;
class QTimer;
class QWebSocket;
class RemoteHttpListener;
class Rotator;

/// One command a page sent, for the log of who sent what (the app lists them; the lib logs
/// each one to `rotordeck.remote`).
struct RemoteCommandRecord
{
    QDateTime utc;
    QString user;
    /// The page's address (IPv4 without the ::ffff: prefix).
    QString address;
    remote::protocol::RequestType type = remote::protocol::RequestType::Stop;
    /// "CALL/ID"; empty for stopAll.
    QString rotator;
    std::optional<double> bearingDeg;
    /// The result's wire name ("sent", "queued", "darkZone", "forbidden", ...).
    QString result;
};

/// The web remote: serves the page and the WebSocket protocol (docs/remote.md) over a set of
/// Rotator objects, for the desktop app and for rotordeck-bridge alike. Commands from pages go
/// through the same Rotator calls as clicks in the app (pacing, range, half rule, stop first),
/// with a CommandOrigin of kind Web ("user@address") for the traffic log. Live state goes to
/// every logged-in page as one delta per changed rotator, coalesced per flush interval and
/// encoded once for all pages. Lives on the rotators' thread.
class RemoteServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteServer)

public:
    struct Options
    {
        /// Loopback unless the user chooses otherwise (then the app warns).
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        /// 0 = any free port (tests); port() tells.
        quint16 port = 8088;
        QList<remote::RemoteUser> users;
        remote::RemoteAccess::Limits limits;
        int maxConnections = 200;
        int maxMessageBytes = 16 * 1024;
        /// Deltas go out about this often at most, one update holding whatever changed since
        /// the last; a change waits gatherMs for the ones that come with it (see RedrawPacer).
        int flushIntervalMs = RedrawPacer::defaultIntervalMs;
        int gatherMs = RedrawPacer::defaultGatherMs;
        /// Password checks running or waiting at once (scrypt costs ~32 MiB and ~0.1 s each).
        int maxPendingLogins = 8;
        /// TLS when not null.
        QSslConfiguration tls;
        /// Where the page's files are (the Qt resource built into rotordeck-core).
        QString resourceRoot = QStringLiteral(":/rotordeck/remote");
        /// Shown in the hello message.
        QString serverVersion;
    };

    /// clock (session expiry, rate limit) must outlive the server.
    RemoteServer(Options options, const Clock &clock, QObject *parent = nullptr);
    ~RemoteServer() override;

    /// Adds a rotator (not owned); may be called while running (pages get it at once).
    void addRotator(Rotator *rotator);
    void removeRotator(Rotator *rotator);

    /// Listens; false with errorString() set when the port cannot be opened.
    bool start();
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    /// "http://127.0.0.1:8088/" (https with TLS); empty while stopped.
    [[nodiscard]] QString url() const;

    /// Replaces the accounts; sessions of removed users or changed roles end.
    void setUsers(const QList<remote::RemoteUser> &users);

    /// Open WebSockets (logged in or not).
    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }
    [[nodiscard]] int connectionCount() const;
    [[nodiscard]] const Options &options() const { return m_options; }

signals:
    /// A page sent a command (after it was handled): the log of who sent what.
    void commandHandled(const RemoteCommandRecord &record);
    void clientCountChanged();

private:
    struct Client;

    void acceptWebSocket(QWebSocket *socket);
    void handleText(Client *client, const QString &text);
    void handleLogin(Client *client, const remote::protocol::Request &request);
    void finishLogin(Client *client, const remote::protocol::Request &request,
                     const std::optional<remote::RemoteUser> &user, bool passwordOk);
    void startSession(Client *client, const remote::RemoteSession &session,
                      std::optional<qint64> seq);
    /// The client's session when it is still valid; sends noSession / sessionExpired otherwise.
    bool checkSession(Client *client, std::optional<qint64> seq);
    void handleCommand(Client *client, const remote::protocol::Request &request);
    void turn(Client *client, const remote::protocol::Request &request, Rotator *rotator,
              double bearingDeg);
    void sendResult(Client *client, const remote::protocol::Request &request,
                    const QString &rotatorId, const CommandResult &result,
                    std::optional<double> bearingDeg);
    void send(Client *client, const QJsonObject &message);
    void sendError(Client *client, remote::protocol::ErrorCode code, std::optional<qint64> seq,
                   const QString &detail = {});
    void broadcast(const QByteArray &message);
    void record(Client *client, remote::protocol::RequestType type, const QString &rotator,
                std::optional<double> bearingDeg, const QString &result);
    void markDirty(Rotator *rotator);
    void flush();
    /// Ends sessions whose time is over, so that an idle page stops receiving too.
    void expireSessions();
    [[nodiscard]] Rotator *findRotator(const QString &id) const;
    [[nodiscard]] QJsonObject rotatorJson(const Rotator *rotator) const;
    [[nodiscard]] QByteArray snapshotMessage() const;

    Options m_options;
    const Clock &m_clock;
    remote::RemoteAccess m_access;
    std::unique_ptr<QThreadPool> m_kdfPool;
    RemoteHttpListener *m_listener = nullptr;
    RedrawPacer *m_pacer = nullptr;
    QList<QPointer<Rotator>> m_rotators;
    QSet<Rotator *> m_dirty;
    QHash<QWebSocket *, std::shared_ptr<Client>> m_clients;
    int m_pendingLogins = 0;
    QTimer *m_housekeepingTimer = nullptr;
    QString m_error;
};

Q_DECLARE_METATYPE(RemoteCommandRecord)
