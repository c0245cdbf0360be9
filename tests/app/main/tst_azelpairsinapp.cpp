// SPDX-License-Identifier: GPL-3.0-or-later
#include "azelpairs.h"
#include "dialogs/azelpairsdialog.h"
#include "mainwindow.h"
#include "models/rotatorlistmodel.h"
#include "rotatorformat.h"
#include "session.h"
#include "trackingcontroller.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/elevationdial.h"
#include "widgets/rotatorpanel.h"

#include "astro/ephemeris.h"
#include "brokerfixture.h"
#include "core/clock.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "protocol/firmwarelimits.h"
#include "settings/settingsstore.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "namedchild.h"
#include "simulatedrotators.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 60000;
/// Where a unit has arrived: the simulator stops within a degree or two of the target, and the
/// Sun moves a quarter of a degree a minute.
constexpr int toleranceDeg = 3;

int angleBetweenDeg(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return int(std::lround(std::min(d, 360.0 - d)));
}

/// A station where the Sun stands 40°..70° high now (whatever the time of the test run), so
/// that Turn to Sun and tracking can run against the real clock.
QString stationUnderTheSun()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString best;
    double bestScore = 1e9;
    for (int latDeg = -40; latDeg <= 40; latDeg += 10) {
        for (int lonDeg = -175; lonDeg <= 175; lonDeg += 10) {
            const QString locator = geo::pointToLocator({double(latDeg), double(lonDeg)}, 6);
            const auto point = geo::locatorToPoint(locator);
            if (!point)
                continue;
            const double el = astro::sunPosition({*point, 0.0}, now).elevationDeg;
            if (std::abs(el - 55.0) < bestScore) {
                bestScore = std::abs(el - 55.0);
                best = locator;
            }
        }
    }
    return best;
}
} // namespace

/// Issue 15: an azimuth unit and an elevation-only unit paired as one antenna in the app. Real
/// mosquitto, two simulated IP-Rotators (one in elevation mode), the main window offscreen.
/// The pair is made through Rotator ▸ Az/El Pairs… and saved; the list shows one row, the map
/// one beam, the panel the elevation unit's half dial; a map click turns the azimuth only, Turn
/// to Sun turns both (flipping past the zenith instead of swinging the azimuth round), Stop
/// stops both and Park parks both. The tests run in order on one pair.
class TestAzElPairsInApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pairFromTheMenuIsSaved();
    void oneRowShowsThePair();
    void elevationUnitTroubleShowsInTheRow();
    void mapDrawsOneBeam();
    void panelShowsTheHalfDial();
    void targetTurnsOnlyTheAzimuth();
    void turnToSunTurnsBoth();
    void turnToSunFlipsInsteadOfSwinging();
    void trackSunWithBothAndStop();
    void stopStopsBoth();
    void parkParksBoth();

private:
    [[nodiscard]] Rotator *az() const { return m_session->rotatorAt(0); }
    [[nodiscard]] Rotator *el() const { return m_session->rotatorAt(1); }
    [[nodiscard]] SimulatedRotator *azDevice() const { return m_sim->devices().at(0); }
    [[nodiscard]] SimulatedRotator *elDevice() const { return m_sim->devices().at(1); }
    [[nodiscard]] QString topic(const QString &id, const QString &leaf) const
    {
        return u"%1/%2/ROT/%3"_s.arg(m_call, id, leaf);
    }
    [[nodiscard]] bool seen(const QString &wanted, qsizetype from) const
    {
        for (qsizetype i = from; i < m_wire.size(); ++i) {
            if (m_wire.at(i).topic == wanted)
                return true;
        }
        return false;
    }
    /// The last value sent to a unit's leaf since `from` (nullopt: none).
    [[nodiscard]] std::optional<int> lastSent(const QString &id, const QString &leaf,
                                              qsizetype from) const
    {
        std::optional<int> value;
        for (qsizetype i = from; i < m_wire.size(); ++i) {
            if (m_wire.at(i).topic == topic(id, leaf))
                value = m_wire.at(i).payload.toInt();
        }
        return value;
    }
    [[nodiscard]] QAbstractItemModel *list() const
    {
        return namedChild<QTableView>(m_window.get(), "rotatorList")->model();
    }
    [[nodiscard]] QString cell(int column) const
    {
        return list()->index(0, column).data().toString();
    }
    [[nodiscard]] bool bothStill() const
    {
        return azDevice()->status() == 0 && elDevice()->status() == 0 && !az()->state().moving
            && !el()->state().moving;
    }
    [[nodiscard]] astro::HorizontalPosition sunNow() const
    {
        const auto point = geo::locatorToPoint(m_session->stationLocator());
        return astro::sunPosition({point.value_or(geo::GeoPoint {}), 0.0},
                                  QDateTime::currentDateTimeUtc());
    }

    BrokerFixture m_broker;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MqttConnection> m_spy;
    std::unique_ptr<MainWindow> m_window;
    QList<MqttMessage> m_wire;
    QString m_call;
};

