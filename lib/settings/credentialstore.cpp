// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QMetaObject>

namespace {
const QString noKeyring = QStringLiteral("no keyring is available");
}

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore() = default;

bool MemoryCredentialStore::isAvailable() const
{
    return m_available;
}

QString MemoryCredentialStore::unavailableReason() const
{
    return m_available ? QString() : noKeyring;
}

void MemoryCredentialStore::readPassword(const QString &key, ReadDone done)
{
    std::optional<QString> result;
    QString error;
    if (!m_available)
        error = noKeyring;
    else if (const auto it = m_entries.constFind(key); it != m_entries.constEnd())
        result = *it;
    // Queued like a real keychain job: the caller never sees its callback re-entrantly.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result, error] { done(result, error); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::writePassword(const QString &key, const QString &password,
                                          WriteDone done)
{
    if (m_available)
        m_entries.insert(key, password);
    const bool ok = m_available;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok] { done(ok, ok ? QString() : noKeyring); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::deletePassword(const QString &key, WriteDone done)
{
    if (m_available)
        m_entries.remove(key);
    const bool ok = m_available;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok] { done(ok, ok ? QString() : noKeyring); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}
