// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QPointer>
#include <QString>

class SimulatedRotator;

/// The HTTP side of one simulated IP-Rotator (the device's port 88, docs/device-protocol.md §8):
/// the plain-text `read*` endpoints a desktop client uses, `setPwmMaxDuty` and the web page's
/// `POST /` rotate request, with the firmware's replies and status codes. With a password set
/// every endpoint wants HTTP Digest authentication as the device does (user `admin`, realm
/// `IP rotator`, qop `auth`, one nonce and opaque per power-on).
///
/// Qt HttpServer does the HTTP; this class routes, checks the Digest response and answers from
/// the device model, which it calls on the owner thread between the model's steps.
class SimulatedHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedHttpServer)

public:
    /// `password` empty = no authentication (the firmware's default).
    SimulatedHttpServer(SimulatedRotator *device, QString password, QObject *parent = nullptr);
    ~SimulatedHttpServer() override;

    /// Listens on 127.0.0.1 only. Port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);

    static constexpr QLatin1String userName {"admin"};
    static constexpr QLatin1String realm {"IP rotator"};
    /// `/readRev`: the firmware revision the simulator follows.
    static constexpr QLatin1String firmwareRevision {"20260523"};

    /// Arduino `String::toInt()`: optional leading blanks and sign, then digits up to the first
    /// other character; 0 when there are none.
    [[nodiscard]] static qint64 arduinoToInt(const QByteArray &text);
    /// One parameter of a Digest `Authorization` header value (quoted or bare), empty if absent.
    [[nodiscard]] static QByteArray digestParam(const QByteArray &header, const QByteArray &name);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const;
    void challenge(const QHttpServerRequest &request, QTcpSocket *socket) const;

    QPointer<SimulatedRotator> m_device;
    QString m_password;
    QByteArray m_nonce;
    QByteArray m_opaque;
};
