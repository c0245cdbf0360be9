// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace remote {

/// What went wrong loading the TLS files (the app words it; `detail` names the file).
enum class TlsLoadError { None, CertificateUnreadable, KeyUnreadable };

/// A server-side TLS configuration from a PEM certificate (chain: the server's first) and its PEM
/// private key (RSA or EC, not encrypted). nullopt with *error / *detail set when a file cannot
/// be read as such. (A key that is not the certificate's shows as failed handshakes.)
[[nodiscard]] std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile,
                                                                    const QString &keyFile,
                                                                    TlsLoadError *error = nullptr,
                                                                    QString *detail = nullptr);

} // namespace remote
