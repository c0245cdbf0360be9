// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridgetarget.h"
#include "pstrotatorparser.h"

#include "model/commandresult.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class AzElPairTarget;
class QUdpSocket;

/// PstRotator UDP endpoint (port 12000) for one rotator: AZIMUTH / ELEVATION / STOP / PARK / QRA
/// / TRACK commands and AZ? / EL? / TGA? / TGE? / MODE? queries (several in one datagram are all
/// answered, one reply datagram each).
///
/// Replies go to the sender's address at port + 1: by default both to (our port + 1), where
/// PstRotator's manual and hamlib's pstrotator backend expect them (12001), and to (the sender's
/// source port + 1) when that differs; setReplyPortMode() narrows it to one of them.
/// Elevation-only units take ELEVATION as the raw value and ignore AZIMUTH; azimuth units answer
/// EL? with 0 and refuse an ELEVATION sent alone (with an AZIMUTH it is ignored). An az/el pair
/// (AzElPairTarget) takes both: AZIMUTH and ELEVATION (0..90, the pair chooses the pose; above
/// 90 the program's own flip), either alone keeps the other axis where the antenna points, and
/// AZ? / EL? / TGA? / TGE? report where it points (a flipped pose folded back).
/// TRACK: RotorDeck has no tracker of its own; the switch is kept and reported by MODE?
/// (`MODE:1` tracking, `MODE:0` manual) so a program that checks it sees its own setting, and the
/// antenna keeps following the AZIMUTH / ELEVATION the program sends.
class PstRotatorListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PstRotatorListener)

public:
    enum class ReplyPortMode { Both, ListenPortPlusOne, SenderPortPlusOne };

    /// Great-circle initial bearing in degrees from one Maidenhead locator to another, or nullopt
    /// when either is invalid (wired to lib/geo by the caller).
    using LocatorBearingFunction
        = std::function<std::optional<double>(const QString &from, const QString &to)>;

    /// Does not own the target.
    explicit PstRotatorListener(BridgeTarget *target, QObject *parent = nullptr);
    ~PstRotatorListener() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost,
                quint16 port = PstRotatorParser::defaultPort);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 localPort() const;
    [[nodiscard]] QString errorString() const;
    /// Why the last listen() failed (AddressInUseError: another program has the port).
    [[nodiscard]] QAbstractSocket::SocketError socketError() const { return m_socketError; }

    void setReplyPortMode(ReplyPortMode mode) { m_replyPortMode = mode; }
    [[nodiscard]] BridgeTarget *target() const;
    /// The last TRACK switch received (false until one arrives).
    [[nodiscard]] bool isTracking() const { return m_tracking; }
    /// Session locator for QRA commands; QRA is refused while it or the bearing function is unset.
    void setStationLocator(const QString &locator) { m_stationLocator = locator; }
    void setLocatorBearingFunction(LocatorBearingFunction function)
    {
        m_locatorBearing = std::move(function);
    }

signals:
    /// A valid command part was handled (queries excluded); refused results included.
    void commandHandled(const PstRotatorCommand &command, const CommandResult &result);
    void datagramRejected(const QByteArray &datagram, const QString &reason);
    void replySent(const QByteArray &datagram, const QHostAddress &address, quint16 port);
    /// A valid datagram arrived from sender (for "who uses this endpoint" displays).
    void senderSeen(const QHostAddress &sender);

private:
    void onReadyRead();
    void handleDatagram(const QByteArray &datagram, const QHostAddress &sender, quint16 senderPort);
    void handlePairCommand(const PstRotatorCommand &command, AzElPairTarget *pair,
                           const CommandOrigin &origin, const QHostAddress &sender,
                           quint16 senderPort);
    void reply(const QByteArray &datagram, const QHostAddress &sender, quint16 senderPort);

    QPointer<BridgeTarget> m_target;
    QUdpSocket *m_socket = nullptr;
    QString m_errorString;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    ReplyPortMode m_replyPortMode = ReplyPortMode::Both;
    QString m_stationLocator;
    LocatorBearingFunction m_locatorBearing;
    bool m_tracking = false;
};
