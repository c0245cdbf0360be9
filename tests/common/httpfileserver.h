// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

/// A local HTTP server on a free loopback port that serves fixed bodies by path: the test
/// stand-in for a download site. Wraps Qt HttpServer (a technology preview in Qt 6.4) so the
/// rest of the tests never see its API.
class HttpFileServer
{
public:
    HttpFileServer();
    ~HttpFileServer();
    HttpFileServer(const HttpFileServer &) = delete;
    HttpFileServer &operator=(const HttpFileServer &) = delete;

    /// Listens on 127.0.0.1, port chosen by the system; false when it cannot.
    bool start();
    /// Serves body at path ("/cty.dat") with the HTTP status; replaces an earlier one.
    void serve(const QString &path, const QByteArray &body, int httpStatus = 200);
    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] quint16 port() const { return m_port; }
    /// How many requests reached path.
    [[nodiscard]] int hits(const QString &path) const { return m_hits.value(path); }

private:
    struct Entry
    {
        QByteArray body;
        int httpStatus = 200;
    };
    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, Entry> m_entries;
    QHash<QString, int> m_hits;
    quint16 m_port = 0;
};
