// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedhttpserver.h"

#include "simlogging.h"
#include "simulatedrotator.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace {

using Status = QHttpServerResponder::StatusCode;

// The firmware answers its AJAX reads as "text/plane" (sic).
const QByteArray plainType = QByteArrayLiteral("text/plane");

QByteArray randomHex()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes.toHex();
}

QByteArray md5Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return {};
    }
}

/// `arg(name)` of the ESP32 WebServer: the query first, then a form body.
std::optional<QByteArray> argument(const QHttpServerRequest &request, const QString &name)
{
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(name))
        return query.queryItemValue(name, QUrl::FullyDecoded).toUtf8();
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (form.hasQueryItem(name))
        return form.queryItemValue(name, QUrl::FullyDecoded).toUtf8();
    return std::nullopt;
}

} // namespace

SimulatedHttpServer::SimulatedHttpServer(SimulatedRotator *device, QString password,
                                         QObject *parent)
    : QAbstractHttpServer(parent)
    , m_device(device)
    , m_password(std::move(password))
    , m_nonce(randomHex())
    , m_opaque(randomHex())
{
}

SimulatedHttpServer::~SimulatedHttpServer() = default;

quint16 SimulatedHttpServer::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

qint64 SimulatedHttpServer::arduinoToInt(const QByteArray &text)
{
    qsizetype i = 0;
    while (i < text.size()
           && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\n' || text.at(i) == '\r'
               || text.at(i) == '\v' || text.at(i) == '\f'))
        ++i;
    bool negative = false;
    if (i < text.size() && (text.at(i) == '+' || text.at(i) == '-')) {
        negative = text.at(i) == '-';
        ++i;
    }
    qint64 value = 0;
    for (; i < text.size() && text.at(i) >= '0' && text.at(i) <= '9'; ++i) {
        value = value * 10 + (text.at(i) - '0');
        if (value > (qint64(1) << 40))
            break; // far out of every range checked here
    }
    return negative ? -value : value;
}

QByteArray SimulatedHttpServer::digestParam(const QByteArray &header, const QByteArray &name)
{
    // Parameters are separated by commas; a value is quoted or runs to the next comma.
    qsizetype pos = 0;
    while (pos < header.size()) {
        while (pos < header.size() && (header.at(pos) == ' ' || header.at(pos) == ','))
            ++pos;
        const qsizetype eq = header.indexOf('=', pos);
        if (eq < 0)
            return {};
        const QByteArray key = header.mid(pos, eq - pos).trimmed();
        qsizetype end;
        QByteArray value;
        if (eq + 1 < header.size() && header.at(eq + 1) == '"') {
            end = header.indexOf('"', eq + 2);
            if (end < 0)
                return {};
            value = header.mid(eq + 2, end - eq - 2);
            ++end;
        } else {
            end = header.indexOf(',', eq + 1);
            if (end < 0)
                end = header.size();
            value = header.mid(eq + 1, end - eq - 1).trimmed();
        }
        if (key == name)
            return value;
        pos = end;
    }
    return {};
}

bool SimulatedHttpServer::authorized(const QHttpServerRequest &request) const
{
    if (m_password.isEmpty())
        return true;
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Digest "))
        return false;
    const QByteArray params = header.mid(7);
    const QByteArray user = digestParam(params, "username");
    const QByteArray nonce = digestParam(params, "nonce");
    const QByteArray opaque = digestParam(params, "opaque");
    const QByteArray uri = digestParam(params, "uri");
    const QByteArray response = digestParam(params, "response");
    const QByteArray qop = digestParam(params, "qop");
    if (user != QByteArray(userName.data(), userName.size()) || nonce != m_nonce
        || opaque != m_opaque || uri.isEmpty() || response.isEmpty())
        return false;
    const QByteArray h1
        = md5Hex(user + ':' + QByteArray(realm.data(), realm.size()) + ':' + m_password.toUtf8());
    const QByteArray h2 = md5Hex(methodName(request.method()) + ':' + uri);
    QByteArray expected;
    if (qop == "auth") {
        const QByteArray nc = digestParam(params, "nc");
        const QByteArray cnonce = digestParam(params, "cnonce");
        if (nc.isEmpty() || cnonce.isEmpty())
            return false;
        expected = md5Hex(h1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + h2);
    } else {
        expected = md5Hex(h1 + ':' + nonce + ':' + h2);
    }
    return response == expected;
}

void SimulatedHttpServer::challenge(const QHttpServerRequest &request, QTcpSocket *socket) const
{
    const QByteArray authenticate = QByteArrayLiteral("Digest realm=\"")
        + QByteArray(realm.data(), realm.size()) + QByteArrayLiteral("\", qop=\"auth\", nonce=\"")
        + m_nonce + QByteArrayLiteral("\", opaque=\"") + m_opaque + '"';
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Authentication required"),
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")},
                {QByteArrayLiteral("WWW-Authenticate"), authenticate}},
               Status::Unauthorized);
}

