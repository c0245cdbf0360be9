// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsstore.h"
#include "settings/settingsvalidation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString secretPassword = QStringLiteral("s3cr3t-P4ss!word");

AppSettings fullSettings(const QString &caFile)
{
    AppSettings a;
    BrokerProfile local;
    local.name = QStringLiteral("Home");
    local.url = QUrl(QStringLiteral("tcp://192.168.1.10:1883"));
    local.username = QStringLiteral("ham");
    local.password = secretPassword;
    local.clientId = QStringLiteral("deck-1");
    local.discover = false;
    local.keepAliveSec = 30;
    local.reconnectMinMs = 500;
    local.reconnectMaxMs = 8000;
    BrokerProfile remote;
    remote.name = QStringLiteral("Club, remote");
    remote.url = QUrl(QStringLiteral("wss://mqtt.example.org:8081/mqtt"));
    remote.caFile = caFile;
    remote.enabled = false;
    a.brokers = {local, remote};

    RotatorSettings hf;
    hf.brokerName = local.name;
    hf.address = RotatorAddress {QStringLiteral("OK1HRA"), QStringLiteral("1")};
    hf.label = QStringLiteral("HF yagi = 3 el, \"tribander\"");
    hf.colour = QStringLiteral("#ff8000");
    hf.maxRotateDeg = 450;
    hf.beamWidthDeg = 60;
    hf.startAzimuthOverrideDeg = 180;
    hf.parkBearingDeg = 0;
    hf.elevationMode = false;
    hf.autoParkAfterMin = 30;
    hf.bidirectional = true;
    hf.trackDeadBandDeg = 3;
    hf.trackIntervalSec = 12;
    hf.trackStartElevationDeg = 5.5;
    hf.trackStopElevationDeg = -1;
    hf.presets = {{QStringLiteral("EU"), 45}, {QStringLiteral("JA, long path"), 359}};
    hf.bands = {QStringLiteral("20m"), QStringLiteral("15m"), QStringLiteral("10m")};
    hf.useHttp = false;
    hf.httpPort = 8088;
    hf.httpLogin = true;
    hf.n1mmName = QStringLiteral("Tribander, 20 m");
    RotatorSettings plain;
    plain.brokerName = remote.name;
    plain.address = RotatorAddress {QStringLiteral("SIM"), QStringLiteral("7")};
    RotatorSettings elevation;
    elevation.brokerName = local.name;
    elevation.address = RotatorAddress {QStringLiteral("OK1HRA"), QStringLiteral("2")};
    elevation.elevationMode = true;
    a.rotators = {hf, plain, elevation};
    a.azElPairs = {{local.name, hf.address, elevation.address, QStringLiteral("EME, 2 m")}};
    a.groups = {{QStringLiteral("Stack, \"20 m\""),
                 {{local.name, hf.address, 0}, {remote.name, plain.address, -15}}},
                {QStringLiteral("Empty"), {}}};

    a.station = {QStringLiteral("JO70fa"), QStringLiteral("Prague club station"),
                 QStringLiteral("OK1KHL/P")};
    ClusterNodeSettings spider;
    spider.host = QStringLiteral("dxc.example.org");
    spider.port = 7300;
    spider.loginCommand = QStringLiteral("set/skimmer, sh/dx 30");
    ClusterNodeSettings loopback;
    loopback.host = QStringLiteral("::1");
    loopback.port = 8000;
    loopback.enabled = false;
    a.clusterNodes = {spider, loopback};
    a.interop.listenAddress = QStringLiteral("192.168.1.20");
    a.interop.allowNetwork = true;
    a.interop.rotctld = true;
    a.interop.rotctldFirstPort = 5000;
    a.interop.rotctldPorts = {{QStringLiteral("SIM/7"), 4600}, {QStringLiteral("OK1HRA/1"), 4533}};
    a.interop.n1mm = true;
    a.interop.n1mmPort = 12041;
    a.interop.n1mmStatusAddress = QStringLiteral("192.168.1.255");
    a.interop.n1mmStatusPort = 13011;
    a.interop.n1mmBandFollow = true;
    a.interop.pstRotator = true;
    a.interop.pstRotatorFirstPort = 12010;
    a.interop.pstRotatorPorts = {{QStringLiteral("SIM/7"), 12100}};
    a.remote.enabled = true;
    a.remote.port = 8443;
    a.remote.listenAddress = QStringLiteral("192.168.1.20");
    a.remote.allowNetwork = true;
    a.remote.tlsCertificateFile = QStringLiteral("/etc/ssl/station.crt");
    a.remote.tlsKeyFile = QStringLiteral("/etc/ssl/private/station.key");
    a.remote.users = {{QStringLiteral("op"), true,
                       QStringLiteral("$scrypt$ln=15,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA==$")
                           + QString(43, QLatin1Char('A')) + QStringLiteral("=")},
                      {QStringLiteral("family"), false,
                       QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdHNhbHQ=$")
                           + QString(43, QLatin1Char('B')) + QStringLiteral("=")}};
    a.countryFileUrl = QStringLiteral("https://mirror.example.org/cty/cty.dat");
    a.windowGeometry = QByteArray("\x01\x00\xff\x7fgeometry", 12);
    a.windowState = QByteArrayLiteral("state");
    a.ui.insert(QStringLiteral("theme"), QStringLiteral("dark"));
    a.ui.insert(QStringLiteral("map/radiusKm"), QStringLiteral("5000"));
    a.ui.insert(QStringLiteral("splitter"), QByteArrayLiteral("\x00\x01\x02"));
    return a;
}

