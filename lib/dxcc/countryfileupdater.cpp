// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryfileupdater.h"

#include "countryfiles.h"
#include "dxcclogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace dxcc {

CountryFileUpdater::CountryFileUpdater(QString targetPath, QObject *parent)
    : QObject(parent)
    , m_targetPath(std::move(targetPath))
    , m_url(defaultCountryFileUrl())
{
}

CountryFileUpdater::~CountryFileUpdater()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CountryFileUpdater::start()
{
    if (isRunning()) {
        // Report on the next event-loop turn: callers connect after start() too.
        QTimer::singleShot(0, this, [this] { emit finished(Result::Busy); });
        return;
    }
    m_received.clear();
    m_tooLarge = false;
    m_cancelled = false;
    m_parseError = {};
    m_networkError = QNetworkReply::NoError;
    m_httpStatus = 0;

    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"RotorDeck/%1"_qs.arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    qCInfo(lcDxcc) << "country file download from" << m_url.toDisplayString();
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &CountryFileUpdater::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progressChanged(received, total > 0 ? total : -1);
    });
    connect(m_reply, &QNetworkReply::finished, this, &CountryFileUpdater::onFinished);
}

void CountryFileUpdater::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished() synchronously
}

void CountryFileUpdater::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_received += m_reply->readAll();
    if (m_received.size() > m_maximumBytes) {
        m_tooLarge = true;
        m_received.clear();
        m_reply->abort();
    }
}

void CountryFileUpdater::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply.clear();
    if (!m_tooLarge && !m_cancelled && reply->error() == QNetworkReply::NoError)
        m_received += reply->readAll();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_networkError = reply->error();

    if (m_cancelled)
        return finish(Result::Cancelled);
    if (m_tooLarge || m_received.size() > m_maximumBytes)
        return finish(Result::TooLarge);
    if (m_httpStatus != 0 && m_httpStatus != 200)
        return finish(Result::HttpError);
    if (m_networkError != QNetworkReply::NoError)
        return finish(Result::NetworkError);

    auto database = CountryDatabase::fromBytes(m_received, &m_parseError);
    if (!database)
        return finish(Result::Invalid);
    if (database->entityCount() < m_minimumEntities)
        return finish(Result::TooFewEntities);

    QSaveFile file(m_targetPath);
    const bool written = QDir().mkpath(QFileInfo(m_targetPath).absolutePath())
        && file.open(QIODevice::WriteOnly) && file.write(m_received) == m_received.size()
        && file.commit();
    if (!written) {
        qCWarning(lcDxcc) << "country file not written:" << m_targetPath << file.errorString();
        return finish(Result::WriteFailed);
    }
    m_database = std::move(*database);
    finish(Result::Updated);
}

void CountryFileUpdater::finish(Result result)
{
    m_received.clear();
    if (result == Result::Updated) {
        qCInfo(lcDxcc) << "country file updated:" << m_targetPath << "version"
                       << m_database.version() << m_database.entityCount() << "entities";
    } else {
        qCWarning(lcDxcc) << "country file update failed:" << result << "HTTP" << m_httpStatus
                          << m_networkError << ctyErrorName(m_parseError.code) << "line"
                          << m_parseError.line;
    }
    emit finished(result);
}

} // namespace dxcc
