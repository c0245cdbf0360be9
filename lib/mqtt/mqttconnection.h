// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brokerprofile.h"
#include "mqttmessage.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

/// One connection to one broker, the only place in RotorDeck that touches Paho.
///
/// Lives on (and signals on) the thread that owns it, normally the GUI thread. Paho's callbacks
/// run on Paho's threads and only hand data over: received messages are queued under a mutex and
/// delivered in batches by one queued call per burst (docs/architecture.md §2 says why).
/// Nothing here blocks the owner thread.
class MqttConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MqttConnection)

public:
    enum class State {
        Disconnected, ///< not connected and not trying (before open(), after close())
        Connecting, ///< first connect (or a retry of it) under way
        Connected,
        Reconnecting, ///< was connected, lost the broker, retrying
    };
    Q_ENUM(State)

    enum class Error {
        None,
        InvalidUrl,
        Unreachable, ///< nothing listens, or no route to the host
        HostNotFound, ///< the broker's host name does not resolve
        Refused, ///< CONNACK refused (protocol, identifier, server unavailable)
        AuthFailed, ///< bad user name or password, not authorised; retrying stops
        TlsFailed, ///< handshake or certificate problem
        BrokerLost, ///< an established connection dropped
        PublishFailed,
        SubscribeFailed,
    };
    Q_ENUM(Error)

    explicit MqttConnection(BrokerProfile profile, QObject *parent = nullptr);
    ~MqttConnection() override;

    /// Starts connecting in the background; retries the first connect with back-off
    /// (profile.reconnectMinMs .. reconnectMaxMs) until it works or close() is called.
    /// A lost connection is retried the same way (state Reconnecting). A refused login is not
    /// retried (the same password would be refused again): the state becomes Disconnected with
    /// lastError() AuthFailed until open() is called again, e.g. after setPassword().
    void open();
    /// Disconnects and stops retrying. Does not block the owner thread for long.
    void close();

    [[nodiscard]] State state() const;
    [[nodiscard]] bool isConnected() const { return state() == State::Connected; }
    [[nodiscard]] const BrokerProfile &profile() const;
    /// The client id in use (the profile's, or the generated unique one).
    [[nodiscard]] QString clientId() const;
    /// Human-readable reason of the last failure, empty when none.
    [[nodiscard]] QString lastErrorText() const;
    /// Code of the last failure; None after a successful connect.
    [[nodiscard]] Error lastError() const;
    /// Number of successful connects since construction (1 after the first).
    [[nodiscard]] int connectCount() const;
    /// Milliseconds until the next connect attempt, or -1 when none is scheduled.
    [[nodiscard]] int msUntilRetry() const;
    /// The password for the next connect (e.g. after a refused login); never logged.
    void setPassword(const QString &password);

    /// Adds a subscription. It is remembered and sent again after every (re)connect
    /// (the session is clean, so the broker forgets it).
    void subscribe(const QString &filter, int qos = 0);
    void unsubscribe(const QString &filter);
    [[nodiscard]] QStringList subscriptions() const;

    /// Publishes when connected; returns false (and sends nothing, queues nothing) otherwise.
    /// origin travels with the message to messagePublished() and to its own echo.
    bool publish(const QString &topic, const QByteArray &payload, int qos = 0, bool retain = false,
                 const CommandOrigin &origin = {});

signals:
    void stateChanged(MqttConnection::State state);
    /// After every successful connect or reconnect, once the subscriptions were sent again.
    void connected();
    /// An established connection dropped (the client will reconnect by itself).
    void connectionLost(const QString &reason);
    void errorOccurred(MqttConnection::Error code, const QString &detail);
    /// Received messages in arrival order, delivered in batches on the owner thread.
    void messagesReceived(const QList<MqttMessage> &messages);
    /// Every message this connection published (for the traffic log).
    void messagePublished(const MqttMessage &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};
