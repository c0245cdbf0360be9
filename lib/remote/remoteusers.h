// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteaccess.h"

#include <QList>
#include <QString>

#include <optional>

/// The web remote's accounts as text, for rotordeck-bridge's users file: one account per line,
/// `NAME:ROLE:HASH` (ROLE `view` or `control`, HASH from remote::hashPassword, i.e.
/// `rotordeck-bridge --hash-password`); blank lines and lines starting with `#` are ignored.
namespace remote {

/// 1..64 letters, digits, `.`, `_`, `-`.
[[nodiscard]] bool isValidUserName(const QString &name);

/// The accounts in `text`, or nullopt with *problem saying which line is wrong and why.
[[nodiscard]] std::optional<QList<RemoteUser>> parseUsers(const QString &text,
                                                          QString *problem = nullptr);

/// One line of that format for `user`.
[[nodiscard]] QString userLine(const RemoteUser &user);

} // namespace remote
