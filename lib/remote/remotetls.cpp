// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotetls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace remote {

std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile,
                                                      const QString &keyFile, TlsLoadError *error,
                                                      QString *detail)
{
    const auto fail = [&](TlsLoadError why, const QString &file) {
        if (error)
            *error = why;
        if (detail)
            *detail = file;
        return std::nullopt;
    };
    if (error)
        *error = TlsLoadError::None;
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(TlsLoadError::CertificateUnreadable, certificateFile);
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(TlsLoadError::KeyUnreadable, keyFile);
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return fail(TlsLoadError::KeyUnreadable, keyFile);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace remote
