// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"
#include "settingskeeper.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "settings/credentialstore.h"
#include "settings/settingsstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// Settings edits go through one owner: the running station follows, the file keeps them
/// (never a password), and brokers of this session only are left alone.
class TestSettingsKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void brokersRestartOnlyWhatChanged();
    void renamedBrokerKeepsRotatorSettings();
    void rotatorEditsAreSavedForSavedBrokersOnly();
    void stationEditReachesTheStation();
    void clusterEditIsSavedAndSignalled();
    void saveFailureIsSignalled();
    void discoveredRotatorsAreRememberedAndAsked();
    void addAndForget();
    void azElPairsAreSavedAndSurviveARestart();
    void groupsKeepSessionMembersButSaveSavedOnes();
    void forgottenOrRenamedMembersFollow();

private:
    BrokerProfile profile(const QString &name) const
    {
        BrokerProfile p = m_fixture.profile();
        p.name = name;
        p.discover = false;
        return p;
    }
    RotatorSettings rotator(const QString &broker, const QString &id, const QString &label) const
    {
        RotatorSettings r;
        r.brokerName = broker;
        r.address = {QStringLiteral("OK1RD"), id};
        r.label = label;
        return r;
    }

    BrokerFixture m_fixture;
    SystemClock m_clock;
};

void TestSettingsKeeper::brokersRestartOnlyWhatChanged()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    AppSettings settings;
    settings.brokers = {profile(u"a"_qs), profile(u"b"_qs), profile(u"c"_qs)};
    SettingsKeeper keeper(settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    BrokerProfile session = profile(u"session"_qs); // e.g. from the command line
    station.addBroker(session);
    MqttConnection *a = station.connection(u"a"_qs);
    MqttConnection *sessionConnection = station.connection(u"session"_qs);
    QVERIFY(a && station.connection(u"b"_qs) && station.connection(u"c"_qs));

    QList<BrokerProfile> edited = settings.brokers;
    edited[1].keepAliveSec = 30; // b edited
    edited[2].enabled = false; // c disabled
    edited.append(profile(u"d"_qs)); // d new
    edited.back().password = u"secret"_qs;
    keeper.applyBrokers(edited, {});

    QCOMPARE(station.connection(u"a"_qs), a); // unchanged: the same connection
    QVERIFY(station.connection(u"b"_qs));
    QCOMPARE(station.connection(u"b"_qs)->profile().keepAliveSec, 30);
    QVERIFY(!station.connection(u"c"_qs));
    QVERIFY(station.connection(u"d"_qs));
    QCOMPARE(station.connection(u"d"_qs)->profile().password, u"secret"_qs);
    QCOMPARE(station.connection(u"session"_qs), sessionConnection);

    const AppSettings saved = store.load().settings;
    QCOMPARE(saved.brokers.size(), 4);
    for (const BrokerProfile &p : saved.brokers)
        QVERIFY2(p.password.isEmpty(), qPrintable(p.name));
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("secret"));
    QVERIFY(keeper.settings().brokers.at(3).password.isEmpty());
}

void TestSettingsKeeper::renamedBrokerKeepsRotatorSettings()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    AppSettings settings;
    settings.brokers = {profile(u"old"_qs)};
    settings.rotators = {rotator(u"old"_qs, u"1"_qs, u"tower"_qs)};
    SettingsKeeper keeper(settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    QCOMPARE(station.rotatorCount(), 1);
    QCOMPARE(station.label(station.rotatorAt(0)), u"tower"_qs);

    QList<BrokerProfile> edited = settings.brokers;
    edited[0].name = u"new"_qs;
    keeper.applyBrokers(edited, {{u"old"_qs, u"new"_qs}});
    QVERIFY(!station.connection(u"old"_qs));
    QVERIFY(station.connection(u"new"_qs));
    QCOMPARE(station.rotatorCount(), 1);
    QCOMPARE(station.brokerName(station.rotatorAt(0)), u"new"_qs);
    QCOMPARE(station.label(station.rotatorAt(0)), u"tower"_qs);
    QCOMPARE(store.load().settings.rotators.at(0).brokerName, u"new"_qs);
}

