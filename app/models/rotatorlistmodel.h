// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

class Rotator;
class Session;

/// Every rotator of the station as a table. Telemetry is coalesced: a state change only marks
/// its row dirty and one timer tick (~50 ms) emits dataChanged for the dirty rows, so hundreds
/// of rotators at 5 Hz stay cheap.
class RotatorListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatorListModel)

public:
    enum Column {
        ColourColumn,
        LabelColumn,
        AddressColumn,
        BearingColumn,
        TargetColumn,
        StatusColumn,
        VoltageColumn,
        LinkColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RotatorRole = Qt::UserRole + 1, ///< Rotator* (as QObject*)
        SortRole, ///< a value that sorts naturally (numbers as numbers)
        LinkStateRole, ///< int(LinkState)
    };

    /// Coalescing interval for telemetry updates.
    static constexpr int flushIntervalMs = 50;
    /// How often a stale row's "silent for …" text is brought up to date.
    static constexpr int silenceTickMs = 1000;

    explicit RotatorListModel(Session *station, QObject *parent = nullptr);
    ~RotatorListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] Rotator *rotatorAt(int row) const;
    [[nodiscard]] int rowOf(const Rotator *rotator) const;

    /// Emits the pending dataChanged now (tests; the timer does it otherwise).
    void flush();

private:
    void watch(Rotator *rotator);
    void markDirty(const Rotator *rotator);
    [[nodiscard]] QVariant displayData(const Rotator *rotator, int column) const;
    [[nodiscard]] QVariant sortData(const Rotator *rotator, int column) const;

    Session *m_session;
    QSet<const Rotator *> m_dirty;
    QTimer m_flushTimer;
    QTimer m_silenceTimer; ///< runs while any rotator is stale
    void tickSilence();
};
