// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorlistmodel.h"

#include "azelpairs.h"
#include "palette.h"
#include "rotatorformat.h"
#include "session.h"

#include "core/clock.h"
#include "model/rotator.h"
#include "protocol/firmwarelimits.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

RotatorListModel::RotatorListModel(Session *station, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(station)
{
    connect(&m_pacer, &RedrawPacer::due, this, &RotatorListModel::flush);
    m_silenceTimer.setInterval(silenceTickMs);
    connect(&m_silenceTimer, &QTimer::timeout, this, &RotatorListModel::tickSilence);

    for (Rotator *rotator : station->rotators())
        watch(rotator);

    connect(station, &Session::rotatorAboutToBeAdded, this,
            [this](int index) { beginInsertRows({}, index, index); });
    connect(station, &Session::rotatorAdded, this, [this](int, Rotator *rotator) {
        endInsertRows();
        watch(rotator);
    });
    connect(station, &Session::rotatorAboutToBeRemoved, this, [this](int index, Rotator *rotator) {
        m_dirty.remove(rotator);
        m_shown.remove(rotator);
        rotator->disconnect(this);
        beginRemoveRows({}, index, index);
    });
    connect(station, &Session::rotatorRemoved, this, [this](int) { endRemoveRows(); });
    connect(station, &Session::rotatorConfigChanged, this,
            [this](Rotator *rotator) { markDirty(rotator, true); });
}

RotatorListModel::~RotatorListModel() = default;

void RotatorListModel::setAzElPairs(const AzElPairs *pairs)
{
    if (m_pairs)
        m_pairs->disconnect(this);
    m_pairs = pairs;
    auto allRowsChanged = [this] {
        m_shown.clear(); // every row is announced whole: nothing to compare with any more
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    if (pairs)
        connect(pairs, &AzElPairs::changed, this, allRowsChanged);
    allRowsChanged();
}

const Rotator *RotatorListModel::pairedElevation(const Rotator *rotator) const
{
    return m_pairs ? m_pairs->elevationOf(rotator) : nullptr;
}

LinkState RotatorListModel::shownLink(const Rotator *rotator) const
{
    const LinkState own = rotator->state().link;
    const Rotator *elevation = pairedElevation(rotator);
    if (!elevation)
        return own;
    // The worse of both units: a pair is only as reachable as its weaker half.
    auto badness = [](LinkState link) {
        switch (link) {
        case LinkState::Live:
            return 0;
        case LinkState::Unknown:
            return 1;
        case LinkState::Stale:
            return 2;
        case LinkState::BrokerDown:
            return 3;
        }
        return 0;
    };
    const LinkState other = elevation->state().link;
    return badness(other) > badness(own) ? other : own;
}

void RotatorListModel::watch(Rotator *rotator)
{
    connect(rotator, &Rotator::pendingTargetChanged, this, [this, rotator] { markDirty(rotator); });
    connect(rotator, &Rotator::stateChanged, this, [this, rotator] {
        markDirty(rotator);
        // A paired elevation unit is seen in its azimuth unit's row.
        if (const Rotator *azimuth = m_pairs ? m_pairs->azimuthOf(rotator) : nullptr)
            markDirty(azimuth);
        if (rotator->state().link == LinkState::Stale && !m_silenceTimer.isActive())
            m_silenceTimer.start();
    });
    if (rotator->state().link == LinkState::Stale && !m_silenceTimer.isActive())
        m_silenceTimer.start();
}

void RotatorListModel::tickSilence()
{
    // Nothing changes in a silent rotator's state, but the time it has been silent grows.
    bool any = false;
    for (const Rotator *rotator : m_session->rotators()) {
        if (rotator->state().link == LinkState::Stale) {
            markDirty(rotator);
            if (const Rotator *azimuth = m_pairs ? m_pairs->azimuthOf(rotator) : nullptr)
                markDirty(azimuth);
            any = true;
        }
    }
    if (!any)
        m_silenceTimer.stop();
}

void RotatorListModel::markDirty(const Rotator *rotator, bool wholeRow)
{
    Dirt &dirt = m_dirty[rotator];
    ++dirt.changes;
    dirt.wholeRow = dirt.wholeRow || wholeRow;
    m_pacer.request();
}

RotatorListModel::RowLook RotatorListModel::lookOf(const Rotator *rotator) const
{
    RowLook look;
    for (int column = 0; column < ColumnCount; ++column) {
        look[column] = {cellData(rotator, column, Qt::DisplayRole),
                        cellData(rotator, column, Qt::ForegroundRole)};
    }
    return look;
}

void RotatorListModel::flush()
{
    m_pacer.cancel();
    if (m_dirty.isEmpty())
        return;
    struct Row
    {
        int row;
        const Rotator *rotator;
        Dirt dirt;
    };
    QList<Row> rows;
    rows.reserve(m_dirty.size());
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row >= 0)
            rows.append({row, it.key(), it.value()});
    }
    m_dirty.clear();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.row < b.row; });
    // Comparing looks pays off while the view repaints every announced row. With more rows than
    // a screen holds it repaints only the visible ones anyway, and comparing would cost more.
    const bool compare = rows.size() <= maxComparedRows;
    for (const Row &r : std::as_const(rows)) {
        if (!compare) {
            m_shown.remove(r.rotator);
            emit dataChanged(index(r.row, 0), index(r.row, ColumnCount - 1));
            continue;
        }
        RowLook now = lookOf(r.rotator);
        const auto shown = m_shown.constFind(r.rotator);
        // After one change the view shows either the announced look or the current one, so the
        // cells that differ from the announced look are all that can be out of date. After
        // several, a repaint in between may show a value since changed back: the whole row goes.
        if (r.dirt.wholeRow || r.dirt.changes > 1 || shown == m_shown.cend()) {
            emit dataChanged(index(r.row, 0), index(r.row, ColumnCount - 1));
        } else {
            // One dataChanged per run of adjacent changed cells.
            for (int first = 0; first < ColumnCount;) {
                if (now[first] == shown->at(first)) {
                    ++first;
                    continue;
                }
                int last = first;
                while (last + 1 < ColumnCount && !(now[last + 1] == shown->at(last + 1)))
                    ++last;
                emit dataChanged(index(r.row, first), index(r.row, last));
                first = last + 1;
            }
        }
        m_shown.insert(r.rotator, std::move(now));
    }
}

int RotatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->rotatorCount();
}

int RotatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Rotator *RotatorListModel::rotatorAt(int row) const
{
    return m_session->rotatorAt(row);
}

int RotatorListModel::rowOf(const Rotator *rotator) const
{
    return m_session->indexOf(rotator);
}

QVariant RotatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rotator *rotator = rotatorAt(index.row());
    return rotator ? cellData(rotator, index.column(), role) : QVariant();
}

QVariant RotatorListModel::cellData(const Rotator *rotator, int column, int role) const
{
    const RotatorState &state = rotator->state();
    const Rotator *elevation = pairedElevation(rotator);
    const LinkState link = shownLink(rotator);

    switch (role) {
    case Qt::DisplayRole:
        return elevation ? pairDisplayData(rotator, elevation, column)
                         : displayData(rotator, column);
    case SortRole:
        if (elevation && (column == LabelColumn || column == AddressColumn))
            return pairDisplayData(rotator, elevation, column);
        return sortData(rotator, column);
    case RotatorRole:
        return QVariant::fromValue(static_cast<QObject *>(const_cast<Rotator *>(rotator)));
    case LinkStateRole:
        return int(link);
    case PairedElevationRole:
        return m_pairs && m_pairs->azimuthOf(rotator) != nullptr;
    case Qt::DecorationRole:
        if (column == ColourColumn)
            return m_session->colour(rotator);
        return {};
    case Qt::BackgroundRole:
        if (column == ColourColumn)
            return QBrush(m_session->colour(rotator));
        return {};
    case Qt::ForegroundRole:
        if (column == LinkColumn)
            return QBrush(rotatorformat::linkColour(link));
        if (column == StatusColumn && link == LinkState::Live
            && (state.moving || (elevation && elevation->state().moving)))
            return QBrush(palette::status::alert);
        if (column == VoltageColumn && state.voltageV && protocol::isUnderVoltage(*state.voltageV))
            return QBrush(palette::status::alert);
        if (link == LinkState::Stale || link == LinkState::BrokerDown) {
            if (column == BearingColumn || column == TargetColumn)
                return QBrush(palette::status::untrusted);
        }
        return {};
    case Qt::FontRole:
        if (column == BearingColumn || column == LinkColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == BearingColumn || column == TargetColumn || column == VoltageColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b> — %2")
                     .arg(m_session->label(rotator).toHtmlEscaped(),
                          rotatorformat::addressText(rotator->address()).toHtmlEscaped());
        lines << tr("Broker: %1").arg(m_session->brokerName(rotator).toHtmlEscaped());
        if (!state.name.isEmpty())
            lines << tr("Device name: %1").arg(state.name.toHtmlEscaped());
        lines << rotatorformat::rawHint(state);
        lines << tr("Start azimuth %1°, range %2°, beam %3°")
                     .arg(state.startAzimuthDeg)
                     .arg(state.maxRotateDeg)
                     .arg(state.beamWidthDeg);
        if (state.lastMessageUtc.isValid())
            lines << tr("Last message: %1")
                         .arg(QLocale().toString(state.lastMessageUtc.toLocalTime(),
                                                 QLocale::ShortFormat));
        if (!state.lastDebug.isEmpty())
            lines << tr("Last device message: %1").arg(state.lastDebug.toHtmlEscaped());
        if (elevation) {
            const RotatorState &el = elevation->state();
            lines << tr("Elevation unit: %1 — %2, %3")
                         .arg(m_session->label(elevation).toHtmlEscaped(),
                              rotatorformat::addressText(elevation->address()).toHtmlEscaped(),
                              rotatorformat::linkText(el.link));
            lines << rotatorformat::rawHint(el);
        }
        return lines.join(QStringLiteral("<br>"));
    }
    default:
        break;
    }
    return {};
}

