// SPDX-License-Identifier: GPL-3.0-or-later
#include "externaltracking.h"

#include "session.h"

#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

ExternalTracking::ExternalTracking(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    for (MqttConnection *connection : session->connections())
        watch(connection);
    connect(session, &Session::brokerAdded, this, &ExternalTracking::watch);
    connect(session, &Session::rotatorAboutToBeRemoved, this, [this](int, Rotator *rotator) {
        const auto it = m_feeds.find(rotator);
        if (it == m_feeds.end())
            return;
        const bool was = it->second.tracking;
        disconnect(it->second.otherClient);
        m_feeds.erase(it);
        if (was)
            emit trackingChanged(rotator);
    });
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ExternalTracking::poll);
    m_poll.start();
}

ExternalTracking::~ExternalTracking() = default;

QString ExternalTracking::client(const Rotator *rotator) const
{
    const auto it = m_feeds.find(rotator);
    return it != m_feeds.end() && it->second.tracking ? it->second.client : QString();
}

void ExternalTracking::watch(MqttConnection *connection)
{
    connect(connection, &MqttConnection::messagePublished, this,
            [this, connection](const MqttMessage &message) { onPublished(connection, message); });
}

void ExternalTracking::onPublished(const MqttConnection *connection, const MqttMessage &message)
{
    const qsizetype slash = message.topic.lastIndexOf(QLatin1Char('/'));
    const QString leaf = message.topic.mid(slash + 1);
    const bool target = leaf == QLatin1String("Target");
    if (!target && leaf != QLatin1String("stop"))
        return;
    Rotator *rotator = nullptr;
    for (Rotator *candidate : m_session->rotators()) {
        if (candidate->address().topic(leaf) == message.topic
            && m_session->connection(m_session->brokerName(candidate)) == connection) {
            rotator = candidate;
            break;
        }
    }
    if (!rotator)
        return;
    const bool fromRotctld = message.origin.kind == CommandOrigin::Kind::Rotctld;
    if (target && fromRotctld) {
        auto it = m_feeds.find(rotator);
        if (it != m_feeds.end() && it->second.client != message.origin.detail) {
            end(rotator, NotificationDock::Severity::Info, tr("another rotctld client took over"));
            it = m_feeds.end();
        }
        if (it == m_feeds.end()) {
            Feed fresh;
            fresh.rotator = rotator;
            fresh.client = message.origin.detail;
            it = m_feeds.emplace(rotator, fresh).first;
        }
        Feed &feed = it->second;
        const qint64 nowMs = m_session->clock().nowMs();
        if (feed.positions > 0 && nowMs - feed.lastMs > quietMs)
            feed.positions = 0; // a position now and then is no track
        ++feed.positions;
        feed.lastMs = nowMs;
        if (!feed.tracking && feed.positions >= feedCount) {
            feed.tracking = true;
            feed.otherClient = connect(rotator, &Rotator::otherClientCommand, this,
                                       [this, rotator](const OtherClientCommand &) {
                                           end(rotator, NotificationDock::Severity::Info,
                                               tr("another program turned the rotator"));
                                       });
            emit notification(NotificationDock::Severity::Info, m_session->label(rotator),
                              tr("Tracking: rotctld client %1.").arg(feed.client));
            emit trackingChanged(rotator);
        }
        return;
    }
    const auto it = m_feeds.find(rotator);
    if (it == m_feeds.end() || !it->second.tracking)
        return;
    if (!target && fromRotctld && message.origin.detail == it->second.client)
        end(rotator, NotificationDock::Severity::Info, tr("the client stopped the rotator"));
    else if (!target && message.origin.isThisApp())
        end(rotator, NotificationDock::Severity::Warning,
            tr("you stopped the rotator. The external tracker is still engaged: its next "
               "position turns the rotator again. Disengage it in the program (gpredict: "
               "Disengage)"));
    else if (message.origin.isThisApp())
        end(rotator, NotificationDock::Severity::Info, tr("the rotator was turned by hand"));
    else
        end(rotator, NotificationDock::Severity::Info, tr("another program turned the rotator"));
}

void ExternalTracking::end(Rotator *rotator, NotificationDock::Severity severity,
                           const QString &why)
{
    const auto it = m_feeds.find(rotator);
    if (it == m_feeds.end())
        return;
    const QString client = it->second.client;
    const bool was = it->second.tracking;
    disconnect(it->second.otherClient);
    m_feeds.erase(it);
    if (!was)
        return;
    emit notification(severity, m_session->label(rotator),
                      tr("Tracking by rotctld client %1 ended: %2.").arg(client, why));
    emit trackingChanged(rotator);
}

void ExternalTracking::poll()
{
    const qint64 nowMs = m_session->clock().nowMs();
    QList<std::pair<Rotator *, QString>> ending;
    for (const auto &[key, feed] : m_feeds) {
        if (!feed.tracking)
            continue;
        Rotator *rotator = feed.rotator;
        switch (rotator->state().link) {
        case LinkState::BrokerDown:
            ending.append({rotator, tr("the broker is down")});
            continue;
        case LinkState::Stale:
            ending.append({rotator, tr("the rotator fell silent")});
            continue;
        case LinkState::Unknown:
        case LinkState::Live:
            break;
        }
        if (nowMs - feed.lastMs > quietMs)
            ending.append({rotator, tr("no position for a minute")});
    }
    for (const auto &[rotator, why] : std::as_const(ending))
        end(rotator, NotificationDock::Severity::Warning, why);
}
