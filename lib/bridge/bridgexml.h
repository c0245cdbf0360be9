// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/// Small helpers shared by the UDP protocol parsers (N1MM, PstRotator).
namespace BridgeXml {

/// Strips NULs, whitespace and a leading UTF-8 BOM; nullopt when nothing (or too much) is left.
[[nodiscard]] std::optional<QByteArray> cleanDatagram(QByteArrayView datagram, int maxBytes);

/// A finite decimal number. Also accepts hamlib's pstrotator output `123.000000.2` (a "%f.2"
/// format slip) as 123.0; nothing else trailing is accepted.
[[nodiscard]] std::optional<double> number(QByteArrayView text);

} // namespace BridgeXml
