// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

/// One N1MM Logger+ rotor datagram (UDP 12040), parsed.
struct N1mmCommand
{
    enum class Kind { Turn, Stop };
    Kind kind = Kind::Turn;
    /// The rotor description as configured in N1MM's Antennas tab (routing key); empty when the
    /// datagram names none (older N1MM versions): the default rotator's.
    QString rotorName;
    /// Turn: where N1MM wants the antenna to point (compass degrees, as sent).
    double goAzimuthDeg = 0.0;
    /// Turn: the antenna's mounting offset from the rotor heading (N1MM "Offset"), degrees.
    double offsetDeg = 0.0;
    /// Turn: the antenna radiates both ways; either heading or heading + 180 will do.
    bool bidirectional = false;
    /// The band in MHz N1MM names (1.8, 3.5, 7, 14, …) when present.
    std::optional<double> freqBandMHz;

    /// Compass bearing the ROTOR must turn to: goAzimuth - offset, wrapped into 0..<360.
    [[nodiscard]] double rotorBearingDeg() const;

    friend bool operator==(const N1mmCommand &, const N1mmCommand &) = default;
};

/// Pure functions for the N1MM Logger+ rotor protocol (the one N1MM Rotor speaks).
///
/// Commands (tolerant: optional XML declaration, whitespace and newlines, any letter case):
///   `<N1MMRotor><rotor>NAME</rotor><goazi>123.4</goazi><offset>0</offset>
///    <bidirectional>0</bidirectional><freqband>14</freqband></N1MMRotor>`  turn
///   `<N1MMRotor><stop>NAME</stop></N1MMRotor>` or
///   `<N1MMRotor><stop><rotor>NAME</rotor><freqband>21</freqband></stop></N1MMRotor>`  stop
/// Status (UDP 13010): `NAME @ HEADING*10`, e.g. `Tribander @ 1234` for 123.4°.
class N1mmParser
{
public:
    static constexpr quint16 defaultCommandPort = 12040;
    static constexpr quint16 defaultStatusPort = 13010;
    /// Datagrams longer than this are not parsed.
    static constexpr int maxDatagramBytes = 4096;

    [[nodiscard]] static std::optional<N1mmCommand> parse(QByteArrayView datagram);
    [[nodiscard]] static QByteArray formatStatus(const QString &rotorName, double headingDeg);
    /// The band name (cluster::bandNames(): "160m", "20m", "2m") of a `<freqband>` in MHz: the
    /// band holding that frequency, else the one whose lower edge has the same whole MHz (N1MM
    /// sends 5, 10, 18 and 24 for 60, 30, 17 and 12 m); "" for none.
    [[nodiscard]] static QString bandName(double freqBandMHz);
};

Q_DECLARE_METATYPE(N1mmCommand)