AppSettings withoutPasswords(AppSettings a)
{
    for (BrokerProfile &p : a.brokers)
        p.password.clear();
    return a;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Everything load() returns must pass the same checks the dialogs apply.
void verifyAllValid(const AppSettings &a)
{
    for (const BrokerProfile &p : a.brokers) {
        QVERIFY(!p.name.isEmpty());
        QVERIFY2(!brokerUrlProblem(p.url), qPrintable(p.url.toString()));
        QVERIFY(p.password.isEmpty());
        QVERIFY(p.reconnectMinMs <= p.reconnectMaxMs);
    }
    for (const RotatorSettings &r : a.rotators) {
        QVERIFY(r.address.isValidForUser());
        QVERIFY(r.colour.isEmpty() || !settings::colourProblem(r.colour));
        QVERIFY(!r.maxRotateDeg || (*r.maxRotateDeg >= 0 && *r.maxRotateDeg <= 719));
        QVERIFY(!r.beamWidthDeg || (*r.beamWidthDeg >= 1 && *r.beamWidthDeg <= 180));
        QVERIFY(!r.startAzimuthOverrideDeg
                || (*r.startAzimuthOverrideDeg >= 0 && *r.startAzimuthOverrideDeg <= 359));
        QVERIFY(!r.parkBearingDeg || (*r.parkBearingDeg >= 0 && *r.parkBearingDeg <= 359));
        QVERIFY(!r.httpPort || (*r.httpPort >= 1 && *r.httpPort <= 65535));
        for (const RotatorPreset &preset : r.presets)
            QVERIFY(preset.bearingDeg >= 0 && preset.bearingDeg <= 359);
        QVERIFY(!r.autoParkAfterMin || (*r.autoParkAfterMin >= 1 && *r.autoParkAfterMin <= 1440));
        for (const QString &band : r.bands)
            QVERIFY2(!settings::bandProblem(band), qPrintable(band));
    }
    for (qsizetype i = 0; i < a.azElPairs.size(); ++i) {
        const auto why
            = settings::azElPairProblem(a.azElPairs.at(i), a.rotators, a.azElPairs.mid(0, i));
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    }
    for (qsizetype i = 0; i < a.groups.size(); ++i) {
        const GroupSettings &group = a.groups.at(i);
        const auto why = settings::groupNameProblem(group.name, a.groups.mid(0, i));
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
        for (qsizetype j = 0; j < group.members.size(); ++j) {
            const auto memberWhy = settings::groupMemberProblem(group.members.at(j), a.rotators,
                                                                group.members.mid(0, j));
            QVERIFY2(!memberWhy, qPrintable(memberWhy.value_or(QString())));
        }
    }
    QVERIFY(a.station.locator.isEmpty() || !settings::locatorProblem(a.station.locator));
    QVERIFY(a.station.callsign.isEmpty() || !settings::callsignProblem(a.station.callsign));
    for (const ClusterNodeSettings &node : a.clusterNodes) {
        QVERIFY2(!settings::clusterHostProblem(node.host), qPrintable(node.host));
        QVERIFY(node.port >= 1 && node.port <= 65535);
        QVERIFY2(!settings::clusterCommandProblem(node.loginCommand),
                 qPrintable(node.loginCommand));
    }
    QVERIFY2(!settings::listenAddressProblem(a.interop.listenAddress, a.interop.allowNetwork),
             qPrintable(a.interop.listenAddress));
    QVERIFY(a.interop.n1mmStatusAddress.isEmpty()
            || !settings::ipAddressProblem(a.interop.n1mmStatusAddress));
    for (const int port : {a.interop.rotctldFirstPort, a.interop.n1mmPort, a.interop.n1mmStatusPort,
                           a.interop.pstRotatorFirstPort})
        QVERIFY(port >= 1 && port <= 65535);
    for (const int port : a.interop.rotctldPorts)
        QVERIFY(port >= 1 && port <= 65535);
    for (const int port : a.interop.pstRotatorPorts)
        QVERIFY(port >= 1 && port <= 65535);
    QVERIFY(!settings::listenAddressProblem(a.remote.listenAddress, a.remote.allowNetwork));
    QVERIFY(a.remote.port >= 1 && a.remote.port <= 65535);
    QCOMPARE(a.remote.tlsCertificateFile.isEmpty(), a.remote.tlsKeyFile.isEmpty());
    for (const RemoteUserSettings &user : a.remote.users)
        QVERIFY2(user.passwordHash.startsWith(QLatin1String("$scrypt$")), qPrintable(user.name));
}

bool anyProblemMentions(const QStringList &problems, const QString &key)
{
    for (const QString &p : problems) {
        if (p.contains(key))
            return true;
    }
    return false;
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsTheUsersIni();
    void missingFileGivesDefaults();
    void roundTrip();
    void passwordNeverInFile();
    void handWrittenPasswordIgnoredAndRemoved();
    void emptyOptionalsStayUnset();
    void damagedFile_data();
    void damagedFile();
    void damagedFileKeptOnSave();
    void truncatedFile_data();
    void truncatedFile();
    void garbageValue_data();
    void garbageValue();
    void groupKeepsItsKnownMembers();
    void futureFormatVersion();
    void saveFailsWhereNoFileCanBe();
    void directoryInsteadOfFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TestSettingsStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_caFile = path(QStringLiteral("ca.pem"));
    writeFile(m_caFile, QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"));
}

void TestSettingsStore::defaultPathIsTheUsersIni()
{
    const SettingsStore store;
    QVERIFY2(store.filePath().endsWith(QStringLiteral("RotorDeck/RotorDeck.ini")),
             qPrintable(store.filePath()));
}

void TestSettingsStore::missingFileGivesDefaults()
{
    const SettingsStore store(path(QStringLiteral("nothing-here.ini")));
    const auto result = store.load();
    QVERIFY(result.usedDefaults);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.settings, AppSettings {});
    // The interop endpoints are off and would listen on loopback only.
    const InteropSettings &interop = result.settings.interop;
    QVERIFY(!interop.rotctld && !interop.n1mm && !interop.pstRotator && !interop.allowNetwork);
    QVERIFY(QHostAddress(interop.listenAddress).isLoopback());
}

void TestSettingsStore::roundTrip()
{
    const SettingsStore store(path(QStringLiteral("roundtrip.ini")));
    const AppSettings original = fullSettings(m_caFile);
    QString error;
    QVERIFY2(store.save(original, &error), qPrintable(error));
    const auto result = store.load();
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QVERIFY(!result.usedDefaults);
    QCOMPARE(result.fileFormatVersion, SettingsStore::formatVersion);
    QVERIFY(!result.newerFormat);
    const AppSettings expected = withoutPasswords(original);
    QCOMPARE(result.settings.brokers, expected.brokers);
    QCOMPARE(result.settings.rotators, expected.rotators);
    QCOMPARE(result.settings.azElPairs, expected.azElPairs);
    QCOMPARE(result.settings.groups, expected.groups);
    QCOMPARE(result.settings.station, expected.station);
    QCOMPARE(result.settings.clusterNodes, expected.clusterNodes);
    QCOMPARE(result.settings.interop, expected.interop);
    QCOMPARE(result.settings.windowGeometry, expected.windowGeometry);
    QCOMPARE(result.settings.windowState, expected.windowState);
    QCOMPARE(result.settings.ui, expected.ui);
    QVERIFY(result.settings == expected);

    // A second save of what was loaded is byte-identical: nothing drifts.
    const QByteArray first = readFile(store.filePath());
    QVERIFY(store.save(result.settings));
    QCOMPARE(readFile(store.filePath()), first);
    QVERIFY(first.contains("formatVersion=1"));
}

void TestSettingsStore::passwordNeverInFile()
{
    const SettingsStore store(path(QStringLiteral("password.ini")));
    QVERIFY(store.save(fullSettings(m_caFile)));
    const QByteArray bytes = readFile(store.filePath());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(secretPassword.toUtf8()));
    QVERIFY(!bytes.toLower().contains("password"));
    QVERIFY(bytes.contains("username=ham")); // the file is the one we think it is
}

