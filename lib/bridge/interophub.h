// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pstrotatorlistener.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class AzElPairTarget;
class BridgeTarget;
class N1mmRotorListener;
class Rotator;
class RotatorBridgeTarget;
class RotctldServer;

/// All interop endpoints for a set of rotators: one rotctld server per rotator (ports first,
/// first + 2, …, as hamlib users run several rotctld), one N1MM Logger+ listener routing by rotor
/// name (datagrams without a name go to the first rotator), and one PstRotator listener per
/// rotator (ports first, first + 2, …: PstRotator answers on port + 1). Azimuth/elevation pairs
/// (AzElPairTarget) get one rotctld and one PstRotator endpoint each, numbered on after the
/// single rotators' (with 2 rotators and 1 pair from 4533: 4533, 4535, then the pair on 4537);
/// N1MM, which turns azimuth only, serves the single rotators. Used by `rotordeck-bridge` and by
/// the desktop app (over the app's own rotators, so the same pacing, range and stop rules apply
/// to clicks and to endpoint commands).
///
/// Each rotator or pair is known by a name (default "CALL/ID", "AZCALL/ID,ELCALL/ID" for a
/// pair) that the per-rotator options, endpoints() and status() use. While running, the hub
/// changes in place so that connected clients stay: a rotator added or removed opens or closes
/// its own endpoints only (a new one takes the lowest free port of each sequence), setOptions()
/// updates park bearings, bands, N1MM names and the locator without touching a socket and
/// reopens only the endpoints whose port or address changed.
class InteropHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteropHub)