void TestAzElPairsInApp::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SettingsStore>(m_dir.filePath(u"rotordeck.ini"_s));
    m_call = BrokerFixture::uniqueCall();

    m_spy = std::make_unique<MqttConnection>(m_broker.profile());
    connect(m_spy.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &messages) { m_wire.append(messages); });
    m_spy->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_spy->isConnected(), timeoutMs);
    m_spy->subscribe(m_call + u"/+/ROT/stop"_s);
    m_spy->subscribe(m_call + u"/+/ROT/Target"_s);

    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    AppSettings settings;
    const BrokerProfile profile = apptest::simulatorBrokerProfile(m_broker.tcpUrl());
    settings.brokers = {profile};
    for (const bool elevation : {false, true}) {
        SimulatedRotatorConfig config;
        config.call = m_call;
        config.id = elevation ? u"2"_s : u"1"_s;
        config.speedDegPerSec = 12;
        config.fastInbound = true;
        // Limit switches, as satellite rotators have (no software end-stop zones, spec §5.4).
        config.endstopInstalled = true;
        config.elevation = elevation;
        config.startAzimuthDeg = elevation ? protocol::elevationStartAzimuthDeg : 0;
        config.maxRotateDeg = elevation ? protocol::maxElevationRangeDeg : 360;
        config.initialRawDeg = elevation ? 10 : 100;
        m_sim->addDevice(config);
        RotatorSettings rotator;
        rotator.brokerName = profile.name;
        rotator.address = {config.call, config.id};
        rotator.label = elevation ? u"El"_s : u"Az"_s;
        rotator.maxRotateDeg = config.maxRotateDeg;
        rotator.parkBearingDeg = 90; // the azimuth east, the elevation straight up
        if (elevation)
            rotator.elevationMode = true;
        m_session->addRotator(rotator);
        settings.rotators.append(rotator);
    }
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 2, timeoutMs);
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(az()->state().rawAzimuthDeg, std::optional<int>(100), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(el()->state().rawAzimuthDeg, std::optional<int>(10), timeoutMs);
    QVERIFY(el()->state().elevationMode);
    m_session->setStationLocator(stationUnderTheSun());

    MainWindow::Context context;
    context.store = m_store.get();
    context.settings = settings;
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAzElPairsInApp::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_spy.reset();
    m_sim.reset();
}

