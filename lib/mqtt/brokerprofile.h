// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QString>
#include <QUrl>

#include <optional>

/// One broker the app talks to. A value type: settings load and store it, MqttConnection uses it.
struct BrokerProfile
{
    QString name;
    /// tcp://host:port, ws://host:port[/path], ssl://host:port or wss://host:port[/path].
    QUrl url;
    QString username;
    /// Held in memory only; settings keep it in the OS keychain, never in the INI file.
    QString password;
    /// PEM file with the CA(s) that sign the broker's certificate (ssl/wss); empty = system store.
    QString caFile;
    /// Empty = a unique id is generated per connection ("rotordeck-" + random).
    QString clientId;
    bool enabled = true;
    /// Subscribe +/+/ROT/# and create rotators for every prefix seen.
    bool discover = true;
    int keepAliveSec = 20;
    /// Automatic reconnect back-off bounds (also used for retrying the first connect).
    int reconnectMinMs = 1000;
    int reconnectMaxMs = 4000;

    friend bool operator==(const BrokerProfile &, const BrokerProfile &) = default;
};

/// nullopt when `url` is a usable broker URL, else a short English reason ("unknown scheme
/// 'http'; use tcp, ws, ssl or wss", "port 70000 out of range", …).
[[nodiscard]] std::optional<QString> brokerUrlProblem(const QUrl &url);

/// Default port for a scheme: tcp 1883, ws 1884 (as the IP-Rotator wall page), ssl 8883, wss 8081.
[[nodiscard]] int defaultBrokerPort(const QString &scheme);

inline QDebug operator<<(QDebug d, const BrokerProfile &p)
{
    QDebugStateSaver saver(d);
    d.nospace() << "BrokerProfile(" << p.name << ", " << p.url.toString() << ')';
    return d;
}
