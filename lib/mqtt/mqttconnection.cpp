// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttconnection.h"

#include "mqttlogging.h"
#include "protocol/topic.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <mqtt/async_client.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace {

constexpr int connectTimeoutSec = 10;
constexpr int maxQueuedCommands = 1'000'000;
constexpr int tlsProbeTimeoutMs = 5000;
/// How long close() lets Paho finish the DISCONNECT in the background.
constexpr int disconnectTimeoutMs = 250;
/// The most the destructor waits for that (it runs on the GUI thread).
constexpr int destructorWaitMs = 500;
/// connected() is emitted once every subscription is acknowledged, or after this.
constexpr int subscribeAckTimeoutMs = 5000;
/// Subscribe tokens of subscriptions made while connected carry this generation.
constexpr quint64 liveGeneration = 0;
/// While messages keep coming, the owner thread collects them at this pace from its own timer
/// instead of being woken by Paho's thread for each one (see MqttConnectionShared::drainPending).
constexpr int drainIntervalMs = 2;
/// An emptied batch up to this capacity is kept for the next drain; a bigger one (after the owner
/// thread was blocked for a while) is freed rather than held for good.
constexpr qsizetype maxSpareBatchCapacity = 4096;
/// A message of ours that comes back later than this is taken for another client's (the broker
/// hands it back within milliseconds on a live link).
constexpr qint64 ownEchoWindowMs = 10'000;
/// At most this many of our publishes wait to be recognised (we send about one per second per
/// rotator; a subscription that does not cover our commands never brings them back).
constexpr std::size_t maxRecentPublishes = 256;

// CONNACK return codes of MQTT 3.1.1 (section 3.2.2.3).
constexpr int connackBadProtocol = 1;
constexpr int connackIdRejected = 2;
constexpr int connackServerUnavailable = 3;
constexpr int connackBadCredentials = 4;
constexpr int connackNotAuthorised = 5;

QString generatedClientId()
{
    const quint64 random = QRandomGenerator::global()->generate64();
    return QStringLiteral("rotordeck-%1").arg(random, 16, 16, QLatin1Char('0'));
}

bool isTlsScheme(const QString &scheme)
{
    return scheme == u"ssl" || scheme == u"wss";
}

/// The URI as Paho wants it: always with a port (Paho's default for ws is 80, ours 1884).
std::string pahoUri(const QUrl &url)
{
    QUrl uri(url);
    if (uri.port() < 0)
        uri.setPort(defaultBrokerPort(uri.scheme()));
    if (uri.scheme() == u"tcp" || uri.scheme() == u"ssl")
        uri.setPath({});
    return uri.toString(QUrl::FullyEncoded).toStdString();
}

void *generationContext(quint64 generation)
{
    return reinterpret_cast<void *>(static_cast<quintptr>(generation));
}

/// Routes Paho's action results (which arrive on Paho's threads) to a function.
class ActionListener final : public mqtt::iaction_listener
{
public:
    using Handler = std::function<void(const mqtt::token &, bool ok)>;
    explicit ActionListener(Handler handler)
        : m_handler(std::move(handler))
    {
    }
    void on_success(const mqtt::token &token) override { m_handler(token, true); }
    void on_failure(const mqtt::token &token) override { m_handler(token, false); }

private:
    Handler m_handler;
};

} // namespace

/// What Paho's threads may touch. `owner` is cleared under the mutex by the destructor, so a
/// callback either posts to a live object or does nothing.
struct MqttConnectionShared
{
    std::mutex mutex;
    MqttConnection *owner = nullptr;
    QList<MqttMessage> inbox;
    /// The owner thread will look at the inbox again without being told: a drain is posted, or
    /// its drain timer runs. Paho's thread posts a drain only when this is false, so a flood
    /// costs one cross-thread wake-up per burst, not one per message (a wake-up of the owner
    /// thread costs more than receiving the message).
    bool drainPending = false;

    template<typename Function> void post(Function &&function)
    {
        const std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::forward<Function>(function),
                                      Qt::QueuedConnection);
    }
};

class MqttConnection::Private
{
public:
    struct Subscription
    {
        QString filter;
        int qos = 0;
    };

    Private(MqttConnection *owner, BrokerProfile brokerProfile);