void TestAzElPairsInApp::pairFromTheMenuIsSaved()
{
    QCOMPARE(list()->rowCount(), 2);
    QAction *entry = m_window->action(MainWindow::Command::AzElPairs);
    QVERIFY(entry);
    bool inMenu = false;
    for (const QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(entry))
            inMenu = true;
    }
    QVERIFY2(inMenu, "Az/El Pairs… is in no menu");
    entry->trigger();
    AzElPairsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<AzElPairsDialog *>()) != nullptr
                                 && dialog->isVisible(),
                             timeoutMs);
    QVERIFY(!dialog->isModal()); // every stop keeps working while it is open
    auto *azimuth = namedChild<QComboBox>(dialog, "azimuth");
    auto *elevation = namedChild<QComboBox>(dialog, "elevation");
    // Only the azimuth unit can be the azimuth; the elevation-only unit is offered for it.
    QCOMPARE(azimuth->count(), 1);
    QVERIFY(azimuth->currentText().contains(u"Az"_s));
    QVERIFY(elevation->currentText().contains(u"El"_s));
    namedChild<QLineEdit>(dialog, "label")->setText(u"EME"_s);
    namedChild<QPushButton>(dialog, "pair")->click();
    dialog->accept();

    // One row for the pair, and the pair is in the file for the next start.
    QTRY_COMPARE_WITH_TIMEOUT(list()->rowCount(), 1, timeoutMs);
    const QList<AzElPairSettings> saved = m_store->load().settings.azElPairs;
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().azimuth, az()->address());
    QCOMPARE(saved.first().elevation, el()->address());
    QCOMPARE(saved.first().label, u"EME"_s);
    m_window->selectRotatorRow(0);
    QCOMPARE(m_window->selectedRotators(), QList<Rotator *> {az()});
}

void TestAzElPairsInApp::oneRowShowsThePair()
{
    QCOMPARE(cell(RotatorListModel::LabelColumn), u"EME"_s);
    QVERIFY2(cell(RotatorListModel::AddressColumn).contains(el()->address().toString()),
             qPrintable(cell(RotatorListModel::AddressColumn)));
    // Azimuth and elevation side by side.
    const QString position = cell(RotatorListModel::BearingColumn);
    QVERIFY2(position.startsWith(rotatorformat::positionText(az()->state())), qPrintable(position));
    QVERIFY2(position.endsWith(rotatorformat::positionText(el()->state())), qPrintable(position));
    QVERIFY(rotatorformat::positionText(el()->state())
            != rotatorformat::positionText(az()->state()));
}

void TestAzElPairsInApp::elevationUnitTroubleShowsInTheRow()
{
    // Its own row is hidden, so the pair's row tells when the elevation unit cannot be reached.
    QCOMPARE(cell(RotatorListModel::LinkColumn), rotatorformat::linkText(LinkState::Live));
    el()->setBrokerUp(false);
    QTRY_COMPARE_WITH_TIMEOUT(cell(RotatorListModel::LinkColumn),
                              rotatorformat::linkText(LinkState::BrokerDown), timeoutMs);
    QVERIFY2(cell(RotatorListModel::StatusColumn).contains(u"el"_s),
             qPrintable(cell(RotatorListModel::StatusColumn)));
    el()->setBrokerUp(true);
    QVERIFY(el()->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(cell(RotatorListModel::LinkColumn),
                              rotatorformat::linkText(LinkState::Live), timeoutMs);
}

void TestAzElPairsInApp::mapDrawsOneBeam()
{
    m_window->flushMap();
    const QList<MapBeam> beams = m_window->compassMap()->beams();
    QCOMPARE(beams.size(), 1);
    QCOMPARE(beams.first().label, u"EME"_s);
    QCOMPARE(beams.first().bearingDeg, std::optional<double>(100));
}

void TestAzElPairsInApp::panelShowsTheHalfDial()
{
    auto *panel = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel");
    QCOMPARE(panel->primary(), az());
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<ElevationDial>(panel, "elevationDial")->isVisible(),
                             timeoutMs);
    auto *line = namedChild<QLabel>(panel, "pairElevationLabel");
    QVERIFY(line->isVisible());
    QVERIFY2(line->text().contains(rotatorformat::positionText(el()->state())),
             qPrintable(line->text()));
    // The big readout stays the azimuth.
    QCOMPARE(namedChild<QLabel>(panel, "bearingReadout")->text(),
             rotatorformat::positionText(az()->state()));
}

