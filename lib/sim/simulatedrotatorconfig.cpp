// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedrotatorconfig.h"

QString SimulatedRotatorConfig::formatId(int id)
{
    // NET_ID keeps two characters on the device: 00..99 first, then a letter and a letter or
    // digit (A0 .. zz), enough for every --count the simulator accepts.
    if (id < 0)
        return {};
    if (id < 100)
        return QStringLiteral("%1").arg(id, 2, 10, QLatin1Char('0'));
    static constexpr char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static constexpr char alphanumerics[]
        = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int firstCount = sizeof(letters) - 1;
    constexpr int secondCount = sizeof(alphanumerics) - 1;
    const int k = id - 100;
    if (k >= firstCount * secondCount)
        return QStringLiteral("%1").arg(id); // too many: refused as a device address
    return QString(QChar::fromLatin1(letters[k / secondCount]))
        + QChar::fromLatin1(alphanumerics[k % secondCount]);
}
