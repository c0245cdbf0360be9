// SPDX-License-Identifier: GPL-3.0-or-later
// Reading typed targets against Debian's hamradio-files cty.dat (AD1C, MIT licence), from a
// station in JO70VA (east of Prague). Expected bearings are the great-circle bearings to the
// entity centres of that file (tst_greatcircle checks the formula itself); the tolerance is one
// that a wrong rule (wrong entity, the file's west-positive longitude taken as east, short and
// long path swapped) cannot meet.
#include "targeting/targetinput.h"

#include "dxcc/countrydatabase.h"
#include "geo/maidenhead.h"

#include <QTest>

using namespace Qt::StringLiterals;
using targeting::PositionSource;
using targeting::Problem;
using targeting::Reading;

Q_DECLARE_METATYPE(Reading)
Q_DECLARE_METATYPE(Problem)
Q_DECLARE_METATYPE(PositionSource)

class TestTargetInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reads_data();
    void reads();
    void stationLocatorIsMorePrecise();
    void withoutCountryDataOrStation();

private:
    [[nodiscard]] targeting::TargetContext context() const;

    dxcc::CountryDatabase m_countries;
};

void TestTargetInput::initTestCase()
{
    dxcc::CtyParseError error;
    auto database = dxcc::CountryDatabase::fromFile(QStringLiteral(ROTORDECK_CTY_FILE), &error);
    QVERIFY2(database, dxcc::ctyErrorName(error.code));
    m_countries = *database;
}

targeting::TargetContext TestTargetInput::context() const
{
    targeting::TargetContext context;
    context.station = geo::locatorToPoint(u"JO70VA");
    context.countries = &m_countries;
    return context;
}

void TestTargetInput::reads_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Reading>("reading");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("entityPrefix"); // callsigns: the entity's primary prefix
    QTest::addColumn<double>("bearingDeg"); // -1: none
    QTest::addColumn<double>("toleranceDeg");
    QTest::addColumn<QString>("alternative"); // the text that forces the other reading

    const double none = -1;
    QTest::newRow("bearing") << u"120"_s << Reading::Bearing << Problem::None << QString() << 120.0
                             << 0.0 << QString();
    QTest::newRow("bearing decimal comma") << u" 45,5 "_s << Reading::Bearing << Problem::None
                                           << QString() << 45.5 << 0.0 << QString();
    QTest::newRow("bearing 360 out of range")
        << u"360"_s << Reading::Invalid << Problem::BearingOutOfRange << QString() << none << 0.0
        << QString();
    QTest::newRow("negative bearing") << u"-5"_s << Reading::Invalid << Problem::BearingOutOfRange
                                      << QString() << none << 0.0 << QString();
    QTest::newRow("forced bearing with degree sign")
        << u"270°"_s << Reading::Bearing << Problem::None << QString() << 270.0 << 0.0 << QString();
    // Locators: JN is south-west of JO70, JO70 itself is ~0 km away; PM95 is Tokyo.
    QTest::newRow("6-char locator Tokyo") << u"pm95vq"_s << Reading::Locator << Problem::None
                                          << QString() << 43.0 << 3.0 << QString();
    QTest::newRow("4-char locator that is also a prefix")
        << u"KP20"_s << Reading::Locator << Problem::None << QString() << 22.9 << 3.0 << u"=KP20"_s;
    QTest::newRow("forced prefix KP2 US Virgin Islands")
        << u"=KP20"_s << Reading::Callsign << Problem::None << u"KP2"_s << 274.6 << 3.0
        << QString();
    QTest::newRow("forced locator field")
        << u"#JN"_s << Reading::Locator << Problem::None << QString() << 215.0 << 20.0 << QString();
    // Callsigns and prefixes.
    QTest::newRow("prefix DL") << u"DL"_s << Reading::Callsign << Problem::None << u"DL"_s << 300.0
                               << 15.0 << u"#DL"_s;
    QTest::newRow("Japanese call")
        << u"JA1ABC"_s << Reading::Callsign << Problem::None << u"JA"_s << 40.0 << 5.0 << QString();
    QTest::newRow("VK call, lower case")
        << u"vk2abc"_s << Reading::Callsign << Problem::None << u"VK"_s << 86.1 << 3.0 << QString();
    QTest::newRow("US call") << u"W1AW"_s << Reading::Callsign << Problem::None << u"K"_s << 300.0
                             << 20.0 << QString();
    QTest::newRow("portable in another country")
        << u"OK1ABC/EA8"_s << Reading::Callsign << Problem::None << u"EA8"_s << 239.7 << 3.0
        << QString();
    QTest::newRow("maritime mobile")
        << u"OK1ABC/MM"_s << Reading::Invalid << Problem::MaritimeMobile << QString() << none << 0.0
        << QString();
    QTest::newRow("not a call") << u"hello!"_s << Reading::Invalid << Problem::NotATarget
                                << QString() << none << 0.0 << QString();
    QTest::newRow("nothing") << u"   "_s << Reading::Empty << Problem::None << QString() << none
                             << 0.0 << QString();
    QTest::newRow("sigil alone") << u"="_s << Reading::Invalid << Problem::NotATarget << QString()
                                 << none << 0.0 << QString();
}

