// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

class Clock;

namespace remote {

/// What a web remote user may do.
enum class Role {
    View, ///< sees everything live and may stop (one rotator or all), nothing else
    Control, ///< also turns, parks, uses presets
};

[[nodiscard]] QLatin1String roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(QStringView name);

/// One account of the web remote. The password exists only as a hash (passwordhash.h).
struct RemoteUser
{
    QString name;
    QString passwordHash;
    Role role = Role::View;

    friend bool operator==(const RemoteUser &, const RemoteUser &) = default;
};

/// A logged-in session: a random token the page keeps, valid until expiresAtMs (Clock time).
struct RemoteSession
{
    QString token;
    QString user;
    Role role = Role::View;
    qint64 expiresAtMs = 0;
};

/// Session lifetime and the login rate limit (see RemoteAccess).
struct AccessLimits
{
    qint64 sessionLifetimeMs = 12LL * 60 * 60 * 1000;
    int maxFailures = 5;
    qint64 failureWindowMs = 60 * 1000;
    qint64 lockoutMs = 5 * 60 * 1000;
    /// Sessions kept at once; the oldest goes when a new one would exceed it.
    int maxSessions = 1000;
};

/// Sessions and the login rate limit of the web remote, on an injectable Clock (tests run hours
/// in milliseconds). No I/O and no password work here: RemoteServer verifies the password and
/// then asks for a session.
///
/// Rate limit: each address may fail maxFailures logins within failureWindowMs; after that it is
/// locked out for lockoutMs (every login from it is refused at once, right or wrong password).
/// A successful login clears the address's failures.
class RemoteAccess
{
public:
    using Limits = AccessLimits;

    /// clock must outlive this object.
    explicit RemoteAccess(const Clock &clock, Limits limits = {});

    [[nodiscard]] const Limits &limits() const { return m_limits; }

    void setUsers(const QList<RemoteUser> &users);
    [[nodiscard]] const QList<RemoteUser> &users() const { return m_users; }
    [[nodiscard]] std::optional<RemoteUser> user(const QString &name) const;

    /// Milliseconds until `address` may try again, or nullopt when it may try now.
    [[nodiscard]] std::optional<qint64> lockedOutForMs(const QHostAddress &address);
    void noteFailedLogin(const QHostAddress &address);
    void noteSuccessfulLogin(const QHostAddress &address);

    /// A new session for `user` (which must exist).
    RemoteSession openSession(const RemoteUser &user);
    /// The session of `token` while it is valid; nullopt for an unknown or expired token (an
    /// expired one is forgotten; *expired tells which, when given).
    [[nodiscard]] std::optional<RemoteSession> session(const QString &token,
                                                       bool *expired = nullptr);
    void closeSession(const QString &token);
    /// Drops the sessions of users that no longer exist or whose role changed.
    void dropSessionsNotMatchingUsers();

private:
    struct Failures
    {
        QList<qint64> atMs;
        qint64 lockedUntilMs = 0;
    };

    const Clock &m_clock;
    Limits m_limits;
    QList<RemoteUser> m_users;
    QHash<QString, RemoteSession> m_sessions;
    QHash<QString, Failures> m_failures;
};

} // namespace remote