void TestSettingsStore::handWrittenPasswordIgnoredAndRemoved()
{
    const SettingsStore store(path(QStringLiteral("handpassword.ini")));
    writeFile(store.filePath(),
              QByteArrayLiteral("[General]\nformatVersion=1\n"
                                "[brokers]\nsize=1\n1\\name=B\n"
                                "1\\url=tcp://h:1883\n1\\password=plain\n"));
    const auto result = store.load();
    QCOMPARE(result.settings.brokers.size(), 1);
    QVERIFY(result.settings.brokers.first().password.isEmpty());
    QVERIFY(anyProblemMentions(result.problems, QStringLiteral("brokers/1/password")));
    QVERIFY(store.save(result.settings));
    QVERIFY(!readFile(store.filePath()).contains("plain"));
}

void TestSettingsStore::emptyOptionalsStayUnset()
{
    const SettingsStore store(path(QStringLiteral("optionals.ini")));
    AppSettings a;
    RotatorSettings r;
    r.address = RotatorAddress {QStringLiteral("A"), QStringLiteral("B")};
    a.rotators = {r};
    QVERIFY(store.save(a));
    const QByteArray bytes = readFile(store.filePath());
    QVERIFY(!bytes.contains("maxRotateDeg"));
    QVERIFY(!bytes.contains("elevationMode"));
    QVERIFY(!bytes.contains("autoParkAfterMin"));
    QVERIFY(!bytes.contains("track"));
    QVERIFY(!bytes.contains("httpPort"));
    const auto result = store.load();
    QCOMPARE(result.settings.rotators.size(), 1);
    QVERIFY(!result.settings.rotators.first().maxRotateDeg);
    QVERIFY(!result.settings.rotators.first().elevationMode);
    QVERIFY(!result.settings.rotators.first().autoParkAfterMin);
    QVERIFY(!result.settings.rotators.first().trackDeadBandDeg);
    QVERIFY(!result.settings.rotators.first().trackIntervalSec);
    QVERIFY(!result.settings.rotators.first().trackStartElevationDeg);
    QVERIFY(!result.settings.rotators.first().trackStopElevationDeg);
    QVERIFY(!result.settings.rotators.first().httpPort);
    QVERIFY(result.settings.rotators.first().useHttp);
    QVERIFY(!result.settings.rotators.first().httpLogin);
}