void TestAzElPairsInApp::targetTurnsOnlyTheAzimuth()
{
    const qsizetype from = m_wire.size();
    m_window->turnSelectedTo(150);
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(u"1"_s, u"Target"_s), from) && azDevice()->status() != 0,
                             timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
    QCOMPARE(lastSent(u"1"_s, u"Target"_s, from), std::optional<int>(150)); // start azimuth 0
    QVERIFY(!seen(topic(u"2"_s, u"Target"_s), from));
    QCOMPARE(elDevice()->rawAzimuthDeg(), 10);
}

void TestAzElPairsInApp::turnToSunTurnsBoth()
{
    const qsizetype from = m_wire.size();
    m_window->action(MainWindow::Command::TurnToSun)->trigger();
    // The pair never needs the long way round: it flips instead.
    QVERIFY(!namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(u"1"_s, u"Target"_s), from)
                                 && seen(topic(u"2"_s, u"Target"_s), from),
                             timeoutMs);
    const astro::HorizontalPosition sun = sunNow();
    const double sunEl = astro::refractedElevationDeg(sun.elevationDeg);
    const int azimuthSent = lastSent(u"1"_s, u"Target"_s, from).value_or(-1);
    const int elevationSent = lastSent(u"2"_s, u"Target"_s, from).value_or(-1);
    // Either pose points at the Sun: straight, or flipped past the zenith.
    const bool straight
        = angleBetweenDeg(azimuthSent, sun.azimuthDeg) <= 1 && std::abs(elevationSent - sunEl) <= 1;
    const bool flipped = angleBetweenDeg(azimuthSent, sun.azimuthDeg + 180) <= 1
        && std::abs(elevationSent - (180 - sunEl)) <= 1;
    QVERIFY2(straight || flipped,
             qPrintable(u"Sun at %1/%2, sent %3/%4"_s.arg(sun.azimuthDeg)
                            .arg(sunEl)
                            .arg(azimuthSent)
                            .arg(elevationSent)));
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
}

void TestAzElPairsInApp::turnToSunFlipsInsteadOfSwinging()
{
    // The azimuth faces away from the Sun, the elevation is low on the near side: pointing
    // straight means swinging the azimuth about 180°; flipping past the zenith moves the
    // elevation unit only.
    const astro::HorizontalPosition sun = sunNow();
    const int away = int(std::lround(sun.azimuthDeg + 180)) % 360;
    QVERIFY(az()->turnToBearing(away));
    QVERIFY(el()->turnToRaw(20));
    QTRY_VERIFY_WITH_TIMEOUT(azDevice()->status() != 0 || elDevice()->status() != 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
    const int azimuthNowDeg = azDevice()->bearingDeg();
    const qsizetype from = m_wire.size();
    m_window->action(MainWindow::Command::TurnToSun)->trigger();
    QVERIFY(!namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(u"2"_s, u"Target"_s), from), timeoutMs);
    const double sunEl = astro::refractedElevationDeg(sunNow().elevationDeg);
    const std::optional<int> elevationSent = lastSent(u"2"_s, u"Target"_s, from);
    QVERIFY2(elevationSent && std::abs(*elevationSent - (180 - sunEl)) <= 1,
             qPrintable(QString::number(elevationSent.value_or(-1))));
    // The azimuth stays where it is (give or take the simulator's stopping point).
    if (const std::optional<int> azimuthSent = lastSent(u"1"_s, u"Target"_s, from))
        QVERIFY2(angleBetweenDeg(*azimuthSent, azimuthNowDeg) <= toleranceDeg + 7,
                 qPrintable(u"%1 from %2"_s.arg(*azimuthSent).arg(azimuthNowDeg)));
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
}

