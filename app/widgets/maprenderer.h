// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compassmaplayers.h"

#include <QImage>
#include <QObject>
#include <QThread>

/// Renders the compass map's static layers on a worker thread, so that re-centring, zooming or
/// a theme change never stalls the GUI thread for the 20-50 ms a projection of the 50m world
/// data takes. Requests are coalesced: while one render runs, only the newest request waits.
/// Lives on the GUI thread; its worker has a thread of its own.
class MapRenderer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapRenderer)

public:
    explicit MapRenderer(QObject *parent = nullptr);
    ~MapRenderer() override;

    /// Asks for the layers for options at pixelSize (device pixels) and devicePixelRatio;
    /// `serial` comes back with the image so that the caller can tell stale results apart.
    void request(quint64 serial, const MapLayerOptions &options, const QSize &pixelSize,
                 qreal devicePixelRatio);
    bool busy() const;

    /// The same work on the calling thread, for the first frame and for resizes.
    static QImage renderNow(const MapLayerOptions &options, const QSize &pixelSize,
                            qreal devicePixelRatio);

signals:
    void rendered(quint64 serial, const QImage &image);

private:
    struct Request
    {
        quint64 serial = 0;
        MapLayerOptions options;
        QSize pixelSize;
        qreal devicePixelRatio = 1.0;
    };
    void start(const Request &request);
    void finished(quint64 serial, const QImage &image);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    bool m_busy = false;
    std::optional<Request> m_waiting;
};