void TestSettingsKeeper::rotatorEditsAreSavedForSavedBrokersOnly()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    AppSettings settings;
    settings.brokers = {profile(u"club"_qs)};
    SettingsKeeper keeper(settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    station.addBroker(profile(u"demo"_qs));
    station.addRotator(rotator(u"club"_qs, u"1"_qs, QString()));
    station.addRotator(rotator(u"demo"_qs, u"2"_qs, QString()));

    QVERIFY(keeper.applyRotator(rotator(u"club"_qs, u"1"_qs, u"stack"_qs)));
    QVERIFY(!keeper.applyRotator(rotator(u"demo"_qs, u"2"_qs, u"sim"_qs)));
    // Both apply to the running station ...
    QCOMPARE(station.label(station.rotatorAt(0)), u"stack"_qs);
    QCOMPARE(station.label(station.rotatorAt(1)), u"sim"_qs);
    // ... only the saved broker's reaches the file.
    const AppSettings saved = store.load().settings;
    QCOMPARE(saved.rotators.size(), 1);
    QCOMPARE(saved.rotators.at(0).label, u"stack"_qs);
    QCOMPARE(keeper.settings().rotators.size(), 1);
}

void TestSettingsKeeper::clusterEditIsSavedAndSignalled()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    SettingsKeeper keeper(AppSettings {}, &station, &store, nullptr);
    QSignalSpy changed(&keeper, &SettingsKeeper::clusterChanged);
    ClusterNodeSettings node;
    node.host = u"dxc.example.org"_qs;
    node.port = 8000;
    keeper.applyCluster(u"OK1XYZ"_qs, {node});
    QCOMPARE(changed.count(), 1);
    const AppSettings saved = store.load().settings;
    QCOMPARE(saved.station.callsign, u"OK1XYZ"_qs);
    QCOMPARE(saved.clusterNodes, QList<ClusterNodeSettings> {node});
    // The station dialog's edit keeps the callsign; changing it there signals too.
    keeper.applyStation({u"JO70VA"_qs, u"home"_qs, u"OK1XYZ"_qs});
    QCOMPARE(changed.count(), 1);
    keeper.applyStation({u"JO70VA"_qs, u"home"_qs, u"OK1ABC"_qs});
    QCOMPARE(changed.count(), 2);
}

void TestSettingsKeeper::stationEditReachesTheStation()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    SettingsKeeper keeper(AppSettings {}, &station, &store, nullptr);
    QSignalSpy changed(&station, &Session::stationChanged);
    keeper.applyStation({u"JO70VA"_qs, u"OK1RD"_qs, u"OK1KRD"_qs});
    QCOMPARE(station.stationLocator(), u"JO70VA"_qs);
    QCOMPARE(station.stationName(), u"OK1RD"_qs);
    QCOMPARE(station.stationCallsign(), u"OK1KRD"_qs);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(store.load().settings.station.locator, u"JO70VA"_qs);
}

