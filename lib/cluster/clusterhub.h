// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace cluster {

/// Several cluster nodes at once: one ClusterClient per configured node, their spots merged
/// with the copies dropped that several nodes relay of one spot (same spotter, DX call and
/// kHz within the duplicate window). With no nodes configured nothing connects.
class ClusterHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterHub)

public:
    explicit ClusterHub(QObject *parent = nullptr);
    ~ClusterHub() override;

    /// Replaces the nodes; while running, clients of the new list start at once.
    void setNodes(const QList<ClusterNode> &nodes);
    [[nodiscard]] QList<ClusterNode> nodes() const;
    void setCallsign(const QString &callsign);
    /// How long a spot's copies from other nodes are dropped (default 5 min).
    void setDuplicateWindowMs(int windowMs) { m_duplicateWindowMs = windowMs; }
    /// Applied to every client (for tests and settings).
    void setReconnectDelaysMs(int firstMs, int maximumMs);

    /// The client of node `index` (its state and node), nullptr when out of range.
    [[nodiscard]] const ClusterClient *client(int index) const;
    [[nodiscard]] bool isRunning() const { return m_running; }

    void start();
    void stop();
    /// Sends a command line to node `nodeIndex` (of setNodes()) when it is online (e.g. the
    /// user's "set/skimmer" after the login); false otherwise.
    bool sendCommand(int nodeIndex, const QString &command);

signals:
    void spotReceived(const cluster::DxSpot &spot, int nodeIndex);
    void messageReceived(int nodeIndex, cluster::ClusterLineKind kind, const QString &text);
    void nodeStateChanged(int nodeIndex, cluster::ClusterClient::State state);
    void errorOccurred(int nodeIndex, cluster::ClusterClient::Error error, const QString &detail);
    void lineDropped(int nodeIndex, cluster::ClusterClient::DropReason reason);

private:
    void rebuild();
    void onSpot(const DxSpot &spot, int nodeIndex);

    QList<ClusterNode> m_nodes;
    QString m_callsign;
    std::vector<std::unique_ptr<ClusterClient>> m_clients;
    QHash<QString, qint64> m_seenMs; // duplicate key -> m_clock time
    QElapsedTimer m_clock;
    int m_duplicateWindowMs = 5 * 60 * 1000;
    int m_firstDelayMs = 2000;
    int m_maximumDelayMs = 5 * 60 * 1000;
    bool m_running = false;
};

} // namespace cluster