public:
    struct Options
    {
        /// Where every listener binds; loopback unless the user chooses otherwise.
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        /// First rotctld port; nullopt = no rotctld servers.
        std::optional<quint16> rotctldFirstPort;
        bool n1mm = false;
        quint16 n1mmPort = 12040;
        /// Where N1MM status datagrams go; null = 127.0.0.1 for a loopback listen address, the
        /// broadcast address otherwise.
        QHostAddress n1mmStatusAddress;
        quint16 n1mmStatusPort = 13010;
        /// N1MM rotor name per rotator ("CALL/ID" -> name); rotators not listed answer to their
        /// device Name while it is unique, and to "CALL/ID" (see N1mmRotorListener).
        QMap<QString, QString> n1mmNames;
        bool pstRotator = false;
        /// First PstRotator port; one per rotator, + 2 each.
        quint16 pstRotatorPort = 12000;
        /// Session locator for PstRotator QRA commands.
        QString stationLocator;
        PstRotatorListener::LocatorBearingFunction locatorBearing;
        /// Bearing that rotctld `K` and PstRotator PARK turn to; nullopt = north.
        std::optional<int> parkBearingDeg;
        /// Park bearing of a rotator ("CALL/ID" -> degrees), instead of parkBearingDeg.
        QMap<QString, int> parkBearingsDeg;
        /// rotctld / PstRotator port of a rotator ("CALL/ID" -> port) or of an az/el pair
        /// ("AZCALL/ID,ELCALL/ID" -> port), instead of first + 2 each; an overridden endpoint
        /// takes no number from the first + 2 sequence.
        QMap<QString, quint16> rotctldPorts;
        QMap<QString, quint16> pstRotatorPorts;
        /// Bands each rotator serves ("CALL/ID" -> {"20m", "15m"}), for N1MM band-follow.
        QMap<QString, QStringList> bands;
        /// N1MM datagrams naming no rotator go to the one serving their band.
        bool n1mmBandFollow = false;
        /// true: start() fails and closes everything when one endpoint cannot listen
        /// (rotordeck-bridge); false: the others stay open and status() tells (the app).
        bool allOrNothing = true;
    };

    /// One endpoint and its state, for displays.
    struct EndpointStatus
    {
        enum class Kind { Rotctld, N1mm, PstRotator };
        enum class State { Listening, PortInUse, Failed };
        Kind kind = Kind::Rotctld;
        /// "CALL/ID", "AZCALL/ID,ELCALL/ID" for an az/el pair; empty for N1MM (one listener for
        /// all rotators).
        QString rotator;
        /// "127.0.0.1:4533"
        QString address;
        State state = State::Listening;
        /// Why it is not listening (the socket's text).
        QString error;
        /// rotctld: "address:port" of each connected client; N1MM / PstRotator (UDP, no
        /// connections): the addresses datagrams came from since start().
        QStringList clients;

        friend bool operator==(const EndpointStatus &, const EndpointStatus &) = default;
    };

    explicit InteropHub(Options options, QObject *parent = nullptr);
    ~InteropHub() override;

    /// Adds a rotator (not owned; it must outlive the hub or be removed first) under name
    /// (empty = "CALL/ID"). While running, its endpoints open at once. False when the name is
    /// taken.
    bool addRotator(Rotator *rotator, const QString &name = {});
    /// Adds an az/el pair: an azimuth unit and an elevation-only unit (not owned; they must
    /// outlive the hub or be removed first), under name (empty = "AZCALL/ID,ELCALL/ID").
    bool addAzElPair(Rotator *azimuth, Rotator *elevation, const QString &name = {});
    /// Closes the endpoints of a rotator or pair and forgets it; the others stay as they are.
    bool remove(const QString &name);
    /// Calls a rotator or pair by another name (status, endpoints(), per-rotator options);
    /// its endpoints stay open. False when from is unknown or to is taken.
    bool rename(const QString &from, const QString &to);
    /// The rotators' and pairs' names, in the order of their endpoints.
    [[nodiscard]] QStringList names() const;

    /// New options, applied in place while running (see the class comment); a new listen
    /// address reopens everything.
    void setOptions(const Options &options);

    /// Opens every endpoint. On failure with allOrNothing nothing stays open; errors() says why
    /// ("rotctld DL1ABC/1 127.0.0.1:4533: The bound address is already in use").
    bool start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// What failed in the last start(), addRotator(), addAzElPair() or setOptions().
    [[nodiscard]] QStringList errors() const { return m_errors; }
    /// One line per listening endpoint: `rotctld CALL/ID 127.0.0.1:4533`, `n1mm 127.0.0.1:12040
    /// status 127.0.0.1:13010`, `pstrotator CALL/ID 127.0.0.1:12000` (one per rotator); a pair is
    /// named `AZCALL/ID,ELCALL/ID`.
    [[nodiscard]] QStringList endpoints() const;
    /// Every endpoint the hub tried to open, in the order of endpoints(); empty while stopped.
    [[nodiscard]] QList<EndpointStatus> status() const;
    [[nodiscard]] const Options &options() const { return m_options; }

    [[nodiscard]] N1mmRotorListener *n1mmListener() const { return m_n1mm.get(); }
    [[nodiscard]] QList<PstRotatorListener *> pstRotatorListeners() const;
    /// The rotctld server of a rotator or pair; nullptr when it is not listening (tests).
    [[nodiscard]] RotctldServer *rotctldServer(const QString &name) const;

signals:
    /// status() changed: started, stopped, a client came or went, a new sender was heard.
    void statusChanged();

private:
    /// What one endpoint was asked to do and how it went.
    struct Endpoint
    {
        /// 0 = not placed (off, or no port left).
        int port = 0;
        /// The port came from the first + 2 sequence.
        bool automatic = false;
        EndpointStatus::State state = EndpointStatus::State::Listening;
        QString error;
        QStringList clients;
    };
    struct Entry;
    enum class Sequence { Rotctld, PstRotator };

    [[nodiscard]] Entry *find(const QString &name) const;
    /// Singles first, then pairs, each in the order added.
    [[nodiscard]] QList<Entry *> ordered() const;
    bool add(std::unique_ptr<Entry> entry);
    void configureTarget(Entry &entry) const;
    /// Opens, moves or closes each entry's endpoint of one sequence as the options say;
    /// automatic ports are kept while the first port is still previousFirstPort.
    void place(Sequence sequence, std::optional<int> previousFirstPort);
    void open(Sequence sequence, Entry &entry, int port);
    void close(Sequence sequence, Entry &entry);
    void placeN1mm(bool reopen);
    void syncN1mmTargets();
    void closeAll();
    void report();

    Options m_options;
    std::vector<std::unique_ptr<Entry>> m_entries;
    std::unique_ptr<N1mmRotorListener> m_n1mm;
    Endpoint m_n1mmState;
    QStringList m_errors;
    bool m_running = false;
};