void TestSettingsKeeper::saveFailureIsSignalled()
{
    QTemporaryDir dir;
    // A folder where the file should be: the store cannot write it.
    QVERIFY(QDir(dir.path()).mkdir(u"s.ini"_qs));
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    SettingsKeeper keeper(AppSettings {}, &station, &store, nullptr);
    QSignalSpy failed(&keeper, &SettingsKeeper::saveFailed);
    QVERIFY(!keeper.save());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

void TestSettingsKeeper::discoveredRotatorsAreRememberedAndAsked()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    const RotatorAddress address {BrokerFixture::uniqueCall(), u"5"_qs};
    AppSettings settings;
    settings.brokers = {profile(u"club"_qs)};
    settings.brokers[0].discover = true;
    MqttConnection device(m_fixture.profile());
    device.subscribe(address.topic(u"get"));
    QSignalSpy deviceInbox(&device, &MqttConnection::messagesReceived);
    device.open();
    QTRY_VERIFY_WITH_TIMEOUT(device.isConnected(), 10000);
    {
        Session station(m_clock);
        SettingsKeeper keeper(settings, &station, &store, nullptr);
        keeper.startSavedBrokers();
        QTRY_VERIFY_WITH_TIMEOUT(station.connection(u"club"_qs)->isConnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                device.publish(address.topic(u"Azimuth"), "42");
                QTest::qWait(50);
                return station.rotatorCount() == 1;
            }(),
            10000);
        QVERIFY(station.rotatorAt(0)->isDiscovered());
        QTRY_COMPARE(store.load().settings.rotators.size(), 1);
    }
    deviceInbox.clear();

    // The next start lists it before it says anything, and asks it.
    Session station(m_clock);
    SettingsKeeper keeper(store.load().settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    QCOMPARE(station.rotatorCount(), 1);
    QCOMPARE(station.rotatorAt(0)->address(), address);
    QVERIFY(!station.rotatorAt(0)->state().rawAzimuthDeg);
    QTRY_COMPARE_WITH_TIMEOUT(station.rotatorAt(0)->state().link, LinkState::Unknown, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &call : std::as_const(deviceInbox))
                for (const MqttMessage &m : call.at(0).value<QList<MqttMessage>>())
                    if (m.topic == address.topic(u"get"))
                        return true;
            return false;
        }(),
        10000);
}

void TestSettingsKeeper::addAndForget()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    AppSettings settings;
    settings.brokers = {profile(u"club"_qs)};
    SettingsKeeper keeper(settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    keeper.addRotator(rotator(u"club"_qs, u"7"_qs, u"mast"_qs));
    QCOMPARE(station.rotatorCount(), 1);
    QCOMPARE(store.load().settings.rotators.size(), 1);
    keeper.forgetRotator(u"club"_qs, {u"OK1RD"_qs, u"7"_qs});
    QCOMPARE(station.rotatorCount(), 0);
    QCOMPARE(store.load().settings.rotators.size(), 0);
    // Added again, it starts without the old settings.
    keeper.addRotator(rotator(u"club"_qs, u"7"_qs, QString()));
    QCOMPARE(station.label(station.rotatorAt(0)), u"OK1RD/7"_qs);
}

// Issue 15: the pair dialog's result is used at once and saved where its units are saved; a
// new start pairs them again; forgetting a unit unpairs it.
void TestSettingsKeeper::azElPairsAreSavedAndSurviveARestart()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    AppSettings settings;
    settings.brokers = {profile(u"home"_qs)};
    settings.rotators
        = {rotator(u"home"_qs, u"1"_qs, u"Yagi"_qs), rotator(u"home"_qs, u"2"_qs, u"El"_qs)};
    const AzElPairSettings saved {
        u"home"_qs, {u"OK1RD"_qs, u"1"_qs}, {u"OK1RD"_qs, u"2"_qs}, u"EME"_qs};
    // Rotators of a broker of this session only (the command line's) pair for this session.
    const AzElPairSettings sessionOnly {
        u"session"_qs, {u"OK1RD"_qs, u"3"_qs}, {u"OK1RD"_qs, u"4"_qs}, {}};
    {
        Session station(m_clock);
        SettingsKeeper keeper(settings, &station, &store, nullptr);
        keeper.startSavedBrokers();
        station.addRotator(rotator(u"session"_qs, u"3"_qs, u"Az"_qs));
        station.addRotator(rotator(u"session"_qs, u"4"_qs, u"El"_qs));
        station.addBroker(profile(u"session"_qs));
        QCOMPARE(station.rotatorCount(), 4);
        QSignalSpy changed(keeper.azElPairs(), &AzElPairs::changed);
        QVERIFY(!keeper.applyAzElPairs({saved, sessionOnly})); // one is not saved
        QCOMPARE(changed.count(), 1);
        const AzElPairs *pairs = keeper.azElPairs();
        QCOMPARE(pairs->elevationOf(station.rotatorAt(0)), station.rotatorAt(1));
        QCOMPARE(pairs->azimuthOf(station.rotatorAt(1)), station.rotatorAt(0));
        QCOMPARE(pairs->elevationOf(station.rotatorAt(2)), station.rotatorAt(3));
        QCOMPARE(pairs->elevationOf(station.rotatorAt(1)), nullptr);
        QCOMPARE(pairs->label(station.rotatorAt(0)), u"EME"_qs);
        QCOMPARE(pairs->label(station.rotatorAt(2)), u"Az + El"_qs);
        QCOMPARE(store.load().settings.azElPairs, QList<AzElPairSettings> {saved});
    }
    // The next start.
    const SettingsStore::LoadResult loaded = store.load();
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
    Session station(m_clock);
    SettingsKeeper keeper(loaded.settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    QCOMPARE(station.rotatorCount(), 2);
    QCOMPARE(keeper.azElPairs()->elevationOf(station.rotatorAt(0)), station.rotatorAt(1));

    keeper.forgetRotator(u"home"_qs, {u"OK1RD"_qs, u"2"_qs});
    QVERIFY(keeper.azElPairs()->pairs().isEmpty());
    QCOMPARE(keeper.azElPairs()->elevationOf(station.rotatorAt(0)), nullptr);
    QVERIFY(store.load().settings.azElPairs.isEmpty());
}

