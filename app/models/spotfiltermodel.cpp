// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotfiltermodel.h"

#include "spotlistmodel.h"

SpotFilterModel::SpotFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

SpotFilterModel::~SpotFilterModel() = default;

void SpotFilterModel::setSpotModel(SpotListModel *model)
{
    m_spots = model;
    setSourceModel(model);
    // Ages move on: spots leave the age filter without any row changing.
    connect(model, &SpotListModel::agesChanged, this, [this] {
        if (m_maxAgeMinutes > 0)
            invalidateRowsFilter();
    });
}

template<typename T> void SpotFilterModel::set(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    invalidateRowsFilter();
}

void SpotFilterModel::setBand(const QString &band)
{
    set(m_band, band);
}

void SpotFilterModel::setMode(const QString &modeCode)
{
    set(m_mode, modeCode);
}

void SpotFilterModel::setMaxAgeMinutes(int minutes)
{
    set(m_maxAgeMinutes, std::max(0, minutes));
}

void SpotFilterModel::setContinent(const QString &continentCode)
{
    set(m_continent, continentCode);
}

void SpotFilterModel::setMaxDistanceKm(int distanceKm)
{
    set(m_maxDistanceKm, std::max(0, distanceKm));
}

void SpotFilterModel::setText(const QString &text)
{
    set(m_text, text.trimmed());
}

bool SpotFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_spots || sourceParent.isValid() || sourceRow >= m_spots->rowCount())
        return false;
    const SpotListModel::Entry &e = m_spots->entry(sourceRow);
    if (!m_band.isEmpty() && e.spot.band != m_band)
        return false;
    if (!m_mode.isEmpty() && cluster::spotModeCode(e.spot.mode) != m_mode)
        return false;
    if (m_maxAgeMinutes > 0 && m_spots->ageSeconds(e) > qint64(m_maxAgeMinutes) * 60)
        return false;
    if (!m_continent.isEmpty() && e.continent != m_continent)
        return false;
    if (m_maxDistanceKm > 0 && (!e.distanceKm || *e.distanceKm > m_maxDistanceKm))
        return false;
    if (!m_text.isEmpty()) {
        const auto has = [this](const QString &field) {
            return field.contains(m_text, Qt::CaseInsensitive);
        };
        if (!has(e.spot.dxCall) && !has(e.spot.spotter) && !has(e.entity) && !has(e.spot.comment))
            return false;
    }
    return true;
}