    bool createClient();
    void prepareSsl();
    mqtt::connect_options connectOptions() const;
    void startConnect();
    bool sendSubscribe(const Subscription &subscription, quint64 generation);
    void setState(State newState);
    void report(Error code, const QString &detail, bool onlyIfNew = false);

    // On the owner thread, posted from Paho's threads.
    void onPahoConnected();
    void onPahoConnectionLost(const QString &cause);
    void onConnectFailed(int returnCode);
    void diagnoseTls(int returnCode);
    void handleConnectFailure(Error code, const QString &detail);
    void scheduleRetry();
    void dropTlsProbe();
    void diagnoseUnreachable(const QString &unreachable);
    void dropHostLookup();
    void onSubscribeResult(quint64 generation, const QString &filter, bool ok);
    void drainInbox();
    void markOwnEchoes(QList<MqttMessage> &batch);
    void finishConnect();

    MqttConnection *q;
    BrokerProfile profile;
    QString clientId;
    std::shared_ptr<MqttConnectionShared> shared = std::make_shared<MqttConnectionShared>();
    /// Polls the inbox while messages keep arriving (owner thread).
    QTimer drainTimer;
    /// An emptied batch kept for its capacity: the inbox does not grow from zero every time.
    QList<MqttMessage> spareBatch;
    /// What this connection published lately and has not seen come back yet (oldest first),
    /// so that markOwnEchoes() can tell our own messages from another client's.
    struct RecentPublish
    {
        QString topic;
        QByteArray payload;
        qint64 atMs = 0;
        CommandOrigin origin = {};
    };
    std::deque<RecentPublish> recentPublishes;
    QElapsedTimer echoClock;
    State state = State::Disconnected;
    Error lastError = Error::None;
    QString lastErrorText;
    int connectCount = 0;
    std::vector<Subscription> subscriptions;
    /// Paho reports a live session (may still be waiting for SUBACKs).
    bool pahoConnected = false;
    /// Changes on every (re)connect, loss and close: tells stale SUBACKs apart.
    quint64 generation = liveGeneration;
    int pendingSubscribeAcks = 0;
    int backoffMs = 0;
    QTimer retryTimer;
    QTimer subscribeTimer;
    /// A Qt TLS handshake that explains a failed Paho TLS connect (see diagnoseTls()).
    std::unique_ptr<QSslSocket> tlsProbe;
    /// A host name look-up that tells "host not found" from "unreachable"; -1 when none.
    int hostLookupId = -1;
    // Paho keeps raw pointers to these: declared before the client, so destroyed after it.
    std::unique_ptr<ActionListener> connectListener;
    std::unique_ptr<ActionListener> subscribeListener;
    mqtt::ssl_options sslOptions;
    std::unique_ptr<mqtt::async_client> client;
};

MqttConnection::Private::Private(MqttConnection *owner, BrokerProfile brokerProfile)
    : q(owner)
    , profile(std::move(brokerProfile))
    , clientId(profile.clientId.isEmpty() ? generatedClientId() : profile.clientId)
{
    shared->owner = owner;
    retryTimer.setSingleShot(true);
    subscribeTimer.setSingleShot(true);

    connectListener = std::make_unique<ActionListener>(
        [link = shared, this](const mqtt::token &token, bool ok) {
            if (ok)
                return; // the connected handler takes it from here
            const int returnCode = token.get_return_code();
            link->post([this, returnCode] { onConnectFailed(returnCode); });
        });
    subscribeListener = std::make_unique<ActionListener>(
        [link = shared, this](const mqtt::token &token, bool ok) {
            const auto tokenGeneration
                = static_cast<quint64>(reinterpret_cast<quintptr>(token.get_user_context()));
            const auto topics = token.get_topics();
            const QString filter
                = topics && !topics->empty() ? QString::fromStdString((*topics)[0]) : QString();
            link->post([this, tokenGeneration, filter, ok] {
                onSubscribeResult(tokenGeneration, filter, ok);
            });
        });
}

