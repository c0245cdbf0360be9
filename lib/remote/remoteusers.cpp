// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteusers.h"

#include "passwordhash.h"

#include <QRegularExpression>

namespace remote {

bool isValidUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

std::optional<QList<RemoteUser>> parseUsers(const QString &text, QString *problem)
{
    QList<RemoteUser> users;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto fail = [&](const QString &why) {
            if (problem)
                *problem = QStringLiteral("line %1: %2").arg(i + 1).arg(why);
            return std::nullopt;
        };
        const QStringList parts = line.split(QLatin1Char(':'));
        if (parts.size() != 3)
            return fail(QStringLiteral("expected NAME:ROLE:HASH"));
        RemoteUser user;
        user.name = parts.at(0).trimmed();
        if (!isValidUserName(user.name))
            return fail(QStringLiteral("the name must be 1..64 letters, digits, '.', '_' or '-'"));
        const auto role = roleFromName(parts.at(1).trimmed());
        if (!role)
            return fail(QStringLiteral("the role must be view or control"));
        user.role = *role;
        user.passwordHash = parts.at(2).trimmed();
        if (!isPasswordHash(user.passwordHash))
            return fail(QStringLiteral("not a password hash (make one with --hash-password)"));
        for (const RemoteUser &other : std::as_const(users)) {
            if (other.name == user.name)
                return fail(QStringLiteral("%1 is listed twice").arg(user.name));
        }
        users.append(user);
    }
    return users;
}

QString userLine(const RemoteUser &user)
{
    return user.name + QLatin1Char(':') + roleName(user.role) + QLatin1Char(':')
        + user.passwordHash;
}

} // namespace remote
