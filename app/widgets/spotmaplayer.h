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
/// the spot lies beyond it). The dots are drawn once into an image whenever spots, ages or the
/// view change (positions projected then, from pre-drawn sprites, nothing allocated per spot);
/// the map composites that image, so a repaint costs the same with 2,000 spots as with none.
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

    /// The dots for this view (widget size in device pixels): drawn again only when something
    /// changed since the last call.
    const QImage &image(const geo::CompassGeometry &geometry, const geo::GeoPoint &viewCentre,
                        const QSize &pixelSize, qreal devicePixelRatio, bool dark);
    /// The highlight ring and call of the chosen spot (cheap: drawn on every repaint).
    void paintHighlight(QPainter &painter) const;
    /// The newest spot whose dot is at px in the last image(), 0 when none.
    [[nodiscard]] qint64 spotAt(const QPointF &px) const;
    /// "JA1ABC · 14025.0 kHz · Japan · 4 min · 35°" for a hover.
    [[nodiscard]] QString describe(qint64 serial) const;
    /// Counts the images drawn: a changed value means image() gave new dots.
    [[nodiscard]] quint64 imageSerial() const { return m_imageSerial; }
    /// How many dots the last image() drew (tests, benchmarks).
    [[nodiscard]] int drawnCount() const { return int(m_dots.size()); }

signals:
    /// The image is out of date (spots, ages or the highlight changed): repaint.
    void changed();

private:
    struct Dot
    {
        QPointF px;
        qint64 serial = 0;
    };
    static constexpr int fadeLevels = 8;
    void makeSprites(qreal devicePixelRatio, bool dark);

    QPointer<SpotListModel> m_model;
    QImage m_image;
    std::vector<Dot> m_dots; // oldest first, as drawn
    std::array<QImage, fadeLevels> m_sprites;
    // What m_image shows.
    bool m_dirty = true;
    quint64 m_revision = 0;
    geo::CompassGeometry m_geometry;
    geo::GeoPoint m_centre;
    qreal m_spriteRatio = 0;
    bool m_spriteDark = false;
    qint64 m_highlight = 0;
    quint64 m_imageSerial = 0;
    // The highlight as placed by the last image(): at the spot, or on the rim.
    QPointF m_highlightPx;
    bool m_highlightShown = false;
    bool m_highlightOnRim = false;
    QString m_highlightCall;
};
