// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerprofile.h"

#include <QRegularExpression>

namespace {

constexpr int maxPort = 65535;

bool takesPath(const QString &scheme)
{
    return scheme == u"ws" || scheme == u"wss";
}

// QUrl refuses ports outside 0..65535 and leaves no port to ask for; its error text still
// quotes the source, so the reason can name the port the user typed.
QString invalidPortProblem(const QUrl &url)
{
    static const QRegularExpression sourceRe(QStringLiteral(R"re(source was "([^"]*)")re"));
    static const QRegularExpression portRe(
        QStringLiteral(R"re(^[^:]+://(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/]*):([^/?#]*))re"));
    const auto source = sourceRe.match(url.errorString());
    if (source.hasMatch()) {
        const auto port = portRe.match(source.captured(1));
        if (port.hasMatch()) {
            const QString text = port.captured(1);
            bool isNumber = false;
            text.toLongLong(&isNumber);
            if (isNumber)
                return QStringLiteral("port %1 out of range (1..%2)").arg(text).arg(maxPort);
            return QStringLiteral("port '%1' is not a number").arg(text);
        }
    }
    return QStringLiteral("not a valid URL: %1").arg(url.errorString());
}

} // namespace

std::optional<QString> brokerUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return QStringLiteral("no broker URL");
    if (!url.isValid()) {
        if (url.errorString().startsWith(u"Invalid port"))
            return invalidPortProblem(url);
        return QStringLiteral("not a valid URL: %1").arg(url.errorString());
    }
    const QString scheme = url.scheme();
    if (scheme.isEmpty())
        return QStringLiteral("no scheme; write tcp://, ws://, ssl:// or wss:// before the host");
    if (defaultBrokerPort(scheme) == 0)
        return QStringLiteral("unknown scheme '%1'; use tcp, ws, ssl or wss").arg(scheme);
    if (url.host().isEmpty())
        return QStringLiteral("missing host");
    if (url.port() == 0)
        return QStringLiteral("port 0 out of range (1..%1)").arg(maxPort);
    if (!url.userInfo().isEmpty())
        return QStringLiteral("user name in the URL; put it in the profile instead");
    if (!takesPath(scheme) && !url.path().isEmpty() && url.path() != u"/")
        return QStringLiteral("%1 URLs take no path ('%2')").arg(scheme, url.path());
    if (url.hasQuery() || url.hasFragment())
        return QStringLiteral("a broker URL has no query or fragment");
    return std::nullopt;
}

int defaultBrokerPort(const QString &scheme)
{
    if (scheme == u"tcp")
        return 1883;
    if (scheme == u"ws")
        return 1884;
    if (scheme == u"ssl")
        return 8883;
    if (scheme == u"wss")
        return 8081;
    return 0;
}
