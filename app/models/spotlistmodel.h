// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/dxspot.h"
#include "dxcc/countrydatabase.h"
#include "geo/geopoint.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <optional>

class Clock;

/// The DX spots heard from the cluster nodes, newest first (row 0), at most `capacity` of them:
/// the oldest go. Spots are collected and inserted in batches by a short timer, so a busy node
/// (a contest weekend's hundred spots a second) costs one insert per tick. Each spot carries
/// what the map and the filters need, computed once on arrival: the entity and continent of
/// the DX call (when country data is there), a position (the comment's locator, else the
/// entity's centre) and the bearing and distance from the station.
class SpotListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotListModel)

public:
    enum Column {
        TimeColumn,
        FrequencyColumn,
        BandColumn,
        ModeColumn,
        DxColumn,
        EntityColumn,
        BearingColumn,
        DistanceColumn,
        SpotterColumn,
        CommentColumn,
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        BandRole = Qt::UserRole + 1, ///< "20m"
        ModeRole, ///< "CW" ("" unknown)
        ContinentRole, ///< "EU" ("" unknown)
        DistanceKmRole, ///< double, or invalid when the position is unknown
        AgeSecondsRole, ///< qint64
        SerialRole, ///< qint64: the spot's serial (stable while it is listed)
    };

    struct Entry
    {
        cluster::DxSpot spot;
        qint64 serial = 0; ///< counts up from 1 for each spot added
        qint64 receivedMs = 0; ///< Clock::nowMs() at arrival
        int nodeIndex = 0;
        QString entity; ///< the country file's name, "" when unknown
        QString continent; ///< "EU", "" when unknown
        /// From the comment's locator, else the entity's centre; unset when neither is known.
        std::optional<geo::GeoPoint> position;
        bool positionFromLocator = false;
        std::optional<double> bearingDeg; ///< short path from the station, 0..360
        std::optional<double> distanceKm;
    };

    static constexpr int defaultCapacity = 2000;
    static constexpr int batchIntervalMs = 200;
    /// How often the Age column (and the age filter, and the map's fading) move on.
    static constexpr int ageTickMs = 15000;

    /// clock must outlive the model.
    explicit SpotListModel(const Clock &clock, QObject *parent = nullptr);
    ~SpotListModel() override;

    void setCapacity(int rows);
    [[nodiscard]] int capacity() const { return m_capacity; }
    /// The station's locator, for bearings and distances ("" = none: no bearings).
    void setStationLocator(const QString &locator);
    /// Entities and continents of DX calls; an empty database leaves them blank.
    void setCountryDatabase(const dxcc::CountryDatabase &database);

    void addSpot(const cluster::DxSpot &spot, int nodeIndex = 0);
    void clear();
    /// Inserts the pending batch now (tests and benchmarks; the timer does it otherwise).
    void flush();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Entry &entry(int row) const;
    /// The row of a spot by serial, -1 when it is gone.
    [[nodiscard]] int rowOfSerial(qint64 serial) const;
    /// Seconds since the spot arrived.
    [[nodiscard]] qint64 ageSeconds(const Entry &entry) const;
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    /// Oldest first (the order the map draws them in, newest on top).
    [[nodiscard]] const QList<Entry> &entriesOldestFirst() const { return m_entries; }
    /// Bumped whenever spots came, went or moved (station or country data changed).
    [[nodiscard]] quint64 revision() const { return m_revision; }
    /// The locator the newest listed spot of this call gave for the DX in its comment, or
    /// nullopt. "OK1ABC" also finds a spot of "OK1ABC/P" (and the other way round) when no spot
    /// has the call exactly as asked.
    [[nodiscard]] std::optional<QString> locatorOf(const QString &call) const;

signals:
    /// After a batch was inserted or spots were recomputed (the map redraws).
    void spotsChanged();
    /// The age tick: ages moved on (filters re-run, the map fades).
    void agesChanged();

private:
    void resolve(Entry &entry) const;

    const Clock &m_clock;
    QList<Entry> m_entries; // oldest first; row r is m_entries[size - 1 - r]
    QList<Entry> m_pending;
    QTimer m_batchTimer;
    QTimer m_ageTimer;
    dxcc::CountryDatabase m_database;
    std::optional<geo::GeoPoint> m_station;
    int m_capacity = defaultCapacity;
    qint64 m_nextSerial = 1;
    quint64 m_revision = 0;
};
