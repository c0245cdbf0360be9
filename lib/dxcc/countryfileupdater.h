// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countrydatabase.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace dxcc {

/// Downloads a fresh cty.dat, validates all of it, and only then replaces the target file
/// atomically (QSaveFile); on any failure the old file stays as it was. One download at a time.
/// Lives on the thread that uses it (normally the GUI thread); never blocks.
class CountryFileUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryFileUpdater)

public:
    enum class Result {
        Updated, ///< the new file is in place; database() holds it
        Busy, ///< start() while a download runs: ignored
        NetworkError, ///< no connection, TLS, timeout...: networkError() tells which
        HttpError, ///< the server answered with a status other than 200: httpStatus()
        TooLarge, ///< more than maximumBytes(): aborted
        Invalid, ///< the file is damaged: parseError() says where and why
        TooFewEntities, ///< parses, but has fewer than minimumEntities() (an error page, a stub)
        WriteFailed, ///< the target could not be written; the old file is untouched
        Cancelled ///< cancel() was called
    };
    Q_ENUM(Result)

    /// targetPath: the file to replace (normally userCountryFilePath()); its folder is created.
    explicit CountryFileUpdater(QString targetPath, QObject *parent = nullptr);
    ~CountryFileUpdater() override;

    [[nodiscard]] QString targetPath() const { return m_targetPath; }
    /// Default defaultCountryFileUrl(). http(s) or file URLs.
    void setUrl(const QUrl &url) { m_url = url; }
    [[nodiscard]] QUrl url() const { return m_url; }
    /// A whole-transfer timeout; default 60000 ms.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    /// Default maxCtyFileBytes.
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    [[nodiscard]] qint64 maximumBytes() const { return m_maximumBytes; }
    /// A real file has ~400 entities; default 300 guards against a stub replacing it.
    void setMinimumEntities(int count) { m_minimumEntities = count; }
    [[nodiscard]] int minimumEntities() const { return m_minimumEntities; }

    [[nodiscard]] bool isRunning() const { return !m_reply.isNull(); }

    /// Starts the download; finished() follows exactly once (Busy at once if one runs).
    void start();
    /// Aborts a running download: finished(Cancelled). The target stays as it was.
    void cancel();

    /// Details of the last finished(): valid until the next start().
    [[nodiscard]] CtyParseError parseError() const { return m_parseError; }
    [[nodiscard]] QNetworkReply::NetworkError networkError() const { return m_networkError; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// The database of the file just installed (after Updated).
    [[nodiscard]] const CountryDatabase &database() const { return m_database; }

signals:
    /// Bytes received so far and the total (-1 while unknown).
    void progressChanged(qint64 receivedBytes, qint64 totalBytes);
    void finished(dxcc::CountryFileUpdater::Result result);

private:
    void onReadyRead();
    void onFinished();
    void finish(Result result);

    QString m_targetPath;
    QUrl m_url;
    int m_timeoutMs = 60000;
    qint64 m_maximumBytes = maxCtyFileBytes;
    int m_minimumEntities = 300;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_received;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    CtyParseError m_parseError;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    int m_httpStatus = 0;
    CountryDatabase m_database;
};

} // namespace dxcc
