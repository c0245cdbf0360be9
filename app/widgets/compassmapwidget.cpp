// SPDX-License-Identifier: GPL-3.0-or-later
#include "compassmapwidget.h"

#include <QPainter>
#include <QtMath>

#include <algorithm>

class CompassMapWidgetPrivate
{
public:
    double latDeg = 0;
    double lonDeg = 0;
    double radiusKm = 10000;
    QList<MapBeam> beams;
    QString targetLocator;
    QString hoverText;
    bool greyLine = true;
    bool locatorGrid = false;
    bool dark = true;
};

CompassMapWidget::CompassMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_d(std::make_unique<CompassMapWidgetPrivate>())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

CompassMapWidget::~CompassMapWidget() = default;

void CompassMapWidget::setCentre(double latDeg, double lonDeg)
{
    m_d->latDeg = latDeg;
    m_d->lonDeg = lonDeg;
    update();
}

bool CompassMapWidget::setCentreLocator(const QString &locator)
{
    Q_UNUSED(locator)
    return false;
}

double CompassMapWidget::centreLatDeg() const
{
    return m_d->latDeg;
}
double CompassMapWidget::centreLonDeg() const
{
    return m_d->lonDeg;
}

void CompassMapWidget::setRadiusKm(double km)
{
    const double clamped = std::clamp(km, minRadiusKm, maxRadiusKm);
    if (clamped == m_d->radiusKm)
        return;
    m_d->radiusKm = clamped;
    update();
    emit radiusChanged(clamped);
}

double CompassMapWidget::radiusKm() const
{
    return m_d->radiusKm;
}

void CompassMapWidget::setBeams(const QList<MapBeam> &beams)
{
    if (beams == m_d->beams)
        return;
    m_d->beams = beams;
    update();
}

QList<MapBeam> CompassMapWidget::beams() const
{
    return m_d->beams;
}

void CompassMapWidget::setTargetLocator(const QString &locator)
{
    m_d->targetLocator = locator;
    update();
}

void CompassMapWidget::setGreyLineVisible(bool visible)
{
    m_d->greyLine = visible;
    update();
}

void CompassMapWidget::setLocatorGridVisible(bool visible)
{
    m_d->locatorGrid = visible;
    update();
}

void CompassMapWidget::setDarkTheme(bool dark)
{
    m_d->dark = dark;
    update();
}

QString CompassMapWidget::hoverText() const
{
    return m_d->hoverText;
}

QPointF CompassMapWidget::pointForBearing(double bearingDeg, double radiusFraction) const
{
    const double radiusPx = std::min(width(), height()) / 2.0;
    const double rad = qDegreesToRadians(bearingDeg);
    return QPointF(width() / 2.0 + radiusFraction * radiusPx * std::sin(rad),
                   height() / 2.0 - radiusFraction * radiusPx * std::cos(rad));
}

QSize CompassMapWidget::sizeHint() const
{
    return {600, 600};
}
QSize CompassMapWidget::minimumSizeHint() const
{
    return {240, 240};
}

void CompassMapWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x10, 0x14, 0x1c));
}

void CompassMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
}
void CompassMapWidget::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
}
void CompassMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    QWidget::mouseMoveEvent(event);
}
void CompassMapWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
}
void CompassMapWidget::wheelEvent(QWheelEvent *event)
{
    QWidget::wheelEvent(event);
}
void CompassMapWidget::keyPressEvent(QKeyEvent *event)
{
    QWidget::keyPressEvent(event);
}
void CompassMapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QWidget::contextMenuEvent(event);
}
void CompassMapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}
