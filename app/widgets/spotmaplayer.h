// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/compassgeometry.h"
#include "geo/geopoint.h"

#include <QImage>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include <array>
#include <vector>

class QPainter;
class SpotListModel;

/// The DX spots on the compass map: one dot per spot at its position, fading with age, the
/// newest on top, and a highlight for the spot chosen in the Spots dock (at the map's rim when
/// the spot lies beyond it). The dots are placed (projected, faded) only when spots, ages or the
/// view change, and the map paints them from pre-drawn sprites onto its own copy of the world
/// layers at that moment, nothing allocated per spot; a repaint between changes costs the same
/// with 2,000 spots as with none.
class SpotMapLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotMapLayer)

public:
    /// A spot counts as under the mouse within this distance of its dot (logical pixels).
    static constexpr double hitRadiusPx = 6.0;
    /// Spots fade from full colour to faint over this age.
    static constexpr int fadeMinutes = 60;

    explicit SpotMapLayer(SpotListModel *model, QObject *parent = nullptr);
    ~SpotMapLayer() override;

    void setHighlightSerial(qint64 serial);
    [[nodiscard]] qint64 highlightSerial() const { return m_highlight; }

    /// Places the dots for this view: where each one goes and how faded it is. Returns true
    /// when they changed since the last call (spots, ages, the highlight or the view), so the
    /// caller paints them again; false costs nothing.
    bool place(const geo::CompassGeometry &geometry, const geo::GeoPoint &viewCentre,
               qreal devicePixelRatio, bool dark);
    /// Paints the placed dots, oldest first, straight onto the painter's device (the map under
    /// them): no layer of its own to clear and blend.
    void paintDots(QPainter &painter) const;
    /// The highlight ring and call of the chosen spot (cheap: drawn on every repaint).
    void paintHighlight(QPainter &painter) const;
    /// The newest spot whose dot is at px as last placed, 0 when none.
    [[nodiscard]] qint64 spotAt(const QPointF &px) const;
    /// "JA1ABC · 14025.0 kHz · Japan · 4 min · 35°" for a hover.
    [[nodiscard]] QString describe(qint64 serial) const;
    /// Counts the placements: a changed value means place() gave new dots.
    [[nodiscard]] quint64 placementSerial() const { return m_placementSerial; }
    /// How many dots the last place() put on the map (tests, benchmarks).
    [[nodiscard]] int drawnCount() const { return int(m_dots.size()); }

signals:
    /// The dots are out of date (spots, ages or the highlight changed): repaint.
    void changed();

private:
    struct Dot
    {
        QPointF px;
        qint64 serial = 0;
        int level = 0; ///< fade level, 0 (fresh) .. fadeLevels - 1
    };
    static constexpr int fadeLevels = 8;
    void makeSprites(qreal devicePixelRatio, bool dark);

    QPointer<SpotListModel> m_model;
    std::vector<Dot> m_dots; // oldest first, as drawn
    std::array<QImage, fadeLevels> m_sprites;
    // What m_dots were placed for.
    bool m_dirty = true;
    quint64 m_revision = 0;
    geo::CompassGeometry m_geometry;
    geo::GeoPoint m_centre;
    qreal m_spriteRatio = 0;
    bool m_spriteDark = false;
    qint64 m_highlight = 0;
    quint64 m_placementSerial = 0;
    // The highlight as placed by the last place(): at the spot, or on the rim.
    QPointF m_highlightPx;
    bool m_highlightShown = false;
    bool m_highlightOnRim = false;
    QString m_highlightCall;
};
