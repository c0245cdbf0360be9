// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotfeed.h"

#include "applogging.h"
#include "countrydata.h"
#include "models/spotlistmodel.h"

SpotFeed::SpotFeed(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(new SpotListModel(clock, this))
{
    connect(
        &m_hub, &cluster::ClusterHub::spotReceived, m_model,
        [this](const cluster::DxSpot &spot, int nodeIndex) { m_model->addSpot(spot, nodeIndex); });
    connect(&m_hub, &cluster::ClusterHub::messageReceived, this, &SpotFeed::onMessage);
    connect(&m_hub, &cluster::ClusterHub::errorOccurred, this, &SpotFeed::onError);
    connect(&m_hub, &cluster::ClusterHub::nodeStateChanged, this, &SpotFeed::onNodeState);
    connect(&m_hub, &cluster::ClusterHub::lineDropped, this, [this] {
        // The client logged the line; the dock shows the count.
        ++m_droppedLines;
        emit statusChanged();
    });
}

SpotFeed::~SpotFeed() = default;

void SpotFeed::configure(const QList<ClusterNodeSettings> &nodes, const QString &callsign)
{
    if (m_applied && nodes == m_saved && callsign == m_callsign)
        return;
    m_saved = nodes;
    m_callsign = callsign;
    apply();
}

void SpotFeed::setExtraNode(const std::optional<cluster::ClusterNode> &node)
{
    m_extra = node;
    apply();
}

void SpotFeed::setCountryData(const CountryData *data)
{
    if (m_countryData)
        disconnect(m_countryData, nullptr, this, nullptr);
    m_countryData = data;
    if (!data) {
        m_model->setCountryDatabase({});
        return;
    }
    m_model->setCountryDatabase(data->database());
    connect(data, &CountryData::changed, this,
            [this] { m_model->setCountryDatabase(m_countryData->database()); });
}

void SpotFeed::apply()
{
    m_applied = true;
    QList<cluster::ClusterNode> nodes;
    QStringList commands;
    for (const ClusterNodeSettings &saved : std::as_const(m_saved)) {
        if (!saved.enabled)
            continue;
        const cluster::ClusterNode node {saved.host, quint16(saved.port)};
        if (!node.isValid() || nodes.contains(node))
            continue;
        nodes.append(node);
        commands.append(saved.loginCommand);
    }
    if (m_extra && m_extra->isValid() && !nodes.contains(*m_extra)) {
        nodes.append(*m_extra);
        commands.append(QString());
    }
    if (m_callsign.isEmpty())
        nodes.clear(); // never connect without a callsign to log in with
    if (nodes == m_nodes && m_callsign == m_appliedCallsign
        && m_hub.isRunning() == !nodes.isEmpty()) {
        m_loginCommands = commands;
        emit statusChanged();
        return;
    }
    m_hub.stop();
    m_nodes = nodes;
    m_loginCommands = commands;
    m_appliedCallsign = m_callsign;
    m_hub.setCallsign(m_callsign);
    m_hub.setNodes(nodes);
    if (!nodes.isEmpty()) {
        qCInfo(lcApp) << "DX cluster: connecting to" << nodes.size() << "node(s)";
        m_hub.start();
    }
    emit statusChanged();
}

SpotFeed::Status SpotFeed::status() const
{
    const bool anyNode = m_extra
        || std::any_of(m_saved.cbegin(), m_saved.cend(),
                       [](const auto &node) { return node.enabled; });
    if (!anyNode)
        return Status::NotConfigured;
    if (m_callsign.isEmpty())
        return Status::NoCallsign;
    bool connecting = false;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const cluster::ClusterClient *client = m_hub.client(i);
        if (!client)
            continue;
        if (client->state() == cluster::ClusterClient::State::Online)
            return Status::Online;
        if (client->state() == cluster::ClusterClient::State::Connecting
            || client->state() == cluster::ClusterClient::State::LoggingIn)
            connecting = true;
    }
    return connecting ? Status::Connecting : Status::Offline;
}

QString SpotFeed::statusText() const
{
    switch (status()) {
    case Status::NotConfigured:
        return tr("No DX cluster node configured (Settings ▸ DX cluster…).");
    case Status::NoCallsign:
        return tr("Not connected: set your callsign to log in to the DX cluster (Settings ▸ DX "
                  "cluster…).");
    default:
        break;
    }
    QStringList parts;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const cluster::ClusterClient *client = m_hub.client(i);
        if (!client)
            continue;
        QString state;
        switch (client->state()) {
        case cluster::ClusterClient::State::Idle:
            state = tr("stopped");
            break;
        case cluster::ClusterClient::State::Connecting:
            state = tr("connecting");
            break;
        case cluster::ClusterClient::State::LoggingIn:
            state = tr("logging in");
            break;
        case cluster::ClusterClient::State::Online:
            state = tr("online as %1").arg(m_callsign);
            break;
        case cluster::ClusterClient::State::WaitingToReconnect:
            state = tr("retry in %n s", nullptr, client->nextReconnectDelayMs() / 1000);
            break;
        }
        parts.append(tr("%1: %2").arg(m_nodes.at(i).toString(), state));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (m_droppedLines > 0)
        text += QStringLiteral(" · ") + tr("%n bad line(s) dropped", nullptr, m_droppedLines);
    return text;
}

QString SpotFeed::nodeName(int nodeIndex) const
{
    return nodeIndex >= 0 && nodeIndex < m_nodes.size() ? m_nodes.at(nodeIndex).toString()
                                                        : QString();
}

void SpotFeed::onMessage(int nodeIndex, cluster::ClusterLineKind kind, const QString &text)
{
    if (kind != cluster::ClusterLineKind::Announcement && kind != cluster::ClusterLineKind::Talk)
        return;
    m_lastMessage = tr("%1: %2").arg(nodeName(nodeIndex), text);
    emit noteworthy(false, text, nodeName(nodeIndex));
    emit statusChanged();
}

void SpotFeed::onError(int nodeIndex, cluster::ClusterClient::Error error, const QString &detail)
{
    QString text;
    switch (error) {
    case cluster::ClusterClient::Error::ConnectionFailed:
        text = tr("Cannot reach the DX cluster node %1; trying again.").arg(nodeName(nodeIndex));
        break;
    case cluster::ClusterClient::Error::ConnectionLost:
        text = tr("The DX cluster node %1 dropped the connection; reconnecting.")
                   .arg(nodeName(nodeIndex));
        break;
    case cluster::ClusterClient::Error::LoginRefused:
        text = tr("The DX cluster node %1 refused the login as %2.")
                   .arg(nodeName(nodeIndex), m_callsign);
        break;
    case cluster::ClusterClient::Error::NotConfigured:
        text = tr("The DX cluster node %1 is not configured.").arg(nodeName(nodeIndex));
        break;
    }
    emit noteworthy(true, text, detail);
    emit statusChanged();
}

void SpotFeed::onNodeState(int nodeIndex, cluster::ClusterClient::State state)
{
    if (state == cluster::ClusterClient::State::Online && nodeIndex < m_loginCommands.size()
        && !m_loginCommands.at(nodeIndex).isEmpty())
        m_hub.sendCommand(nodeIndex, m_loginCommands.at(nodeIndex));
    emit statusChanged();
}
