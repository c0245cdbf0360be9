// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsvalidation.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(AzElPairSettings)
Q_DECLARE_METATYPE(GroupMemberSettings)

class TestSettingsValidation : public QObject
{
    Q_OBJECT

private slots:
    void locator_data();
    void locator();
    void colour_data();
    void colour();
    void range_data();
    void range();
    void trackElevation_data();
    void trackElevation();
    void callsign_data();
    void callsign();
    void band_data();
    void band();
    void n1mmName_data();
    void n1mmName();
    void azElPair_data();
    void azElPair();
    void groupName_data();
    void groupName();
    void groupMember_data();
    void groupMember();
    void listenAddress_data();
    void listenAddress();
    void downloadUrl_data();
    void downloadUrl();
};

void TestSettingsValidation::locator_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<bool>("valid");
    QTest::newRow("square") << QStringLiteral("JO62") << true;
    QTest::newRow("subsquare") << QStringLiteral("JO62qm") << true;
    QTest::newRow("extended") << QStringLiteral("JO62qm12") << true;
    QTest::newRow("lower case field") << QStringLiteral("jo62QM") << true;
    QTest::newRow("corner AA00aa00") << QStringLiteral("AA00aa00") << true;
    QTest::newRow("corner RR99xx99") << QStringLiteral("RR99xx99") << true;
    QTest::newRow("field only") << QStringLiteral("JO") << false;
    QTest::newRow("field S") << QStringLiteral("JS62") << false;
    QTest::newRow("subsquare y") << QStringLiteral("JO62qy") << false;
    QTest::newRow("digit in field") << QStringLiteral("1O62") << false;
    QTest::newRow("letter in square") << QStringLiteral("JOx2") << false;
    QTest::newRow("letter in extended") << QStringLiteral("JO62qm1a") << false;
    QTest::newRow("leading blank") << QStringLiteral(" JO62") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsValidation::locator()
{
    QFETCH(QString, locator);
    QFETCH(bool, valid);
    const auto why = settings::locatorProblem(locator);
    QCOMPARE(!why.has_value(), valid);
    if (why)
        QVERIFY(!why->isEmpty());
}

void TestSettingsValidation::colour_data()
{
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << QStringLiteral("#ff8000") << true;
    QTest::newRow("upper") << QStringLiteral("#FF8000") << true;
    QTest::newRow("black") << QStringLiteral("#000000") << true;
    QTest::newRow("no hash") << QStringLiteral("ff8000") << false;
    QTest::newRow("short") << QStringLiteral("#f80") << false;
    QTest::newRow("alpha") << QStringLiteral("#ff8000ff") << false;
    QTest::newRow("not hex") << QStringLiteral("#ff80zz") << false;
    QTest::newRow("name") << QStringLiteral("orange") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsValidation::colour()
{
    QFETCH(QString, colour);
    QFETCH(bool, valid);
    QCOMPARE(!settings::colourProblem(colour).has_value(), valid);
}

void TestSettingsValidation::range_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("valid");
    QTest::newRow("range 0") << 0 << 0 << 719 << true;
    QTest::newRow("range 719") << 719 << 0 << 719 << true;
    QTest::newRow("range 720") << 720 << 0 << 719 << false;
    QTest::newRow("beam 0") << 0 << 1 << 180 << false;
    QTest::newRow("beam -1") << -1 << 1 << 180 << false;
}

void TestSettingsValidation::range()
{
    QFETCH(int, value);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(bool, valid);
    QCOMPARE(!settings::rangeProblem(value, min, max).has_value(), valid);
}

void TestSettingsValidation::azElPair_data()
{
    QTest::addColumn<AzElPairSettings>("pair");
    QTest::addColumn<QString>("problem"); // empty = valid

    const auto pair = [](const QString &broker, const QString &az, const QString &el) {
        AzElPairSettings p;
        p.brokerName = broker;
        p.azimuth = RotatorAddress::fromString(az).value_or(RotatorAddress {});
        p.elevation = RotatorAddress::fromString(el).value_or(RotatorAddress {});
        return p;
    };
    const QString home = QStringLiteral("Home");
    QTest::newRow("fine") << pair(home, QStringLiteral("OK1HRA/3"), QStringLiteral("OK1HRA/4"))
                          << QString();
    QTest::newRow("same unit") << pair(home, QStringLiteral("OK1HRA/3"), QStringLiteral("OK1HRA/3"))
                               << QStringLiteral("must differ");
    QTest::newRow("unit not a rotator")
        << pair(home, QStringLiteral("OK1HRA/3"), QStringLiteral("OK1HRA/9"))
        << QStringLiteral("OK1HRA/9 is not a rotator on 'Home'");
    QTest::newRow("unit on another broker")
        << pair(QStringLiteral("Club"), QStringLiteral("OK1HRA/3"), QStringLiteral("OK1HRA/4"))
        << QStringLiteral("OK1HRA/3 is not a rotator on 'Club'");
    QTest::newRow("unit in another pair")
        << pair(home, QStringLiteral("OK1HRA/2"), QStringLiteral("OK1HRA/4"))
        << QStringLiteral("OK1HRA/2 is already in a pair");
    QTest::newRow("no address") << pair(home, QString(), QStringLiteral("OK1HRA/4"))
                                << QStringLiteral("not a CALL/ID address");
}

