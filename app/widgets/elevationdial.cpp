// SPDX-License-Identifier: GPL-3.0-or-later
#include "elevationdial.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr int marginPx = 14;
constexpr int labelRoomPx = 14;
constexpr double pi = std::numbers::pi;

// Raw 0 is the left horizon, 90 the zenith, 180 the right horizon: angle from the +x axis.
double angleRadForRaw(double rawDeg)
{
    return pi - rawDeg * pi / 180.0;
}

} // namespace

ElevationDial::ElevationDial(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("elevationDial"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Click in the sky to move the antenna there"));
}

ElevationDial::~ElevationDial() = default;

void ElevationDial::setState(std::optional<int> rawDeg, std::optional<int> rawTargetDeg,
                             int maxRawDeg, bool trustworthy)
{
    maxRawDeg = std::clamp(maxRawDeg, 0, 180);
    if (rawDeg == m_rawDeg && rawTargetDeg == m_rawTargetDeg && maxRawDeg == m_maxRawDeg
        && trustworthy == m_trustworthy)
        return;
    m_rawDeg = rawDeg;
    m_rawTargetDeg = rawTargetDeg;
    m_maxRawDeg = maxRawDeg;
    m_trustworthy = trustworthy;
    update();
}

QSize ElevationDial::sizeHint() const
{
    return {240, heightForWidth(240)};
}

QSize ElevationDial::minimumSizeHint() const
{
    return {120, heightForWidth(120)};
}

int ElevationDial::heightForWidth(int width) const
{
    return width / 2 + marginPx + labelRoomPx;
}

QPointF ElevationDial::centre() const
{
    return {width() / 2.0, height() - double(labelRoomPx)};
}

double ElevationDial::radius() const
{
    return std::max(10.0, std::min(width() / 2.0, height() - double(labelRoomPx)) - marginPx);
}

QPointF ElevationDial::pointForRaw(double rawDeg, double radiusFraction) const
{
    const double a = angleRadForRaw(rawDeg);
    const double r = radius() * radiusFraction;
    return centre() + QPointF(r * std::cos(a), -r * std::sin(a));
}

void ElevationDial::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QPointF c = centre();
    const double r = radius();
    const QRectF box(c.x() - r, c.y() - r, 2 * r, 2 * r);

    // The sky, and the part of it the unit cannot reach (above its range).
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.2));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawPie(box, 0, 180 * 16);
    if (m_maxRawDeg < 180) {
        QColor dark = pal.color(QPalette::Mid);
        dark.setAlpha(110);
        painter.setPen(Qt::NoPen);
        painter.setBrush(dark);
        // From the right horizon (raw 180) back to raw max.
        painter.drawPie(box, 0, int(std::lround((180 - m_maxRawDeg) * 16.0)));
    }

    // Ticks every 30 degrees, labels at the horizons and the zenith.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.0));
    for (int raw = 0; raw <= 180; raw += 30)
        painter.drawLine(pointForRaw(raw, 0.92), pointForRaw(raw, 1.0));
    painter.setPen(pal.color(QPalette::Text));
    const QFontMetricsF fm(font());
    auto label = [&](int raw, const QString &text, Qt::Alignment align) {
        const QPointF at = pointForRaw(raw, 1.0);
        QRectF rect(0, 0, fm.horizontalAdvance(text) + 2, fm.height());
        if (align & Qt::AlignLeft)
            rect.moveTopLeft(QPointF(at.x() - 2, at.y() + 1));
        else if (align & Qt::AlignRight)
            rect.moveTopRight(QPointF(at.x() + 2, at.y() + 1));
        else
            rect.moveBottomLeft(QPointF(at.x() - rect.width() / 2, at.y() - 1));
        painter.drawText(rect, Qt::AlignCenter, text);
    };
    label(0, QStringLiteral("0"), Qt::AlignLeft);
    label(90, QStringLiteral("90"), Qt::AlignHCenter);
    label(180, QStringLiteral("180"), Qt::AlignRight);

    if (m_rawTargetDeg) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1.4, Qt::DashLine));
        painter.drawLine(c, pointForRaw(*m_rawTargetDeg, 1.0));
    }
    if (m_rawDeg) {
        const QColor needle = m_trustworthy ? pal.color(QPalette::Text) : pal.color(QPalette::Mid);
        painter.setPen(QPen(needle, 3.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(c, pointForRaw(std::clamp(*m_rawDeg, 0, 180), 0.95));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(pal.color(QPalette::Text));
    painter.drawEllipse(c, 3.0, 3.0);
}

void ElevationDial::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF d = event->position() - centre();
    // Only the sky takes clicks: above the horizon line, inside the half circle.
    if (d.y() > 0 || std::hypot(d.x(), d.y()) > radius() || std::hypot(d.x(), d.y()) < 4.0) {
        event->ignore();
        return;
    }
    const double angle = std::atan2(-d.y(), d.x()); // 0 right, pi left
    const int raw = int(std::lround((pi - angle) * 180.0 / pi));
    event->accept();
    emit rawRequested(std::clamp(raw, 0, 180));
}
