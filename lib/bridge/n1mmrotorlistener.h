// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "n1mmparser.h"

#include "model/commandresult.h"

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class BridgeTarget;
class QUdpSocket;

/// N1MM Logger+ rotor endpoint: receives turn/stop datagrams on UDP 12040 and routes them by
/// rotor name to a rotator; sends `NAME @ HEADING*10` status datagrams to UDP 13010 every
/// statusIntervalMs and whenever a heading changes.
///
/// Names: a target given names (addTarget(), bridge `--n1mm-name CALL/ID=NAME`) answers to those
/// only, the first one used in status datagrams. Otherwise it answers to "CALL/ID" and to its
/// label (device Name) as long as no other target has the same label: two units both named
/// "Antenna" are then told apart by "CALL/ID", in commands and in status datagrams alike, and
/// `<rotor>Antenna</rotor>` drives neither (it is rejected as ambiguous). Matching ignores case
/// and surrounding spaces.
/// A datagram without `<rotor>` (older N1MM versions) goes to the default target
/// (setDefaultTarget()), or to the only one.
/// Band-follow (setBandFollow(), off by default): a datagram whose `<rotor>` is absent or names
/// no single target goes to the target serving the band of its `<freqband>` (setBands()); when
/// several serve it, the default target if it is one of them, else the first added. A datagram
/// that names a target goes to it whatever its band; no target serving the band = as without
/// band-follow.
/// Turn: the rotor turns to goazi - offset (the antenna is mounted `offset` degrees clockwise of
/// the rotor's reference); with bidirectional set, to whichever of that bearing and its
/// reciprocal needs less travel. Elevation-only units ignore N1MM turns.
class N1mmRotorListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(N1mmRotorListener)

public:
    explicit N1mmRotorListener(QObject *parent = nullptr);
    ~N1mmRotorListener() override;

    /// Does not take ownership. names empty = the target's label and "CALL/ID".
    void addTarget(BridgeTarget *target, const QStringList &names = {});
    /// Forgets a target (it is the default target no more either); the socket stays open.
    void removeTarget(const BridgeTarget *target);
    [[nodiscard]] bool hasTarget(const BridgeTarget *target) const;
    /// The names target answers to from now on, as for addTarget().
    void setNames(const BridgeTarget *target, const QStringList &names);
    /// nullptr when no target, or more than one, answers to name.
    [[nodiscard]] BridgeTarget *targetForName(const QString &name) const;
    /// Where datagrams without a rotor name go; nullptr = the only target, if there is one.
    void setDefaultTarget(BridgeTarget *target) { m_defaultTarget = target; }
    /// Band names target serves ("20m", "15m": cluster::bandNames()), for band-follow.
    void setBands(const BridgeTarget *target, const QStringList &bands);
    void setBandFollow(bool on) { m_bandFollow = on; }
    [[nodiscard]] bool bandFollow() const { return m_bandFollow; }
    /// The target band-follow picks for band; nullptr when none serves it.
    [[nodiscard]] BridgeTarget *targetForBand(const QString &band) const;
    /// The name status datagrams use for target.
    [[nodiscard]] QString statusName(const BridgeTarget *target) const;

    /// Binds the command socket (ShareAddress | ReuseAddressHint, as N1MM's own tools do) and the
    /// socket status datagrams leave from, to the same address: loopback by default, never all
    /// interfaces unless that is the address given.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost,
                quint16 port = N1mmParser::defaultCommandPort);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 localPort() const;
    [[nodiscard]] QHostAddress localAddress() const;
    /// The address status datagrams are sent from (bound by listen()).
    [[nodiscard]] QHostAddress statusSourceAddress() const;
    [[nodiscard]] QString errorString() const;
    /// Why the last listen() failed (AddressInUseError: another program has the port).
    [[nodiscard]] QAbstractSocket::SocketError socketError() const { return m_socketError; }

    /// Where status datagrams go (default 127.0.0.1:13010; use the subnet broadcast address for
    /// N1MM on other computers).
    void setStatusDestination(const QHostAddress &address,
                              quint16 port = N1mmParser::defaultStatusPort);
    void setStatusIntervalMs(int intervalMs);
    /// Sends one status datagram per target with a known heading now.
    void sendStatusNow();

signals:
    /// A valid datagram was handled (result of the rotator command; refused ones included).
    void commandHandled(const N1mmCommand &command, const CommandResult &result);
    /// A datagram was dropped: malformed, or for a rotor name nobody answers to.
    void datagramRejected(const QByteArray &datagram, const QString &reason);
    void statusSent(const QByteArray &datagram);
    /// A valid datagram arrived from sender (for "who uses this endpoint" displays).
    void senderSeen(const QHostAddress &sender);

private:
    struct Entry
    {
        QPointer<BridgeTarget> target;
        QStringList names;
        QStringList bands;
        std::optional<int> lastSentBearingDeg;
    };

    void onReadyRead();
    void handleDatagram(const QByteArray &datagram, const QHostAddress &sender);
    void sendStatus(Entry &entry);
    /// The names entry answers to, the status name first.
    [[nodiscard]] QStringList namesOf(const Entry &entry) const;
    [[nodiscard]] static QString key(const QString &name);

    QUdpSocket *m_socket = nullptr;
    QUdpSocket *m_statusSocket = nullptr;
    QList<Entry> m_entries;
    QPointer<BridgeTarget> m_defaultTarget;
    QHostAddress m_statusAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 m_statusPort = N1mmParser::defaultStatusPort;
    QTimer m_statusTimer;
    QString m_errorString;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    bool m_bandFollow = false;
};
