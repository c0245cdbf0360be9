// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/n1mmparser.h"

#include <QTest>

class TestN1mmParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void rotorBearing_data();
    void rotorBearing();
    void status_data();
    void status();
    void bandName_data();
    void bandName();
};

void TestN1mmParser::parse_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("goAzi");
    QTest::addColumn<double>("offset");
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<double>("band");

    QTest::newRow("turn") << QByteArray(
        "<N1MMRotor><rotor>Tribander</rotor><goazi>123.4</goazi><offset>0</offset>"
        "<bidirectional>0</bidirectional><freqband>14</freqband></N1MMRotor>")
                          << false << QStringLiteral("Tribander") << 123.4 << 0.0 << false << 14.0;
    QTest::newRow("turn with declaration and newlines")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<N1MMRotor>\r\n"
                      "  <rotor>Beam 40</rotor>\r\n  <goazi>55.0</goazi>\r\n"
                      "  <offset>0.0</offset>\r\n  <bidirectional>0</bidirectional>\r\n"
                      "  <freqband>7</freqband>\r\n</N1MMRotor>\r\n")
        << false << QStringLiteral("Beam 40") << 55.0 << 0.0 << false << 7.0;
    QTest::newRow("lower case tags")
        << QByteArray("<n1mmrotor><ROTOR>dipole</ROTOR><GoAzi>300</GoAzi><offset>90</offset>"
                      "<bidirectional>1</bidirectional></n1mmrotor>")
        << false << QStringLiteral("dipole") << 300.0 << 90.0 << true << -1.0;
    QTest::newRow("trailing NULs")
        << QByteArray("<N1MMRotor><rotor>A</rotor><goazi>10</goazi></N1MMRotor>\0\0", 58) << false
        << QStringLiteral("A") << 10.0 << 0.0 << false << -1.0;
    QTest::newRow("stop short form")
        << QByteArray("<N1MMRotor><stop>Tribander</stop></N1MMRotor>") << true
        << QStringLiteral("Tribander") << 0.0 << 0.0 << false << -1.0;
    QTest::newRow("stop nested form")
        << QByteArray("<N1MMRotor>\n  <stop>\n    <rotor>YaesuCom9</rotor>\n"
                      "    <freqband>21.0</freqband>\n  </stop>\n</N1MMRotor>")
        << true << QStringLiteral("YaesuCom9") << 0.0 << 0.0 << false << 21.0;
    QTest::newRow("no rotor (older N1MM)") << QByteArray("<N1MMRotor><goazi>10</goazi></N1MMRotor>")
                                           << false << QString() << 10.0 << 0.0 << false << -1.0;
    QTest::newRow("stop without rotor") << QByteArray("<N1MMRotor><stop></stop></N1MMRotor>")
                                        << true << QString() << 0.0 << 0.0 << false << -1.0;
    QTest::newRow("unknown element ignored")
        << QByteArray("<N1MMRotor><rotor>A</rotor><goazi>10</goazi><extra><x/></extra></N1MMRotor>")
        << false << QStringLiteral("A") << 10.0 << 0.0 << false << -1.0;
}

void TestN1mmParser::parse()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, stop);
    QFETCH(QString, name);
    QFETCH(double, goAzi);
    QFETCH(double, offset);
    QFETCH(bool, bidirectional);
    QFETCH(double, band);

    const auto command = N1mmParser::parse(datagram);
    QVERIFY(command.has_value());
    QCOMPARE(command->kind, stop ? N1mmCommand::Kind::Stop : N1mmCommand::Kind::Turn);
    QCOMPARE(command->rotorName, name);
    QCOMPARE(command->goAzimuthDeg, goAzi);
    QCOMPARE(command->offsetDeg, offset);
    QCOMPARE(command->bidirectional, bidirectional);
    QCOMPARE(command->freqBandMHz.value_or(-1.0), band);
}

