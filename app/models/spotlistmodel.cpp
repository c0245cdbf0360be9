// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotlistmodel.h"

#include "core/clock.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"

#include <QLocale>

#include <cmath>

SpotListModel::SpotListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &SpotListModel::flush);
    m_ageTimer.setInterval(ageTickMs);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (m_entries.isEmpty())
            return;
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
        emit agesChanged();
    });
    m_ageTimer.start();
}

SpotListModel::~SpotListModel() = default;

void SpotListModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    flush();
    if (m_entries.size() > m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, rowCount() - excess, rowCount() - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
        ++m_revision;
        emit spotsChanged();
    }
}

void SpotListModel::setStationLocator(const QString &locator)
{
    std::optional<geo::GeoPoint> station;
    if (!locator.isEmpty())
        station = geo::locatorToPoint(locator);
    if (station == m_station)
        return;
    m_station = station;
    for (Entry &entry : m_entries)
        resolve(entry);
    for (Entry &entry : m_pending)
        resolve(entry);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    ++m_revision;
    emit spotsChanged();
}

void SpotListModel::setCountryDatabase(const dxcc::CountryDatabase &database)
{
    m_database = database;
    for (Entry &entry : m_entries)
        resolve(entry);
    for (Entry &entry : m_pending)
        resolve(entry);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    ++m_revision;
    emit spotsChanged();
}

void SpotListModel::addSpot(const cluster::DxSpot &spot, int nodeIndex)
{
    Entry entry;
    entry.spot = spot;
    entry.serial = m_nextSerial++;
    entry.receivedMs = m_clock.nowMs();
    entry.nodeIndex = nodeIndex;
    resolve(entry);
    m_pending.append(std::move(entry));
    // A burst longer than the list keeps only what the list can hold.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void SpotListModel::clear()
{
    m_batchTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_entries.clear();
    endResetModel();
    ++m_revision;
    emit spotsChanged();
}

void SpotListModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int incoming = int(m_pending.size());
    const int keep = std::min(int(m_entries.size()), m_capacity - incoming);
    if (keep < m_entries.size()) {
        const int excess = int(m_entries.size()) - keep;
        beginRemoveRows({}, rowCount() - excess, rowCount() - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
    beginInsertRows({}, 0, incoming - 1);
    m_entries.append(m_pending);
    m_pending.clear();
    endInsertRows();
    ++m_revision;
    emit spotsChanged();
}

int SpotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SpotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SpotListModel::Entry &SpotListModel::entry(int row) const
{
    return m_entries.at(m_entries.size() - 1 - row);
}

int SpotListModel::rowOfSerial(qint64 serial) const
{
    // Serials grow with the index: a binary search.
    const auto it
        = std::lower_bound(m_entries.cbegin(), m_entries.cend(), serial,
                           [](const Entry &entry, qint64 value) { return entry.serial < value; });
    if (it == m_entries.cend() || it->serial != serial)
        return -1;
    return int(m_entries.cend() - it) - 1;
}

std::optional<QString> SpotListModel::locatorOf(const QString &call) const
{
    if (call.isEmpty())
        return std::nullopt;
    const auto baseOf = [](QStringView text) {
        // The longest '/'-separated part is the home call in "DL/OK1ABC/P".
        QStringView best;
        for (const QStringView part : text.split(u'/'))
            best = part.size() > best.size() ? part : best;
        return best;
    };
    const QStringView wantedBase = baseOf(call);
    std::optional<QString> related;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->spot.dxLocator.isEmpty())
            continue;
        if (it->spot.dxCall.compare(call, Qt::CaseInsensitive) == 0)
            return it->spot.dxLocator;
        if (!related && baseOf(it->spot.dxCall).compare(wantedBase, Qt::CaseInsensitive) == 0)
            related = it->spot.dxLocator;
    }
    return related;
}

