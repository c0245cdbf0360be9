// SPDX-License-Identifier: GPL-3.0-or-later
// web-load: the web remote under many pages. This process is the app: a Session and the
// MainWindow (offscreen, painting its map and list) serving the web remote as `rotordeck --web
// PORT` does, all on the GUI thread. With `--window 0` it runs only Fleet, Rotators and
// RemoteServer on that thread, the remote's own share. A child process ("web-clients") holds the
// pages; another ("publish") makes the rotators move. Figures: how busy the GUI thread is, and how
// far each page is behind the broker.
#include "benchcommands.h"

#include "mainwindow.h"
#include "remotecontroller.h"
#include "session.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"
#include "remote/passwordhash.h"
#include "remote/remoteserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

namespace bench {

namespace {

const QString benchUser = QStringLiteral("bench");
const QString benchPassword = QStringLiteral("bench-password");

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

int runWebLoad(const Args &args)
{
    const int rotators = qMax(1, args.intValue(QStringLiteral("rotators"), 20));
    const int pages = qMax(1, args.intValue(QStringLiteral("pages"), 50));
    const int intervalMs = qMax(10, args.intValue(QStringLiteral("interval-ms"), 100));
    const int seconds = qMax(1, args.intValue(QStringLiteral("seconds"), 20));
    const QString call = QStringLiteral("WEB");

    EmbeddedBroker broker;
    if (!broker.startAndWait(10000) || !seedRetainedRotators(broker.tcpUrl(), call, rotators)) {
        printNote(QStringLiteral("cannot start or seed mosquitto"));
        return 1;
    }
    SystemClock clock;
    BrokerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = broker.tcpUrl();
    const bool inApp = args.intValue(QStringLiteral("window"), 1) != 0;
    const QString userHash = remote::hashPassword(benchPassword);
    // The app (default) or the remote's own share (--window 0).
    std::unique_ptr<Session> station;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<MqttConnection> connection;
    std::unique_ptr<Fleet> fleet;
    std::unique_ptr<RemoteServer> server;
    QList<Rotator *> all;
    quint16 port = 0;
    if (inApp) {
        station = std::make_unique<Session>(clock);
        if (!station->addBroker(profile)) {
            printNote(QStringLiteral("cannot add the broker"));
            return 1;
        }
        for (int i = 0; i < rotators; ++i) {
            RotatorSettings settings;
            settings.brokerName = profile.name;
            settings.address = {call, deviceId(i)};
            all.append(station->addRotator(settings)); // the broker first: else nullptr
        }
        port = freeLoopbackPort();
        MainWindow::Context context;
        context.settings.brokers = {profile};
        context.settings.remote.users = {{benchUser, false, userHash}};
        context.webPort = port;
        window = std::make_unique<MainWindow>(station.get(), context);
        window->resize(1600, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())
            || !spinUntil([&] { return window->remote()->isRunning(); }, 10000)) {
            printNote(QStringLiteral("the window or its web remote did not start"));
            return 1;
        }
    } else {
        connection = std::make_unique<MqttConnection>(profile);
        fleet = std::make_unique<Fleet>(connection.get(), clock);
        RemoteServer::Options options;
        options.port = 0;
        options.users = {{benchUser, userHash, remote::Role::View}};
        server = std::make_unique<RemoteServer>(options, clock);
        for (int i = 0; i < rotators; ++i) {
            all.append(fleet->addRotator({call, deviceId(i)}));
            server->addRotator(all.last());
        }
        if (!openAndWait(*connection) || !server->start()) {
            printNote(QStringLiteral("cannot connect or serve: %1").arg(server->errorString()));
            return 1;
        }
        port = server->port();
    }
    if (!spinUntil(
            [&] {
                return std::all_of(all.cbegin(), all.cend(), [](const Rotator *r) {
                    return r && r->state().rawAzimuthDeg.has_value();
                });
            },
            20000)) {
        printNote(QStringLiteral("the rotators' retained state did not arrive"));
        return 1;
    }