void TestSettingsStore::damagedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(20261127);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random binary") << random;
    QTest::newRow("nul bytes") << QByteArray("[General]\nformatVersion=1\n\0\0\0x=1\n", 33);
    QTest::newRow("invalid utf-8") << QByteArrayLiteral("[station]\nname=\xff\xfe\xc3\n");
    QTest::newRow("png header") << QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    QTest::newRow("too big") << QByteArray(5 * 1024 * 1024, 'a');
}

void TestSettingsStore::damagedFile()
{
    QFETCH(QByteArray, bytes);
    const SettingsStore store(
        path(QStringLiteral("damaged-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()))));
    writeFile(store.filePath(), bytes);
    const auto result = store.load();
    QVERIFY(result.usedDefaults);
    QVERIFY(!result.problems.isEmpty());
    QCOMPARE(result.settings, AppSettings {});
}

void TestSettingsStore::damagedFileKeptOnSave()
{
    const SettingsStore store(path(QStringLiteral("keep-damaged.ini")));
    const QByteArray junk("\x00\x01junk\xff", 7);
    writeFile(store.filePath(), junk);
    QVERIFY(store.load().usedDefaults);
    const AppSettings fresh = withoutPasswords(fullSettings(m_caFile));
    QString error;
    QVERIFY2(store.save(fresh, &error), qPrintable(error));
    QCOMPARE(readFile(store.filePath() + QStringLiteral(".damaged")), junk);
    const auto result = store.load();
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.settings, fresh);
}

void TestSettingsStore::truncatedFile_data()
{
    QTest::addColumn<double>("keepFraction");
    QTest::newRow("10%") << 0.1;
    QTest::newRow("35%") << 0.35;
    QTest::newRow("50%") << 0.5;
    QTest::newRow("75%") << 0.75;
    QTest::newRow("95%") << 0.95;
    QTest::newRow("all but the last byte") << -1.0;
}

void TestSettingsStore::truncatedFile()
{
    QFETCH(double, keepFraction);
    const SettingsStore store(
        path(QStringLiteral("truncated-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()))));
    QVERIFY(store.save(fullSettings(m_caFile)));
    const QByteArray whole = readFile(store.filePath());
    // Cut the last line short as well as whole lines: the last byte is the final newline.
    const qsizetype keep
        = keepFraction < 0 ? whole.size() - 2 : qsizetype(whole.size() * keepFraction);
    writeFile(store.filePath(), whole.left(keep));
    const auto result = store.load();
    QVERIFY2(!result.problems.isEmpty(), whole.left(keep).constData());
    QVERIFY(result.settings != withoutPasswords(fullSettings(m_caFile)));
    verifyAllValid(result.settings);
}

void TestSettingsStore::garbageValue_data()
{
    QTest::addColumn<QByteArray>("entries");
    QTest::addColumn<QString>("problemKey");
    QTest::addColumn<int>("brokerCount");
    QTest::addColumn<int>("rotatorCount");

    // Each row adds lines to a file with one good broker "B" and one good rotator.
    QTest::newRow("url scheme http") << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=http://h\n")
                                     << QStringLiteral("brokers/2/url") << 1 << 1;
    QTest::newRow("url port 70000")
        << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=tcp://h:70000\n")
        << QStringLiteral("brokers/2/url") << 1 << 1;
    QTest::newRow("url port text")
        << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=tcp://h:abc\n")
        << QStringLiteral("brokers/2/url") << 1 << 1;
    QTest::newRow("url missing") << QByteArrayLiteral("[brokers]\n2\\name=X\n")
                                 << QStringLiteral("brokers/2/url") << 1 << 1;
    QTest::newRow("broker name empty") << QByteArrayLiteral("[brokers]\n2\\url=tcp://h\n")
                                       << QStringLiteral("brokers/2/name") << 1 << 1;
    QTest::newRow("broker name twice")
        << QByteArrayLiteral("[brokers]\n2\\name=B\n2\\url=tcp://h\n")
        << QStringLiteral("brokers/2/name") << 1 << 1;
    QTest::newRow("keep-alive text")
        << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=tcp://h\n2\\keepAliveSec=soon\n")
        << QStringLiteral("brokers/2/keepAliveSec") << 2 << 1;
    QTest::newRow("enabled maybe")
        << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=tcp://h\n2\\enabled=maybe\n")
        << QStringLiteral("brokers/2/enabled") << 2 << 1;
    QTest::newRow("reconnect max below min")
        << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=tcp://h\n2\\reconnectMinMs=5000\n"
                             "2\\reconnectMaxMs=1000\n")
        << QStringLiteral("brokers/2/reconnectMaxMs") << 2 << 1;
    QTest::newRow("ca file missing")
        << QByteArrayLiteral("[brokers]\n2\\name=X\n2\\url=ssl://h\n2\\caFile=/no/such/ca.pem\n")
        << QStringLiteral("brokers/2/caFile") << 2 << 1;
    QTest::newRow("broker size text")
        << QByteArrayLiteral("[brokers]\nsize=lots\n") << QStringLiteral("brokers/size") << 0 << 1;
    QTest::newRow("address without slash")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=NOSLASH\n")
        << QStringLiteral("rotators/2/address") << 1 << 1;
    QTest::newRow("address with wildcard")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/+\n")
        << QStringLiteral("rotators/2/address") << 1 << 1;
    QTest::newRow("address twice")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/1\n")
        << QStringLiteral("rotators/2/address") << 1 << 1;
    QTest::newRow("unknown broker")
        << QByteArrayLiteral("[rotators]\n2\\broker=Nowhere\n2\\address=CALL/2\n")
        << QStringLiteral("rotators/2/broker") << 1 << 2;
    QTest::newRow("colour banana")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\colour=banana\n")
        << QStringLiteral("rotators/2/colour") << 1 << 2;
    QTest::newRow("colour short") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\colour=#fff\n")
                                  << QStringLiteral("rotators/2/colour") << 1 << 2;
    QTest::newRow("range 720") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\maxRotateDeg=720\n")
                               << QStringLiteral("rotators/2/maxRotateDeg") << 1 << 2;
    QTest::newRow("range negative")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\maxRotateDeg=-1\n")
        << QStringLiteral("rotators/2/maxRotateDeg") << 1 << 2;
    QTest::newRow("beam 0") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\beamWidthDeg=0\n")
                            << QStringLiteral("rotators/2/beamWidthDeg") << 1 << 2;
    QTest::newRow("beam 181") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\beamWidthDeg=181\n")
                              << QStringLiteral("rotators/2/beamWidthDeg") << 1 << 2;
    QTest::newRow("start 360") << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n"
                                                    "2\\startAzimuthOverrideDeg=360\n")
                               << QStringLiteral("rotators/2/startAzimuthOverrideDeg") << 1 << 2;
    QTest::newRow("park 12.5") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\parkBearingDeg=12.5\n")
                               << QStringLiteral("rotators/2/parkBearingDeg") << 1 << 2;
    QTest::newRow("elevation yes please") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\elevationMode=yes please\n")
                                          << QStringLiteral("rotators/2/elevationMode") << 1 << 2;
    QTest::newRow("http port 0") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\httpPort=0\n")
                                 << QStringLiteral("rotators/2/httpPort") << 1 << 2;
    QTest::newRow("http port 65536")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\httpPort=65536\n")
        << QStringLiteral("rotators/2/httpPort") << 1 << 2;
    QTest::newRow("http port text") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\httpPort=eighty-eight\n")
                                    << QStringLiteral("rotators/2/httpPort") << 1 << 2;
    QTest::newRow("use http perhaps")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\useHttp=perhaps\n")
        << QStringLiteral("rotators/2/useHttp") << 1 << 2;
    QTest::newRow("preset bearing 400")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\presets\\size=1\n"
                             "2\\presets\\1\\label=x\n2\\presets\\1\\bearingDeg=400\n")
        << QStringLiteral("rotators/2/presets/1/bearingDeg") << 1 << 2;
    QTest::newRow("locator ZZ99") << QByteArrayLiteral("[station]\nlocator=ZZ99\n")
                                  << QStringLiteral("station/locator") << 1 << 1;
    QTest::newRow("locator 5 chars") << QByteArrayLiteral("[station]\nlocator=JO62q\n")
                                     << QStringLiteral("station/locator") << 1 << 1;
    QTest::newRow("bidirectional sometimes")
        << QByteArrayLiteral(
               "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\bidirectional=sometimes\n")
        << QStringLiteral("rotators/2/bidirectional") << 1 << 2;
    QTest::newRow("auto-park 0 min")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\autoParkAfterMin=0\n")
        << QStringLiteral("rotators/2/autoParkAfterMin") << 1 << 2;
    QTest::newRow("auto-park a week") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\autoParkAfterMin=10080\n")
                                      << QStringLiteral("rotators/2/autoParkAfterMin") << 1 << 2;
    QTest::newRow("track dead band 0")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\trackDeadBandDeg=0\n")
        << QStringLiteral("rotators/2/trackDeadBandDeg") << 1 << 2;
    QTest::newRow("track interval 0 s")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\trackIntervalSec=0\n")
        << QStringLiteral("rotators/2/trackIntervalSec") << 1 << 2;
    QTest::newRow("track start elevation 90")
        << QByteArrayLiteral(
               "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\trackStartElevationDeg=90\n")
        << QStringLiteral("rotators/2/trackStartElevationDeg") << 1 << 2;
    QTest::newRow("track stop elevation text")
        << QByteArrayLiteral(
               "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\trackStopElevationDeg=low\n")
        << QStringLiteral("rotators/2/trackStopElevationDeg") << 1 << 2;
    QTest::newRow("track stop above start")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n"
                             "2\\trackStartElevationDeg=5\n2\\trackStopElevationDeg=6\n")
        << QStringLiteral("rotators/2/trackStopElevationDeg") << 1 << 2;
    QTest::newRow("band 11m") << QByteArrayLiteral(
        "[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\bands=20m,11m\n")
                              << QStringLiteral("rotators/2/bands") << 1 << 2;
    QTest::newRow("N1MM name with @")
        << QByteArrayLiteral("[rotators]\n2\\broker=B\n2\\address=CALL/2\n2\\n1mmName=Beam @ 3\n")
        << QStringLiteral("rotators/2/n1mmName") << 1 << 2;
    QTest::newRow("callsign with @") << QByteArrayLiteral("[station]\ncallsign=OK1@HRA\n")
                                     << QStringLiteral("station/callsign") << 1 << 1;
    QTest::newRow("pair of an unknown unit")
        << QByteArrayLiteral("[azElPairs]\nsize=1\n1\\broker=B\n1\\azimuth=CALL/1\n"
                             "1\\elevation=CALL/9\n")
        << QStringLiteral("azElPairs/1") << 1 << 1;
    QTest::newRow("pair of one unit twice")
        << QByteArrayLiteral("[azElPairs]\nsize=1\n1\\broker=B\n1\\azimuth=CALL/1\n"
                             "1\\elevation=CALL/1\n")
        << QStringLiteral("azElPairs/1") << 1 << 1;
    QTest::newRow("pair address garbage")
        << QByteArrayLiteral("[azElPairs]\nsize=1\n1\\broker=B\n1\\azimuth=CALL/1/ROT\n"
                             "1\\elevation=CALL/2\n")
        << QStringLiteral("azElPairs/1") << 1 << 1;
    QTest::newRow("group without a name")
        << QByteArrayLiteral("[groups]\nsize=1\n1\\name=\n1\\members\\size=0\n")
        << QStringLiteral("groups/1/name") << 1 << 1;
    QTest::newRow("group offset 200")
        << QByteArrayLiteral("[groups]\nsize=1\n1\\name=G\n1\\members\\size=1\n"
                             "1\\members\\1\\broker=B\n1\\members\\1\\address=CALL/1\n"
                             "1\\members\\1\\offsetDeg=200\n")
        << QStringLiteral("groups/1/members/1/offsetDeg") << 1 << 1;
    // Cluster nodes: the file has none, so each row gives the section's size itself.
    QTest::newRow("cluster host with port")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc.example.org:7300\n1\\port=7300\n")
        << QStringLiteral("clusterNodes/1/host") << 1 << 1;
    QTest::newRow("cluster host empty")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=\n1\\port=7300\n")
        << QStringLiteral("clusterNodes/1/host") << 1 << 1;
    QTest::newRow("cluster host with space")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dx c\n1\\port=7300\n")
        << QStringLiteral("clusterNodes/1/host") << 1 << 1;
    QTest::newRow("cluster port 0")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc\n1\\port=0\n")
        << QStringLiteral("clusterNodes/1/port") << 1 << 1;
    QTest::newRow("cluster port 70000")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc\n1\\port=70000\n")
        << QStringLiteral("clusterNodes/1/port") << 1 << 1;
    QTest::newRow("cluster port text")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc\n1\\port=telnet\n")
        << QStringLiteral("clusterNodes/1/port") << 1 << 1;
    QTest::newRow("cluster port missing")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc\n")
        << QStringLiteral("clusterNodes/1/port") << 1 << 1;
    QTest::newRow("cluster enabled maybe")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc\n1\\port=7300\n"
                             "1\\enabled=maybe\n")
        << QStringLiteral("clusterNodes/1/enabled") << 1 << 1;
    QTest::newRow("cluster command with tab")
        << QByteArrayLiteral("[clusterNodes]\nsize=1\n1\\host=dxc\n1\\port=7300\n"
                             "1\\loginCommand=\"sh/dx\\t30\"\n")
        << QStringLiteral("clusterNodes/1/loginCommand") << 1 << 1;
    QTest::newRow("cluster node twice")
        << QByteArrayLiteral("[clusterNodes]\nsize=2\n1\\host=DXC\n1\\port=7300\n"
                             "2\\host=dxc\n2\\port=7300\n")
        << QStringLiteral("clusterNodes/2/host") << 1 << 1;
    QTest::newRow("cluster size text") << QByteArrayLiteral("[clusterNodes]\nsize=many\n")
                                       << QStringLiteral("clusterNodes/size") << 1 << 1;
    QTest::newRow("interop network address without the choice")
        << QByteArrayLiteral("[interop]\nlistenAddress=0.0.0.0\n")
        << QStringLiteral("interop/listenAddress") << 1 << 1;
    QTest::newRow("interop network choice maybe")
        << QByteArrayLiteral("[interop]\nallowNetwork=maybe\nlistenAddress=192.168.1.2\n")
        << QStringLiteral("interop/allowNetwork") << 1 << 1;
    QTest::newRow("interop listen host name")
        << QByteArrayLiteral("[interop]\nallowNetwork=true\nlistenAddress=shack.local\n")
        << QStringLiteral("interop/listenAddress") << 1 << 1;
    QTest::newRow("interop rotctld yes") << QByteArrayLiteral("[interop]\nrotctld=yes\n")
                                         << QStringLiteral("interop/rotctld") << 1 << 1;
    QTest::newRow("interop rotctld port 0") << QByteArrayLiteral("[interop]\nrotctldFirstPort=0\n")
                                            << QStringLiteral("interop/rotctldFirstPort") << 1 << 1;
    QTest::newRow("interop rotctld port 70000")
        << QByteArrayLiteral("[interop]\nrotctldFirstPort=70000\n")
        << QStringLiteral("interop/rotctldFirstPort") << 1 << 1;
    QTest::newRow("interop rotctld ports garbage")
        << QByteArrayLiteral("[interop]\nrotctldPorts=CALL/1=4533 CALL/2=x CALL=1 #/1=5\n")
        << QStringLiteral("interop/rotctldPorts") << 1 << 1;
    QTest::newRow("interop n1mm port text") << QByteArrayLiteral("[interop]\nn1mmPort=twelve\n")
                                            << QStringLiteral("interop/n1mmPort") << 1 << 1;
    QTest::newRow("interop n1mm status address")
        << QByteArrayLiteral("[interop]\nn1mmStatusAddress=999.1.1.1\n")
        << QStringLiteral("interop/n1mmStatusAddress") << 1 << 1;
    QTest::newRow("interop band follow 2") << QByteArrayLiteral("[interop]\nn1mmBandFollow=2\n")
                                           << QStringLiteral("interop/n1mmBandFollow") << 1 << 1;
    QTest::newRow("interop pstrotator port 65535")
        << QByteArrayLiteral("[interop]\npstRotatorFirstPort=65535\n")
        << QStringLiteral("interop/pstRotatorFirstPort") << 1 << 1;
    QTest::newRow("interop pstrotator ports garbage")
        << QByteArrayLiteral("[interop]\npstRotatorPorts=CALL/1=-3\n")
        << QStringLiteral("interop/pstRotatorPorts") << 1 << 1;
    QTest::newRow("remote port 0")
        << QByteArrayLiteral("[remote]\nport=0\n") << QStringLiteral("remote/port") << 1 << 1;
    QTest::newRow("remote network address without consent")
        << QByteArrayLiteral("[remote]\nlistenAddress=0.0.0.0\n")
        << QStringLiteral("remote/listenAddress") << 1 << 1;
    QTest::newRow("remote certificate without key")
        << QByteArrayLiteral("[remote]\ntlsCertificateFile=/a.crt\n")
        << QStringLiteral("remote/tlsKeyFile") << 1 << 1;
    QTest::newRow("remote user with a plain password")
        << QByteArrayLiteral("[remoteUsers]\nsize=1\n1\\name=op\n1\\hash=secret\n")
        << QStringLiteral("remoteUsers/1/hash") << 1 << 1;
    QTest::newRow("remote user name with a blank")
        << QByteArrayLiteral("[remoteUsers]\nsize=1\n1\\name=o p\n1\\hash=x\n")
        << QStringLiteral("remoteUsers/1/name") << 1 << 1;
    QTest::newRow("country file ftp")
        << QByteArrayLiteral("[data]\ncountryFileUrl=ftp://example.org/cty.dat\n")
        << QStringLiteral("data/countryFileUrl") << 1 << 1;
    QTest::newRow("geometry text") << QByteArrayLiteral("[window]\ngeometry=not bytes\n")
                                   << QStringLiteral("window/geometry") << 1 << 1;
    QTest::newRow("format version text") << QByteArrayLiteral("[General]\nformatVersion=one\n")
                                         << QStringLiteral("formatVersion") << 1 << 1;
}

