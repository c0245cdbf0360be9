// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterhub.h"
#include "settings/appsettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class Clock;
class CountryData;
class SpotListModel;

/// The app's DX cluster side: the nodes of the settings (enabled ones) plus the command line's
/// --dx-cluster, the station callsign to log in with, one ClusterHub, and the spot list it
/// feeds. It connects nowhere unless a node is configured and the callsign is set, and says
/// which of these is missing. Lives on the GUI thread.
class SpotFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotFeed)

public:
    enum class Status { NotConfigured, NoCallsign, Connecting, Online, Offline };
    Q_ENUM(Status)

    /// clock must outlive the feed.
    explicit SpotFeed(const Clock &clock, QObject *parent = nullptr);
    ~SpotFeed() override;

    /// Applies the saved nodes and callsign: (re)connects when they changed.
    void configure(const QList<ClusterNodeSettings> &nodes, const QString &callsign);
    /// A node for this run only (--dx-cluster), besides the saved ones.
    void setExtraNode(const std::optional<cluster::ClusterNode> &node);
    /// Entities and continents of the spots come from here (may be null: left blank).
    void setCountryData(const CountryData *data);

    [[nodiscard]] SpotListModel *model() const { return m_model; }
    [[nodiscard]] cluster::ClusterHub *hub() { return &m_hub; }
    [[nodiscard]] Status status() const;
    /// One line for the Spots dock: the nodes and their state, or what is missing.
    [[nodiscard]] QString statusText() const;
    /// The last announcement or talk line, with its node ("" none yet).
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    [[nodiscard]] int droppedLineCount() const { return m_droppedLines; }

signals:
    void statusChanged();
    /// Something for the notification log: an announcement, a talk line, an error.
    void noteworthy(bool isError, const QString &text, const QString &detail);

private:
    void apply();
    void onMessage(int nodeIndex, cluster::ClusterLineKind kind, const QString &text);
    void onError(int nodeIndex, cluster::ClusterClient::Error error, const QString &detail);
    void onNodeState(int nodeIndex, cluster::ClusterClient::State state);
    [[nodiscard]] QString nodeName(int nodeIndex) const;

    cluster::ClusterHub m_hub;
    SpotListModel *m_model;
    QList<ClusterNodeSettings> m_saved;
    std::optional<cluster::ClusterNode> m_extra;
    QString m_callsign;
    QString m_appliedCallsign;
    /// The hub's node list as applied, and each one's login command.
    QList<cluster::ClusterNode> m_nodes;
    QStringList m_loginCommands;
    QPointer<const CountryData> m_countryData;
    QString m_lastMessage;
    int m_droppedLines = 0;
    bool m_applied = false;
};
