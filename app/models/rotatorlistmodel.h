// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/redrawpacer.h"
#include "model/rotatorstate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <array>

class AzElPairs;
class Rotator;
class Session;

/// Every rotator of the station as a table. Telemetry is coalesced: a state change only marks
/// its row dirty, and a RedrawPacer (about ten times a second, with the map) emits dataChanged
/// for the dirty rows, so hundreds of rotators at 5 Hz stay cheap. Of a row changed once since the
/// last tick only the cells that look different are announced: a turning rotator repaints its
/// position, not its whole row.
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
        /// bool: an elevation unit shown in its az/el pair's row (the list hides its own row).
        PairedElevationRole,
    };

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

    /// The az/el pairs: a pair's azimuth row shows the pair (label, azimuth and elevation,
    /// the worse link of both units, the elevation unit's trouble in its status), and its
    /// elevation unit says PairedElevationRole. May be null (no pairs).
    void setAzElPairs(const AzElPairs *pairs);

    /// Emits the pending dataChanged now (tests; the timer does it otherwise).
    void flush();

private:
    /// Above this many dirty rows in one tick, rows are announced whole without comparing.
    static constexpr int maxComparedRows = 64;
    /// What a cell showed when it was last announced: its text and text colour. (Sort values
    /// follow the text; one that changes in hidden decimals only waits for the text to change.)
    struct CellLook
    {
        QVariant display;
        QVariant foreground;
        friend bool operator==(const CellLook &, const CellLook &) = default;
    };
    using RowLook = std::array<CellLook, ColumnCount>;
    /// A dirty row: the changes since the last tick, and whether all of it must be announced.
    struct Dirt
    {
        int changes = 0;
        bool wholeRow = false;
    };

    void watch(Rotator *rotator);
    void markDirty(const Rotator *rotator, bool wholeRow = false);
    [[nodiscard]] RowLook lookOf(const Rotator *rotator) const;
    [[nodiscard]] QVariant cellData(const Rotator *rotator, int column, int role) const;
    [[nodiscard]] QVariant displayData(const Rotator *rotator, int column) const;
    [[nodiscard]] QVariant sortData(const Rotator *rotator, int column) const;
    /// The pair's elevation unit when rotator is the azimuth unit of a live pair.
    [[nodiscard]] const Rotator *pairedElevation(const Rotator *rotator) const;
    /// A pair row's text in a column (the azimuth unit's merged with the elevation unit's).
    [[nodiscard]] QVariant pairDisplayData(const Rotator *azimuth, const Rotator *elevation,
                                           int column) const;
    [[nodiscard]] LinkState shownLink(const Rotator *rotator) const;

    Session *m_session;
    QPointer<const AzElPairs> m_pairs;
    QHash<const Rotator *, Dirt> m_dirty;
    QHash<const Rotator *, RowLook> m_shown;
    RedrawPacer m_pacer;
    QTimer m_silenceTimer; ///< runs while any rotator is stale
    void tickSilence();
};