void TestTargetInput::reads()
{
    QFETCH(QString, typed);
    QFETCH(Reading, reading);
    QFETCH(Problem, problem);
    QFETCH(QString, entityPrefix);
    QFETCH(double, bearingDeg);
    QFETCH(double, toleranceDeg);
    QFETCH(QString, alternative);

    const targeting::TargetReading result = targeting::readTarget(typed, context());
    QCOMPARE(targeting::readingName(result.reading), targeting::readingName(reading));
    QCOMPARE(targeting::problemName(result.problem), targeting::problemName(problem));
    if (!entityPrefix.isEmpty())
        QCOMPARE(m_countries.entity(result.match.entityIndex).primaryPrefix, entityPrefix);
    if (bearingDeg < 0) {
        QVERIFY(!result.bearingDeg);
    } else {
        QVERIFY(result.bearingDeg);
        const double off = std::abs(std::remainder(*result.bearingDeg - bearingDeg, 360.0));
        QVERIFY2(off <= toleranceDeg, qPrintable(QString::number(*result.bearingDeg)));
        if (result.reading != Reading::Bearing) {
            QVERIFY(result.longPathBearingDeg && result.distanceKm && result.longPathDistanceKm);
            const double back
                = std::remainder(*result.longPathBearingDeg - *result.bearingDeg, 360.0);
            QVERIFY(std::abs(std::abs(back) - 180.0) < 1e-6);
            QVERIFY(std::abs(*result.distanceKm + *result.longPathDistanceKm - 40030.0) < 100);
        }
    }
    QCOMPARE(result.alternativeText, alternative);
}

void TestTargetInput::stationLocatorIsMorePrecise()
{
    targeting::TargetContext withSpots = context();
    withSpots.stationLocator = [](const QString &call) -> std::optional<QString> {
        if (call == u"JA1ABC"_s)
            return u"QM06"_s; // Chiba, not the entity's centre
        return std::nullopt;
    };
    const auto spotted = targeting::readTarget(u"ja1abc", withSpots);
    QCOMPARE(spotted.positionSource, PositionSource::StationLocator);
    QCOMPARE(spotted.locator, u"QM06"_s);
    const auto unspotted = targeting::readTarget(u"JA2XYZ", withSpots);
    QVERIFY(unspotted.positionSource == PositionSource::EntityCentre
            || unspotted.positionSource == PositionSource::CountryFileOverride);
    QVERIFY(*spotted.position != *unspotted.position);
    // A prefix has no station: the spot of one call is not the position of its country.
    QCOMPARE(targeting::readTarget(u"JA", withSpots).positionSource, PositionSource::EntityCentre);
}

void TestTargetInput::withoutCountryDataOrStation()
{
    targeting::TargetContext bare;
    QCOMPARE(targeting::readTarget(u"OK1ABC", bare).problem, Problem::NoCountryData);
    const auto locator = targeting::readTarget(u"JO70", bare);
    QCOMPARE(locator.reading, Reading::Locator);
    QCOMPARE(locator.problem, Problem::NoStation);
    QVERIFY(locator.position && !locator.bearingDeg);
    QCOMPARE(targeting::readTarget(u"90", bare).bearingDeg, std::optional<double>(90.0));
}

QTEST_GUILESS_MAIN(TestTargetInput)
#include "tst_targetinput.moc"
