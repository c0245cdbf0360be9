// SPDX-License-Identifier: GPL-3.0-or-later
// Lookups against Debian's hamradio-files cty.dat (AD1C, MIT licence), a test dependency like
// mosquitto: without it the test fails rather than skips. Expected entities were read from that
// file (version 20230502) by hand, line by line.
#include "dxcc/countrydatabase.h"

#include <QTest>

using dxcc::LookupStatus;
using dxcc::MatchKind;

class TestCountryDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        dxcc::CtyParseError error;
        auto database = dxcc::CountryDatabase::fromFile(QStringLiteral(ROTORDECK_CTY_FILE), &error);
        QVERIFY2(
            database,
            qPrintable(u"%1 line %2 %3"_qs.arg(QString::fromLatin1(dxcc::ctyErrorName(error.code)))
                           .arg(error.line)
                           .arg(error.token)));
        m_db = std::move(*database);
        QVERIFY2(m_db.entityCount() > 340, qPrintable(QString::number(m_db.entityCount())));
        QCOMPARE(m_db.version().size(), 8);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("primaryPrefix");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("matched");
        QTest::addColumn<int>("cqZone");
        QTest::addColumn<int>("ituZone");
        QTest::addColumn<QString>("continent");
        const int exact = int(MatchKind::ExactCall);
        const int prefix = int(MatchKind::Prefix);
        // Plain calls: the longest prefix.
        QTest::newRow("OK1RR Czech Republic")
            << u"OK1RR"_qs << u"OK"_qs << prefix << u"OK"_qs << 15 << 28 << u"EU"_qs;
        QTest::newRow("DL1ABC Germany")
            << u"DL1ABC"_qs << u"DL"_qs << prefix << u"DL"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("W1AW USA") << u"W1AW"_qs << u"K"_qs << prefix << u"W"_qs << 5 << 8
                                  << u"NA"_qs;
        QTest::newRow("UA9ABC Asiatic Russia")
            << u"UA9ABC"_qs << u"UA9"_qs << prefix << u"UA9"_qs << 17 << 30 << u"AS"_qs;
        QTest::newRow("HB0ABC Liechtenstein, not HB")
            << u"HB0ABC"_qs << u"HB0"_qs << prefix << u"HB0"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("HB9ABC Switzerland")
            << u"HB9ABC"_qs << u"HB"_qs << prefix << u"HB"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("EA8ABC Canary Islands")
            << u"EA8ABC"_qs << u"EA8"_qs << prefix << u"EA8"_qs << 33 << 36 << u"AF"_qs;
        QTest::newRow("IT9ABC Sicily (WAE)")
            << u"IT9ABC"_qs << u"IT9"_qs << prefix << u"IT9"_qs << 15 << 28 << u"EU"_qs;
        QTest::newRow("GM4ABC Scotland")
            << u"GM4ABC"_qs << u"GM"_qs << prefix << u"GM"_qs << 14 << 27 << u"EU"_qs;
        QTest::newRow("KH6ABC Hawaii")
            << u"KH6ABC"_qs << u"KH6"_qs << prefix << u"KH6"_qs << 31 << 61 << u"OC"_qs;
        QTest::newRow("VE2ABC Canada, ITU 4 override")
            << u"VE2ABC"_qs << u"VE"_qs << prefix << u"VE2"_qs << 5 << 4 << u"NA"_qs;
        QTest::newRow("CE0Y Easter Island")
            << u"CE0YAB"_qs << u"CE0Y"_qs << prefix << u"CE0"_qs << 12 << 63 << u"SA"_qs;
        QTest::newRow("lower case")
            << u"ok1rr"_qs << u"OK"_qs << prefix << u"OK"_qs << 15 << 28 << u"EU"_qs;
        // Exact calls win over prefixes, with their own overrides.
        QTest::newRow("4U1ITU exact")
            << u"4U1ITU"_qs << u"4U1I"_qs << exact << u"4U1ITU"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("4U1UN exact")
            << u"4U1UN"_qs << u"4U1U"_qs << exact << u"4U1UN"_qs << 5 << 8 << u"NA"_qs;
        QTest::newRow("R1ANL exact, Antarctica (30)[70]")
            << u"R1ANL"_qs << u"CE9"_qs << exact << u"R1ANL"_qs << 30 << 70 << u"SA"_qs;
        QTest::newRow("3D2AG/P exact with slash, Rotuma")
            << u"3D2AG/P"_qs << u"3D2/r"_qs << exact << u"3D2AG/P"_qs << 32 << 56 << u"OC"_qs;
        QTest::newRow("9M6/LA6VM exact, Spratly")
            << u"9M6/LA6VM"_qs << u"1S"_qs << exact << u"9M6/LA6VM"_qs << 26 << 50 << u"AS"_qs;
        QTest::newRow("W3WKO/KC4 exact, Antarctica")
            << u"W3WKO/KC4"_qs << u"CE9"_qs << exact << u"W3WKO/KC4"_qs << 13 << 74 << u"SA"_qs;
        // Portable forms.
        QTest::newRow("OK1RR/P stays Czech")
            << u"OK1RR/P"_qs << u"OK"_qs << prefix << u"OK"_qs << 15 << 28 << u"EU"_qs;
        QTest::newRow("G4ABC/M stays England")
            << u"G4ABC/M"_qs << u"G"_qs << prefix << u"G"_qs << 14 << 27 << u"EU"_qs;
        QTest::newRow("OK1RR/QRP")
            << u"OK1RR/QRP"_qs << u"OK"_qs << prefix << u"OK"_qs << 15 << 28 << u"EU"_qs;
        QTest::newRow("DL/OK1RR Germany")
            << u"DL/OK1RR"_qs << u"DL"_qs << prefix << u"DL"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("OK1RR/DL Germany")
            << u"OK1RR/DL"_qs << u"DL"_qs << prefix << u"DL"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("DL/OK1RR/P Germany")
            << u"DL/OK1RR/P"_qs << u"DL"_qs << prefix << u"DL"_qs << 14 << 28 << u"EU"_qs;
        QTest::newRow("M/OK1RR England")
            << u"M/OK1RR"_qs << u"G"_qs << prefix << u"M"_qs << 14 << 27 << u"EU"_qs;
        QTest::newRow("KH6/K1ABC Hawaii")
            << u"KH6/K1ABC"_qs << u"KH6"_qs << prefix << u"KH6"_qs << 31 << 61 << u"OC"_qs;
        QTest::newRow("K1ABC/KH6 Hawaii")
            << u"K1ABC/KH6"_qs << u"KH6"_qs << prefix << u"KH6"_qs << 31 << 61 << u"OC"_qs;
        QTest::newRow("VP2E/K1AB Anguilla")
            << u"VP2E/K1AB"_qs << u"VP2E"_qs << prefix << u"VP2E"_qs << 8 << 11 << u"NA"_qs;
        QTest::newRow("JW/LA1ABC Svalbard")
            << u"JW/LA1ABC"_qs << u"JW"_qs << prefix << u"JW"_qs << 40 << 18 << u"EU"_qs;
        QTest::newRow("W1AW/6 call area 6: CQ 3 ITU 6")
            << u"W1AW/6"_qs << u"K"_qs << prefix << u"W6"_qs << 3 << 6 << u"NA"_qs;
        QTest::newRow("UA9ABC/1 European Russia")
            << u"UA9ABC/1"_qs << u"UA"_qs << prefix << u"U"_qs << 16 << 29 << u"EU"_qs;
        QTest::newRow("OK1RR/J unknown suffix: home call")
            << u"OK1RR/J"_qs << u"OK"_qs << prefix << u"OK"_qs << 15 << 28 << u"EU"_qs;
    }
    void lookup()
    {
        QFETCH(QString, call);
        QFETCH(QString, primaryPrefix);
        QFETCH(int, kind);
        QFETCH(QString, matched);
        QFETCH(int, cqZone);
        QFETCH(int, ituZone);
        QFETCH(QString, continent);
        const dxcc::DxccMatch match = m_db.lookup(call);
        QVERIFY(match.found());
        QCOMPARE(m_db.entity(match.entityIndex).primaryPrefix, primaryPrefix);
        QCOMPARE(int(match.kind), kind);
        QCOMPARE(match.matched, matched);
        QCOMPARE(match.cqZone, cqZone);
        QCOMPARE(match.ituZone, ituZone);
        QCOMPARE(dxcc::continentCode(match.continent), continent);
    }

    void positionAndOffset()
    {
        // Czech Republic: 50.00 N, -16.00 (west positive) = 16 E, "-1.0" = UTC+1.
        const dxcc::DxccMatch czech = m_db.lookup(u"OK1RR");
        QCOMPARE(czech.position, (geo::GeoPoint {50.0, 16.0}));
        QCOMPARE(czech.utcOffsetHours, 1.0);
        // USA: 37.60, 91.87 west positive = 91.87 W; UTC-5.
        const dxcc::DxccMatch usa = m_db.lookup(u"N0AX");
        QCOMPARE(usa.position, (geo::GeoPoint {37.60, -91.87}));
        QCOMPARE(usa.utcOffsetHours, -5.0);
        QVERIFY(m_db.entity(m_db.lookup(u"IT9ABC").entityIndex).waeOnly);
        QVERIFY(!m_db.entity(czech.entityIndex).waeOnly);
    }

    void noEntity_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<LookupStatus>("status");
        QTest::newRow("maritime mobile") << u"OK1RR/MM"_qs << LookupStatus::MaritimeMobile;
        QTest::newRow("aeronautical mobile") << u"DL1ABC/AM"_qs << LookupStatus::AeronauticalMobile;
        QTest::newRow("dash") << u"OK1-RR"_qs << LookupStatus::Invalid;
        QTest::newRow("empty") << QString() << LookupStatus::Invalid;
        QTest::newRow("no such prefix") << u"Q1ABC"_qs << LookupStatus::NotFound;
    }
    void noEntity()
    {
        QFETCH(QString, call);
        QFETCH(LookupStatus, status);
        const dxcc::DxccMatch match = m_db.lookup(call);
        QCOMPARE(int(match.status), int(status));
        QVERIFY(!match.found());
        QCOMPARE(match.entityIndex, -1);
    }

    void prefixOnly()
    {
        // lookupPrefix ignores exact calls: "4U1ITU" as a prefix is the 4U1I entity's alias
        // anyway, but "R1ANL" as a prefix is European Russia's R, not the Antarctic station.
        const dxcc::DxccMatch match = m_db.lookupPrefix(u"r1anl");
        QVERIFY(match.found());
        QCOMPARE(match.kind, MatchKind::Prefix);
        QCOMPARE(m_db.entity(match.entityIndex).primaryPrefix, u"UA"_qs);
        QCOMPARE(m_db.entity(*m_db.entityByPrimaryPrefix(u"ok")).name, u"Czech Republic"_qs);
        QCOMPARE(m_db.entityByPrimaryPrefix(u"*IT9"), std::nullopt);
        QVERIFY(m_db.entityByPrimaryPrefix(u"IT9"));
    }

    void emptyDatabaseFindsNothing()
    {
        const dxcc::CountryDatabase empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.lookup(u"OK1RR").status, LookupStatus::NotFound);
    }

    void unreadableFile()
    {
        dxcc::CtyParseError error;
        QVERIFY(!dxcc::CountryDatabase::fromFile(u"/nonexistent/cty.dat"_qs, &error));
        QCOMPARE(error.code, dxcc::CtyError::Unreadable);
        QCOMPARE(error.token, u"/nonexistent/cty.dat"_qs);
    }

private:
    dxcc::CountryDatabase m_db;
};

QTEST_GUILESS_MAIN(TestCountryDatabase)
#include "tst_countrydatabase.moc"
