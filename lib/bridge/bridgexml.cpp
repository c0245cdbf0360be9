// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridgexml.h"

#include <QRegularExpression>

#include <cmath>

namespace BridgeXml {

std::optional<QByteArray> cleanDatagram(QByteArrayView datagram, int maxBytes)
{
    if (datagram.size() > maxBytes)
        return std::nullopt;
    QByteArray text = datagram.toByteArray();
    text.replace('\0', ' ');
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<double> number(QByteArrayView text)
{
    const QByteArray trimmed = text.toByteArray().trimmed();
    bool ok = false;
    double value = trimmed.toDouble(&ok);
    if (!ok) {
        static const QRegularExpression slip(QStringLiteral("^([+-]?\\d+\\.\\d+)\\.\\d+$"));
        const auto match = slip.match(QString::fromLatin1(trimmed));
        if (!match.hasMatch())
            return std::nullopt;
        value = match.captured(1).toDouble(&ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace BridgeXml
