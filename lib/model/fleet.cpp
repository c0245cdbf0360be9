// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet.h"

#include "modellogging.h"
#include "rotator.h"

#include "core/clock.h"
#include "mqtt/mqttconnection.h"
#include "protocol/payload.h"
#include "protocol/topic.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <unordered_map>
#include <unordered_set>

namespace {

const QString discoveryFilter = QStringLiteral("+/+/ROT/#");

/// Ignored prefixes are logged once each, but no more than this many lines per window.
constexpr int maxIgnoredLogsPerWindow = 10;
constexpr qint64 ignoredLogWindowMs = 60000;
/// How many ignored prefixes are remembered as "already logged" (junk must not grow it forever).
constexpr size_t maxRememberedIgnored = 4096;
/// How much of an ignored prefix a log line shows.
constexpr qsizetype maxLoggedPrefixLength = 48;

/// Hashes "CALL/ID" keys and the topic prefixes they are looked up with alike, so a received
/// topic finds its rotator without building a key string (route() runs for every message).
struct PrefixHash
{
    using is_transparent = void;
    // Deliberately not noexcept: libstdc++ then keeps each node's hash, so a lookup compares
    // hashes before it touches (and re-hashes) the stored strings.
    size_t operator()(QStringView prefix) const { return qHash(prefix); }
};

QString prefixKey(const RotatorAddress &address)
{
    return address.call + QLatin1Char('/') + address.id;
}

} // namespace

class Fleet::Private
{
public:
    Private(Fleet *owner, MqttConnection *conn, const Clock &clk)
        : q(owner)
        , connection(conn)
        , clock(clk)
    {
    }

    Fleet *q;
    QPointer<MqttConnection> connection;
    const Clock &clock;
    bool discovery = false;
    QList<Rotator *> ordered;
    QHash<RotatorAddress, Rotator *> byAddress;
    /// The same rotators by "CALL/ID", for routing (heterogeneous lookup with a QStringView).
    std::unordered_map<QString, Rotator *, PrefixHash, std::equal_to<>> byPrefix;
    /// Filters this fleet asked the connection for.
    QSet<QString> subscribed;
    QTimer pollTimer;
    /// The rotator of the previous message: bursts of one device skip the hash lookup.
    Rotator *lastRouted = nullptr;
    /// "CALL/ID" prefixes that cannot be a device and have been logged.
    std::unordered_set<QString, PrefixHash, std::equal_to<>> ignoredLogged;
    qint64 ignoredWindowStartMs = 0;
    int ignoredLogsInWindow = 0;

    Rotator *create(const RotatorAddress &address, bool discovered)
    {
        auto *rotator = new Rotator(address, connection, clock, q);
        rotator->setDiscovered(discovered);
        ordered.append(rotator);
        byAddress.insert(address, rotator);
        byPrefix.emplace(prefixKey(address), rotator);
        return rotator;
    }

    /// With discovery on, +/+/ROT/# covers every rotator (and one subscription avoids the
    /// duplicate deliveries overlapping filters can cause); otherwise one filter per rotator.
    void updateSubscriptions()
    {
        if (!connection)
            return;
        QSet<QString> wanted;
        if (discovery) {
            wanted.insert(discoveryFilter);
        } else {
            for (const Rotator *rotator : std::as_const(ordered)) {
                const RotatorAddress &a = rotator->address();
                // An empty ID is a real level (CALL//ROT/#); anything else must be usable.
                if (protocol::isValidTopicLevel(a.call)
                    && (a.id.isEmpty() || protocol::isValidTopicLevel(a.id)))
                    wanted.insert(a.subscriptionFilter());
            }
        }
        for (const QString &filter : std::as_const(subscribed)) {
            if (!wanted.contains(filter))
                connection->unsubscribe(filter);
        }
        for (const QString &filter : std::as_const(wanted)) {
            if (!subscribed.contains(filter))
                connection->subscribe(filter, 0);
        }
        subscribed = wanted;
    }

    void route(const QList<MqttMessage> &messages)
    {
        for (const MqttMessage &message : messages) {
            const std::optional<protocol::TopicView> topic
                = protocol::parseTopicView(message.topic);
            if (!topic)
                continue;
            Rotator *rotator = lastRouted;
            if (!rotator || rotator->address().call != topic->call
                || rotator->address().id != topic->id) {
                // "CALL/ID": from the start of CALL to the end of ID, inside the topic.
                const QStringView prefix(topic->call.data(), topic->id.data() + topic->id.size());
                const auto found = byPrefix.find(prefix);
                rotator = found != byPrefix.end() ? found->second : nullptr;
                if (!rotator) {
                    if (!discovery || protocol::isCommandLeaf(topic->leaf))
                        continue;
                    if (const protocol::AddressProblem problem
                        = protocol::deviceAddressProblem(topic->call, topic->id);
                        problem != protocol::AddressProblem::None) {
                        logIgnored(prefix, problem);
                        continue;
                    }
                    const RotatorAddress address {topic->call.toString(), topic->id.toString()};
                    rotator = create(address, true);
                    qCInfo(lcModel) << "discovered" << address;
                    emit q->rotatorAdded(rotator);
                    if (connection && connection->isConnected())
                        rotator->refresh();
                }
                lastRouted = rotator;
            }
            rotator->handleMessage(topic->leaf, message.payload,
                                   {message.retained, message.ownEcho});
        }
    }