void TestSettingsKeeper::groupsKeepSessionMembersButSaveSavedOnes()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    AppSettings settings;
    settings.brokers = {profile(u"club"_qs)};
    settings.rotators = {rotator(u"club"_qs, u"1"_qs, u"upper"_qs)};
    SettingsKeeper keeper(settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    station.addBroker(profile(u"demo"_qs));
    station.addRotator(rotator(u"demo"_qs, u"2"_qs, QString()));
    QSignalSpy changed(&keeper, &SettingsKeeper::groupsChanged);

    const GroupSettings stack {
        u"Stack"_qs,
        {{u"club"_qs, {u"OK1RD"_qs, u"1"_qs}, 0}, {u"demo"_qs, {u"OK1RD"_qs, u"2"_qs}, 15}}};
    keeper.applyGroups({stack, {u"Empty"_qs, {}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(keeper.settings().groups.at(0), stack);
    // The file has the saved member only, and loads without a problem.
    const auto loaded = store.load();
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
    QCOMPARE(loaded.settings.groups.size(), 2);
    QCOMPARE(loaded.settings.groups.at(0).members, QList {stack.members.at(0)});
    QVERIFY(loaded.settings.groups.at(1).members.isEmpty());
    // The same groups again change nothing.
    keeper.applyGroups({stack, {u"Empty"_qs, {}}});
    QCOMPARE(changed.count(), 1);
}

void TestSettingsKeeper::forgottenOrRenamedMembersFollow()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session station(m_clock);
    AppSettings settings;
    settings.brokers = {profile(u"old"_qs)};
    settings.rotators
        = {rotator(u"old"_qs, u"1"_qs, QString()), rotator(u"old"_qs, u"2"_qs, QString())};
    settings.groups
        = {{u"Stack"_qs,
            {{u"old"_qs, {u"OK1RD"_qs, u"1"_qs}, 0}, {u"old"_qs, {u"OK1RD"_qs, u"2"_qs}, -5}}}};
    SettingsKeeper keeper(settings, &station, &store, nullptr);
    keeper.startSavedBrokers();
    QSignalSpy changed(&keeper, &SettingsKeeper::groupsChanged);

    QList<BrokerProfile> edited = settings.brokers;
    edited[0].name = u"new"_qs;
    keeper.applyBrokers(edited, {{u"old"_qs, u"new"_qs}});
    QCOMPARE(changed.count(), 1);
    for (const GroupMemberSettings &member : keeper.settings().groups.at(0).members)
        QCOMPARE(member.brokerName, u"new"_qs);

    keeper.forgetRotator(u"new"_qs, {u"OK1RD"_qs, u"1"_qs});
    QCOMPARE(changed.count(), 2);
    const QList<GroupMemberSettings> left {{u"new"_qs, {u"OK1RD"_qs, u"2"_qs}, -5}};
    QCOMPARE(keeper.settings().groups.at(0).members, left);
    QCOMPARE(store.load().settings.groups.at(0).members, left);
}

QTEST_MAIN(TestSettingsKeeper)
#include "tst_settingskeeper.moc"
