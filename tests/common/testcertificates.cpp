// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

constexpr int toolTimeoutMs = 30000;

bool runTool(const QString &tool, const QStringList &arguments, QString *why)
{
    QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(
            tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (program.isEmpty()) {
        *why = QStringLiteral("%1 is not installed").arg(tool);
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(toolTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *why = QStringLiteral("%1 %2 failed: %3")
                   .arg(tool, arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace

bool TestCertificates::run(const QStringList &arguments)
{
    return runTool(QStringLiteral("openssl"), arguments, &m_why);
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    const QStringList ecKey {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QStringList caExtensions {
        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    const auto makeCa = [&](const QString &name, const QString &subject) {
        return run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                   + caExtensions
                   + QStringList {QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                                  QStringLiteral("-out"), path(name + QStringLiteral(".crt")),
                                  QStringLiteral("-days"), QStringLiteral("2"),
                                  QStringLiteral("-subj"), subject});
    };
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("/CN=RotorDeck Test CA"))
        || !makeCa(QStringLiteral("other-ca"), QStringLiteral("/CN=RotorDeck Unrelated CA")))
        return false;

    QFile extensions(path(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        m_why = extensions.errorString();
        return false;
    }
    extensions.write("basicConstraints=CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n"
                     "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    extensions.close();

    return run(QStringList {QStringLiteral("req")} + ecKey
               + QStringList {QStringLiteral("-keyout"), serverKeyFile(), QStringLiteral("-out"),
                              path(QStringLiteral("server.csr")), QStringLiteral("-subj"),
                              QStringLiteral("/CN=127.0.0.1")})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                path(QStringLiteral("server.csr")), QStringLiteral("-CA"), caFile(),
                QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), serverCertFile(),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                extensions.fileName()});
}

QString writeMosquittoPasswordFile(const QTemporaryDir &dir, const QString &user,
                                   const QString &password, QString *why)
{
    const QString file = dir.filePath(QStringLiteral("passwords"));
    if (!runTool(QStringLiteral("mosquitto_passwd"),
                 {QStringLiteral("-b"), QStringLiteral("-c"), file, user, password}, why))
        return {};
    return file;
}

std::unique_ptr<EmbeddedBroker> startPasswordBroker(const QTemporaryDir &dir, const QString &user,
                                                    const QString &password, QString *why)
{
    const QString passwordFile = writeMosquittoPasswordFile(dir, user, password, why);
    if (passwordFile.isEmpty())
        return nullptr;
    EmbeddedBroker::Options options;
    options.allowAnonymous = false;
    options.passwordFile = passwordFile;
    auto broker = std::make_unique<EmbeddedBroker>(options);
    if (!broker->startAndWait(10000)) {
        *why = broker->errorString() + broker->log();
        return nullptr;
    }
    return broker;
}
