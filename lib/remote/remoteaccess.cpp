// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteaccess.h"

#include "remotelogging.h"

#include "core/clock.h"

#include <QRandomGenerator>

#include <algorithm>

namespace remote {

namespace {

constexpr int tokenBytes = 32;

QString addressKey(const QHostAddress &address)
{
    // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d: count it once.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

QLatin1String roleName(Role role)
{
    switch (role) {
    case Role::View:
        return QLatin1String("view");
    case Role::Control:
        return QLatin1String("control");
    }
    return QLatin1String("view");
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name == QLatin1String("view"))
        return Role::View;
    if (name == QLatin1String("control"))
        return Role::Control;
    return std::nullopt;
}

RemoteAccess::RemoteAccess(const Clock &clock, Limits limits)
    : m_clock(clock)
    , m_limits(limits)
{
}

void RemoteAccess::setUsers(const QList<RemoteUser> &users)
{
    m_users = users;
    dropSessionsNotMatchingUsers();
}

std::optional<RemoteUser> RemoteAccess::user(const QString &name) const
{
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(),
                                 [&](const RemoteUser &u) { return u.name == name; });
    if (it == m_users.cend())
        return std::nullopt;
    return *it;
}

std::optional<qint64> RemoteAccess::lockedOutForMs(const QHostAddress &address)
{
    const auto it = m_failures.find(addressKey(address));
    if (it == m_failures.end())
        return std::nullopt;
    const qint64 nowMs = m_clock.nowMs();
    if (it->lockedUntilMs > nowMs)
        return it->lockedUntilMs - nowMs;
    if (it->lockedUntilMs != 0) {
        m_failures.erase(it);
    }
    return std::nullopt;
}

void RemoteAccess::noteFailedLogin(const QHostAddress &address)
{
    const qint64 nowMs = m_clock.nowMs();
    Failures &failures = m_failures[addressKey(address)];
    failures.atMs.removeIf([&](qint64 atMs) { return nowMs - atMs >= m_limits.failureWindowMs; });
    failures.atMs.append(nowMs);
    if (failures.atMs.size() >= m_limits.maxFailures) {
        failures.lockedUntilMs = nowMs + m_limits.lockoutMs;
        failures.atMs.clear();
        qCWarning(lcRemote).noquote() << "login locked out for" << m_limits.lockoutMs / 1000
                                      << "s after failed logins from" << addressKey(address);
    }
}

void RemoteAccess::noteSuccessfulLogin(const QHostAddress &address)
{
    m_failures.remove(addressKey(address));
}

RemoteSession RemoteAccess::openSession(const RemoteUser &user)
{
    QByteArray random(tokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    RemoteSession session;
    session.token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.user = user.name;
    session.role = user.role;
    session.expiresAtMs = m_clock.nowMs() + m_limits.sessionLifetimeMs;
    if (m_sessions.size() >= m_limits.maxSessions) {
        const auto oldest = std::min_element(m_sessions.begin(), m_sessions.end(),
                                             [](const RemoteSession &a, const RemoteSession &b) {
                                                 return a.expiresAtMs < b.expiresAtMs;
                                             });
        m_sessions.erase(oldest);
    }
    m_sessions.insert(session.token, session);
    return session;
}

std::optional<RemoteSession> RemoteAccess::session(const QString &token, bool *expired)
{
    if (expired)
        *expired = false;
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return std::nullopt;
    if (it->expiresAtMs <= m_clock.nowMs()) {
        m_sessions.erase(it);
        if (expired)
            *expired = true;
        return std::nullopt;
    }
    return *it;
}

void RemoteAccess::closeSession(const QString &token)
{
    m_sessions.remove(token);
}

void RemoteAccess::dropSessionsNotMatchingUsers()
{
    m_sessions.removeIf([this](const QHash<QString, RemoteSession>::iterator &it) {
        const auto u = user(it->user);
        return !u || u->role != it->role;
    });
}

} // namespace remote
