// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

MapRenderer::MapRenderer(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("map renderer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

MapRenderer::~MapRenderer()
{
    // A render in progress finishes first (tens of milliseconds); its result is dropped.
    m_thread.quit();
    m_thread.wait();
}

QImage MapRenderer::renderNow(const MapLayerOptions &options, const QSize &pixelSize,
                              qreal devicePixelRatio)
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    renderMapLayers(image, options);
    return image;
}

void MapRenderer::request(quint64 serial, const MapLayerOptions &options, const QSize &pixelSize,
                          qreal devicePixelRatio)
{
    const Request next {serial, options, pixelSize, devicePixelRatio};
    if (m_busy) {
        m_waiting = next; // replaces an older waiting request
        return;
    }
    start(next);
}

bool MapRenderer::busy() const
{
    return m_busy;
}

void MapRenderer::start(const Request &request)
{
    m_busy = true;
    // The lambda runs on the worker thread; it only touches its own copies and world data that
    // is read-only once loaded. The result comes back as a queued call on this object's thread.
    QMetaObject::invokeMethod(
        m_worker,
        [this, request] {
            const QImage image
                = renderNow(request.options, request.pixelSize, request.devicePixelRatio);
            QMetaObject::invokeMethod(
                this, [this, serial = request.serial, image] { finished(serial, image); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void MapRenderer::finished(quint64 serial, const QImage &image)
{
    m_busy = false;
    if (m_waiting) {
        const Request next = *m_waiting;
        m_waiting.reset();
        start(next);
    }
    emit rendered(serial, image);
}