void TestSettingsValidation::azElPair()
{
    QFETCH(AzElPairSettings, pair);
    QFETCH(QString, problem);
    QList<RotatorSettings> rotators;
    for (int id = 1; id <= 4; ++id) {
        RotatorSettings r;
        r.brokerName = QStringLiteral("Home");
        r.address = {QStringLiteral("OK1HRA"), QString::number(id)};
        rotators.append(r);
    }
    AzElPairSettings existing;
    existing.brokerName = QStringLiteral("Home");
    existing.azimuth = {QStringLiteral("OK1HRA"), QStringLiteral("1")};
    existing.elevation = {QStringLiteral("OK1HRA"), QStringLiteral("2")};
    const auto why = settings::azElPairProblem(pair, rotators, {existing});
    if (problem.isEmpty())
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    else
        QVERIFY2(why && why->contains(problem), qPrintable(why.value_or(QStringLiteral("none"))));
}

void TestSettingsValidation::groupName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); // empty = valid

    QTest::newRow("fine") << QStringLiteral("20 m stack") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("no name");
    QTest::newRow("blanks only") << QStringLiteral("   ") << QStringLiteral("no name");
    QTest::newRow("taken, other case") << QStringLiteral("all 20M") << QStringLiteral("exists");
    QTest::newRow("taken, with blanks") << QStringLiteral(" All 20m ") << QStringLiteral("exists");
    QTest::newRow("too long") << QString(41, QLatin1Char('x')) << QStringLiteral("longer");
}

void TestSettingsValidation::groupName()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    GroupSettings existing;
    existing.name = QStringLiteral("All 20m");
    const auto why = settings::groupNameProblem(name, {existing});
    if (problem.isEmpty())
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    else
        QVERIFY2(why && why->contains(problem), qPrintable(why.value_or(QStringLiteral("none"))));
}

void TestSettingsValidation::groupMember_data()
{
    QTest::addColumn<GroupMemberSettings>("member");
    QTest::addColumn<QString>("problem"); // empty = valid

    const auto member = [](const QString &broker, const QString &address, int offsetDeg) {
        GroupMemberSettings m;
        m.brokerName = broker;
        m.address = RotatorAddress::fromString(address).value_or(RotatorAddress {});
        m.offsetDeg = offsetDeg;
        return m;
    };
    const QString home = QStringLiteral("Home");
    QTest::newRow("fine") << member(home, QStringLiteral("OK1HRA/2"), 10) << QString();
    QTest::newRow("offset -180") << member(home, QStringLiteral("OK1HRA/2"), -180) << QString();
    QTest::newRow("offset 180") << member(home, QStringLiteral("OK1HRA/2"), 180) << QString();
    QTest::newRow("offset 181") << member(home, QStringLiteral("OK1HRA/2"), 181)
                                << QStringLiteral("offset");
    QTest::newRow("offset -181") << member(home, QStringLiteral("OK1HRA/2"), -181)
                                 << QStringLiteral("offset");
    QTest::newRow("not a rotator") << member(home, QStringLiteral("OK1HRA/9"), 0)
                                   << QStringLiteral("OK1HRA/9 is not a rotator on 'Home'");
    QTest::newRow("another broker") << member(QStringLiteral("Club"), QStringLiteral("OK1HRA/2"), 0)
                                    << QStringLiteral("is not a rotator on 'Club'");
    QTest::newRow("twice") << member(home, QStringLiteral("OK1HRA/1"), 5)
                           << QStringLiteral("twice");
    QTest::newRow("no address") << member(home, QString(), 0)
                                << QStringLiteral("not a CALL/ID address");
}

void TestSettingsValidation::groupMember()
{
    QFETCH(GroupMemberSettings, member);
    QFETCH(QString, problem);
    QList<RotatorSettings> rotators;
    for (int id = 1; id <= 3; ++id) {
        RotatorSettings r;
        r.brokerName = QStringLiteral("Home");
        r.address = {QStringLiteral("OK1HRA"), QString::number(id)};
        rotators.append(r);
    }
    GroupMemberSettings earlier;
    earlier.brokerName = QStringLiteral("Home");
    earlier.address = {QStringLiteral("OK1HRA"), QStringLiteral("1")};
    const auto why = settings::groupMemberProblem(member, rotators, {earlier});
    if (problem.isEmpty())
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    else
        QVERIFY2(why && why->contains(problem), qPrintable(why.value_or(QStringLiteral("none"))));
}