bool MqttConnection::Private::createClient()
{
    if (client)
        return true;
    if (isTlsScheme(profile.url.scheme()))
        prepareSsl();
    mqtt::create_options createOptions(MQTTVERSION_3_1_1);
    // Paho counts every queued command against this, connected or not (its default of 100
    // refuses a burst of publishes). Nothing is queued while disconnected: publish() refuses.
    createOptions.set_max_buffered_messages(maxQueuedCommands);
    try {
        client = std::make_unique<mqtt::async_client>(pahoUri(profile.url), clientId.toStdString(),
                                                      createOptions, nullptr);
    } catch (const mqtt::exception &e) {
        report(Error::InvalidUrl,
               QStringLiteral("Paho refuses %1: %2")
                   .arg(profile.url.toString(), QString::fromStdString(e.get_error_str())));
        return false;
    }

    client->set_connected_handler(
        [link = shared, this](const std::string &) { link->post([this] { onPahoConnected(); }); });
    client->set_connection_lost_handler([link = shared, this](const std::string &cause) {
        const QString reason = QString::fromStdString(cause);
        link->post([this, reason] { onPahoConnectionLost(reason); });
    });
    client->set_message_callback([link = shared, this](mqtt::const_message_ptr message) {
        // get_payload(), not get_payload_ref(): the reference may be null for an empty payload.
        const std::string &payload = message->get_payload();
        MqttMessage received {QString::fromStdString(message->get_topic()),
                              QByteArray(payload.data(), static_cast<qsizetype>(payload.size())),
                              message->get_qos(), message->is_retained(),
                              QDateTime::currentDateTimeUtc()};
        const std::lock_guard lock(link->mutex);
        if (!link->owner)
            return;
        link->inbox.append(std::move(received));
        // One queued call per burst, not one event per message (docs/architecture.md §2).
        if (!link->drainPending) {
            link->drainPending = true;
            QMetaObject::invokeMethod(
                link->owner, [this] { drainInbox(); }, Qt::QueuedConnection);
        }
    });
    return true;
}

void MqttConnection::Private::prepareSsl()
{
    if (!profile.caFile.isEmpty())
        sslOptions.set_trust_store(profile.caFile.toStdString());
    sslOptions.set_enable_server_cert_auth(true);
    sslOptions.set_verify(true);
}

mqtt::connect_options MqttConnection::Private::connectOptions() const
{
    mqtt::connect_options options;
    options.set_mqtt_version(MQTTVERSION_3_1_1);
    options.set_clean_session(true);
    options.set_keep_alive_interval(std::max(1, profile.keepAliveSec));
    options.set_connect_timeout(connectTimeoutSec);
    // Our own timer retries, for the first connect and after a loss alike: Paho's automatic
    // reconnect checks its timer only every 3 s and jitters the interval, so it came back up to
    // ~6 s after the broker did; ours tries every reconnectMinMs..reconnectMaxMs exactly.
    options.set_automatic_reconnect(false);
    if (!profile.username.isEmpty()) {
        options.set_user_name(profile.username.toStdString());
        options.set_password(profile.password.toStdString());
    }
    if (isTlsScheme(profile.url.scheme()))
        options.set_ssl(sslOptions);
    return options;
}

void MqttConnection::Private::startConnect()
{
    if ((state != State::Connecting && state != State::Reconnecting) || !client)
        return;
    qCDebug(lcMqtt) << "connecting to" << profile.url.toString() << "as" << clientId;
    try {
        client->connect(connectOptions(), nullptr, *connectListener);
    } catch (const mqtt::exception &e) {
        qCDebug(lcMqtt) << "connect request refused by Paho:" << e.what();
        onConnectFailed(e.get_return_code());
    }
}

bool MqttConnection::Private::sendSubscribe(const Subscription &subscription,
                                            quint64 subscribeGeneration)
{
    try {
        client->subscribe(subscription.filter.toStdString(), subscription.qos,
                          generationContext(subscribeGeneration), *subscribeListener);
        return true;
    } catch (const mqtt::exception &e) {
        report(Error::SubscribeFailed,
               QStringLiteral("cannot subscribe %1: %2")
                   .arg(subscription.filter, QString::fromStdString(e.get_error_str())));
        return false;
    }
}

void MqttConnection::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    qCDebug(lcMqtt) << profile.url.toString() << newState;
    emit q->stateChanged(newState);
}

void MqttConnection::Private::report(Error code, const QString &detail, bool onlyIfNew)
{
    const bool same = code == lastError && detail == lastErrorText;
    lastError = code;
    lastErrorText = detail;
    if (onlyIfNew && same)
        return;
    qCInfo(lcMqtt) << profile.url.toString() << code << detail;
    emit q->errorOccurred(code, detail);
}

