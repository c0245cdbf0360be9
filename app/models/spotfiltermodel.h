// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class SpotListModel;

/// The Spots dock's filters over a SpotListModel: band, mode, maximum age, continent, maximum
/// distance from the station and a text (DX call, spotter, entity or comment). Empty or zero
/// means "any". A spot whose distance is unknown passes the distance filter only when it is off.
class SpotFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotFilterModel)

public:
    explicit SpotFilterModel(QObject *parent = nullptr);
    ~SpotFilterModel() override;

    void setSpotModel(SpotListModel *model);

    void setBand(const QString &band);
    void setMode(const QString &modeCode);
    void setMaxAgeMinutes(int minutes);
    void setContinent(const QString &continentCode);
    void setMaxDistanceKm(int distanceKm);
    void setText(const QString &text);

    [[nodiscard]] QString band() const { return m_band; }
    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] int maxAgeMinutes() const { return m_maxAgeMinutes; }
    [[nodiscard]] QString continent() const { return m_continent; }
    [[nodiscard]] int maxDistanceKm() const { return m_maxDistanceKm; }
    [[nodiscard]] QString text() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    template<typename T> void set(T &member, const T &value);

    SpotListModel *m_spots = nullptr;
    QString m_band;
    QString m_mode;
    int m_maxAgeMinutes = 0;
    QString m_continent;
    int m_maxDistanceKm = 0;
    QString m_text;
};