    // The pages, in their own process: their work is not the app's.
    QProcess clients;
    clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    clients.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("web-clients"), QStringLiteral("--url"),
                   QStringLiteral("ws://127.0.0.1:%1/ws").arg(port), QStringLiteral("--broker"),
                   broker.tcpUrl().toString(), QStringLiteral("--call"), call,
                   QStringLiteral("--pages"), QString::number(pages), QStringLiteral("--seconds"),
                   QString::number(seconds + 2)});
    QByteArray clientOutput;
    if (!spinUntil(
            [&] {
                clientOutput += clients.readAllStandardOutput();
                return clientOutput.contains("ready\n") || clients.state() == QProcess::NotRunning;
            },
            60000)
        || !clientOutput.contains("ready\n")) {
        printNote(
            QStringLiteral("the pages did not log in: %1").arg(QString::fromUtf8(clientOutput)));
        clients.kill();
        clients.waitForFinished(5000);
        return 1;
    }
    printNote(QStringLiteral("%1 pages logged in to %2; %3 rotators moving every %4 ms for %5 s")
                  .arg(pages)
                  .arg(inApp ? QStringLiteral("the app (MainWindow 1600x1000 offscreen)")
                             : QStringLiteral("the remote alone (--window 0)"))
                  .arg(rotators)
                  .arg(intervalMs)
                  .arg(seconds));

    QProcess publisher;
    publisher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 mainTid = QCoreApplication::applicationPid();
    const qint64 cpu0 = threadCpuUs(mainTid);
    const qint64 process0 = processCpuUs();
    const qint64 wall0 = nowNs();
    publisher.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("publish"), QStringLiteral("--url"), broker.tcpUrl().toString(),
                     QStringLiteral("--call"), call, QStringLiteral("--rotators"),
                     QString::number(rotators), QStringLiteral("--interval-ms"),
                     QString::number(intervalMs), QStringLiteral("--seconds"),
                     QString::number(seconds)});
    spinUntil([&] { return publisher.state() == QProcess::NotRunning; }, (seconds + 30) * 1000);
    const qint64 wallNs = nowNs() - wall0;
    const qint64 cpuUs = threadCpuUs(mainTid) - cpu0;
    const qint64 processUs = processCpuUs() - process0;
    spinUntil(
        [&] {
            clientOutput += clients.readAllStandardOutput();
            return clients.state() == QProcess::NotRunning;
        },
        30000);
    clientOutput += clients.readAllStandardOutput();

    printFigure(QStringLiteral("web_main_thread_busy"),
                100.0 * double(cpuUs) * 1000.0 / double(wallNs), QStringLiteral("%"));
    printFigure(QStringLiteral("web_process_cpu"),
                100.0 * double(processUs) * 1000.0 / double(wallNs), QStringLiteral("%"));
    // The pages' own figures, as they printed them.
    for (const QByteArray &line : clientOutput.split('\n')) {
        if (!line.isEmpty() && line != "ready")
            std::printf("%s\n", line.constData());
    }
    std::fflush(stdout);
    return clients.exitCode();
}