qint64 SpotListModel::ageSeconds(const Entry &entry) const
{
    return std::max<qint64>(0, (m_clock.nowMs() - entry.receivedMs) / 1000);
}

void SpotListModel::resolve(Entry &entry) const
{
    entry.entity.clear();
    entry.continent.clear();
    entry.position.reset();
    entry.positionFromLocator = false;
    entry.bearingDeg.reset();
    entry.distanceKm.reset();
    if (!m_database.isEmpty()) {
        const dxcc::DxccMatch match = m_database.lookup(entry.spot.dxCall);
        if (match.found()) {
            entry.entity = m_database.entity(match.entityIndex).name;
            entry.continent = dxcc::continentCode(match.continent);
            entry.position = match.position;
        }
    }
    if (!entry.spot.dxLocator.isEmpty()) {
        if (const auto point = geo::locatorToPoint(entry.spot.dxLocator)) {
            entry.position = *point;
            entry.positionFromLocator = true;
        }
    }
    if (m_station && entry.position) {
        entry.bearingDeg = geo::initialBearingDeg(*m_station, *entry.position);
        entry.distanceKm = geo::distanceKm(*m_station, *entry.position);
    }
}

namespace {
QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return SpotListModel::tr("now");
    if (seconds < 3600)
        return SpotListModel::tr("%1 min").arg(seconds / 60);
    return SpotListModel::tr("%1 h").arg(seconds / 3600);
}
} // namespace

QVariant SpotListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = entry(index.row());
    const cluster::DxSpot &spot = e.spot;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            if (spot.timeUtc)
                return spot.timeUtc->toString(QStringLiteral("HH:mm"));
            return m_clock.nowUtc()
                .addMSecs(e.receivedMs - m_clock.nowMs())
                .toString(QStringLiteral("HH:mm"));
        case FrequencyColumn:
            return QLocale().toString(spot.frequencyKhz, 'f', 1);
        case BandColumn:
            return spot.band;
        case ModeColumn:
            return cluster::spotModeCode(spot.mode);
        case DxColumn:
            return spot.dxCall;
        case EntityColumn:
            return e.entity;
        case BearingColumn:
            if (!e.bearingDeg)
                return {};
            return tr("%1°").arg(std::lround(*e.bearingDeg) % 360);
        case DistanceColumn:
            if (!e.distanceKm)
                return {};
            return tr("%1 km").arg(QLocale().toString(qint64(std::llround(*e.distanceKm))));
        case SpotterColumn:
            return spot.spotter;
        case CommentColumn:
            return spot.comment;
        case AgeColumn:
            return ageText(ageSeconds(e));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case FrequencyColumn:
        case BearingColumn:
        case DistanceColumn:
        case AgeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == EntityColumn && !e.continent.isEmpty())
            return tr("%1 (%2)").arg(e.entity, e.continent);
        if (index.column() == BearingColumn && e.bearingDeg)
            return e.positionFromLocator ? tr("To the locator %1 in the spot").arg(spot.dxLocator)
                                         : tr("To the centre of %1").arg(e.entity);
        return {};
    case BandRole:
        return spot.band;
    case ModeRole:
        return cluster::spotModeCode(spot.mode);
    case ContinentRole:
        return e.continent;
    case DistanceKmRole:
        return e.distanceKm ? QVariant(*e.distanceKm) : QVariant();
    case AgeSecondsRole:
        return ageSeconds(e);
    case SerialRole:
        return e.serial;
    default:
        return {};
    }
}

QVariant SpotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("UTC");
    case FrequencyColumn:
        return tr("kHz");
    case BandColumn:
        return tr("Band");
    case ModeColumn:
        return tr("Mode");
    case DxColumn:
        return tr("DX");
    case EntityColumn:
        return tr("Entity");
    case BearingColumn:
        return tr("Bearing");
    case DistanceColumn:
        return tr("Distance");
    case SpotterColumn:
        return tr("Spotter");
    case CommentColumn:
        return tr("Comment");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}