void MqttConnection::Private::onPahoConnected()
{
    if (state == State::Disconnected) {
        // close() came first: the connect finished anyway, so undo it.
        try {
            client->disconnect(disconnectTimeoutMs);
        } catch (const mqtt::exception &) {
        }
        return;
    }
    retryTimer.stop();
    pahoConnected = true;
    ++generation;
    qCDebug(lcMqtt) << "session up with" << profile.url.toString() << "; subscribing"
                    << subscriptions.size() << "filter(s)";
    pendingSubscribeAcks = 0;
    // Clean session: the broker forgot everything, so each remembered filter is sent once.
    for (const Subscription &subscription : subscriptions) {
        if (sendSubscribe(subscription, generation))
            ++pendingSubscribeAcks;
    }
    if (pendingSubscribeAcks == 0)
        finishConnect();
    else
        subscribeTimer.start(subscribeAckTimeoutMs);
}

void MqttConnection::Private::finishConnect()
{
    subscribeTimer.stop();
    pendingSubscribeAcks = 0;
    ++connectCount;
    backoffMs = profile.reconnectMinMs;
    lastError = Error::None;
    lastErrorText.clear();
    qCInfo(lcMqtt) << "connected to" << profile.url.toString() << "as" << clientId << "with"
                   << subscriptions.size() << "subscriptions";
    setState(State::Connected);
    emit q->connected();
}

void MqttConnection::Private::onPahoConnectionLost(const QString &cause)
{
    pahoConnected = false;
    ++generation;
    subscribeTimer.stop();
    if (state == State::Disconnected)
        return;
    const QString reason = cause.isEmpty()
        ? QStringLiteral("connection to %1 lost").arg(profile.url.toString())
        : QStringLiteral("connection to %1 lost: %2").arg(profile.url.toString(), cause);
    if (state != State::Connected) {
        // Lost while subscribing, before connected() was emitted: a failed (re)connect.
        handleConnectFailure(Error::BrokerLost, reason);
        return;
    }
    setState(State::Reconnecting);
    emit q->connectionLost(reason);
    report(Error::BrokerLost, reason);
    backoffMs = std::max(1, profile.reconnectMinMs);
    scheduleRetry();
}

void MqttConnection::Private::dropTlsProbe()
{
    if (!tlsProbe)
        return;
    // Its destructor may still signal; nothing of ours must run then.
    QObject::disconnect(tlsProbe.get(), nullptr, q, nullptr);
    tlsProbe.reset();
}

void MqttConnection::Private::scheduleRetry()
{
    qCDebug(lcMqtt) << "retrying" << profile.url.toString() << "in" << backoffMs << "ms";
    retryTimer.start(backoffMs);
    backoffMs = std::min(backoffMs * 2, std::max(profile.reconnectMinMs, profile.reconnectMaxMs));
}

void MqttConnection::Private::onConnectFailed(int returnCode)
{
    if (state == State::Disconnected || state == State::Connected)
        return;
    const QString url = profile.url.toString();
    switch (returnCode) {
    case connackBadProtocol:
        handleConnectFailure(
            Error::Refused,
            QStringLiteral("%1 refused the connection: unacceptable protocol version").arg(url));
        return;
    case connackIdRejected:
        handleConnectFailure(Error::Refused,
                             QStringLiteral("%1 rejected the client id %2").arg(url, clientId));
        return;
    case connackServerUnavailable:
        handleConnectFailure(
            Error::Refused,
            QStringLiteral("%1 refused the connection: server unavailable").arg(url));
        return;
    case connackBadCredentials:
        handleConnectFailure(
            Error::AuthFailed,
            QStringLiteral("%1 refused the login: bad user name or password").arg(url));
        return;
    case connackNotAuthorised:
        handleConnectFailure(Error::AuthFailed,
                             QStringLiteral("%1 refused the login: not authorised").arg(url));
        return;
    default:
        break;
    }
    if (isTlsScheme(profile.url.scheme()) && state == State::Connecting) {
        diagnoseTls(returnCode);
        return;
    }
    diagnoseUnreachable(QStringLiteral("cannot reach %1 (Paho code %2)").arg(url).arg(returnCode));
}

