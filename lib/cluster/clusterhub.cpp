// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterhub.h"

#include <cmath>

namespace cluster {

ClusterHub::ClusterHub(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

ClusterHub::~ClusterHub() = default;

void ClusterHub::setNodes(const QList<ClusterNode> &nodes)
{
    m_nodes = nodes;
    rebuild();
}

QList<ClusterNode> ClusterHub::nodes() const
{
    return m_nodes;
}

void ClusterHub::setCallsign(const QString &callsign)
{
    m_callsign = callsign;
    rebuild();
}

void ClusterHub::setReconnectDelaysMs(int firstMs, int maximumMs)
{
    m_firstDelayMs = firstMs;
    m_maximumDelayMs = maximumMs;
    for (const auto &client : m_clients)
        client->setReconnectDelaysMs(firstMs, maximumMs);
}

const ClusterClient *ClusterHub::client(int index) const
{
    return index >= 0 && index < int(m_clients.size()) ? m_clients[size_t(index)].get() : nullptr;
}

void ClusterHub::start()
{
    m_running = true;
    for (const auto &client : m_clients)
        client->start();
}

void ClusterHub::stop()
{
    m_running = false;
    for (const auto &client : m_clients)
        client->stop();
}

bool ClusterHub::sendCommand(int nodeIndex, const QString &command)
{
    if (nodeIndex < 0 || nodeIndex >= m_nodes.size())
        return false;
    // Invalid nodes have no client: find the one of this node.
    for (const auto &client : m_clients) {
        if (client->node() == m_nodes[nodeIndex])
            return client->sendCommand(command);
    }
    return false;
}

void ClusterHub::rebuild()
{
    m_clients.clear(); // each client disconnects as it goes
    for (int index = 0; index < m_nodes.size(); ++index) {
        if (!m_nodes[index].isValid())
            continue;
        auto client = std::make_unique<ClusterClient>();
        client->setNode(m_nodes[index]);
        client->setCallsign(m_callsign);
        client->setReconnectDelaysMs(m_firstDelayMs, m_maximumDelayMs);
        ClusterClient *raw = client.get();
        connect(raw, &ClusterClient::spotReceived, this,
                [this, index](const DxSpot &spot) { onSpot(spot, index); });
        connect(raw, &ClusterClient::messageReceived, this,
                [this, index](ClusterLineKind kind, const QString &text) {
                    emit messageReceived(index, kind, text);
                });
        connect(raw, &ClusterClient::stateChanged, this,
                [this, index](ClusterClient::State state) { emit nodeStateChanged(index, state); });
        connect(raw, &ClusterClient::errorOccurred, this,
                [this, index](ClusterClient::Error error, const QString &detail) {
                    emit errorOccurred(index, error, detail);
                });
        connect(
            raw, &ClusterClient::lineDropped, this,
            [this, index](ClusterClient::DropReason reason) { emit lineDropped(index, reason); });
        m_clients.push_back(std::move(client));
        if (m_running && !m_callsign.isEmpty())
            raw->start();
    }
}

void ClusterHub::onSpot(const DxSpot &spot, int nodeIndex)
{
    const qint64 nowMs = m_clock.elapsed();
    const QString key = spot.spotter + u'|' + spot.dxCall + u'|'
        + QString::number(std::llround(spot.frequencyKhz));
    const auto it = m_seenMs.constFind(key);
    if (it != m_seenMs.cend() && nowMs - *it < m_duplicateWindowMs)
        return;
    m_seenMs.insert(key, nowMs);
    if (m_seenMs.size() > 10000) {
        for (auto old = m_seenMs.begin(); old != m_seenMs.end();) {
            if (nowMs - *old >= m_duplicateWindowMs)
                old = m_seenMs.erase(old);
            else
                ++old;
        }
    }
    emit spotReceived(spot, nodeIndex);
}

} // namespace cluster
