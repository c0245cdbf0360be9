// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

/// One PstRotator UDP datagram (port 12000), parsed. A datagram may carry several parts, e.g.
/// `<PST><AZIMUTH>120</AZIMUTH><ELEVATION>10</ELEVATION></PST>`.
struct PstRotatorCommand
{
    std::optional<double> azimuthDeg;
    std::optional<double> elevationDeg;
    bool stop = false;
    bool park = false;
    /// Maidenhead locator (4, 6 or 8 characters, upper-cased) to turn towards.
    QString qraLocator;
    bool queryAzimuth = false; ///< `AZ?`
    bool queryElevation = false; ///< `EL?`
    bool queryTargetAzimuth = false; ///< `TGA?`
    bool queryTargetElevation = false; ///< `TGE?`
    bool queryMode = false; ///< `MODE?`
    /// `<TRACK>1</TRACK>` / `<TRACK>0</TRACK>`: PstRotator's tracking switch.
    std::optional<bool> track;

    [[nodiscard]] bool isQuery() const
    {
        return queryAzimuth || queryElevation || queryTargetAzimuth || queryTargetElevation
            || queryMode;
    }

    friend bool operator==(const PstRotatorCommand &, const PstRotatorCommand &) = default;
};

/// Pure functions for PstRotator's UDP control protocol (as N1MM, DXLab, Log4OM and hamlib's
/// pstrotator backend send it). Parsing is tolerant of whitespace, newlines, letter case and an
/// XML declaration; several queries may share one `<PST>` (`AZ? EL?`, also without the blank)
/// and one datagram may hold several `<PST>` elements; unknown PstRotator elements (OFFSET, …)
/// are ignored; a datagram with nothing usable, bad XML or a bad number is rejected as a whole.
///
/// Replies go to the sender's address, UDP port + 1, as `AZ:123\r` (`EL:`, `TGA:`, `TGE:`,
/// `MODE:`).
class PstRotatorParser
{
public:
    static constexpr quint16 defaultPort = 12000;
    static constexpr int maxDatagramBytes = 4096;

    [[nodiscard]] static std::optional<PstRotatorCommand> parse(QByteArrayView datagram);
    /// True for a 4-, 6- or 8-character Maidenhead locator (AA00, AA00aa, AA00aa00).
    [[nodiscard]] static bool isValidLocator(const QString &locator);
    /// `KEY:value\r` with the value in whole degrees (PstRotator reports integers).
    [[nodiscard]] static QByteArray formatReply(QByteArrayView key, double valueDeg);
};

Q_DECLARE_METATYPE(PstRotatorCommand)