void MqttConnection::Private::diagnoseUnreachable(const QString &unreachable)
{
    // Paho says the same for a host name that does not resolve and for a host that does not
    // answer; the user fixes them differently, so ask the resolver (without blocking).
    const QString host = profile.url.host();
    if (host.isEmpty() || !QHostAddress(host).isNull()) {
        handleConnectFailure(Error::Unreachable, unreachable);
        return;
    }
    dropHostLookup();
    hostLookupId = QHostInfo::lookupHost(host, q, [this, host, unreachable](const QHostInfo &info) {
        if (info.lookupId() != hostLookupId)
            return; // an older look-up, or dropped
        hostLookupId = -1;
        if (info.error() == QHostInfo::HostNotFound)
            handleConnectFailure(Error::HostNotFound,
                                 QStringLiteral("host %1 not found").arg(host));
        else
            handleConnectFailure(Error::Unreachable, unreachable);
    });
}

void MqttConnection::Private::dropHostLookup()
{
    if (hostLookupId < 0)
        return;
    QHostInfo::abortHostLookup(hostLookupId);
    hostLookupId = -1;
}

void MqttConnection::Private::diagnoseTls(int returnCode)
{
    // Paho reports a failed TLS handshake like an unreachable host, and its TLS error callback
    // corrupts the stack (Paho C++ 1.2 / C 1.3.12). So repeat the handshake with Qt's TLS,
    // same CA file, same host name check, to tell the two apart and name the reason.
    const QString url = profile.url.toString();
    const QString unreachable
        = QStringLiteral("cannot reach %1 (Paho code %2)").arg(url).arg(returnCode);
    if (!QSslSocket::supportsSsl()) {
        handleConnectFailure(Error::Unreachable, unreachable);
        return;
    }
    tlsProbe = std::make_unique<QSslSocket>();
    QSslSocket *probe = tlsProbe.get();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!profile.caFile.isEmpty())
        configuration.setCaCertificates(QSslCertificate::fromPath(profile.caFile));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    probe->setSslConfiguration(configuration);

    auto finish = [this, probe](Error code, const QString &detail) {
        if (tlsProbe.get() != probe)
            return;
        QObject::disconnect(probe, nullptr, q, nullptr);
        tlsProbe.release()->deleteLater(); // we may be inside one of its signals
        handleConnectFailure(code, detail);
    };
    QObject::connect(probe, &QSslSocket::sslErrors, q,
                     [finish, url](const QList<QSslError> &errors) {
                         QStringList reasons;
                         for (const QSslError &error : errors)
                             reasons << error.errorString();
                         finish(Error::TlsFailed,
                                QStringLiteral("TLS with %1 failed: %2")
                                    .arg(url, reasons.join(QStringLiteral("; "))));
                     });
    QObject::connect(probe, &QSslSocket::encrypted, q, [finish, unreachable] {
        // Qt's handshake works, so the TLS layer is not the problem.
        finish(Error::Unreachable, unreachable);
    });
    QObject::connect(
        probe, &QAbstractSocket::errorOccurred, q,
        [finish, probe, url, host = profile.url.host(),
         unreachable](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError
                || error == QAbstractSocket::SslInternalError) {
                finish(Error::TlsFailed,
                       QStringLiteral("TLS with %1 failed: %2").arg(url, probe->errorString()));
            } else if (error == QAbstractSocket::HostNotFoundError) {
                finish(Error::HostNotFound, QStringLiteral("host %1 not found").arg(host));
            } else {
                finish(Error::Unreachable, unreachable);
            }
        });
    QTimer::singleShot(tlsProbeTimeoutMs, probe,
                       [finish, unreachable] { finish(Error::Unreachable, unreachable); });
    const int port = profile.url.port(defaultBrokerPort(profile.url.scheme()));
    probe->connectToHostEncrypted(profile.url.host(), static_cast<quint16>(port));
}

void MqttConnection::Private::handleConnectFailure(Error code, const QString &detail)
{
    if (state == State::Disconnected || state == State::Connected)
        return;
    // Only a new reason is signalled: retries every few seconds would flood the status bar.
    report(code, detail, true);
    if (code == Error::AuthFailed) {
        // The same credentials would be refused again, and a broker may lock the account.
        qCInfo(lcMqtt) << "not retrying" << profile.url.toString() << "after a refused login";
        retryTimer.stop();
        setState(State::Disconnected);
        return;
    }
    scheduleRetry();
}

