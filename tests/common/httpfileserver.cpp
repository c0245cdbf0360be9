// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfileserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

HttpFileServer::HttpFileServer()
    : m_server(std::make_unique<QHttpServer>())
{
    // One catch-all route: the path is looked up in m_entries at request time.
    m_server->route(u".*"_qs, [this](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        ++m_hits[path];
        const auto it = m_entries.constFind(path);
        if (it == m_entries.cend())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), it->body,
                                   QHttpServerResponse::StatusCode(it->httpStatus));
    });
}

HttpFileServer::~HttpFileServer() = default;

bool HttpFileServer::start()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

void HttpFileServer::serve(const QString &path, const QByteArray &body, int httpStatus)
{
    m_entries.insert(path, {body, httpStatus});
}

QUrl HttpFileServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(u"http"_qs);
    url.setHost(u"127.0.0.1"_qs);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}
