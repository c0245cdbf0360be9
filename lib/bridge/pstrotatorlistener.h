// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pstrotatorparser.h"

#include "model/commandresult.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class BridgeTarget;
class QUdpSocket;

/// PstRotator UDP endpoint (port 12000) for one rotator: AZIMUTH / ELEVATION / STOP / PARK / QRA
/// commands and AZ? / EL? / TGA? / TGE? queries.
///
/// Replies go to the sender's address at port + 1: by default both to (our port + 1), where
/// PstRotator's manual and hamlib's pstrotator backend expect them (12001), and to (the sender's
/// source port + 1) when that differs; setReplyPortMode() narrows it to one of them.
/// Elevation-only units take ELEVATION as the raw value and ignore AZIMUTH; azimuth units ignore
/// ELEVATION and answer EL? with 0.
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

    void setReplyPortMode(ReplyPortMode mode) { m_replyPortMode = mode; }
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

private:
    void onReadyRead();
    void handleDatagram(const QByteArray &datagram, const QHostAddress &sender, quint16 senderPort);
    void reply(const QByteArray &datagram, const QHostAddress &sender, quint16 senderPort);

    QPointer<BridgeTarget> m_target;
    QUdpSocket *m_socket = nullptr;
    QString m_errorString;
    ReplyPortMode m_replyPortMode = ReplyPortMode::Both;
    QString m_stationLocator;
    LocatorBearingFunction m_locatorBearing;
};
