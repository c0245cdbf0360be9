// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged settings file (truncated, binary, from a future version) never stops RotorDeck: the
// real program starts with it and reports the problem, the file is left as it was, and the main
// window comes up on usable defaults with the problem listed.
#include "mainwindow.h"
#include "session.h"
#include "widgets/notificationdock.h"

#include "core/clock.h"
#include "settings/settingsstore.h"

#include "namedchild.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsFaults : public QObject
{
    Q_OBJECT

private slots:
    void programStartsWithDamagedSettings_data();
    void programStartsWithDamagedSettings();
    void windowShowsProblems_data();
    void windowShowsProblems();

private:
    void addRows();
    /// Writes the damaged file of kind `kind` and returns its bytes.
    QByteArray writeDamagedFile(const QString &path, const QString &kind);
};

void TestSettingsFaults::addRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problemText"); // the library's English detail
    QTest::addColumn<QString>("shownText"); // what the window says (its own words)

    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("incomplete");
    QTest::newRow("binary") << QStringLiteral("binary") << QStringLiteral("binary data")
                            << QStringLiteral("is damaged");
    QTest::newRow("future version") << QStringLiteral("future") << QStringLiteral("newer RotorDeck")
                                    << QStringLiteral("written by a newer RotorDeck");
}

QByteArray TestSettingsFaults::writeDamagedFile(const QString &path, const QString &kind)
{
    if (kind == QLatin1String("binary")) {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(static_cast<char>((i * 37) % 256));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return bytes;
    }

    // A good file with some content first.
    AppSettings settings;
    for (int b = 0; b < 3; ++b) {
        BrokerProfile broker;
        broker.name = QStringLiteral("broker %1").arg(b);
        broker.url = QUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(1883 + b));
        settings.brokers << broker;
        for (int r = 0; r < 4; ++r) {
            RotatorSettings rotator;
            rotator.brokerName = broker.name;
            rotator.address = RotatorAddress {QStringLiteral("OK1ABC"), QString::number(r)};
            rotator.label = QStringLiteral("Yagi %1-%2").arg(b).arg(r);
            rotator.parkBearingDeg = 90;
            settings.rotators << rotator;
        }
    }
    settings.station.locator = QStringLiteral("JN79");
    QString error;
    if (!SettingsStore(path).save(settings, &error))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    file.close();
    if (kind == QLatin1String("truncated"))
        bytes.truncate(bytes.size() / 2);
    else
        bytes.replace("formatVersion=1", "formatVersion=99");
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return bytes;
}

void TestSettingsFaults::programStartsWithDamagedSettings_data()
{
    addRows();
}

void TestSettingsFaults::programStartsWithDamagedSettings()
{
    QFETCH(QString, kind);
    QFETCH(QString, problemText);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rotordeck.ini"));
    const QByteArray damaged = writeDamagedFile(path, kind);
    QVERIFY(!damaged.isEmpty());

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    connect(&app, &QProcess::readyRead, this, [&] { output += app.readAll(); });
    app.start(QStringLiteral(ROTORDECK_APP_PATH), {QStringLiteral("--settings"), path});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));

    // It reports the problem and keeps running (the window is up; nothing to click away).
    QTRY_VERIFY2_WITH_TIMEOUT(output.contains(problemText.toUtf8()), output.constData(), 20000);
    QTest::qWait(1000);
    QVERIFY2(app.state() == QProcess::Running, output.constData());

    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    // Never overwritten behind the user's back.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
}

void TestSettingsFaults::windowShowsProblems_data()
{
    addRows();
}

void TestSettingsFaults::windowShowsProblems()
{
    QFETCH(QString, kind);
    QFETCH(QString, problemText);
    QFETCH(QString, shownText);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rotordeck.ini"));
    QVERIFY(!writeDamagedFile(path, kind).isEmpty());

    SettingsStore store(path);
    const SettingsStore::LoadResult loaded = store.load();
    QVERIFY(!loaded.problems.isEmpty());
    QVERIFY2(loaded.problems.join(u'\n').contains(problemText),
             qPrintable(loaded.problems.join(u'\n')));
    QCOMPARE(loaded.newerFormat, kind == QLatin1String("future"));

    SystemClock clock;
    Session station(clock);
    MainWindow::Context context;
    context.settings = loaded.settings;
    context.store = &store;
    context.settingsProblems = loaded.problems;
    context.settingsProblemCodes = loaded.problemCodes;
    QCOMPARE(loaded.problemCodes.size(), loaded.problems.size());
    MainWindow window(&station, context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(namedChild<NotificationDock>(&window, "notificationDock"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            // The window's words in the entry, the library's English only in its tooltip.
            for (int i = 0; i < namedChild<NotificationDock>(&window, "notificationDock")->count();
                 ++i) {
                if (namedChild<NotificationDock>(&window, "notificationDock")
                        ->textAt(i)
                        .contains(shownText)
                    && namedChild<NotificationDock>(&window, "notificationDock")
                           ->toolTipAt(i)
                           .contains(problemText))
                    return true;
            }
            return false;
        }(),
        5000);
}

QTEST_MAIN(TestSettingsFaults)
#include "tst_settingsfaults.moc"