    /// One line per prefix that cannot be a real device (spec §1.1), at most
    /// maxIgnoredLogsPerWindow lines a minute however much junk arrives.
    void logIgnored(QStringView prefix, protocol::AddressProblem problem)
    {
        if (ignoredLogged.find(prefix) != ignoredLogged.end())
            return;
        const qint64 nowMs = clock.nowMs();
        if (ignoredLogsInWindow == 0 || nowMs - ignoredWindowStartMs >= ignoredLogWindowMs) {
            ignoredWindowStartMs = nowMs;
            ignoredLogsInWindow = 0;
        }
        if (ignoredLogsInWindow >= maxIgnoredLogsPerWindow)
            return; // not remembered: it is logged once the window has passed
        ++ignoredLogsInWindow;
        if (ignoredLogged.size() < maxRememberedIgnored)
            ignoredLogged.emplace(prefix.toString());
        const QString shown = prefix.size() > maxLoggedPrefixLength
            ? prefix.first(maxLoggedPrefixLength).toString() + QStringLiteral("...")
            : prefix.toString();
        qCWarning(lcModel).nospace() << "ignoring " << shown << ": not an IP-Rotator address ("
                                     << protocol::addressProblemName(problem).data() << ')';
    }

    void setBrokerUp(bool up)
    {
        // Copy: a slot reacting to a rotator's signal may remove rotators.
        const QList<Rotator *> rotators = ordered;
        for (Rotator *rotator : rotators)
            rotator->setBrokerUp(up);
    }
};

Fleet::Fleet(MqttConnection *connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, connection, clock))
{
    qRegisterMetaType<Rotator *>(); // queued connections and QSignalSpy on rotatorAdded
    qRegisterMetaType<OtherClientCommand>();
    if (connection) {
        d->discovery = connection->profile().discover;
        connect(connection, &MqttConnection::messagesReceived, this,
                [this](const QList<MqttMessage> &messages) { d->route(messages); });
        connect(connection, &MqttConnection::connected, this, [this] { d->setBrokerUp(true); });
        connect(connection, &MqttConnection::stateChanged, this,
                [this](MqttConnection::State state) {
                    if (state != MqttConnection::State::Connected)
                        d->setBrokerUp(false);
                });
    }
    d->updateSubscriptions();
    d->pollTimer.setInterval(1000);
    connect(&d->pollTimer, &QTimer::timeout, this, &Fleet::pollNow);
    d->pollTimer.start();
}

Fleet::~Fleet() = default;

MqttConnection *Fleet::connection() const
{
    return d->connection;
}

void Fleet::setDiscoveryEnabled(bool enabled)
{
    if (d->discovery == enabled)
        return;
    d->discovery = enabled;
    d->updateSubscriptions();
}

bool Fleet::discoveryEnabled() const
{
    return d->discovery;
}

Rotator *Fleet::addRotator(const RotatorAddress &address)
{
    if (Rotator *existing = d->byAddress.value(address)) {
        existing->setDiscovered(false);
        d->updateSubscriptions();
        return existing;
    }
    Rotator *rotator = d->create(address, false);
    d->updateSubscriptions();
    emit rotatorAdded(rotator);
    if (d->connection && d->connection->isConnected())
        rotator->refresh();
    return rotator;
}

void Fleet::removeRotator(const RotatorAddress &address)
{
    Rotator *rotator = d->byAddress.value(address);
    if (!rotator)
        return;
    emit rotatorAboutToBeRemoved(rotator);
    d->byAddress.remove(address);
    if (const auto it = d->byPrefix.find(prefixKey(address));
        it != d->byPrefix.end() && it->second == rotator)
        d->byPrefix.erase(it);
    d->ordered.removeOne(rotator);
    if (d->lastRouted == rotator)
        d->lastRouted = nullptr;
    d->updateSubscriptions();
    rotator->disconnect(this);
    rotator->deleteLater();
}

Rotator *Fleet::rotator(const RotatorAddress &address) const
{
    return d->byAddress.value(address);
}

QList<Rotator *> Fleet::rotators() const
{
    return d->ordered;
}

void Fleet::pollNow()
{
    const QList<Rotator *> rotators = d->ordered;
    for (Rotator *rotator : rotators)
        rotator->poll();
}
