// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/rotctldparser.h"

#include <QTest>

using Kind = RotctldCommand::Kind;

class TestRotctldParser : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data();
    void parseLine();
    void missingArguments_data();
    void missingArguments();
    void ignoredLines_data();
    void ignoredLines();
    void formatReply_data();
    void formatReply();
    void dumpState_data();
    void dumpState();
    void dumpCaps();
};

void TestRotctldParser::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QByteArray>("longName");
    QTest::addColumn<QByteArray>("argsText");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");

    const auto k = [](Kind kind) {
        return int(kind);
    };
    QTest::newRow("P") << QByteArray("P 120 10") << k(Kind::SetPos) << '\0' << QByteArray("set_pos")
                       << QByteArray("120 10") << 120.0 << 10.0;
    QTest::newRow("P rotctl style")
        << QByteArray("P 120.000000 0.000000\n") << k(Kind::SetPos) << '\0' << QByteArray("set_pos")
        << QByteArray("120.000000 0.000000") << 120.0 << 0.0;
    QTest::newRow("P CRLF and tabs")
        << QByteArray("P\t45.5   3\r\n") << k(Kind::SetPos) << '\0' << QByteArray("set_pos")
        << QByteArray("45.5 3") << 45.5 << 3.0;
    QTest::newRow("P extra argument")
        << QByteArray("P 120 10 5") << k(Kind::SetPos) << '\0' << QByteArray("set_pos")
        << QByteArray("120 10") << 120.0 << 10.0;
    QTest::newRow("P decimal commas")
        << QByteArray("P 120,00 10,50") << k(Kind::SetPos) << '\0' << QByteArray("set_pos")
        << QByteArray("120,00 10,50") << 120.0 << 10.5;
    QTest::newRow("P two commas") << QByteArray("P 1,2,3 0") << k(Kind::BadArguments) << '\0'
                                  << QByteArray("set_pos") << QByteArray("1,2,3 0") << 0.0 << 0.0;
    QTest::newRow("P ? (found by the fuzzer)")
        << QByteArray("P? 1 x") << k(Kind::BadArguments) << '\0' << QByteArray("set_pos")
        << QByteArray("?") << 0.0 << 0.0;
    QTest::newRow("M ?") << QByteArray("M ?") << k(Kind::BadArguments) << '\0' << QByteArray("move")
                         << QByteArray("?") << 0.0 << 0.0;
    QTest::newRow("s get_status") << QByteArray("s") << k(Kind::GetStatus) << '\0'
                                  << QByteArray("get_status") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("get_level SPEED")
        << QByteArray("\\get_level SPEED") << k(Kind::GetLevel) << '\0' << QByteArray("get_level")
        << QByteArray("SPEED") << 0.0 << 0.0;
    QTest::newRow("u get_func ?") << QByteArray("u ?") << k(Kind::GetFunc) << '\0'
                                  << QByteArray("get_func") << QByteArray("?") << 0.0 << 0.0;
    QTest::newRow("x get_parm") << QByteArray(";x FOO") << k(Kind::GetParm) << ';'
                                << QByteArray("get_parm") << QByteArray("FOO") << 0.0 << 0.0;
    QTest::newRow("get_conf unknown in 4.5")
        << QByteArray("\\get_conf a") << k(Kind::Unknown) << '\0' << QByteArray("\\get_conf")
        << QByteArray() << 0.0 << 0.0;
    QTest::newRow("set_pos long") << QByteArray("\\set_pos 135 22.5") << k(Kind::SetPos) << '\0'
                                  << QByteArray("set_pos") << QByteArray("135 22.5") << 135.0
                                  << 22.5;
    QTest::newRow("P negative") << QByteArray("P -10 0") << k(Kind::SetPos) << '\0'
                                << QByteArray("set_pos") << QByteArray("-10 0") << -10.0 << 0.0;
    QTest::newRow("P exponent") << QByteArray("P 1e2 0") << k(Kind::SetPos) << '\0'
                                << QByteArray("set_pos") << QByteArray("1e2 0") << 100.0 << 0.0;
    QTest::newRow("P missing el") << QByteArray("P 120") << k(Kind::BadArguments) << '\0'
                                  << QByteArray("set_pos") << QByteArray("120") << 0.0 << 0.0;
    QTest::newRow("P no args") << QByteArray("P") << k(Kind::BadArguments) << '\0'
                               << QByteArray("set_pos") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("P not a number") << QByteArray("P abc 0") << k(Kind::BadArguments) << '\0'
                                    << QByteArray("set_pos") << QByteArray("abc 0") << 0.0 << 0.0;
    QTest::newRow("P nan") << QByteArray("P nan 0") << k(Kind::BadArguments) << '\0'
                           << QByteArray("set_pos") << QByteArray("nan 0") << 0.0 << 0.0;
    QTest::newRow("P inf") << QByteArray("P inf 0") << k(Kind::BadArguments) << '\0'
                           << QByteArray("set_pos") << QByteArray("inf 0") << 0.0 << 0.0;
    QTest::newRow("p") << QByteArray("p") << k(Kind::GetPos) << '\0' << QByteArray("get_pos")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("get_pos long") << QByteArray("\\get_pos\n") << k(Kind::GetPos) << '\0'
                                  << QByteArray("get_pos") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("+p") << QByteArray("+p") << k(Kind::GetPos) << '\n'
                        << QByteArray("get_pos") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("+\\get_pos") << QByteArray("+\\get_pos") << k(Kind::GetPos) << '\n'
                                << QByteArray("get_pos") << QByteArray() << 0.0 << 0.0;
    QTest::newRow(";p") << QByteArray(";p") << k(Kind::GetPos) << ';' << QByteArray("get_pos")
                        << QByteArray() << 0.0 << 0.0;
    QTest::newRow("|P") << QByteArray("|P 135 22.5") << k(Kind::SetPos) << '|'
                        << QByteArray("set_pos") << QByteArray("135 22.5") << 135.0 << 22.5;
    QTest::newRow(",S") << QByteArray(",S") << k(Kind::Stop) << ',' << QByteArray("stop")
                        << QByteArray() << 0.0 << 0.0;
    QTest::newRow("S") << QByteArray("S") << k(Kind::Stop) << '\0' << QByteArray("stop")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("stop long") << QByteArray("\\stop") << k(Kind::Stop) << '\0'
                               << QByteArray("stop") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("K") << QByteArray("K") << k(Kind::Park) << '\0' << QByteArray("park")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("park long") << QByteArray("\\park") << k(Kind::Park) << '\0'
                               << QByteArray("park") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("_") << QByteArray("_") << k(Kind::GetInfo) << '\0' << QByteArray("get_info")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("+_") << QByteArray("+_") << k(Kind::GetInfo) << '\n'
                        << QByteArray("get_info") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("dump_state") << QByteArray("\\dump_state") << k(Kind::DumpState) << '\0'
                                << QByteArray("dump_state") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("dump_caps") << QByteArray("\\dump_caps") << k(Kind::DumpCaps) << '\0'
                               << QByteArray("dump_caps") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("1") << QByteArray("1") << k(Kind::DumpCaps) << '\0' << QByteArray("dump_caps")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("q") << QByteArray("q") << k(Kind::Quit) << '\0' << QByteArray("quit")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("Q") << QByteArray("Q") << k(Kind::Quit) << '\0' << QByteArray("quit")
                       << QByteArray() << 0.0 << 0.0;
    QTest::newRow("R not implemented") << QByteArray("R 1") << k(Kind::NotImplemented) << '\0'
                                       << QByteArray("reset") << QByteArray("1") << 0.0 << 0.0;
    QTest::newRow("set_conf not implemented")
        << QByteArray("\\set_conf a b") << k(Kind::NotImplemented) << '\0' << QByteArray("set_conf")
        << QByteArray("a b") << 0.0 << 0.0;
    QTest::newRow("Z unknown") << QByteArray("Z") << k(Kind::Unknown) << '\0' << QByteArray("Z")
                               << QByteArray() << 0.0 << 0.0;
    QTest::newRow("word unknown") << QByteArray("hello world") << k(Kind::Unknown) << '\0'
                                  << QByteArray("hello") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("long unknown") << QByteArray("\\foo 1") << k(Kind::Unknown) << '\0'
                                  << QByteArray("\\foo") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("+ alone") << QByteArray("+") << k(Kind::Unknown) << '\n'
                             << QByteArray() << QByteArray() << 0.0 << 0.0;
    QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff", 3) << k(Kind::Unknown) << '\0'
                                    << QByteArray("\x01\x02\xff", 3) << QByteArray() << 0.0 << 0.0;
}

