// SPDX-License-Identifier: GPL-3.0-or-later
// Lines in the layouts DX Spider, AR-Cluster and CC-Cluster send (column spacing as on the
// wire), including Reverse Beacon Network skimmer spots relayed by CC-Cluster.
#include "cluster/spotparser.h"

#include <QTest>

using cluster::ClusterLineKind;
using cluster::SpotMode;
using cluster::SpotSource;

class TestSpotParser : public QObject
{
    Q_OBJECT

private slots:
    void spots_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("spotter");
        QTest::addColumn<double>("frequencyKhz");
        QTest::addColumn<QString>("dxCall");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("band");
        QTest::addColumn<SpotMode>("mode");
        QTest::addColumn<bool>("modeFromComment");
        QTest::addColumn<QString>("dxLocator");
        QTest::addColumn<QString>("spotterLocator");
        QTest::addColumn<bool>("skimmer");
        QTest::newRow("DX Spider")
            << u"DX de OK1RR:     14025.0  JA1ABC       CQ TEST                        1234Z"_qs
            << u"OK1RR"_qs << 14025.0 << u"JA1ABC"_qs << u"CQ TEST"_qs << u"12:34"_qs << u"20m"_qs
            << SpotMode::Cw << false << QString() << QString() << false;
        QTest::newRow("spotter locator after the time")
            << u"DX de W3LPL:      7005.5  UA0ABC       tnx qso                        0912Z FM19"_qs
            << u"W3LPL"_qs << 7005.5 << u"UA0ABC"_qs << u"tnx qso"_qs << u"09:12"_qs << u"40m"_qs
            << SpotMode::Cw << false << QString() << u"FM19"_qs << false;
        QTest::newRow("RBN CW skimmer via CC-Cluster")
            << u"DX de EA5WU-#:    7024.0  DL1ABC       CW 12 dB 22 WPM CQ             1201Z"_qs
            << u"EA5WU-#"_qs << 7024.0 << u"DL1ABC"_qs << u"CW 12 dB 22 WPM CQ"_qs << u"12:01"_qs
            << u"40m"_qs << SpotMode::Cw << true << QString() << QString() << true;
        QTest::newRow("RBN RTTY skimmer with SSID")
            << u"DX de W1NT-6-#:  14085.0  K3LR         RTTY 18 dB 45 BPS CQ           1800Z"_qs
            << u"W1NT-6-#"_qs << 14085.0 << u"K3LR"_qs << u"RTTY 18 dB 45 BPS CQ"_qs << u"18:00"_qs
            << u"20m"_qs << SpotMode::Rtty << true << QString() << QString() << true;
        QTest::newRow("6m FT8 with both locators")
            << u"DX de SP9XYZ:    50313.0  JA7ABC       FT8 -12 dB JO90<ES>PM95        0733Z"_qs
            << u"SP9XYZ"_qs << 50313.0 << u"JA7ABC"_qs << u"FT8 -12 dB JO90<ES>PM95"_qs
            << u"07:33"_qs << u"6m"_qs << SpotMode::Ft8 << true << u"PM95"_qs << u"JO90"_qs
            << false;
        QTest::newRow("2m meteor scatter, locator pair with >")
            << u"DX de OK2KKW:   144300.0  OK1KIR       JO70va>JN89 tnx MS             2105Z"_qs
            << u"OK2KKW"_qs << 144300.0 << u"OK1KIR"_qs << u"JO70va>JN89 tnx MS"_qs << u"21:05"_qs
            << u"2m"_qs << SpotMode::Unknown << false << u"JN89"_qs << u"JO70VA"_qs << false;
        QTest::newRow("3cm, one locator is the DX's")
            << u"DX de G4ABC:  10368100.0  F6ABC        JN03 rainscatter 59            1410Z"_qs
            << u"G4ABC"_qs << 10368100.0 << u"F6ABC"_qs << u"JN03 rainscatter 59"_qs << u"14:10"_qs
            << u"3cm"_qs << SpotMode::Unknown << false << u"JN03"_qs << QString() << false;
        QTest::newRow("20m phone by band plan")
            << u"DX de K1ABC:     14205.0  VP8LP        59 Falklands                   1502Z"_qs
            << u"K1ABC"_qs << 14205.0 << u"VP8LP"_qs << u"59 Falklands"_qs << u"15:02"_qs
            << u"20m"_qs << SpotMode::Ssb << false << QString() << QString() << false;
        QTest::newRow("lower case, BEL stripped by the client")
            << u"dx de ok1rr: 3525.0 ja1abc tnx 0001Z"_qs << u"OK1RR"_qs << 3525.0 << u"JA1ABC"_qs
            << u"tnx"_qs << u"00:01"_qs << u"80m"_qs << SpotMode::Cw << false << QString()
            << QString() << false;
        QTest::newRow("no blank after the colon")
            << u"DX de W3LPL-#:14025.0  K1ABC  CW 25 dB 30 WPM CQ 2359Z"_qs << u"W3LPL-#"_qs
            << 14025.0 << u"K1ABC"_qs << u"CW 25 dB 30 WPM CQ"_qs << u"23:59"_qs << u"20m"_qs
            << SpotMode::Cw << true << QString() << QString() << true;
        QTest::newRow("no time") << u"DX de OK1RR: 14025.0 JA1ABC CQ"_qs << u"OK1RR"_qs << 14025.0
                                 << u"JA1ABC"_qs << u"CQ"_qs << QString() << u"20m"_qs
                                 << SpotMode::Cw << false << QString() << QString() << false;
        QTest::newRow("RR73 is no locator")
            << u"DX de DL1ABC:    14074.0  VK2XYZ       FT8 RR73 -15 dB                0712Z"_qs
            << u"DL1ABC"_qs << 14074.0 << u"VK2XYZ"_qs << u"FT8 RR73 -15 dB"_qs << u"07:12"_qs
            << u"20m"_qs << SpotMode::Ft8 << true << QString() << QString() << false;
        QTest::newRow("portable DX, SOTA reference")
            << u"DX de OK1RR:      7030.0  OK1ABC/P     SOTA OK/JC-001                 1500Z"_qs
            << u"OK1RR"_qs << 7030.0 << u"OK1ABC/P"_qs << u"SOTA OK/JC-001"_qs << u"15:00"_qs
            << u"40m"_qs << SpotMode::Cw << false << QString() << QString() << false;
        QTest::newRow("outside the bands")
            << u"DX de OK1RR:     13000.0  JA1ABC       bc                             1234Z"_qs
            << u"OK1RR"_qs << 13000.0 << u"JA1ABC"_qs << u"bc"_qs << u"12:34"_qs << QString()
            << SpotMode::Unknown << false << QString() << QString() << false;
    }
    void spots()
    {
        QFETCH(QString, line);
        QFETCH(QString, spotter);
        QFETCH(double, frequencyKhz);
        QFETCH(QString, dxCall);
        QFETCH(QString, comment);
        QFETCH(QString, time);
        QFETCH(QString, band);
        QFETCH(SpotMode, mode);
        QFETCH(bool, modeFromComment);
        QFETCH(QString, dxLocator);
        QFETCH(QString, spotterLocator);
        QFETCH(bool, skimmer);
        const auto spot = cluster::parseSpot(line);
        QVERIFY(spot);
        QCOMPARE(spot->spotter, spotter);
        QCOMPARE(spot->frequencyKhz, frequencyKhz);
        QCOMPARE(spot->dxCall, dxCall);
        QCOMPARE(spot->comment, comment);
        QCOMPARE(spot->timeUtc ? spot->timeUtc->toString(u"HH:mm") : QString(), time);
        QCOMPARE(spot->band, band);
        QCOMPARE(cluster::spotModeCode(spot->mode), cluster::spotModeCode(mode));
        QCOMPARE(spot->modeFromComment, modeFromComment);
        QCOMPARE(spot->dxLocator, dxLocator);
        QCOMPARE(spot->spotterLocator, spotterLocator);
        QCOMPARE(spot->source == SpotSource::Skimmer, skimmer);
        QCOMPARE(cluster::classifyLine(line), ClusterLineKind::Spot);
    }

    void skimmerFigures()
    {
        const auto spot = cluster::parseSpot(
            u"DX de EA5WU-#:    7024.0  DL1ABC       CW 12 dB 22 WPM CQ             1201Z");
        QVERIFY(spot);
        QCOMPARE(spot->snrDb, 12);
        QCOMPARE(spot->speedWpm, 22);
        const auto human = cluster::parseSpot(u"DX de OK1RR: 14025.0 JA1ABC CQ 1234Z");
        QVERIFY(human);
        QVERIFY(!human->snrDb && !human->speedWpm);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QString();
        QTest::newRow("announcement") << u"To ALL de OK1RR: hello"_qs;
        QTest::newRow("no colon") << u"DX de OK1RR 14025.0 JA1ABC CQ 1234Z"_qs;
        QTest::newRow("no spotter") << u"DX de : 14025.0 JA1ABC CQ 1234Z"_qs;
        QTest::newRow("spotter with blanks") << u"DX de OK 1RR: 14025.0 JA1ABC CQ 1234Z"_qs;
        QTest::newRow("frequency text") << u"DX de OK1RR: abc JA1ABC CQ 1234Z"_qs;
        QTest::newRow("frequency 0.1 kHz") << u"DX de OK1RR: 0.1 JA1ABC CQ 1234Z"_qs;
        QTest::newRow("frequency huge") << u"DX de OK1RR: 1e308 JA1ABC CQ 1234Z"_qs;
        QTest::newRow("frequency nan") << u"DX de OK1RR: nan JA1ABC CQ 1234Z"_qs;
        QTest::newRow("no DX call") << u"DX de OK1RR: 14025.0"_qs;
        QTest::newRow("DX call with a dash") << u"DX de OK1RR: 14025.0 J-A CQ 1234Z"_qs;
        QTest::newRow("DX call all digits") << u"DX de OK1RR: 14025.0 12345 CQ 1234Z"_qs;
        QTest::newRow("too long") << u"DX de OK1RR: 14025.0 JA1ABC "_qs + QString(2000, u'x');
    }
    void refuses()
    {
        QFETCH(QString, line);
        QVERIFY(!cluster::parseSpot(line));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<ClusterLineKind>("kind");
        QTest::newRow("announcement")
            << u"To ALL de OK1RR: contest this weekend"_qs << ClusterLineKind::Announcement;
        QTest::newRow("talk to us") << u"To OK1XYZ de OK1RR: hi Jan"_qs << ClusterLineKind::Talk;
        QTest::newRow("WWV") << u"WWV de W0MU <18>:   SFI=150, A=5, K=1, No Storms -> No Storms"_qs
                             << ClusterLineKind::Wwv;
        QTest::newRow("WCY")
            << u"WCY de DK0WCY-1 <17> : K=2 expK=0 A=6 R=84 SFI=155 SA=qui GMF=qui Au=no"_qs
            << ClusterLineKind::Wcy;
        QTest::newRow("prompt") << u"OK1XYZ de TEST-NODE  3-Dec-2026 1000Z dxspider >"_qs
                                << ClusterLineKind::Other;
        QTest::newRow("broken spot") << u"DX de garbage"_qs << ClusterLineKind::Other;
    }
    void classify()
    {
        QFETCH(QString, line);
        QFETCH(ClusterLineKind, kind);
        QCOMPARE(int(cluster::classifyLine(line, u"OK1XYZ")), int(kind));
    }

    void bands_data()
    {
        QTest::addColumn<double>("frequencyKhz");
        QTest::addColumn<QString>("band");
        QTest::addColumn<SpotMode>("mode");
        QTest::newRow("2200m") << 136.0 << u"2200m"_qs << SpotMode::Unknown;
        QTest::newRow("160m FT8") << 1841.0 << u"160m"_qs << SpotMode::Ft8;
        QTest::newRow("80m FT8") << 3573.5 << u"80m"_qs << SpotMode::Ft8;
        QTest::newRow("60m") << 5357.0 << u"60m"_qs << SpotMode::Ft8;
        QTest::newRow("40m FT4") << 7048.5 << u"40m"_qs << SpotMode::Ft4;
        QTest::newRow("20m CW") << 14025.0 << u"20m"_qs << SpotMode::Cw;
        QTest::newRow("20m between plans") << 14090.0 << u"20m"_qs << SpotMode::Unknown;
        QTest::newRow("10m FM") << 29600.0 << u"10m"_qs << SpotMode::Fm;
        QTest::newRow("6m FT8") << 50313.0 << u"6m"_qs << SpotMode::Ft8;
        QTest::newRow("2m FT8") << 144175.0 << u"2m"_qs << SpotMode::Ft8;
        QTest::newRow("70cm") << 432100.0 << u"70cm"_qs << SpotMode::Unknown;
        QTest::newRow("23cm") << 1296100.0 << u"23cm"_qs << SpotMode::Unknown;
        QTest::newRow("3cm") << 10368100.0 << u"3cm"_qs << SpotMode::Unknown;
        QTest::newRow("broadcast") << 13000.0 << QString() << SpotMode::Unknown;
    }
    void bands()
    {
        QFETCH(double, frequencyKhz);
        QFETCH(QString, band);
        QFETCH(SpotMode, mode);
        QCOMPARE(cluster::bandOf(frequencyKhz), band);
        QCOMPARE(cluster::spotModeCode(cluster::modeFromBandPlan(frequencyKhz)),
                 cluster::spotModeCode(mode));
    }
};

QTEST_GUILESS_MAIN(TestSpotParser)
#include "tst_spotparser.moc"
