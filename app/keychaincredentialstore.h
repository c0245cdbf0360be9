// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/credentialstore.h"

/// Passwords in the OS keychain through qtkeychain (service "RotorDeck").
///
/// On a machine without a Secret Service / KWallet every job fails; the constructor starts an
/// asynchronous probe (a read of a key that need not exist) and isAvailable() stays false until
/// the probe shows the keychain answers. availabilityChanged() reports the outcome. Jobs issued
/// while unavailable fail with unavailableReason().
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    /// `service` is the keychain service name; tests may pass their own.
    explicit KeychainCredentialStore(QObject *parent = nullptr,
                                     QString service = QStringLiteral("RotorDeck"));
    ~KeychainCredentialStore() override;

    [[nodiscard]] bool isAvailable() const override;
    [[nodiscard]] bool isAvailabilityKnown() const override;
    [[nodiscard]] QString unavailableReason() const override;
    [[nodiscard]] bool isPersistent() const override { return true; }
    void readPassword(const QString &key, ReadDone done) override;
    void writePassword(const QString &key, const QString &password, WriteDone done) override;
    void deletePassword(const QString &key, WriteDone done) override;

private:
    void startProbe();

    QString m_service;
    bool m_probeDone = false;
    bool m_available = false;
    QString m_reason;
};
