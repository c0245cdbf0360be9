// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

/// Identifies one IP-Rotator on a broker: the first two topic levels of `CALL/ID/ROT/<leaf>`.
/// The ID level may be empty (`CALL//ROT/…`, a device with a blank NET_ID).
struct RotatorAddress
{
    QString call;
    QString id;

    /// "CALL/ID" (the form used on command lines and in settings).
    [[nodiscard]] QString toString() const { return call + QLatin1Char('/') + id; }
    /// "CALL/ID/ROT", the base every leaf hangs off.
    [[nodiscard]] QString baseTopic() const { return toString() + QLatin1String("/ROT"); }
    /// "CALL/ID/ROT/leaf".
    [[nodiscard]] QString topic(QStringView leaf) const
    {
        return baseTopic() + QLatin1Char('/') + leaf.toString();
    }
    /// "CALL/ID/ROT/#".
    [[nodiscard]] QString subscriptionFilter() const { return baseTopic() + QLatin1String("/#"); }

    /// Parses "CALL/ID" (exactly one '/'); CALL must not be empty, ID may be.
    [[nodiscard]] static std::optional<RotatorAddress> fromString(QStringView text);

    /// True when both levels are acceptable for a prefix the user creates: non-empty and
    /// free of '/', '+', '#' and control characters. Discovered prefixes are taken as they are.
    [[nodiscard]] bool isValidForUser() const;

    friend bool operator==(const RotatorAddress &, const RotatorAddress &) = default;
};

inline size_t qHash(const RotatorAddress &a, size_t seed = 0) noexcept
{
    return qHashMulti(seed, a.call, a.id);
}

inline QDebug operator<<(QDebug d, const RotatorAddress &a)
{
    QDebugStateSaver saver(d);
    d.nospace() << "RotatorAddress(" << a.toString() << ')';
    return d;
}

inline char *toString(const RotatorAddress &a) // readable QCOMPARE failures
{
    return qstrdup(a.toString().toUtf8().constData());
}
