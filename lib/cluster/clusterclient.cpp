// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterclient.h"

#include "clusterlogging.h"

#include <QStringDecoder>
#include <QUrl>

#include <algorithm>

namespace cluster {
namespace {

/// Removes telnet IAC sequences (option negotiation the node may start with); IAC IAC is a
/// literal 0xFF. Nothing is answered: the nodes work without it.
QByteArray withoutTelnet(const QByteArray &bytes)
{
    if (!bytes.contains('\xff'))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c != 0xFF) {
            out.append(bytes[i]);
            continue;
        }
        const auto next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        if (next == 0xFF) {
            out.append(bytes[i]);
            ++i;
        } else if (next >= 0xFB && next <= 0xFE) {
            i += 2; // WILL/WONT/DO/DONT option
        } else if (next == 0xFA) {
            const qsizetype end = bytes.indexOf("\xff\xf0", i + 2);
            i = end < 0 ? bytes.size() : end + 1;
        } else {
            ++i;
        }
    }
    return out;
}

enum class Prompt { None, Login, Password };

Prompt promptIn(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower.endsWith(u"password:"))
        return Prompt::Password;
    if (lower.endsWith(u"login:") || lower.endsWith(u"call:") || lower.endsWith(u"callsign:")
        || lower.contains(u"enter your call"))
        return Prompt::Login;
    return Prompt::None;
}

} // namespace

std::optional<ClusterNode> ClusterNode::fromString(QStringView text)
{
    const QUrl url(u"telnet://"_qs + text.trimmed().toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || !url.path().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    return ClusterNode {url.host(), quint16(url.port())};
}

QString ClusterNode::toString() const
{
    const QString h = host.contains(u':') ? u"[%1]"_qs.arg(host) : host;
    return u"%1:%2"_qs.arg(h).arg(port);
}

ClusterClient::ClusterClient(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    m_loginTimer.setSingleShot(true);
    m_loginTimer.setInterval(10000);
    setKeepAliveMs(m_keepAliveMs);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClusterClient::connectNow);
    connect(&m_loginTimer, &QTimer::timeout, this, &ClusterClient::sendLogin);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &ClusterClient::onKeepAliveTick);
    connect(&m_socket, &QTcpSocket::connected, this, &ClusterClient::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &ClusterClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &ClusterClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &ClusterClient::onSocketError);
}

ClusterClient::~ClusterClient()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void ClusterClient::setKeepAliveMs(int intervalMs)
{
    m_keepAliveMs = std::max(10, intervalMs);
    m_keepAliveTimer.setInterval(std::max(5, m_keepAliveMs / 4));
}

void ClusterClient::setReconnectDelaysMs(int firstMs, int maximumMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maximumDelayMs = std::max(m_firstDelayMs, maximumMs);
    m_reconnectDelayMs = m_firstDelayMs;
}

void ClusterClient::start()
{
    if (!m_node.isValid() || m_callsign.isEmpty()) {
        emit errorOccurred(Error::NotConfigured, {});
        return;
    }
    m_running = true;
    m_reconnectDelayMs = m_firstDelayMs;
    connectNow();
}

void ClusterClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_loginTimer.stop();
    m_keepAliveTimer.stop();
    m_socket.abort();
    setState(State::Idle);
}

bool ClusterClient::sendCommand(const QString &command)
{
    if (m_state != State::Online)
        return false;
    write(command.toUtf8() + "\r\n");
    return true;
}

void ClusterClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ClusterClient::connectNow()
{
    if (!m_running)
        return;
    m_socket.abort();
    m_buffer.clear();
    m_discarding = false;
    m_loginSent = false;
    setState(State::Connecting);
    qCInfo(lcCluster) << "connecting to" << m_node.toString();
    m_socket.connectToHost(m_node.host, m_node.port);
}

void ClusterClient::scheduleReconnect()
{
    setState(State::WaitingToReconnect);
    qCInfo(lcCluster) << "reconnecting to" << m_node.toString() << "in" << m_reconnectDelayMs
                      << "ms";
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, m_maximumDelayMs);
}

void ClusterClient::onConnected()
{
    m_socket.setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_sinceReceived.start();
    m_sinceSent.start();
    setState(State::LoggingIn);
    m_loginTimer.start();
    m_keepAliveTimer.start();
}

void ClusterClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    m_sinceReceived.restart();
    qsizetype end = 0;
    while ((end = m_buffer.indexOf('\n')) >= 0
           && m_socket.state() == QAbstractSocket::ConnectedState) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (m_discarding) {
            m_discarding = false; // the end of an over-long line, already reported
            continue;
        }
        handleLine(line);
    }
    if (m_discarding) {
        m_buffer.clear(); // still inside the over-long line: already reported once
    } else if (m_buffer.size() > maxClusterLineLength) {
        qCWarning(lcCluster) << m_node.toString() << "line over" << maxClusterLineLength
                             << "bytes dropped";
        m_buffer.clear();
        m_discarding = true;
        emit lineDropped(DropReason::TooLong);
    } else if (m_state == State::LoggingIn && !m_loginSent) {
        checkPrompt();
    }
}

void ClusterClient::checkPrompt()
{
    const QString partial = QString::fromUtf8(withoutTelnet(m_buffer));
    switch (promptIn(partial)) {
    case Prompt::Login:
        m_buffer.clear();
        sendLogin();
        break;
    case Prompt::Password:
        m_buffer.clear();
        lose(Error::LoginRefused, u"password"_qs);
        stop(); // no password is kept: trying again would ask again
        break;
    case Prompt::None:
        break;
    }
}

void ClusterClient::handleLine(const QByteArray &raw)
{
    QByteArray bytes = withoutTelnet(raw);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.size() > maxClusterLineLength) {
        qCWarning(lcCluster) << m_node.toString() << "line of" << bytes.size() << "bytes dropped";
        emit lineDropped(DropReason::TooLong);
        return;
    }
    bytes.replace('\a', QByteArray()); // DX Spider's beep after a spot
    bytes.replace('\r', QByteArray());
    const bool control = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\t';
    });
    if (control) {
        qCWarning(lcCluster) << m_node.toString() << "line with control characters dropped";
        emit lineDropped(DropReason::ControlCharacters);
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = QString(decoder.decode(bytes)).trimmed();
    if (decoder.hasError()) {
        qCWarning(lcCluster) << m_node.toString() << "line that is not UTF-8 dropped";
        emit lineDropped(DropReason::NotUtf8);
        return;
    }
    if (text.isEmpty())
        return;
    if (m_state == State::LoggingIn && !m_loginSent) {
        const Prompt prompt = promptIn(text);
        if (prompt == Prompt::Password) {
            lose(Error::LoginRefused, u"password"_qs);
            stop();
            return;
        }
        if (prompt == Prompt::Login) {
            sendLogin();
            return;
        }
    } else if (m_loginSent) {
        m_reconnectDelayMs = m_firstDelayMs; // the node took the call and talks to us
    }
    const ClusterLineKind kind = classifyLine(text, m_callsign);
    if (kind == ClusterLineKind::Spot) {
        if (const auto spot = parseSpot(text)) {
            emit spotReceived(*spot);
            return;
        }
    }
    if (text.startsWith(u"DX de ", Qt::CaseInsensitive))
        qCInfo(lcCluster) << m_node.toString() << "spot not understood:" << text.left(120);
    emit messageReceived(kind, text);
}

void ClusterClient::sendLogin()
{
    if (m_loginSent || m_state != State::LoggingIn)
        return;
    m_loginTimer.stop();
    m_loginSent = true;
    qCInfo(lcCluster) << "logging in to" << m_node.toString() << "as" << m_callsign;
    write(m_callsign.toUtf8() + "\r\n");
    setState(State::Online);
}

void ClusterClient::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_sinceSent.restart();
}

void ClusterClient::onKeepAliveTick()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (m_sinceReceived.elapsed() >= 3 * qint64(m_keepAliveMs)) {
        lose(Error::ConnectionLost, u"silent"_qs);
        return;
    }
    if (m_loginSent && m_sinceSent.elapsed() >= m_keepAliveMs
        && m_sinceReceived.elapsed() >= m_keepAliveMs)
        write("\r\n");
}

void ClusterClient::onDisconnected()
{
    lose(Error::ConnectionLost, m_socket.errorString());
}

void ClusterClient::onSocketError(QAbstractSocket::SocketError error)
{
    const bool wasConnected = m_state == State::LoggingIn || m_state == State::Online;
    if (error == QAbstractSocket::RemoteHostClosedError || wasConnected)
        lose(Error::ConnectionLost, m_socket.errorString());
    else
        lose(Error::ConnectionFailed, m_socket.errorString());
}

void ClusterClient::lose(Error error, const QString &detail)
{
    if (!m_running || m_state == State::WaitingToReconnect || m_state == State::Idle)
        return;
    qCWarning(lcCluster) << m_node.toString() << error << detail;
    m_loginTimer.stop();
    m_keepAliveTimer.stop();
    setState(
        State::WaitingToReconnect); // before abort(): its disconnected() must not come back here
    m_socket.abort();
    emit errorOccurred(error, detail);
    if (m_running)
        scheduleReconnect();
}

} // namespace cluster
