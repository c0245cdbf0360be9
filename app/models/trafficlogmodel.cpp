// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlogmodel.h"

#include "palette.h"

#include "protocol/topic.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

TrafficLogModel::TrafficLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &TrafficLogModel::flush);
}

TrafficLogModel::~TrafficLogModel() = default;

void TrafficLogModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    flush();
    const auto excess = qsizetype(m_rows.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
}

int TrafficLogModel::capacity() const
{
    return m_capacity;
}

void TrafficLogModel::addReceived(const QString &broker, const QList<MqttMessage> &messages)
{
    for (const MqttMessage &m : messages) {
        Source source = Source::Device;
        if (protocol::isCommandLeaf(QStringView(m.topic).mid(m.topic.lastIndexOf(u'/') + 1)))
            source = m.ownEcho ? Source::ThisApp : Source::OtherClient;
        enqueue(Entry {m.timeUtc, Direction::In, broker, m.topic, m.payload, m.retained, source,
                       m.origin});
    }
}

void TrafficLogModel::addPublished(const QString &broker, const MqttMessage &message)
{
    enqueue(Entry {message.timeUtc, Direction::Out, broker, message.topic, message.payload,
                   message.retained, Source::ThisApp, message.origin});
}

void TrafficLogModel::enqueue(Entry entry)
{
    if (m_paused)
        return;
    if (!entry.timeUtc.isValid())
        entry.timeUtc = QDateTime::currentDateTimeUtc();
    m_pending.push_back(std::move(entry));
    // A burst larger than the whole ring: only its tail will ever be shown.
    while (qsizetype(m_pending.size()) > m_capacity)
        m_pending.pop_front();
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void TrafficLogModel::setPaused(bool paused)
{
    m_paused = paused;
}

void TrafficLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

void TrafficLogModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.empty())
        return;
    const auto incoming = qsizetype(m_pending.size());
    const auto excess = qsizetype(m_rows.size()) + incoming - m_capacity;
    if (excess > 0) {
        const auto drop = std::min<qsizetype>(excess, qsizetype(m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, int(drop) - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
            endRemoveRows();
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    for (Entry &e : m_pending)
        m_rows.push_back(std::move(e));
    m_pending.clear();
    endInsertRows();
    emit batchInserted();
}

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TrafficLogModel::Entry &TrafficLogModel::entry(int row) const
{
    return m_rows.at(std::size_t(row));
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.timeUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return e.direction == Direction::In ? tr("in") : tr("out");
        case SourceColumn:
            switch (e.source) {
            case Source::Device:
                return tr("device");
            case Source::ThisApp:
                return originText(e.origin);
            case Source::OtherClient:
                return tr("another client");
            }
            break;
        case BrokerColumn:
            return e.broker;
        case TopicColumn:
            return e.retained ? tr("%1 (retained)").arg(e.topic) : e.topic;
        case PayloadColumn:
            return QString::fromUtf8(e.payload.left(200));
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PayloadColumn)
            return QString::fromUtf8(e.payload).toHtmlEscaped();
        if (index.column() == TimeColumn)
            return e.timeUtc.toString(Qt::ISODateWithMs);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DirectionColumn)
            return QBrush(e.direction == Direction::In ? palette::traffic::inbound
                                                       : palette::traffic::outbound);
        if (index.column() == SourceColumn && e.source == Source::OtherClient)
            return QBrush(palette::traffic::otherClient);
        break;
    case Qt::FontRole:
        if (index.column() == PayloadColumn || index.column() == TopicColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case DirectionRole:
        return int(e.direction);
    case TopicRole:
        return e.topic;
    default:
        break;
    }
    return {};
}

QString TrafficLogModel::originText(const CommandOrigin &origin)
{
    switch (origin.kind) {
    case CommandOrigin::Kind::ThisApp:
        break;
    case CommandOrigin::Kind::Rotctld:
        return origin.detail.isEmpty() ? tr("rotctld") : tr("rotctld %1").arg(origin.detail);
    case CommandOrigin::Kind::N1mm:
        return tr("N1MM");
    case CommandOrigin::Kind::PstRotator:
        return tr("PstRotator");
    case CommandOrigin::Kind::Web:
        return origin.detail.isEmpty() ? tr("web") : tr("web %1").arg(origin.detail);
    }
    return tr("this app");
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case SourceColumn:
        return tr("From");
    case BrokerColumn:
        return tr("Broker");
    case TopicColumn:
        return tr("Topic");
    case PayloadColumn:
        return tr("Payload");
    default:
        break;
    }
    return {};
}
