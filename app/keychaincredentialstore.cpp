// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include "settings/settingslogging.h"

#include <QMetaObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

// A keychain that has not answered by then is treated as missing (it may still answer later).
constexpr int probeTimeoutMs = 8000;
const QString probeKey = QStringLiteral("rotordeck-availability-probe");

/// Calls `f` on the next event-loop turn, never from inside the caller.
template<typename F> void later(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

template<typename Job> Job *newJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    // Never let qtkeychain fall back to a plain-text file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent, QString service)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
    startProbe();
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

bool KeychainCredentialStore::isAvailable() const
{
    return m_available;
}

bool KeychainCredentialStore::isAvailabilityKnown() const
{
    return m_probeDone;
}

QString KeychainCredentialStore::unavailableReason() const
{
    if (m_available)
        return {};
    if (!m_probeDone)
        return QStringLiteral("still checking whether a keyring is available");
    return m_reason;
}

void KeychainCredentialStore::startProbe()
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, probeKey, this);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        // A missing entry proves the keychain answers; anything else means no usable keyring.
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        const QString reason = available
            ? QString()
            : QStringLiteral("no keyring is available (%1)").arg(finished->errorString());
        const bool changed = !m_probeDone || available != m_available;
        m_probeDone = true;
        m_available = available;
        m_reason = reason;
        qCInfo(lcSettings).noquote()
            << "keychain:" << (available ? QStringLiteral("available") : reason);
        if (changed)
            emit availabilityChanged(available);
    });
    QTimer::singleShot(probeTimeoutMs, this, [this] {
        if (m_probeDone)
            return;
        m_probeDone = true;
        m_available = false;
        m_reason
            = QStringLiteral("the keyring did not answer within %1 s").arg(probeTimeoutMs / 1000);
        qCWarning(lcSettings).noquote() << "keychain:" << m_reason;
        emit availabilityChanged(false);
    });
    job->start();
}

void KeychainCredentialStore::readPassword(const QString &key, ReadDone done)
{
    if (m_probeDone && !m_available) {
        later(this, [done = std::move(done), reason = m_reason] { done(std::nullopt, reason); });
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *finished) {
                const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                std::optional<QString> password;
                QString error;
                if (read->error() == QKeychain::NoError)
                    password = read->textData();
                else if (read->error() != QKeychain::EntryNotFound)
                    error = read->errorString();
                later(this, [done, password, error] { done(password, error); });
            });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &password,
                                            WriteDone done)
{
    if (m_probeDone && !m_available) {
        later(this, [done = std::move(done), reason = m_reason] { done(false, reason); });
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *finished) {
                const bool ok = finished->error() == QKeychain::NoError;
                const QString error = ok ? QString() : finished->errorString();
                later(this, [done, ok, error] { done(ok, error); });
            });
    job->start();
}

void KeychainCredentialStore::deletePassword(const QString &key, WriteDone done)
{
    if (m_probeDone && !m_available) {
        later(this, [done = std::move(done), reason = m_reason] { done(false, reason); });
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *finished) {
                const QKeychain::Error error = finished->error();
                const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
                const QString text = ok ? QString() : finished->errorString();
                later(this, [done, ok, text] { done(ok, text); });
            });
    job->start();
}