int runWebClients(const Args &args)
{
    const QUrl url(args.value(QStringLiteral("url")));
    const QString call = args.value(QStringLiteral("call"), QStringLiteral("WEB"));
    const int pages = qMax(1, args.intValue(QStringLiteral("pages"), 50));
    const int seconds = qMax(1, args.intValue(QStringLiteral("seconds"), 20));

    // When each azimuth value of each rotator reached an MQTT client here: the reference the
    // pages' lag is measured against (the same clock, the same broker).
    QHash<QString, QHash<int, qint64>> seenNs;
    BrokerProfile profile;
    profile.name = QStringLiteral("clients");
    profile.url = QUrl(args.value(QStringLiteral("broker")));
    MqttConnection reference(profile);
    QObject context;
    QObject::connect(&reference, &MqttConnection::messagesReceived, &context,
                     [&](const QList<MqttMessage> &messages) {
                         const qint64 now = nowNs();
                         for (const MqttMessage &m : messages) {
                             const QString id = m.topic.section(QLatin1Char('/'), 0, 1);
                             seenNs[id].insert(m.payload.toInt(), now);
                         }
                     });
    reference.subscribe(call + QStringLiteral("/+/ROT/Azimuth"));
    if (!openAndWait(reference)) {
        std::fprintf(stderr, "web-clients: cannot reach the broker\n");
        return 1;
    }

    struct Page
    {
        std::unique_ptr<QWebSocket> socket;
        bool ready = false;
        QList<double> lagMs;
        int updates = 0;
        QHash<QString, int> lastRawDeg;
    };
    std::vector<Page> all(static_cast<size_t>(pages));
    for (Page &page : all) {
        page.socket = std::make_unique<QWebSocket>();
        Page *p = &page;
        // The server checks at most a few passwords at once and says "busy" to the rest.
        const auto login = [p] {
            const QJsonObject request {{QLatin1String("type"), QLatin1String("login")},
                                       {QLatin1String("user"), benchUser},
                                       {QLatin1String("password"), benchPassword}};
            p->socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        };
        QObject::connect(page.socket.get(), &QWebSocket::connected, &context, login);
        QObject::connect(
            page.socket.get(), &QWebSocket::textMessageReceived, &context,
            [p, login, &seenNs](const QString &text) {
                const qint64 now = nowNs();
                const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString type = m.value(QLatin1String("type")).toString();
                if (type == QLatin1String("snapshot")) {
                    // Positions the page already shows are no news when an update repeats them
                    // (else the retained value, seen by the reference seconds earlier, would
                    // count as a lag of seconds).
                    for (const auto &value : m.value(QLatin1String("rotators")).toArray()) {
                        const QJsonObject r = value.toObject();
                        p->lastRawDeg.insert(r.value(QLatin1String("id")).toString(),
                                             r.value(QLatin1String("rawAzimuthDeg")).toInt(-1));
                    }
                    p->ready = true;
                    return;
                }
                if (type == QLatin1String("error")
                    && m.value(QLatin1String("code")).toString() == QLatin1String("busy")) {
                    QTimer::singleShot(200, p->socket.get(), login);
                    return;
                }
                if (type != QLatin1String("update"))
                    return;
                ++p->updates;
                for (const auto &value : m.value(QLatin1String("rotators")).toArray()) {
                    const QJsonObject r = value.toObject();
                    const QString id = r.value(QLatin1String("id")).toString();
                    const int raw = r.value(QLatin1String("rawAzimuthDeg")).toInt(-1);
                    // Only a new position is news (a Status flip repeats it).
                    if (raw < 0 || p->lastRawDeg.value(id, -1) == raw)
                        continue;
                    p->lastRawDeg.insert(id, raw);
                    const qint64 seen = seenNs.value(id).value(raw, 0);
                    if (seen > 0 && seen <= now)
                        p->lagMs.append(double(now - seen) / 1e6);
                }
            });
        page.socket->open(url);
    }
    if (!spinUntil(
            [&] {
                return std::all_of(all.cbegin(), all.cend(), [](const Page &p) { return p.ready; });
            },
            60000)) {
        std::fprintf(stderr, "web-clients: not every page logged in\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    spinUntil([] { return false; }, seconds * 1000);

    QList<double> all95;
    QList<double> everyLag;
    int updates = 0;
    for (const Page &page : all) {
        all95.append(quantile(page.lagMs, 0.95));
        everyLag += page.lagMs;
        updates += page.updates;
    }
    printFigure(QStringLiteral("web_pages"), double(pages), QStringLiteral("pages"));
    printFigure(QStringLiteral("web_updates_per_page"), double(updates) / pages,
                QStringLiteral("messages"));
    printFigure(QStringLiteral("web_lag_p50"), quantile(everyLag, 0.5), QStringLiteral("ms"));
    printFigure(QStringLiteral("web_lag_p95"), quantile(everyLag, 0.95), QStringLiteral("ms"));
    printFigure(QStringLiteral("web_lag_max"), quantile(everyLag, 1.0), QStringLiteral("ms"));
    printFigure(QStringLiteral("web_lag_p95_worst_page"), quantile(all95, 1.0),
                QStringLiteral("ms"));
    return everyLag.isEmpty() ? 1 : 0;
}

} // namespace bench
