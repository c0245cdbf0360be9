// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicehttpclient.h"

#include <QAuthenticator>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace {

/// The reads of one round, in the order they are asked.
constexpr std::array<QLatin1String, 8> readPaths {
    "/readStart"_L1,     "/readMax"_L1, "/readAnt"_L1,    "/readAntName"_L1,
    "/readElevation"_L1, "/readRev"_L1, "/readUptime"_L1, "/readPwmUi"_L1};

/// A whole number the way the firmware prints one (no sign games, no trailing text).
std::optional<qint64> wholeNumber(const QByteArray &body)
{
    bool ok = false;
    const qint64 value = body.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<int> inRange(const QByteArray &body, int low, int high)
{
    const std::optional<qint64> value = wholeNumber(body);
    if (!value || *value < low || *value > high)
        return std::nullopt;
    return int(*value);
}

/// Printable text of at most maxChars characters (a name, a revision).
std::optional<QString> shortText(const QByteArray &body, qsizetype maxChars)
{
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.size() > maxChars)
        return std::nullopt;
    for (const QChar c : text)
        if (!c.isPrint())
            return std::nullopt;
    return text;
}

/// Reads one reply into info; false when it is not what an IP-Rotator sends for path.
bool parseRead(QStringView path, const QByteArray &body, DeviceHttpInfo &info)
{
    if (path == "/readStart"_L1)
        return (info.startAzimuthDeg = inRange(body, 0, 359)).has_value();
    if (path == "/readMax"_L1)
        return (info.maxRotateDeg = inRange(body, 0, 719)).has_value();
    if (path == "/readAnt"_L1)
        return (info.beamWidthDeg = inRange(body, 1, 180)).has_value();
    if (path == "/readElevation"_L1) {
        const std::optional<int> flag = inRange(body, 0, 1);
        if (flag)
            info.elevationMode = *flag == 1;
        return flag.has_value();
    }
    if (path == "/readUptime"_L1) {
        const std::optional<qint64> seconds = wholeNumber(body);
        if (seconds && *seconds >= 0)
            info.uptimeSec = seconds;
        return info.uptimeSec.has_value();
    }
    if (path == "/readAntName"_L1 || path == "/readRev"_L1) {
        const std::optional<QString> text = shortText(body, 64);
        if (!text)
            return false;
        (path == "/readRev"_L1 ? info.firmwareRevision : info.name) = *text;
        return true;
    }
    if (path == "/readPwmUi"_L1) {
        const QList<QByteArray> fields = body.trimmed().split('|');
        if (fields.size() != 3)
            return false;
        const std::optional<int> enabled = inRange(fields.at(0), 0, 1);
        const std::optional<int> duty = inRange(fields.at(1), 0, 255);
        if (!enabled || !duty)
            return false;
        info.pwmEnabled = *enabled == 1;
        info.pwmMaxDuty = duty;
        return true;
    }
    return false;
}

} // namespace

DeviceHttpClient::DeviceHttpClient(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(&m_network, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                // Asked again for the same request: the password was refused. Leaving the
                // authenticator empty ends the request with AuthenticationRequiredError.
                if (m_password.isEmpty() || reply->property("triedPassword").toBool())
                    return;
                reply->setProperty("triedPassword", true);
                authenticator->setUser(userName);
                authenticator->setPassword(m_password);
            });
}

DeviceHttpClient::~DeviceHttpClient() = default;

void DeviceHttpClient::setEndpoint(const QString &host, quint16 port)
{
    if (host == m_host && port == m_port)
        return;
    m_host = host;
    m_port = port;
    ++m_generation; // replies of the old address no longer count
    m_outstanding = 0;
    m_info = {};
    setStatus(Status::NotAsked);
    emit infoChanged();
}

void DeviceHttpClient::setPassword(const QString &password)
{
    m_password = password;
    m_network.clearAccessCache(); // forget credentials Qt cached for the old password
}

QNetworkReply *DeviceHttpClient::get(const QString &pathAndQuery)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_host);
    url.setPort(m_port);
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return m_network.get(request);
}

void DeviceHttpClient::refresh()
{
    if (m_host.isEmpty()) {
        setStatus(Status::Unreachable, u"no address known"_s);
        return;
    }
    const int generation = ++m_generation;
    m_reading = {};
    m_roundFailure.reset();
    m_roundDetail.clear();
    m_outstanding = int(readPaths.size());
    setStatus(Status::Reading);
    for (const QLatin1String path : readPaths) {
        QNetworkReply *reply = get(path);
        reply->setProperty("readPath", QString(path));
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, generation] { onReadFinished(reply, generation); });
    }
}

DeviceHttpClient::Status DeviceHttpClient::failureOf(QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::AuthenticationRequiredError:
        return Status::LoginRefused;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Status::Unreachable;
    default:
        return Status::BadReply; // it answered, with something else than a read's reply
    }
}

void DeviceHttpClient::onReadFinished(QNetworkReply *reply, int generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    const QString path = reply->property("readPath").toString();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || httpStatus != 200) {
        const Status failure
            = reply->error() != QNetworkReply::NoError ? failureOf(reply) : Status::BadReply;
        // The most telling failure wins: a refused login says more than a missing page.
        if (!m_roundFailure || failure == Status::LoginRefused) {
            m_roundFailure = failure;
            m_roundDetail = u"%1: %2"_s.arg(path, reply->errorString());
        }
    } else if (!parseRead(path, reply->readAll(), m_reading) && !m_roundFailure) {
        m_roundFailure = Status::BadReply;
        m_roundDetail = u"%1: not a reply an IP-Rotator gives"_s.arg(path);
    }
    if (--m_outstanding == 0)
        finishRound();
}

void DeviceHttpClient::finishRound()
{
    if (m_roundFailure) {
        setStatus(*m_roundFailure, m_roundDetail);
        return;
    }
    const bool changed = m_reading != m_info;
    m_info = m_reading;
    setStatus(Status::Reachable);
    if (changed)
        emit infoChanged();
}

bool DeviceHttpClient::setPwmMaxDuty(int duty)
{
    if (m_host.isEmpty() || duty < minPwmMaxDuty || duty > maxPwmMaxDuty)
        return false;
    QNetworkReply *reply = get(u"/setPwmMaxDuty?value=%1"_s.arg(duty));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && httpStatus == 200;
        if (!ok && reply->error() != QNetworkReply::NoError)
            setStatus(failureOf(reply), u"/setPwmMaxDuty: %1"_s.arg(reply->errorString()));
        emit speedSet(ok);
        if (ok)
            refresh(); // read back what the unit keeps
    });
    return true;
}

void DeviceHttpClient::setStatus(Status status, const QString &detail)
{
    m_detail = detail;
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}
