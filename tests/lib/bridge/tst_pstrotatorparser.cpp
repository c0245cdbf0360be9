// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/pstrotatorparser.h"

#include <QTest>

class TestPstRotatorParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void track();
    void malformed_data();
    void malformed();
    void locator_data();
    void locator();
    void reply_data();
    void reply();
};

void TestPstRotatorParser::parse_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<double>("az"); // -1 = absent
    QTest::addColumn<double>("el");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<bool>("park");
    QTest::addColumn<QString>("qra");
    QTest::addColumn<QString>(
        "queries"); // letters: a = AZ?, e = EL?, t = TGA?, g = TGE?, m = MODE?

    QTest::newRow("azimuth") << QByteArray("<PST><AZIMUTH>123</AZIMUTH></PST>") << 123.0 << -1.0
                             << false << false << QString() << QString();
    QTest::newRow("azimuth decimal") << QByteArray("<PST><AZIMUTH>85.5</AZIMUTH></PST>\r\n") << 85.5
                                     << -1.0 << false << false << QString() << QString();
    QTest::newRow("hamlib %f.2 slip") << QByteArray("<PST><AZIMUTH>120.000000.2</AZIMUTH></PST>")
                                      << 120.0 << -1.0 << false << false << QString() << QString();
    QTest::newRow("elevation") << QByteArray("<PST><ELEVATION>30</ELEVATION></PST>") << -1.0 << 30.0
                               << false << false << QString() << QString();
    QTest::newRow("az and el") << QByteArray(
        "<PST><AZIMUTH>10</AZIMUTH><ELEVATION>5</ELEVATION></PST>")
                               << 10.0 << 5.0 << false << false << QString() << QString();
    QTest::newRow("stop") << QByteArray("<PST><STOP>1</STOP></PST>") << -1.0 << -1.0 << true
                          << false << QString() << QString();
    QTest::newRow("park") << QByteArray("<PST><PARK>1</PARK></PST>") << -1.0 << -1.0 << false
                          << true << QString() << QString();
    QTest::newRow("qra") << QByteArray("<PST><QRA>jo70va</QRA></PST>") << -1.0 << -1.0 << false
                         << false << QStringLiteral("JO70va") << QString();
    QTest::newRow("qra 4") << QByteArray("<PST><QRA>KN34</QRA></PST>") << -1.0 << -1.0 << false
                           << false << QStringLiteral("KN34") << QString();
    QTest::newRow("AZ?") << QByteArray("<PST>AZ?</PST>") << -1.0 << -1.0 << false << false
                         << QString() << QStringLiteral("a");
    QTest::newRow("EL? with newline") << QByteArray("<PST>EL?</PST>\n") << -1.0 << -1.0 << false
                                      << false << QString() << QStringLiteral("e");
    QTest::newRow("TGA? lower case") << QByteArray("<pst>tga?</pst>") << -1.0 << -1.0 << false
                                     << false << QString() << QStringLiteral("t");
    QTest::newRow("TGE?") << QByteArray("<PST>TGE?</PST>") << -1.0 << -1.0 << false << false
                          << QString() << QStringLiteral("g");
    QTest::newRow("declaration and spaces")
        << QByteArray("<?xml version=\"1.0\"?>\n<PST>\n  <AZIMUTH> 200 </AZIMUTH>\n</PST>") << 200.0
        << -1.0 << false << false << QString() << QString();
    QTest::newRow("AZ?EL? without blank") << QByteArray("<PST>AZ?EL?</PST>") << -1.0 << -1.0
                                          << false << false << QString() << QStringLiteral("ae");
    QTest::newRow("AZ? EL? in two PST")
        << QByteArray("<?xml version=\"1.0\"?><PST>AZ?</PST>\r\n<PST>EL?</PST>") << -1.0 << -1.0
        << false << false << QString() << QStringLiteral("ae");
    QTest::newRow("MODE?") << QByteArray("<PST>MODE?</PST>") << -1.0 << -1.0 << false << false
                           << QString() << QStringLiteral("m");
    QTest::newRow("track ignored with azimuth")
        << QByteArray("<PST><TRACK>1</TRACK><AZIMUTH>1</AZIMUTH></PST>") << 1.0 << -1.0 << false
        << false << QString() << QString();
}

