// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

/// Where broker passwords (and the passwords of the devices' HTTP sides) live. Asynchronous because
/// OS keychains are: every `done` callback is called exactly once, later, on the store's thread
/// (never from inside the call), unless the store is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadDone = std::function<void(std::optional<QString> password, QString error)>;
    using WriteDone = std::function<void(bool ok, QString error)>;

    explicit CredentialStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~CredentialStore() override = default;

    /// False when no keyring exists (or while a probe has not finished, see
    /// isAvailabilityKnown()).
    [[nodiscard]] virtual bool isAvailable() const = 0;
    /// False while the store is still finding out whether it works (keychain probe).
    [[nodiscard]] virtual bool isAvailabilityKnown() const { return true; }
    /// Why the store is not available (English, for logs and as detail in the UI).
    [[nodiscard]] virtual QString unavailableReason() const { return {}; }
    /// True when passwords survive the end of the program.
    [[nodiscard]] virtual bool isPersistent() const = 0;

    /// A missing entry is nullopt with an empty error; a failure is nullopt with the error.
    virtual void readPassword(const QString &key, ReadDone done) = 0;
    virtual void writePassword(const QString &key, const QString &password, WriteDone done) = 0;
    /// Deleting a missing entry succeeds.
    virtual void deletePassword(const QString &key, WriteDone done) = 0;

    /// The key a broker profile's password is stored under ("broker:<name>").
    [[nodiscard]] static QString brokerPasswordKey(const QString &brokerName)
    {
        return QStringLiteral("broker:") + brokerName;
    }

    /// The key the password of a rotator's HTTP side (user admin) is stored under
    /// ("http:<broker name>:<CALL/ID>").
    [[nodiscard]] static QString deviceHttpPasswordKey(const QString &brokerName,
                                                       const QString &callSlashId)
    {
        return QStringLiteral("http:") + brokerName + QLatin1Char(':') + callSlashId;
    }

signals:
    /// Emitted when availability becomes known or changes.
    void availabilityChanged(bool available);
};

/// Keeps passwords in memory for this session only; the fallback when no keyring exists, and
/// the store tests use. setAvailable(false) makes it behave like a missing keyring.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    [[nodiscard]] bool isAvailable() const override;
    [[nodiscard]] QString unavailableReason() const override;
    [[nodiscard]] bool isPersistent() const override { return false; }
    void readPassword(const QString &key, ReadDone done) override;
    void writePassword(const QString &key, const QString &password, WriteDone done) override;
    void deletePassword(const QString &key, WriteDone done) override;

    /// Tests: simulate a missing keyring (every job then fails).
    void setAvailable(bool available);
    /// Tests: the stored entries.
    [[nodiscard]] QHash<QString, QString> entries() const { return m_entries; }

private:
    QHash<QString, QString> m_entries;
    bool m_available = true;
};
