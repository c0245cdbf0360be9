// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatoraddress.h"

#include "topic.h"

std::optional<RotatorAddress> RotatorAddress::fromString(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || text.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return std::nullopt;
    return RotatorAddress {text.left(slash).toString(), text.mid(slash + 1).toString()};
}

bool RotatorAddress::isValidForUser() const
{
    return protocol::isValidTopicLevel(call) && protocol::isValidTopicLevel(id);
}
