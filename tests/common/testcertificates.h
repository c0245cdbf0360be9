// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/embeddedbroker.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// A throw-away PKI for TLS tests, made with the `openssl` command at test time: a CA, a server
/// certificate it signs (for 127.0.0.1 and localhost), and a second CA that signs nothing.
class TestCertificates
{
public:
    /// Runs openssl; false with why() set when that fails.
    bool generate();
    [[nodiscard]] QString caFile() const { return path(QStringLiteral("ca.crt")); }
    [[nodiscard]] QString serverCertFile() const { return path(QStringLiteral("server.crt")); }
    [[nodiscard]] QString serverKeyFile() const { return path(QStringLiteral("server.key")); }
    /// A valid CA that did not sign the server certificate.
    [[nodiscard]] QString otherCaFile() const { return path(QStringLiteral("other-ca.crt")); }
    [[nodiscard]] QString why() const { return m_why; }

private:
    bool run(const QStringList &arguments);
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_why;
};

/// Writes a mosquitto password file with one user (`mosquitto_passwd -b -c`) into `dir`;
/// returns its path, or an empty string with `why` set.
QString writeMosquittoPasswordFile(const QTemporaryDir &dir, const QString &user,
                                   const QString &password, QString *why);

/// A running mosquitto that takes only `user` with `password` (files in `dir`); nullptr with
/// `why` set when it could not be started.
std::unique_ptr<EmbeddedBroker> startPasswordBroker(const QTemporaryDir &dir, const QString &user,
                                                    const QString &password, QString *why);