void TestPstRotatorParser::parse()
{
    QFETCH(QByteArray, datagram);
    QFETCH(double, az);
    QFETCH(double, el);
    QFETCH(bool, stop);
    QFETCH(bool, park);
    QFETCH(QString, qra);
    QFETCH(QString, queries);

    const auto c = PstRotatorParser::parse(datagram);
    QVERIFY(c.has_value());
    QCOMPARE(c->azimuthDeg.value_or(-1.0), az);
    QCOMPARE(c->elevationDeg.value_or(-1.0), el);
    QCOMPARE(c->stop, stop);
    QCOMPARE(c->park, park);
    QCOMPARE(c->qraLocator, qra);
    QCOMPARE(c->queryAzimuth, queries.contains(QLatin1Char('a')));
    QCOMPARE(c->queryElevation, queries.contains(QLatin1Char('e')));
    QCOMPARE(c->queryTargetAzimuth, queries.contains(QLatin1Char('t')));
    QCOMPARE(c->queryTargetElevation, queries.contains(QLatin1Char('g')));
    QCOMPARE(c->queryMode, queries.contains(QLatin1Char('m')));
}

void TestPstRotatorParser::track()
{
    QCOMPARE(PstRotatorParser::parse("<PST><TRACK>1</TRACK></PST>")->track, std::optional(true));
    QCOMPARE(PstRotatorParser::parse("<PST><TRACK>0</TRACK></PST>")->track, std::optional(false));
    QVERIFY(!PstRotatorParser::parse("<PST>AZ?</PST>")->track.has_value());
}

void TestPstRotatorParser::malformed_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("AZ?");
    QTest::newRow("wrong root") << QByteArray("<N1MMRotor><stop>A</stop></N1MMRotor>");
    QTest::newRow("unclosed") << QByteArray("<PST><AZIMUTH>10</AZIMUTH>");
    QTest::newRow("bad number") << QByteArray("<PST><AZIMUTH>ten</AZIMUTH></PST>");
    QTest::newRow("two dots only") << QByteArray("<PST><AZIMUTH>1..2</AZIMUTH></PST>");
    QTest::newRow("nan") << QByteArray("<PST><AZIMUTH>nan</AZIMUTH></PST>");
    QTest::newRow("empty azimuth") << QByteArray("<PST><AZIMUTH></AZIMUTH></PST>");
    QTest::newRow("bad locator") << QByteArray("<PST><QRA>ZZ99</QRA></PST>");
    QTest::newRow("odd locator") << QByteArray("<PST><QRA>JO70V</QRA></PST>");
    QTest::newRow("unknown query") << QByteArray("<PST>XY?</PST>");
    QTest::newRow("stop 0 only") << QByteArray("<PST><STOP>0</STOP></PST>");
    QTest::newRow("bad stop flag") << QByteArray("<PST><STOP>yes</STOP></PST>");
    QTest::newRow("nothing usable") << QByteArray("<PST><OFFSET>1</OFFSET></PST>");
    QTest::newRow("bad track flag") << QByteArray("<PST><TRACK>on</TRACK></PST>");
    QTest::newRow("text outside PST") << QByteArray("<PST>AZ?</PST>EL?");
    QTest::newRow("second root not PST") << QByteArray("<PST>AZ?</PST><N1MMRotor/>");
    QTest::newRow("query without ?") << QByteArray("<PST>AZ?EL</PST>");
    QTest::newRow("empty PST") << QByteArray("<PST></PST>");
    QTest::newRow("too long") << QByteArray("<PST><AZIMUTH>1</AZIMUTH>") + QByteArray(5000, ' ')
            + QByteArray("</PST>");
}

void TestPstRotatorParser::malformed()
{
    QFETCH(QByteArray, datagram);
    QVERIFY(!PstRotatorParser::parse(datagram).has_value());
}

void TestPstRotatorParser::locator_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4") << QStringLiteral("JO70") << true;
    QTest::newRow("6") << QStringLiteral("JO70va") << true;
    QTest::newRow("8") << QStringLiteral("JO70va12") << true;
    QTest::newRow("lower") << QStringLiteral("jo70VA") << true;
    QTest::newRow("field S") << QStringLiteral("SO70") << false;
    QTest::newRow("subsquare Y") << QStringLiteral("JO70ya") << false;
    QTest::newRow("5") << QStringLiteral("JO70v") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPstRotatorParser::locator()
{
    QFETCH(QString, locator);
    QFETCH(bool, valid);
    QCOMPARE(PstRotatorParser::isValidLocator(locator), valid);
}

void TestPstRotatorParser::reply_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("AZ") << QByteArray("AZ") << 123.0 << QByteArray("AZ:123\r");
    QTest::newRow("AZ rounds") << QByteArray("AZ") << 7.6 << QByteArray("AZ:8\r");
    QTest::newRow("EL") << QByteArray("EL") << 0.0 << QByteArray("EL:0\r");
    QTest::newRow("TGA") << QByteArray("TGA") << 270.0 << QByteArray("TGA:270\r");
}

void TestPstRotatorParser::reply()
{
    QFETCH(QByteArray, key);
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(PstRotatorParser::formatReply(key, value), expected);
}

QTEST_GUILESS_MAIN(TestPstRotatorParser)
#include "tst_pstrotatorparser.moc"