void TestRotctldParser::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(char, separator);
    QFETCH(QByteArray, longName);
    QFETCH(QByteArray, argsText);
    QFETCH(double, az);
    QFETCH(double, el);

    const auto command = RotctldParser::parseLine(line);
    QVERIFY(command.has_value());
    QCOMPARE(int(command->kind), kind);
    QCOMPARE(command->separator, separator);
    QCOMPARE(command->longName, longName);
    if (command->kind != Kind::Unknown)
        QCOMPARE(command->argsText, argsText);
    QCOMPARE(command->azimuthDeg, az);
    QCOMPARE(command->elevationDeg, el);
}

void TestRotctldParser::missingArguments_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("missing");
    QTest::newRow("P az") << QByteArray("P 120") << 1;
    QTest::newRow("P") << QByteArray("P") << 2;
    QTest::newRow("M") << QByteArray("M 8") << 1;
    QTest::newRow("get_level") << QByteArray("\\get_level") << 1;
    QTest::newRow("reset") << QByteArray("R") << 1;
    QTest::newRow("qrb") << QByteArray("B 1 2") << 2;
}

void TestRotctldParser::missingArguments()
{
    QFETCH(QByteArray, line);
    QFETCH(int, missing);
    const auto command = RotctldParser::parseLine(line);
    QVERIFY(command);
    QCOMPARE(int(command->kind), int(Kind::BadArguments));
    QCOMPARE(command->missingArguments, missing);
    // Complete lines never ask for more.
    QCOMPARE(RotctldParser::parseLine("P 1 x")->missingArguments, 0);
}

