// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotmaplayer.h"

#include "models/spotlistmodel.h"

#include "core/clock.h"
#include "geo/azimuthalequidistant.h"
#include "geo/greatcircle.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace {
// Spots are warm yellow on the dark map, a deep orange on the light one: apart from the
// rotator colours and the target's gold line.
constexpr QColor spotDark {0xff, 0xe0, 0x4a};
constexpr QColor spotLight {0xd0, 0x50, 0x00};
constexpr QColor outlineDark {0, 0, 0, 160};
constexpr QColor outlineLight {0xff, 0xff, 0xff, 200};
constexpr QColor highlightRing {0x4d, 0xd0, 0xff};
constexpr double dotRadiusPx = 3.0;
constexpr double highlightRadiusPx = 9.0;
constexpr int faintestAlpha = 60;

bool sameGeometry(const geo::CompassGeometry &a, const geo::CompassGeometry &b)
{
    return a.centrePx() == b.centrePx() && a.radiusPx() == b.radiusPx()
        && a.radiusKm() == b.radiusKm();
}
} // namespace

SpotMapLayer::SpotMapLayer(SpotListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    const auto invalidate = [this] {
        m_dirty = true;
        emit changed();
    };
    connect(model, &SpotListModel::spotsChanged, this, invalidate);
    connect(model, &SpotListModel::agesChanged, this, invalidate);
}

SpotMapLayer::~SpotMapLayer() = default;

void SpotMapLayer::setHighlightSerial(qint64 serial)
{
    if (serial == m_highlight)
        return;
    m_highlight = serial;
    m_dirty = true;
    emit changed();
}

void SpotMapLayer::makeSprites(qreal devicePixelRatio, bool dark)
{
    const int sidePx = int(std::ceil((dotRadiusPx + 1.5) * 2 * devicePixelRatio));
    for (int level = 0; level < fadeLevels; ++level) {
        QImage sprite(sidePx, sidePx, QImage::Format_ARGB32_Premultiplied);
        sprite.setDevicePixelRatio(devicePixelRatio);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        const int alpha = 255 - (255 - faintestAlpha) * level / (fadeLevels - 1);
        QColor fill = dark ? spotDark : spotLight;
        fill.setAlpha(alpha);
        QColor outline = dark ? outlineDark : outlineLight;
        outline.setAlpha(outline.alpha() * alpha / 255);
        p.setPen(QPen(outline, 1.0));
        p.setBrush(fill);
        const double half = sidePx / devicePixelRatio / 2.0;
        p.drawEllipse(QPointF(half, half), dotRadiusPx, dotRadiusPx);
        p.end();
        m_sprites[size_t(level)] = sprite;
    }
    m_spriteRatio = devicePixelRatio;
    m_spriteDark = dark;
}

bool SpotMapLayer::place(const geo::CompassGeometry &geometry, const geo::GeoPoint &viewCentre,
                         qreal devicePixelRatio, bool dark)
{
    const bool viewSame = sameGeometry(geometry, m_geometry) && viewCentre == m_centre
        && m_spriteRatio == devicePixelRatio && m_spriteDark == dark;
    if (!m_dirty && viewSame && m_model && m_model->revision() == m_revision)
        return false;
    m_dirty = false;
    ++m_placementSerial;
    m_geometry = geometry;
    m_centre = viewCentre;
    if (m_spriteRatio != devicePixelRatio || m_spriteDark != dark)
        makeSprites(devicePixelRatio, dark);
    m_dots.clear(); // keeps its capacity: no allocation once the list is full
    m_highlightShown = false;
    if (!m_model || !geometry.isValid())
        return true;
    m_revision = m_model->revision();

    const geo::AzimuthalEquidistant projection(viewCentre);
    const QList<SpotListModel::Entry> &entries = m_model->entriesOldestFirst();
    m_dots.reserve(size_t(entries.size()));
    const qint64 nowMs = m_model->clock().nowMs();
    const qint64 fadeMs = qint64(fadeMinutes) * 60 * 1000;
    for (const SpotListModel::Entry &entry : entries) {
        if (!entry.position)
            continue;
        const QPointF px = geometry.planeToPx(projection.forward(*entry.position));
        if (entry.serial == m_highlight) {
            m_highlightCall = entry.spot.dxCall;
            m_highlightShown = true;
            m_highlightOnRim = !geometry.containsPoint(px);
            // Beyond the map's edge: on the rim, in its direction from the view's centre.
            m_highlightPx = m_highlightOnRim ? geometry.pointAt(geometry.bearingAt(px), 1.0) : px;
        }
        if (!geometry.containsPoint(px))
            continue;
        const qint64 ageMs = std::clamp<qint64>(nowMs - entry.receivedMs, 0, fadeMs);
        const int level = int(ageMs * (fadeLevels - 1) / fadeMs);
        m_dots.push_back({px, entry.serial, level});
    }
    return true;
}

void SpotMapLayer::paintDots(QPainter &painter) const
{
    if (m_dots.empty())
        return;
    const double half = m_sprites[0].width() / m_spriteRatio / 2.0;
    // Oldest first, so the newest dot is on top. Each sprite is a plain, untransformed blit.
    for (const Dot &dot : m_dots)
        painter.drawImage(QPointF(dot.px.x() - half, dot.px.y() - half),
                          m_sprites[size_t(dot.level)]);
}

void SpotMapLayer::paintHighlight(QPainter &painter) const
{
    if (!m_highlightShown)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(highlightRing, 2.0, m_highlightOnRim ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(m_highlightPx, highlightRadiusPx, highlightRadiusPx);
    const QPointF textAt = m_highlightPx + QPointF(highlightRadiusPx + 3, -highlightRadiusPx);
    painter.setPen(QPen(QColor(0, 0, 0, 180), 3.0));
    painter.drawText(textAt + QPointF(1, 1), m_highlightCall);
    painter.setPen(highlightRing);
    painter.drawText(textAt, m_highlightCall);
    painter.restore();
}

qint64 SpotMapLayer::spotAt(const QPointF &px) const
{
    constexpr double limit = hitRadiusPx * hitRadiusPx;
    // Newest first: the dot drawn on top wins.
    for (auto it = m_dots.crbegin(); it != m_dots.crend(); ++it) {
        const QPointF d = it->px - px;
        if (d.x() * d.x() + d.y() * d.y() <= limit)
            return it->serial;
    }
    return 0;
}

QString SpotMapLayer::describe(qint64 serial) const
{
    if (!m_model)
        return {};
    const int row = m_model->rowOfSerial(serial);
    if (row < 0)
        return {};
    const SpotListModel::Entry &e = m_model->entry(row);
    QStringList parts {e.spot.dxCall,
                       tr("%1 kHz").arg(QLocale().toString(e.spot.frequencyKhz, 'f', 1))};
    if (!e.entity.isEmpty())
        parts.append(e.entity);
    const qint64 minutes = m_model->ageSeconds(e) / 60;
    parts.append(minutes == 0 ? tr("just now") : tr("%n min ago", nullptr, int(minutes)));
    if (e.bearingDeg)
        parts.append(tr("%1°").arg(std::lround(*e.bearingDeg) % 360));
    parts.append(tr("click to turn"));
    return parts.join(QStringLiteral(" · "));
}