void MqttConnection::Private::onSubscribeResult(quint64 tokenGeneration, const QString &filter,
                                                bool ok)
{
    if (!ok && (tokenGeneration == liveGeneration || tokenGeneration == generation))
        report(Error::SubscribeFailed,
               QStringLiteral("the broker refused the subscription %1").arg(filter));
    if (tokenGeneration != generation || pendingSubscribeAcks == 0)
        return;
    if (--pendingSubscribeAcks == 0 && state != State::Connected)
        finishConnect();
}

void MqttConnection::Private::drainInbox()
{
    // Taken out of the member: a slot may run a nested event loop that drains again.
    QList<MqttMessage> batch = std::move(spareBatch);
    batch.clear();
    {
        const std::lock_guard lock(shared->mutex);
        batch.swap(shared->inbox);
        // Nothing came since the last look: the burst is over, the next message posts a drain.
        shared->drainPending = !batch.isEmpty();
    }
    if (batch.isEmpty()) {
        spareBatch = std::move(batch);
        return;
    }
    // More may be on the way: look again shortly from our own timer, which wakes this thread
    // without a signal from Paho's thread.
    drainTimer.start();
    if (!recentPublishes.empty())
        markOwnEchoes(batch);
    emit q->messagesReceived(batch);
    batch.clear(); // keeps the capacity unless a slot kept a copy
    if (batch.capacity() <= maxSpareBatchCapacity)
        spareBatch = std::move(batch);
}

void MqttConnection::Private::markOwnEchoes(QList<MqttMessage> &batch)
{
    const qint64 nowMs = echoClock.elapsed();
    while (!recentPublishes.empty() && nowMs - recentPublishes.front().atMs > ownEchoWindowMs)
        recentPublishes.pop_front();
    for (MqttMessage &message : batch) {
        if (recentPublishes.empty())
            return;
        if (message.retained)
            continue;
        const auto sent = std::find_if(
            recentPublishes.begin(), recentPublishes.end(), [&](const RecentPublish &recent) {
                return recent.topic == message.topic && recent.payload == message.payload;
            });
        if (sent == recentPublishes.end())
            continue;
        message.ownEcho = true;
        message.origin = sent->origin;
        recentPublishes.erase(sent);
    }
}

MqttConnection::MqttConnection(BrokerProfile profile, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(profile)))
{
    d->backoffMs = d->profile.reconnectMinMs;
    d->drainTimer.setSingleShot(true);
    d->drainTimer.setTimerType(Qt::PreciseTimer);
    d->drainTimer.setInterval(drainIntervalMs);
    connect(&d->drainTimer, &QTimer::timeout, this, [this] { d->drainInbox(); });
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->startConnect(); });
    connect(&d->subscribeTimer, &QTimer::timeout, this, [this] {
        if (!d->pahoConnected || d->state == State::Connected)
            return;
        d->report(Error::SubscribeFailed,
                  QStringLiteral("%1 did not acknowledge %2 subscription(s) in time")
                      .arg(d->profile.url.toString())
                      .arg(d->pendingSubscribeAcks));
        d->finishConnect();
    });
}

MqttConnection::~MqttConnection()
{
    {
        const std::lock_guard lock(d->shared->mutex);
        d->shared->owner = nullptr;
    }
    d->retryTimer.stop();
    d->subscribeTimer.stop();
    d->drainTimer.stop();
    d->dropTlsProbe();
    d->dropHostLookup();
    if (!d->client)
        return;
    try {
        if (d->client->is_connected())
            d->client->disconnect(disconnectTimeoutMs)->wait_for(destructorWaitMs);
    } catch (const mqtt::exception &e) {
        qCDebug(lcMqtt) << "disconnect on destruction:" << e.what();
    }
    d->client.reset();
}

void MqttConnection::open()
{
    if (d->state != State::Disconnected)
        return;
    if (const auto problem = brokerUrlProblem(d->profile.url)) {
        d->report(Error::InvalidUrl, *problem);
        return;
    }
    if (!d->createClient())
        return;
    d->backoffMs = std::max(1, d->profile.reconnectMinMs);
    d->setState(State::Connecting);
    d->startConnect();
}