void TestN1mmParser::malformed_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n");
    QTest::newRow("plain text") << QByteArray("hello");
    QTest::newRow("status line") << QByteArray("Tribander @ 1234");
    QTest::newRow("wrong root") << QByteArray("<PST><AZIMUTH>1</AZIMUTH></PST>");
    QTest::newRow("unclosed") << QByteArray("<N1MMRotor><rotor>A</rotor><goazi>10</goazi>");
    QTest::newRow("mismatched tags") << QByteArray("<N1MMRotor><rotor>A</goazi></N1MMRotor>");
    QTest::newRow("empty rotor") << QByteArray(
        "<N1MMRotor><rotor> </rotor><goazi>1</goazi></N1MMRotor>");
    QTest::newRow("no goazi") << QByteArray("<N1MMRotor><rotor>A</rotor></N1MMRotor>");
    QTest::newRow("bad goazi") << QByteArray(
        "<N1MMRotor><rotor>A</rotor><goazi>north</goazi></N1MMRotor>");
    QTest::newRow("nan goazi") << QByteArray(
        "<N1MMRotor><rotor>A</rotor><goazi>nan</goazi></N1MMRotor>");
    QTest::newRow("bad offset") << QByteArray(
        "<N1MMRotor><rotor>A</rotor><goazi>1</goazi><offset>x</offset></N1MMRotor>");
    QTest::newRow("bad bidirectional")
        << QByteArray("<N1MMRotor><rotor>A</rotor><goazi>1</goazi><bidirectional>maybe</"
                      "bidirectional></N1MMRotor>");
    QTest::newRow("too long") << QByteArray("<N1MMRotor><rotor>") + QByteArray(5000, 'A')
            + QByteArray("</rotor><goazi>1</goazi></N1MMRotor>");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe<\x01", 5);
}

void TestN1mmParser::malformed()
{
    QFETCH(QByteArray, datagram);
    QVERIFY(!N1mmParser::parse(datagram).has_value());
}

void TestN1mmParser::rotorBearing_data()
{
    QTest::addColumn<double>("goAzi");
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("bearing");
    QTest::newRow("no offset") << 123.0 << 0.0 << 123.0;
    QTest::newRow("offset subtracted") << 100.0 << 30.0 << 70.0;
    QTest::newRow("wraps below 0") << 10.0 << 30.0 << 340.0;
    QTest::newRow("negative offset") << 350.0 << -20.0 << 10.0;
    QTest::newRow("360 is north") << 360.0 << 0.0 << 0.0;
    QTest::newRow("359.8 is north") << 359.8 << 0.0 << 0.0;
}

void TestN1mmParser::rotorBearing()
{
    QFETCH(double, goAzi);
    QFETCH(double, offset);
    QFETCH(double, bearing);
    N1mmCommand c;
    c.goAzimuthDeg = goAzi;
    c.offsetDeg = offset;
    QCOMPARE(c.rotorBearingDeg(), bearing);
}

void TestN1mmParser::status_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("heading");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("123.4") << QStringLiteral("Tribander") << 123.4
                           << QByteArray("Tribander @ 1234");
    QTest::newRow("zero") << QStringLiteral("A") << 0.0 << QByteArray("A @ 0");
    QTest::newRow("36") << QStringLiteral("A") << 36.0 << QByteArray("A @ 360");
    QTest::newRow("359.96 wraps") << QStringLiteral("A") << 359.96 << QByteArray("A @ 0");
    QTest::newRow("overlap 400") << QStringLiteral("Beam 40") << 400.0
                                 << QByteArray("Beam 40 @ 400");
}

void TestN1mmParser::status()
{
    QFETCH(QString, name);
    QFETCH(double, heading);
    QFETCH(QByteArray, expected);
    QCOMPARE(N1mmParser::formatStatus(name, heading), expected);
}

void TestN1mmParser::bandName_data()
{
    QTest::addColumn<double>("freqBandMHz");
    QTest::addColumn<QString>("band");

    QTest::newRow("1.8") << 1.8 << QStringLiteral("160m");
    QTest::newRow("3.5") << 3.5 << QStringLiteral("80m");
    QTest::newRow("5 below the 60m edge") << 5.0 << QStringLiteral("60m");
    QTest::newRow("7") << 7.0 << QStringLiteral("40m");
    QTest::newRow("10 below the 30m edge") << 10.0 << QStringLiteral("30m");
    QTest::newRow("14") << 14.0 << QStringLiteral("20m");
    QTest::newRow("18 below the 17m edge") << 18.0 << QStringLiteral("17m");
    QTest::newRow("21") << 21.0 << QStringLiteral("15m");
    QTest::newRow("24 below the 12m edge") << 24.0 << QStringLiteral("12m");
    QTest::newRow("28") << 28.0 << QStringLiteral("10m");
    QTest::newRow("50") << 50.0 << QStringLiteral("6m");
    QTest::newRow("144") << 144.0 << QStringLiteral("2m");
    QTest::newRow("432") << 432.0 << QStringLiteral("70cm");
    QTest::newRow("1296") << 1296.0 << QStringLiteral("23cm");
    QTest::newRow("zero") << 0.0 << QString();
    QTest::newRow("negative") << -14.0 << QString();
    QTest::newRow("between bands") << 100.0 << QString();
}

void TestN1mmParser::bandName()
{
    QFETCH(double, freqBandMHz);
    QFETCH(QString, band);
    QCOMPARE(N1mmParser::bandName(freqBandMHz), band);
}

QTEST_GUILESS_MAIN(TestN1mmParser)
#include "tst_n1mmparser.moc"