void TestSettingsStore::garbageValue()
{
    QFETCH(QByteArray, entries);
    QFETCH(QString, problemKey);
    QFETCH(int, brokerCount);
    QFETCH(int, rotatorCount);

    // Merge the row's lines into their sections of a valid base file.
    QMap<QByteArray, QByteArray> sections;
    sections["General"] = "formatVersion=1\n";
    // A section the row adds a second entry to has two, else one.
    const auto size = [&entries](const char *section) {
        const qsizetype at = entries.indexOf(QByteArray("[") + section + ']');
        const bool second = at >= 0 && entries.indexOf("\n2\\", at) >= 0
            && (entries.indexOf('[', at + 1) < 0
                || entries.indexOf("\n2\\", at) < entries.indexOf('[', at + 1));
        return second ? QByteArray("size=2\n") : QByteArray("size=1\n");
    };
    sections["brokers"] = size("brokers") + "1\\name=B\n1\\url=tcp://h:1883\n";
    sections["rotators"] = size("rotators") + "1\\broker=B\n1\\address=CALL/1\n";
    QByteArray current;
    for (const QByteArray &line : entries.split('\n')) {
        if (line.startsWith('['))
            current = line.mid(1, line.size() - 2);
        else if (!line.isEmpty())
            sections[current] += line + '\n';
    }
    QByteArray bytes;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        bytes += '[' + it.key() + "]\n" + it.value();

    const SettingsStore store(
        path(QStringLiteral("garbage-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()))));
    writeFile(store.filePath(), bytes);
    const auto result = store.load();
    QVERIFY(!result.usedDefaults);
    QVERIFY2(anyProblemMentions(result.problems, problemKey),
             qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.settings.brokers.size(), brokerCount);
    QCOMPARE(result.settings.rotators.size(), rotatorCount);
    verifyAllValid(result.settings);
}

void TestSettingsStore::groupKeepsItsKnownMembers()
{
    // CALL/2 was forgotten after the group was saved; the group and its other members stay, and
    // a group left empty is kept too.
    const SettingsStore store(path(QStringLiteral("groups.ini")));
    writeFile(store.filePath(),
              "[General]\nformatVersion=1\n"
              "[brokers]\nsize=1\n1\\name=B\n1\\url=tcp://h:1883\n"
              "[rotators]\nsize=1\n1\\broker=B\n1\\address=CALL/1\n"
              "[groups]\nsize=3\n"
              "1\\name=Stack\n1\\members\\size=3\n"
              "1\\members\\1\\broker=B\n1\\members\\1\\address=CALL/2\n"
              "1\\members\\2\\broker=B\n1\\members\\2\\address=CALL/1\n"
              "1\\members\\2\\offsetDeg=-20\n"
              "1\\members\\3\\broker=B\n1\\members\\3\\address=CALL/1\n"
              "2\\name=Only the lost one\n2\\members\\size=1\n"
              "2\\members\\1\\broker=B\n2\\members\\1\\address=CALL/2\n"
              "3\\name=stack\n3\\members\\size=0\n");
    const auto result = store.load();
    QCOMPARE(result.settings.groups.size(), 2);
    const GroupSettings &stack = result.settings.groups.at(0);
    QCOMPARE(stack.name, QStringLiteral("Stack"));
    QCOMPARE(stack.members.size(), 1);
    QCOMPARE(stack.members.at(0).address.toString(), QStringLiteral("CALL/1"));
    QCOMPARE(stack.members.at(0).offsetDeg, -20);
    QCOMPARE(result.settings.groups.at(1).name, QStringLiteral("Only the lost one"));
    QVERIFY(result.settings.groups.at(1).members.isEmpty());
    QVERIFY2(anyProblemMentions(result.problems, QStringLiteral("groups/1/members/1")),
             qPrintable(result.problems.join(QLatin1Char('\n'))));
    QVERIFY(anyProblemMentions(result.problems, QStringLiteral("groups/1/members/3")));
    QVERIFY(anyProblemMentions(result.problems, QStringLiteral("groups/2/members/1")));
    QVERIFY(anyProblemMentions(result.problems, QStringLiteral("groups/3/name")));
    QCOMPARE(result.problems.size(), 4);
    verifyAllValid(result.settings);
}

void TestSettingsStore::futureFormatVersion()
{
    const SettingsStore store(path(QStringLiteral("future.ini")));
    const QByteArray bytes
        = QByteArrayLiteral("[General]\nformatVersion=7\nholographicMode=true\n"
                            "[brokers]\nsize=1\n1\\name=B\n1\\url=tcp://h:1883\n1\\quantumKey=abc\n"
                            "[station]\nlocator=JO62qm\n");
    writeFile(store.filePath(), bytes);
    const auto result = store.load();
    QVERIFY(result.newerFormat);
    QCOMPARE(result.fileFormatVersion, 7);
    QVERIFY(!result.usedDefaults);
    QVERIFY(anyProblemMentions(result.problems, QStringLiteral("formatVersion")));
    QCOMPARE(result.settings.brokers.size(), 1);
    QCOMPARE(result.settings.station.locator, QStringLiteral("JO62qm"));

    QString error;
    QVERIFY(!store.save(result.settings, &error));
    QVERIFY(error.contains(QStringLiteral("newer")));
    QCOMPARE(readFile(store.filePath()), bytes);

    QVERIFY(store.save(result.settings, &error, SettingsStore::SaveMode::OverwriteNewerFormat));
    const auto again = store.load();
    QCOMPARE(again.fileFormatVersion, SettingsStore::formatVersion);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.settings, result.settings);
}

void TestSettingsStore::saveFailsWhereNoFileCanBe()
{
    const QString blocker = path(QStringLiteral("a-file"));
    writeFile(blocker, "x");
    const SettingsStore store(blocker + QStringLiteral("/sub/settings.ini"));
    QString error;
    QVERIFY(!store.save(fullSettings(m_caFile), &error));
    QVERIFY(!error.isEmpty());
    const auto result = store.load();
    QVERIFY(result.usedDefaults);
}

void TestSettingsStore::directoryInsteadOfFile()
{
    const QString folder = path(QStringLiteral("a-folder.ini"));
    QVERIFY(QDir().mkpath(folder));
    const SettingsStore store(folder);
    const auto result = store.load();
    QVERIFY(result.usedDefaults);
    QVERIFY(!result.problems.isEmpty());
    QString error;
    QVERIFY(!store.save(fullSettings(m_caFile), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