void MqttConnection::close()
{
    if (d->state == State::Disconnected)
        return;
    d->retryTimer.stop();
    d->subscribeTimer.stop();
    d->dropTlsProbe();
    d->dropHostLookup();
    d->pahoConnected = false;
    ++d->generation;
    if (d->client) {
        try {
            d->client->disconnect(disconnectTimeoutMs);
        } catch (const mqtt::exception &e) {
            qCDebug(lcMqtt) << "close:" << e.what();
        }
    }
    d->setState(State::Disconnected);
}

MqttConnection::State MqttConnection::state() const
{
    return d->state;
}

const BrokerProfile &MqttConnection::profile() const
{
    return d->profile;
}

QString MqttConnection::clientId() const
{
    return d->clientId;
}

QString MqttConnection::lastErrorText() const
{
    return d->lastErrorText;
}

MqttConnection::Error MqttConnection::lastError() const
{
    return d->lastError;
}

int MqttConnection::connectCount() const
{
    return d->connectCount;
}

int MqttConnection::msUntilRetry() const
{
    return d->retryTimer.isActive() ? std::max(0, d->retryTimer.remainingTime()) : -1;
}

void MqttConnection::setPassword(const QString &password)
{
    d->profile.password = password;
}

void MqttConnection::subscribe(const QString &filter, int qos)
{
    if (!protocol::isValidTopicFilter(filter)) {
        // Never remembered: it would be sent again after every reconnect.
        d->report(Error::SubscribeFailed,
                  QStringLiteral("not a valid topic filter: '%1'").arg(filter));
        return;
    }
    const int clampedQos = std::clamp(qos, 0, 2);
    auto it = std::find_if(d->subscriptions.begin(), d->subscriptions.end(),
                           [&](const Private::Subscription &s) { return s.filter == filter; });
    if (it != d->subscriptions.end()) {
        if (it->qos == clampedQos)
            return;
        it->qos = clampedQos;
    } else {
        it = d->subscriptions.insert(d->subscriptions.end(),
                                     Private::Subscription {filter, clampedQos});
    }
    if (d->pahoConnected)
        d->sendSubscribe(*it, liveGeneration);
}

void MqttConnection::unsubscribe(const QString &filter)
{
    const auto removed = std::erase_if(
        d->subscriptions, [&](const Private::Subscription &s) { return s.filter == filter; });
    if (removed == 0 || !d->pahoConnected)
        return;
    try {
        d->client->unsubscribe(filter.toStdString());
    } catch (const mqtt::exception &e) {
        d->report(Error::SubscribeFailed,
                  QStringLiteral("cannot unsubscribe %1: %2")
                      .arg(filter, QString::fromStdString(e.get_error_str())));
    }
}

QStringList MqttConnection::subscriptions() const
{
    QStringList filters;
    filters.reserve(static_cast<qsizetype>(d->subscriptions.size()));
    for (const auto &subscription : d->subscriptions)
        filters << subscription.filter;
    return filters;
}

bool MqttConnection::publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                             const CommandOrigin &origin)
{
    if (d->state != State::Connected || !d->client)
        return false;
    if (!protocol::isValidTopicName(topic)) {
        d->report(Error::PublishFailed,
                  QStringLiteral("not a topic to publish to: '%1'").arg(topic));
        return false;
    }
    const int clampedQos = std::clamp(qos, 0, 2);
    try {
        d->client->publish(topic.toStdString(), payload.constData(),
                           static_cast<size_t>(payload.size()), clampedQos, retain);
    } catch (const mqtt::exception &e) {
        d->report(Error::PublishFailed,
                  QStringLiteral("cannot publish to %1: %2")
                      .arg(topic, QString::fromStdString(e.get_error_str())));
        return false;
    }
    if (!retain) {
        if (!d->echoClock.isValid())
            d->echoClock.start();
        if (d->recentPublishes.size() >= maxRecentPublishes)
            d->recentPublishes.pop_front();
        d->recentPublishes.push_back({topic, payload, d->echoClock.elapsed(), origin});
    }
    MqttMessage message {topic, payload, clampedQos, retain, QDateTime::currentDateTimeUtc()};
    message.origin = origin;
    emit messagePublished(message);
    return true;
}