void TestSettingsValidation::listenAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowNetwork");
    QTest::addColumn<bool>("valid");

    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << false << true;
    QTest::newRow("loopback v6") << QStringLiteral("::1") << false << true;
    QTest::newRow("all interfaces, not chosen") << QStringLiteral("0.0.0.0") << false << false;
    QTest::newRow("all interfaces, chosen") << QStringLiteral("0.0.0.0") << true << true;
    QTest::newRow("LAN address, not chosen") << QStringLiteral("192.168.1.2") << false << false;
    QTest::newRow("LAN address, chosen") << QStringLiteral("192.168.1.2") << true << true;
    QTest::newRow("host name") << QStringLiteral("localhost") << true << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestSettingsValidation::listenAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, allowNetwork);
    QFETCH(bool, valid);
    QCOMPARE(!settings::listenAddressProblem(address, allowNetwork), valid);
}

void TestSettingsValidation::trackElevation_data()
{
    QTest::addColumn<double>("startDeg");
    QTest::addColumn<double>("stopDeg");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << 0.0 << -0.5 << true;
    QTest::newRow("equal") << 10.0 << 10.0 << true;
    QTest::newRow("lowest") << -5.0 << -5.0 << true;
    QTest::newRow("highest") << 85.0 << 85.0 << true;
    QTest::newRow("stop above start") << 5.0 << 5.5 << false;
    QTest::newRow("start below range") << 0.0 << -5.5 << false;
    QTest::newRow("start above range") << 85.5 << 0.0 << false;
    QTest::newRow("not a number") << std::nan("") << 0.0 << false;
}

void TestSettingsValidation::trackElevation()
{
    QFETCH(double, startDeg);
    QFETCH(double, stopDeg);
    QFETCH(bool, valid);
    QCOMPARE(!settings::trackElevationProblem(startDeg, stopDeg).has_value(), valid);
}

void TestSettingsValidation::callsign_data()
{
    QTest::addColumn<QString>("callsign");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("OK1HRA") << true;
    QTest::newRow("lower case portable") << QStringLiteral("ok1hra/p") << true;
    QTest::newRow("prefix first") << QStringLiteral("DL/OK1HRA") << true;
    QTest::newRow("at sign") << QStringLiteral("OK1@HRA") << false;
    QTest::newRow("only slashes") << QStringLiteral("//") << false;
    QTest::newRow("33 characters") << QString(33, QLatin1Char('A')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsValidation::callsign()
{
    QFETCH(QString, callsign);
    QFETCH(bool, valid);
    QCOMPARE(!settings::callsignProblem(callsign), valid);
}

void TestSettingsValidation::band_data()
{
    QTest::addColumn<QString>("band");
    QTest::addColumn<bool>("valid");
    QTest::newRow("20m") << QStringLiteral("20m") << true;
    QTest::newRow("160m") << QStringLiteral("160m") << true;
    QTest::newRow("70cm") << QStringLiteral("70cm") << true;
    QTest::newRow("2200m") << QStringLiteral("2200m") << true;
    QTest::newRow("11m CB") << QStringLiteral("11m") << false;
    QTest::newRow("upper case M") << QStringLiteral("20M") << false;
    QTest::newRow("frequency") << QStringLiteral("14") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsValidation::band()
{
    QFETCH(QString, band);
    QFETCH(bool, valid);
    QCOMPARE(!settings::bandProblem(band), valid);
}

void TestSettingsValidation::n1mmName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty = default") << QString() << true;
    QTest::newRow("words") << QStringLiteral("Tribander 20 m") << true;
    QTest::newRow("CALL/ID") << QStringLiteral("OK1HRA/1") << true;
    QTest::newRow("40 characters") << QString(40, u'x') << true;
    QTest::newRow("41 characters") << QString(41, u'x') << false;
    QTest::newRow("at sign") << QStringLiteral("Beam @ 3") << false;
    QTest::newRow("XML") << QStringLiteral("<rotor>") << false;
    QTest::newRow("ampersand") << QStringLiteral("A&B") << false;
    QTest::newRow("tab") << QStringLiteral("A\tB") << false;
    QTest::newRow("leading space") << QStringLiteral(" Beam") << false;
}

void TestSettingsValidation::n1mmName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(!settings::n1mmNameProblem(name), valid);
}

void TestSettingsValidation::downloadUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://www.country-files.com/cty/cty.dat") << true;
    QTest::newRow("http with port") << QStringLiteral("http://127.0.0.1:8080/cty.dat") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/cty.dat") << false;
    QTest::newRow("file") << QStringLiteral("file:///tmp/cty.dat") << false;
    QTest::newRow("no scheme") << QStringLiteral("www.country-files.com/cty/cty.dat") << false;
    QTest::newRow("no host") << QStringLiteral("https:///cty.dat") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsValidation::downloadUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(!settings::downloadUrlProblem(url), valid);
}

QTEST_GUILESS_MAIN(TestSettingsValidation)
#include "tst_settingsvalidation.moc"
