// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A web remote page as the tests see it: a QWebSocket that keeps every JSON message it
// received (tests of RemoteServer and of the app's web remote).

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

class PageClient : public QObject
{
    Q_OBJECT

public:
    PageClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
    }

    /// Opens and waits for the server's hello.
    bool open(const QUrl &url, int timeoutMs = 10000)
    {
        socket.open(url);
        return next(QStringLiteral("hello"), timeoutMs).has_value();
    }

    void sendJson(const QJsonObject &object)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }

    /// The next message (after the ones next() returned already) of `type` that matches;
    /// nullopt on timeout.
    std::optional<QJsonObject> next(const QString &type, int timeoutMs = 10000,
                                    const std::function<bool(const QJsonObject &)> &match = {})
    {
        std::optional<QJsonObject> found;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (qsizetype i = cursor; i < received.size(); ++i) {
                    const QJsonObject &m = received.at(i);
                    if (m.value(QLatin1String("type")).toString() == type && (!match || match(m))) {
                        cursor = i + 1;
                        found = m;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs));
        return found;
    }

    /// Logs in and waits for the session (nullopt: the error or nothing came).
    std::optional<QJsonObject> login(const QString &user, const QString &password)
    {
        sendJson({{QLatin1String("type"), QLatin1String("login")},
                  {QLatin1String("user"), user},
                  {QLatin1String("password"), password}});
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (qsizetype i = cursor; i < received.size(); ++i) {
                    const QString type = received.at(i).value(QLatin1String("type")).toString();
                    if (type == QLatin1String("session") || type == QLatin1String("error"))
                        return true;
                }
                return false;
            },
            10000));
        for (qsizetype i = cursor; i < received.size(); ++i) {
            const QJsonObject m = received.at(i);
            const QString type = m.value(QLatin1String("type")).toString();
            if (type == QLatin1String("session") || type == QLatin1String("error")) {
                cursor = i + 1;
                return m;
            }
        }
        return std::nullopt;
    }

    QWebSocket socket;
    QList<QJsonObject> received;
    qsizetype cursor = 0;
};