void TestAzElPairsInApp::trackSunWithBothAndStop()
{
    // The elevation unit a little off the Sun (still past the zenith): the pair's tracker puts
    // it back, the azimuth stays, and Stop ends the tracking and stops both units.
    QVERIFY(el()->turnToRaw(100));
    QTRY_VERIFY_WITH_TIMEOUT(elDevice()->status() != 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
    const qsizetype from = m_wire.size();
    m_window->action(MainWindow::Command::TrackSun)->trigger();
    TrackingController *tracking = m_window->tracking();
    // The plan is shown first; Start starts it.
    QVERIFY(!tracking->pairTracker(az()));
    auto *plan = namedChild<ConfirmBar>(m_window.get(), "trackPlanBar");
    QTRY_VERIFY_WITH_TIMEOUT(plan->isVisible(), timeoutMs);
    QTest::mouseClick(namedChild<QPushButton>(plan, "acceptButton"), Qt::LeftButton);
    QVERIFY(tracking->pairTracker(az()));
    QVERIFY(!tracking->targetName(az()).isEmpty());
    QVERIFY(tracking->targetName(el()).isEmpty()); // one antenna, tracked once
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(u"2"_s, u"Target"_s), from), timeoutMs);
    const double sunEl = astro::refractedElevationDeg(sunNow().elevationDeg);
    const std::optional<int> elevationSent = lastSent(u"2"_s, u"Target"_s, from);
    QVERIFY2(elevationSent && std::abs(*elevationSent - (180 - sunEl)) <= 1,
             qPrintable(QString::number(elevationSent.value_or(-1))));
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(m_window.get(), "trackingLabel")->isVisible(),
                             timeoutMs);
    QVERIFY(namedChild<QLabel>(m_window.get(), "trackingLabel")->text().contains(u"EME"_s));

    const qsizetype beforeStop = m_wire.size();
    m_window->action(MainWindow::Command::Stop)->trigger();
    QVERIFY(!tracking->pairTracker(az()));
    QTRY_VERIFY_WITH_TIMEOUT(tracking->targetName(az()).isEmpty(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(u"1"_s, u"stop"_s), beforeStop)
                                 && seen(topic(u"2"_s, u"stop"_s), beforeStop),
                             timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
    // Nothing is left that could send.
    QCOMPARE(tracking->trackingCount(), 0);
}

void TestAzElPairsInApp::stopStopsBoth()
{
    // Both turning the long way (the elevation back over the zenith).
    const int azimuthTarget = (azDevice()->bearingDeg() + 170) % 360;
    QVERIFY(az()->turnToBearing(azimuthTarget));
    QVERIFY(el()->turnToRaw(5));
    QTRY_VERIFY_WITH_TIMEOUT(azDevice()->status() != 0 && elDevice()->status() != 0, timeoutMs);
    const qsizetype from = m_wire.size();
    m_window->action(MainWindow::Command::Stop)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        seen(topic(u"1"_s, u"stop"_s), from) && seen(topic(u"2"_s, u"stop"_s), from), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
    QVERIFY(angleBetweenDeg(azDevice()->bearingDeg(), azimuthTarget) > toleranceDeg);
    QVERIFY(elDevice()->rawAzimuthDeg() > 5 + toleranceDeg);
}

void TestAzElPairsInApp::parkParksBoth()
{
    const qsizetype from = m_wire.size();
    m_window->action(MainWindow::Command::Park)->trigger();
    // From where the stop left it, the azimuth may have to go the long way: the usual question.
    ConfirmBar *question = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar();
    if (question->isVisible())
        namedChild<QPushButton>(question, "acceptButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(u"1"_s, u"Target"_s), from)
                                 && seen(topic(u"2"_s, u"Target"_s), from),
                             timeoutMs);
    // The azimuth east, the elevation straight up.
    QCOMPARE(lastSent(u"1"_s, u"Target"_s, from), std::optional<int>(90));
    QCOMPARE(lastSent(u"2"_s, u"Target"_s, from), std::optional<int>(90));
    QTRY_VERIFY_WITH_TIMEOUT(bothStill(), timeoutMs);
}

QTEST_MAIN(TestAzElPairsInApp)
#include "tst_azelpairsinapp.moc"