void TestRotctldParser::ignoredLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("spaces") << QByteArray("   \t ");
    QTest::newRow("comment") << QByteArray("# P 10 0");
    QTest::newRow("indented comment") << QByteArray("  # hello");
}

void TestRotctldParser::ignoredLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!RotctldParser::parseLine(line).has_value());
}

void TestRotctldParser::formatReply_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("withPosition");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("expected");

    // Captured from hamlib 4.5.4 rotctld (dummy rotator).
    QTest::newRow("p") << QByteArray("p") << true << 0 << QByteArray("5.24\n0.00\n");
    QTest::newRow("p failed") << QByteArray("p") << true << -11 << QByteArray("RPRT -11\n");
    QTest::newRow("+p") << QByteArray("+p") << true << 0
                        << QByteArray("get_pos:\nAzimuth: 5.24\nElevation: 0.00\nRPRT 0\n");
    QTest::newRow(";p") << QByteArray(";p") << true << 0
                        << QByteArray("get_pos:;Azimuth: 5.24;Elevation: 0.00;RPRT 0\n");
    QTest::newRow("P ok") << QByteArray("P 120 10") << false << 0 << QByteArray("RPRT 0\n");
    QTest::newRow("P refused") << QByteArray("P 999 0") << false << -1 << QByteArray("RPRT -1\n");
    QTest::newRow("+P") << QByteArray("+P 120 10") << false << 0
                        << QByteArray("set_pos: 120 10\nRPRT 0\n");
    QTest::newRow("|P") << QByteArray("|P 135 22.5") << false << 0
                        << QByteArray("set_pos: 135 22.5|RPRT 0\n");
    QTest::newRow("+K") << QByteArray("+K") << false << 0 << QByteArray("park:\nRPRT 0\n");
    QTest::newRow(",S") << QByteArray(",S") << false << 0 << QByteArray("stop:,RPRT 0\n");
    QTest::newRow("+M") << QByteArray("+M 8 50") << false << 0
                        << QByteArray("move: 8 50\nRPRT 0\n");
    QTest::newRow("+P refused") << QByteArray("+P 999 0") << false << -1
                                << QByteArray("set_pos: 999 0\nRPRT -1\n");
}

void TestRotctldParser::formatReply()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, withPosition);
    QFETCH(int, code);
    QFETCH(QByteArray, expected);

    const auto command = RotctldParser::parseLine(line);
    QVERIFY(command);
    QList<std::pair<QByteArray, QByteArray>> values;
    if (withPosition)
        values = {{"Azimuth", RotctldParser::formatAngle(5.2391)},
                  {"Elevation", RotctldParser::formatAngle(0.0)}};
    QCOMPARE(RotctldParser::formatReply(*command, values, code), expected);
}

void TestRotctldParser::dumpState_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default") << QByteArray("\\dump_state")
                             << QByteArray("1\n1\nmin_az=-180.000000\nmax_az=450.000000\n"
                                           "min_el=0.000000\nmax_el=90.000000\nsouth_zero=0\n"
                                           "rot_type=AzEl\ndone\n");
    QTest::newRow("extended") << QByteArray("+\\dump_state")
                              << QByteArray(
                                     "dump_state:\nrotctld Protocol Ver: 1\nRotor Model: 1\n"
                                     "Minimum Azimuth: -180.000000\nMaximum Azimuth: 450.000000\n"
                                     "Minimum Elevation: 0.000000\nMaximum Elevation: 90.000000\n"
                                     "South Zero: 0\nrot_type=AzEl\ndone\nRPRT 0\n");
}

void TestRotctldParser::dumpState()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    const auto command = RotctldParser::parseLine(line);
    QVERIFY(command);
    QCOMPARE(RotctldParser::formatDumpState(*command, -180, 450, 0, 90), expected);
}

void TestRotctldParser::dumpCaps()
{
    const auto plain = RotctldParser::parseLine("1");
    const auto extended = RotctldParser::parseLine("+\\dump_caps");
    QVERIFY(plain && extended);
    QCOMPARE(RotctldParser::formatDumpCaps(*plain, "A:\t1\nB:\t2"),
             QByteArray("A:\t1\nB:\t2\nRPRT 0\n"));
    QCOMPARE(RotctldParser::formatDumpCaps(*extended, "A:\t1\n"),
             QByteArray("dump_caps:\nA:\t1\nRPRT 0\n"));
}

QTEST_GUILESS_MAIN(TestRotctldParser)
#include "tst_rotctldparser.moc"