QVariant RotatorListModel::displayData(const Rotator *rotator, int column) const
{
    const RotatorState &state = rotator->state();
    switch (column) {
    case ColourColumn:
        return QString();
    case LabelColumn:
        return rotatorformat::elidedText(m_session->label(rotator));
    case AddressColumn:
        return rotatorformat::elidedText(rotatorformat::addressText(rotator->address()));
    case BearingColumn:
        return rotatorformat::positionText(state);
    case TargetColumn:
        // During a stop-then-reverse the old target is still the device's: show the next one.
        if (const std::optional<int> pendingRaw = rotator->pendingRawTargetDeg()) {
            RotatorState pending = state;
            pending.rawTargetDeg = pendingRaw;
            return tr("%1 (after stop)")
                .arg(rotatorformat::bearingText(pending.targetBearingDeg()));
        }
        if (!state.targetBearingDeg())
            return QString();
        if (state.targetFromOtherClient)
            return tr("%1 (another client)")
                .arg(rotatorformat::bearingText(state.targetBearingDeg()));
        return rotatorformat::bearingText(state.targetBearingDeg());
    case StatusColumn:
        return rotatorformat::statusText(state, m_session->clock().nowUtc());
    case VoltageColumn:
        return state.voltageV ? QStringLiteral("%1 V").arg(*state.voltageV, 0, 'f', 1) : QString();
    case LinkColumn:
        return rotatorformat::linkText(state.link);
    default:
        break;
    }
    return {};
}

QVariant RotatorListModel::pairDisplayData(const Rotator *azimuth, const Rotator *elevation,
                                           int column) const
{
    const RotatorState &el = elevation->state();
    switch (column) {
    case LabelColumn:
        return rotatorformat::elidedText(m_pairs->label(azimuth));
    case AddressColumn:
        return rotatorformat::elidedText(
            tr("%1 + %2").arg(rotatorformat::addressText(azimuth->address()),
                              rotatorformat::addressText(elevation->address())));
    case BearingColumn:
        return tr("%1 · %2").arg(rotatorformat::positionText(azimuth->state()),
                                 rotatorformat::positionText(el));
    case TargetColumn: {
        const QString azimuthTarget = displayData(azimuth, TargetColumn).toString();
        const QString elevationTarget = displayData(elevation, TargetColumn).toString();
        if (elevationTarget.isEmpty())
            return azimuthTarget;
        return tr("%1 · %2").arg(azimuthTarget.isEmpty() ? QStringLiteral("—") : azimuthTarget,
                                 elevationTarget);
    }
    case StatusColumn: {
        // The elevation unit's own trouble (silent, broker down, turning) stays visible here.
        const QDateTime now = m_session->clock().nowUtc();
        const QString azimuthStatus = rotatorformat::statusText(azimuth->state(), now);
        const QString elevationStatus = rotatorformat::statusText(el, now);
        if (elevationStatus == azimuthStatus)
            return azimuthStatus;
        return tr("%1 · el: %2").arg(azimuthStatus, elevationStatus);
    }
    case LinkColumn:
        return rotatorformat::linkText(shownLink(azimuth));
    default:
        break;
    }
    return displayData(azimuth, column);
}

QVariant RotatorListModel::sortData(const Rotator *rotator, int column) const
{
    const RotatorState &state = rotator->state();
    switch (column) {
    case ColourColumn:
        return m_session->indexOf(rotator);
    case BearingColumn:
        return state.bearingDeg() ? *state.bearingDeg() : -1;
    case TargetColumn:
        if (const std::optional<int> pendingRaw = rotator->pendingRawTargetDeg()) {
            RotatorState pending = state;
            pending.rawTargetDeg = pendingRaw;
            return pending.targetBearingDeg().value_or(-1);
        }
        return state.targetBearingDeg() ? *state.targetBearingDeg() : -1;
    case VoltageColumn:
        return state.voltageV.value_or(-1.0);
    case LinkColumn:
        return int(state.link);
    case LabelColumn: // the whole text, not the elided one
        return m_session->label(rotator);
    case AddressColumn:
        return rotatorformat::addressText(rotator->address());
    default:
        break;
    }
    return displayData(rotator, column);
}

QVariant RotatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ColourColumn:
            return QString();
        case LabelColumn:
            return tr("Rotator");
        case AddressColumn:
            return tr("CALL/ID");
        case BearingColumn:
            return tr("Bearing");
        case TargetColumn:
            return tr("Target");
        case StatusColumn:
            return tr("Status");
        case VoltageColumn:
            return tr("Supply");
        case LinkColumn:
            return tr("Link");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == ColourColumn)
        return tr("Colour on the map and in the plot");
    return {};
}
