// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxcc/ctyparser.h"

#include <QTest>

using dxcc::Continent;
using dxcc::CtyError;

namespace {

// A small file in cty.dat's layout with every override kind, an '=' exact call, a '*' entity
// and the version marker. Longitudes and offsets are written the file's way (west positive,
// UTC minus local).
const QByteArray goodFile
    = "Testland:                 14:  28:  EU:   50.00:   -16.00:    -1.0:  TL:\n"
      "    TL,=TL1ABC(5)[8]<40.5/75.25>{NA}~5.0~,TL9[30],\n"
      "    =VER20991231;\n"
      "Test Island:              15:  29:  AF:   -1.50:    10.00:     1.0:  *TL9/x:\n"
      "    =tl9x;\n";

QByteArray withLine(int line, const QByteArray &replacement)
{
    QList<QByteArray> lines = goodFile.split('\n');
    lines[line - 1] = replacement;
    return lines.join('\n');
}

} // namespace

class TestCtyParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryField()
    {
        dxcc::CtyParseError error;
        const auto data = dxcc::parseCty(goodFile, &error);
        QVERIFY2(data, dxcc::ctyErrorName(error.code));
        QCOMPARE(error.code, CtyError::None);
        QCOMPARE(data->entities.size(), 2);
        QCOMPARE(data->aliases.size(), 2);
        QCOMPARE(data->version, u"20991231"_qs);

        const dxcc::DxccEntity &land = data->entities[0];
        QCOMPARE(land.name, u"Testland"_qs);
        QCOMPARE(land.primaryPrefix, u"TL"_qs);
        QCOMPARE(land.cqZone, 14);
        QCOMPARE(land.ituZone, 28);
        QCOMPARE(land.continent, Continent::Europe);
        QCOMPARE(land.position.latDeg, 50.0);
        QCOMPARE(land.position.lonDeg, 16.0); // west positive -16 is 16 east
        QCOMPARE(land.utcOffsetHours, 1.0); // -1.0 in the file: UTC+1
        QVERIFY(!land.waeOnly);

        const QList<dxcc::CtyAlias> &aliases = data->aliases[0];
        QCOMPARE(aliases.size(), 4);
        QCOMPARE(aliases[0].text, u"TL"_qs);
        QVERIFY(!aliases[0].exactCall);
        QVERIFY(!aliases[0].cqZone && !aliases[0].ituZone && !aliases[0].position);
        const dxcc::CtyAlias &call = aliases[1];
        QCOMPARE(call.text, u"TL1ABC"_qs);
        QVERIFY(call.exactCall);
        QCOMPARE(call.cqZone, 5);
        QCOMPARE(call.ituZone, 8);
        QVERIFY(call.position);
        QCOMPARE(call.position->latDeg, 40.5);
        QCOMPARE(call.position->lonDeg, -75.25);
        QCOMPARE(call.continent, Continent::NorthAmerica);
        QCOMPARE(call.utcOffsetHours, -5.0);
        QCOMPARE(aliases[2].text, u"TL9"_qs);
        QCOMPARE(aliases[2].ituZone, 30);
        QVERIFY(!aliases[2].cqZone);

        const dxcc::DxccEntity &island = data->entities[1];
        QVERIFY(island.waeOnly);
        QCOMPARE(island.primaryPrefix, u"TL9/x"_qs);
        QCOMPARE(island.position.lonDeg, -10.0);
        QCOMPARE(island.utcOffsetHours, -1.0);
        QCOMPARE(island.continent, Continent::Africa);
        QCOMPARE(data->aliases[1].size(), 1);
        QCOMPARE(data->aliases[1][0].text, u"TL9X"_qs); // upper-cased
    }

    void acceptsCrLfAndBlankLines()
    {
        QByteArray crlf = goodFile;
        crlf.replace("\n", "\r\n");
        crlf.prepend("\r\n\r\n");
        const auto data = dxcc::parseCty(crlf);
        QVERIFY(data);
        QCOMPARE(data->entities.size(), 2);
        QCOMPARE(data->aliases[0].size(), 4);
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CtyError>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("token");
        const QByteArray header = "Testland: 14: 28: EU: 50.00: -16.00: -1.0: TL:";
        QTest::newRow("empty") << QByteArray() << CtyError::Empty << 0 << QString();
        QTest::newRow("blank only")
            << QByteArray("\n  \n\t\n") << CtyError::Empty << 0 << QString();
        QTest::newRow("seven fields")
            << withLine(4, "Test Island: 15: 29: AF: -1.5: 10.0: T:") << CtyError::BadHeader << 4
            << u"Test Island: 15: 29: AF: -1.5: 10.0: T:"_qs;
        QTest::newRow("text after last colon") << withLine(1, header + " TL") << CtyError::BadHeader
                                               << 1 << QString::fromLatin1(header + " TL");
        QTest::newRow("no name") << withLine(1, " : 14: 28: EU: 50.00: -16.00: -1.0: TL:")
                                 << CtyError::BadName << 1 << u" "_qs;
        QTest::newRow("CQ zone 41") << withLine(1, "Testland: 41: 28: EU: 50.00: -16.00: -1.0: TL:")
                                    << CtyError::BadCqZone << 1 << u"41"_qs;
        QTest::newRow("ITU zone 0") << withLine(1, "Testland: 14: 0: EU: 50.00: -16.00: -1.0: TL:")
                                    << CtyError::BadItuZone << 1 << u"0"_qs;
        QTest::newRow("continent XX")
            << withLine(1, "Testland: 14: 28: XX: 50.00: -16.00: -1.0: TL:")
            << CtyError::BadContinent << 1 << u"XX"_qs;
        QTest::newRow("latitude 91") << withLine(1, "Testland: 14: 28: EU: 91: -16.00: -1.0: TL:")
                                     << CtyError::BadLatitude << 1 << u"91"_qs;
        QTest::newRow("longitude text") << withLine(1, "Testland: 14: 28: EU: 50: abc: -1.0: TL:")
                                        << CtyError::BadLongitude << 1 << u"abc"_qs;
        QTest::newRow("longitude nan") << withLine(1, "Testland: 14: 28: EU: 50: nan: -1.0: TL:")
                                       << CtyError::BadLongitude << 1 << u"nan"_qs;
        QTest::newRow("offset 25") << withLine(1, "Testland: 14: 28: EU: 50: -16: 25: TL:")
                                   << CtyError::BadUtcOffset << 1 << u"25"_qs;
        QTest::newRow("empty prefix") << withLine(1, "Testland: 14: 28: EU: 50: -16: -1: :")
                                      << CtyError::BadPrimaryPrefix << 1 << QString();
        QTest::newRow("star only") << withLine(1, "Testland: 14: 28: EU: 50: -16: -1: *:")
                                   << CtyError::BadPrimaryPrefix << 1 << u"*"_qs;
        QTest::newRow("alias with a dash")
            << withLine(3, "    T-L;") << CtyError::BadAlias << 3 << u"T-L"_qs;
        QTest::newRow("lone equals sign")
            << withLine(3, "    =;") << CtyError::BadAlias << 3 << u"="_qs;
        QTest::newRow("CQ override 41")
            << withLine(3, "    TL2(41);") << CtyError::BadOverride << 3 << u"(41)"_qs;
        QTest::newRow("ITU override text")
            << withLine(3, "    TL2[x];") << CtyError::BadOverride << 3 << u"[x]"_qs;
        QTest::newRow("unclosed override")
            << withLine(3, "    TL2(5;") << CtyError::BadOverride << 3 << u"(5"_qs;
        QTest::newRow("override twice")
            << withLine(3, "    TL2(5)(6);") << CtyError::BadOverride << 3 << u"(6)"_qs;
        QTest::newRow("position without slash")
            << withLine(3, "    TL2<40.5>;") << CtyError::BadOverride << 3 << u"<40.5>"_qs;
        QTest::newRow("position latitude 95")
            << withLine(3, "    TL2<95/10>;") << CtyError::BadOverride << 3 << u"<95/10>"_qs;
        QTest::newRow("continent override ZZ")
            << withLine(3, "    TL2{ZZ};") << CtyError::BadOverride << 3 << u"{ZZ}"_qs;
        QTest::newRow("offset override 30")
            << withLine(3, "    TL2~30~;") << CtyError::BadOverride << 3 << u"~30~"_qs;
        QTest::newRow("junk after override")
            << withLine(3, "    TL2(5)x;") << CtyError::BadAlias << 3 << u"TL2(5)x"_qs;
        QTest::newRow("text after semicolon")
            << withLine(3, "    TL2; TL3") << CtyError::BadAlias << 3 << u"TL3"_qs;
        QTest::newRow("semicolon missing before next entity")
            << withLine(3, "    TL2,") << CtyError::UnterminatedEntity << 4
            << u"Test Island:              15:  29:  AF:   -1.50:    10.00:     1.0:  *TL9/x:"_qs;
        QTest::newRow("file ends inside aliases")
            << goodFile.left(goodFile.size() - 2) << CtyError::UnterminatedEntity << 4
            << u"TL9/x"_qs;
        QTest::newRow("bad UTF-8 on line 3")
            << withLine(3, "    T\xff\xfeL;") << CtyError::NotText << 3 << QString();
        QTest::newRow("NUL byte on line 2")
            << withLine(2, QByteArray("    TL,\0TL2,", 12)) << CtyError::NotText << 2 << QString();
        QTest::newRow("too large")
            << QByteArray(dxcc::maxCtyFileBytes + 1, ' ') << CtyError::TooLarge << 0 << QString();
    }
    void refusesDamage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CtyError, code);
        QFETCH(int, line);
        QFETCH(QString, token);
        dxcc::CtyParseError error;
        const auto data = dxcc::parseCty(bytes, &error);
        QVERIFY(!data);
        QCOMPARE(dxcc::ctyErrorName(error.code), dxcc::ctyErrorName(code));
        QCOMPARE(error.line, line);
        QCOMPARE(error.token, token);
    }

    void continentCodesRoundTrip()
    {
        for (const char *code : {"AF", "AN", "AS", "EU", "NA", "OC", "SA"}) {
            const auto continent = dxcc::continentFromCode(QString::fromLatin1(code));
            QVERIFY(continent);
            QCOMPARE(dxcc::continentCode(*continent), QString::fromLatin1(code));
        }
        QCOMPARE(dxcc::continentFromCode(u"eu"), Continent::Europe);
        QVERIFY(!dxcc::continentFromCode(u"E"));
        QVERIFY(!dxcc::continentFromCode(u""));
        QCOMPARE(dxcc::continentCode(Continent::Unknown), QString());
    }
};

QTEST_GUILESS_MAIN(TestCtyParser)
#include "tst_ctyparser.moc"