bool SimulatedHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimulatedRotator *device = m_device;
    if (!device)
        return false;
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const auto reply = [&](const QByteArray &body, Status status = Status::Ok,
                           const QByteArray &type = plainType) {
        makeResponder(request, socket)
            .write(body, {{QByteArrayLiteral("Content-Type"), type}}, status);
    };
    const auto known = [&] {
        static const QStringList reads {
            QStringLiteral("/readAZ"),        QStringLiteral("/readStat"),
            QStringLiteral("/readStart"),     QStringLiteral("/readMax"),
            QStringLiteral("/readAnt"),       QStringLiteral("/readAntName"),
            QStringLiteral("/readElevation"), QStringLiteral("/readADC"),
            QStringLiteral("/readPwmUi"),     QStringLiteral("/setPwmMaxDuty"),
            QStringLiteral("/readMAC"),       QStringLiteral("/readRev"),
            QStringLiteral("/readUptime")};
        return reads.contains(path) || (post && path == QLatin1String("/"));
    };
    if (!known())
        return false; // -> missingHandler: 404 like an unregistered route, without auth
    if (!authorized(request)) {
        challenge(request, socket);
        return true;
    }

    if (path == QLatin1String("/")) { // POST /, ROT=<bearing> (§5.5)
        const auto rot = argument(request, QStringLiteral("ROT"));
        if (!rot || rot->isEmpty()) {
            reply(QByteArrayLiteral("ROTATE REQUEST FAILED"), Status::BadRequest,
                  QByteArrayLiteral("text/plain"));
            return true;
        }
        const qint64 bearingDeg = arduinoToInt(*rot);
        if (bearingDeg < 0 || bearingDeg > 359) {
            reply(QByteArrayLiteral("ROTATE REQUEST FAILED"), Status::BadRequest,
                  QByteArrayLiteral("text/plain"));
            return true;
        }
        if (device->webRotate(static_cast<int>(bearingDeg))
            == SimulatedRotator::WebRotateResult::Busy) {
            reply(QByteArrayLiteral("ROTATE REQUEST FAILED"), Status::Conflict,
                  QByteArrayLiteral("text/plain"));
            return true;
        }
        reply(QByteArrayLiteral("ROTATE REQUEST ACCEPTED"), Status::Ok,
              QByteArrayLiteral("text/plain"));
        return true;
    }
    if (path == QLatin1String("/setPwmMaxDuty")) {
        const auto value = argument(request, QStringLiteral("value"));
        if (!value) {
            reply(QByteArrayLiteral("Missing value"), Status::BadRequest);
            return true;
        }
        const qint64 duty = arduinoToInt(*value);
        if (duty < 40 || duty > 255) {
            reply(QByteArrayLiteral("Out of range"), Status::BadRequest);
            return true;
        }
        if (device->pwmMaxDuty() != duty) // saved and echoed retained only when it changes
            device->setPwmMaxDuty(static_cast<int>(duty));
        reply(QByteArray::number(device->pwmMaxDuty()));
        return true;
    }
    QByteArray body;
    if (path == QLatin1String("/readAZ"))
        body = QByteArray::number(device->rawAzimuthDeg());
    else if (path == QLatin1String("/readStat"))
        body = QByteArray::number(device->status() + 4); // the web UI's offset
    else if (path == QLatin1String("/readStart"))
        body = QByteArray::number(device->config().startAzimuthDeg);
    else if (path == QLatin1String("/readMax"))
        body = QByteArray::number(device->config().maxRotateDeg);
    else if (path == QLatin1String("/readAnt"))
        body = QByteArray::number(device->antRadiationAngleDeg());
    else if (path == QLatin1String("/readAntName"))
        body = device->name().toUtf8();
    else if (path == QLatin1String("/readElevation"))
        body = device->elevation() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    else if (path == QLatin1String("/readADC"))
        body = QByteArray::number(device->config().supplyVoltageV, 'f', 2);
    else if (path == QLatin1String("/readPwmUi"))
        body = QByteArray::number(device->pwmUiEnabled() ? 1 : 0) + '|'
            + QByteArray::number(device->pwmMaxDuty()) + '|' + QByteArray::number(device->duty());
    else if (path == QLatin1String("/readMAC"))
        body = device->config().mac.toUtf8();
    else if (path == QLatin1String("/readRev"))
        body = QByteArray(firmwareRevision.data(), firmwareRevision.size());
    else if (path == QLatin1String("/readUptime"))
        body = QByteArray::number(device->uptimeMs() / 1000);
    reply(body);
    return true;
}

void SimulatedHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    qCDebug(lcSim) << "HTTP: not served:" << request.url().path();
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Not found: ") + request.url().path().toUtf8(),
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}},
               Status::NotFound);
}
