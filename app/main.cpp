// SPDX-License-Identifier: GPL-3.0-or-later
#include "applogging.h"
#include "appoptions.h"
#include "countrydata.h"
#include "demo.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "quitsignals.h"
#include "session.h"
#include "settingskeeper.h"
#include "translator.h"

#include "core/clock.h"
#include "model/rotator.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>

#include <cstdio>

namespace {
void printError(const QString &text)
{
    std::fprintf(stderr, "rotordeck: %s\n", qPrintable(text));
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("RotorDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("RotorDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROTORDECK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any window system is touched, so that --help, --version
    // and a bad option work without a display (packaging checks, ssh sessions).
    // Our own debug and info lines are for developers (--verbose shows them); QT_LOGGING_RULES
    // still wins.
    QLoggingCategory::setFilterRules(
        QStringLiteral("rotordeck.*.debug=false\nrotordeck.*.info=false"));
    std::optional<AppOptions> options;
    {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        translations::installTranslators(core, QLocale::system()); // --help in the user's language
        const auto parsed = AppOptions::parse(QCoreApplication::arguments());
        if (parsed.outcome != CommandLineOutcome::Run)
            return cli::printOutcome(QStringLiteral("rotordeck"), parsed,
                                     QStringLiteral("Try 'rotordeck --help'."));
        options = parsed.options;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    translations::installTranslators(app, QLocale::system());
    QApplication::setDesktopFileName(QStringLiteral("rotordeck"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("rotordeck"),
                                                 QIcon(QStringLiteral(":/icons/rotordeck.svg"))));
    QString error;
    // Made before the demo starts: a signal during start-up waits for the event loop.
    const QuitSignals quitSignals;
    if (!quitSignals.isValid())
        qCWarning(lcApp) << "SIGINT and SIGTERM will not clean up: no signal pipe";

    if (options->verbose)
        QLoggingCategory::setFilterRules({});

    // Settings -> connections -> fleets -> windows.
    SettingsStore store(options->settingsFile);
    SettingsStore::LoadResult loaded = store.load();
    for (const QString &problem : std::as_const(loaded.problems))
        qCWarning(lcApp) << "settings:" << problem;

    SystemClock clock;
    Demo demo(clock);
    KeychainCredentialStore credentials;
    Session station(clock);
    station.setCredentialStore(&credentials); // the devices' HTTP passwords
    // The one owner of the settings from here on: every edit goes through it.
    SettingsKeeper keeper(loaded.settings, &station, &store, &credentials);

    QString locator = loaded.settings.station.locator;
    station.setStationName(loaded.settings.station.name);
    station.setStationCallsign(options->callsign.isEmpty() ? loaded.settings.station.callsign
                                                           : options->callsign);
    MainWindow::Context context;
    // A few tens of milliseconds: read before the window, so the first callsign typed works.
    CountryData countryData;
    countryData.load();
    context.keeper = &keeper;
    context.countryData = &countryData;
    context.store = &store;
    context.credentials = &credentials;
    context.settingsProblems = loaded.problems;
    context.settingsProblemCodes = loaded.problemCodes;
    context.dxCluster = options->dxCluster;

    if (options->demo) {
        if (!demo.start(options->demoCount, &error)) {
            printError(QObject::tr("the demo broker did not start: %1").arg(error));
            QMessageBox::critical(
                nullptr, QObject::tr("RotorDeck demo"),
                QObject::tr("The demo needs mosquitto, which did not start:\n%1").arg(error));
            return 1;
        }
        // The demo shows only its own simulated rotators: no real hardware is reachable from it.
        const BrokerProfile profile = demo.brokerProfile();
        context.demoBrokerName = profile.name;
        for (const RotatorSettings &rotator : demo.rotatorSettings())
            station.addRotator(rotator);
        keeper.azElPairs()->setPairs(demo.azElPairs());
        station.addBroker(profile);
        demo.refreshWhenReady(&station);
        if (locator.isEmpty())
            locator = QString::fromLatin1(Demo::defaultLocator);
    } else {
        keeper.startSavedBrokers();
        if (!options->brokerUrl.isEmpty()) {
            BrokerProfile profile;
            profile.name = QObject::tr("Command line (%1)").arg(options->brokerUrl.host());
            profile.url = options->brokerUrl;
            profile.username = options->brokerUrl.userName();
            profile.password = options->brokerUrl.password();
            profile.discover = options->rotators.isEmpty();
            for (const RotatorAddress &address : options->rotators) {
                RotatorSettings rotator;
                rotator.brokerName = profile.name;
                rotator.address = address;
                station.addRotator(rotator);
            }
            station.addBroker(profile);
        }
    }
    if (!options->locator.isEmpty())
        locator = options->locator;
    station.setStationLocator(locator);

    context.settings = loaded.settings;
    context.rotctldPort = options->rotctldPort;
    context.webPort = options->webPort;
    MainWindow window(&station, std::move(context));
    // SIGINT and SIGTERM leave the event loop, so that the Demo's destructor stops mosquitto and
    // removes its temporary folder. Nothing is asked (nobody may be there to answer "rotators
    // still turning") and nothing is saved (a damaged settings file stays as it was).
    // QApplication::quit() would close the window, which asks and saves; exit() does not.
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &window,
                     [] { QApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
