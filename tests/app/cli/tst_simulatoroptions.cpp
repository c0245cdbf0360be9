// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatoroptions.h"

#include <QTemporaryFile>
#include <QTest>

class TestSimulatorOptions : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void configJson_data();
    void configJson();
    void configFile();
    void countBeyondTwoDigitsKeepsRealIds();
    void helpAndVersion_data();
    void helpAndVersion();
    void httpPort();
    void speedWarning_data();
    void speedWarning();
};

namespace {
/// Parses `args` as they follow the program name; nullopt with *error set for an Error outcome.
std::optional<SimulatorOptions> parse(const QStringList &args, QString *error)
{
    const auto parsed
        = SimulatorOptions::parse(QStringList {QStringLiteral("rotordeck-sim")} + args);
    if (parsed.outcome == CommandLineOutcome::Error) {
        *error = parsed.text;
        return std::nullopt;
    }
    return parsed.options;
}
} // namespace

void TestSimulatorOptions::valid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstPrefix");
    QTest::addColumn<QString>("lastPrefix");
    QTest::newRow("embedded defaults") << QStringList {QStringLiteral("--embedded-broker")} << 1
                                       << QStringLiteral("SIM/01") << QStringLiteral("SIM/01");
    QTest::newRow("count and first id")
        << QStringList {QStringLiteral("--broker"),   QStringLiteral("tcp://127.0.0.1:1883"),
                        QStringLiteral("--call"),     QStringLiteral("OK1HRA"),
                        QStringLiteral("--count"),    QStringLiteral("3"),
                        QStringLiteral("--first-id"), QStringLiteral("9")}
        << 3 << QStringLiteral("OK1HRA/09") << QStringLiteral("OK1HRA/11");
    QTest::newRow("equals form") << QStringList {QStringLiteral("--broker=ws://127.0.0.1:1884"),
                                                 QStringLiteral("--count=2")}
                                 << 2 << QStringLiteral("SIM/01") << QStringLiteral("SIM/02");
    // Documented in --help; the parser used to refuse it as an unknown option.
    QTest::newRow("pot noise") << QStringList {QStringLiteral("--embedded-broker"),
                                               QStringLiteral("--pot-noise"), QStringLiteral("0.5")}
                               << 1 << QStringLiteral("SIM/01") << QStringLiteral("SIM/01");
}

void TestSimulatorOptions::valid()
{
    QFETCH(QStringList, args);
    QFETCH(int, count);
    QFETCH(QString, firstPrefix);
    QFETCH(QString, lastPrefix);
    QString error;
    const auto options = parse(args, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->devices.size(), count);
    QCOMPARE(options->devices.first().call + QLatin1Char('/') + options->devices.first().id,
             firstPrefix);
    QCOMPARE(options->devices.last().call + QLatin1Char('/') + options->devices.last().id,
             lastPrefix);
}

void TestSimulatorOptions::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorPart");
    const QString b = QStringLiteral("--embedded-broker");
    QTest::newRow("no broker") << QStringList {} << QStringLiteral("broker");
    QTest::newRow("both brokers") << QStringList {b, QStringLiteral("--broker"),
                                                  QStringLiteral("tcp://h:1")}
                                  << QStringLiteral("not both");
    QTest::newRow("bad scheme") << QStringList {QStringLiteral("--broker"),
                                                QStringLiteral("http://h:1")}
                                << QStringLiteral("--broker");
    QTest::newRow("unknown option")
        << QStringList {b, QStringLiteral("--frobnicate")} << QStringLiteral("unknown option");
    QTest::newRow("missing value")
        << QStringList {b, QStringLiteral("--range")} << QStringLiteral("needs a value");
    QTest::newRow("range too big")
        << QStringList {b, QStringLiteral("--range"), QStringLiteral("720")}
        << QStringLiteral("--range: 720 is out of range 0..719");
    QTest::newRow("start azimuth")
        << QStringList {b, QStringLiteral("--start-azimuth"), QStringLiteral("360")}
        << QStringLiteral("--start-azimuth");
    QTest::newRow("not a number") << QStringList {b, QStringLiteral("--count"), QStringLiteral("x")}
                                  << QStringLiteral("not a whole number");
    QTest::newRow("pwm word") << QStringList {b, QStringLiteral("--pwm"), QStringLiteral("maybe")}
                              << QStringLiteral("on or off");
    QTest::newRow("motor word") << QStringList {b, QStringLiteral("--motor"),
                                                QStringLiteral("steam")}
                                << QStringLiteral("dc or ac");
    QTest::newRow("azimuth beyond range")
        << QStringList {b, QStringLiteral("--range"), QStringLiteral("300"),
                        QStringLiteral("--azimuth"), QStringLiteral("320")}
        << QStringLiteral("beyond the range");
    QTest::newRow("call with slash")
        << QStringList {b, QStringLiteral("--call"), QStringLiteral("A/B")}
        << QStringLiteral("call");
    QTest::newRow("one turn limit")
        << QStringList {b, QStringLiteral("--one-turn-limit"), QStringLiteral("5")}
        << QStringLiteral("--one-turn-limit");
    QTest::newRow("missing config")
        << QStringList {b, QStringLiteral("--config"), QStringLiteral("/nonexistent/x.json")}
        << QStringLiteral("cannot read");
    QTest::newRow("http port 0") << QStringList {b, QStringLiteral("--http-port"),
                                                 QStringLiteral("0")}
                                 << QStringLiteral("--http-port: 0 is out of range 1..65535");
    QTest::newRow("http ports beyond 65535")
        << QStringList {b, QStringLiteral("--http-port"), QStringLiteral("65535"),
                        QStringLiteral("--count"), QStringLiteral("2")}
        << QStringLiteral("--http-port: 2 devices from port 65535 go beyond 65535");
    QTest::newRow("http password alone")
        << QStringList {b, QStringLiteral("--http-password"), QStringLiteral("x")}
        << QStringLiteral("--http-password needs --http-port");
}

void TestSimulatorOptions::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!parse(args, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestSimulatorOptions::configJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart"); // empty = valid
    QTest::newRow("two devices") << QByteArray(
        R"([{"call":"OK1HRA","id":"01","startAzimuth":137,"range":446},
                          {"call":"OK1HRA","id":"02","pwm":"off","motor":"ac","speed":3.5}])")
                                 << QString();
    QTest::newRow("numeric id and bools")
        << QByteArray(R"([{"id":7,"pwm":false,"elevation":true,"fastInbound":true}])") << QString();
    QTest::newRow("pot noise") << QByteArray(R"([{"potNoise":0.7}])") << QString();
    QTest::newRow("pot noise too big")
        << QByteArray(R"([{"potNoise":9}])")
        << QStringLiteral("field 'potNoise': 9 is out of range 0..5");
    QTest::newRow("not json") << QByteArray("[{") << QStringLiteral("not valid JSON");
    QTest::newRow("not an array") << QByteArray("{}") << QStringLiteral("JSON array");
    QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("no devices");
    QTest::newRow("entry not object") << QByteArray("[{}, 3]") << QStringLiteral("entry 2");
    QTest::newRow("bad range") << QByteArray(R"([{}, {"range":800}])")
                               << QStringLiteral("entry 2: field 'range': 800 is out of range");
    QTest::newRow("unknown key") << QByteArray(R"([{"rnage":300}])")
                                 << QStringLiteral("entry 1: unknown field 'rnage'");
    QTest::newRow("wrong type") << QByteArray(R"([{"name":5}])")
                                << QStringLiteral("field 'name': must be a string");
}

void TestSimulatorOptions::configJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    const auto devices
        = SimulatorOptions::parseConfigJson(json, SimulatedRotatorConfig(), 1, &error);
    if (errorPart.isEmpty()) {
        QVERIFY2(devices, qPrintable(error));
        QVERIFY(!devices->isEmpty());
    } else {
        QVERIFY(!devices);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void TestSimulatorOptions::configFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"([{"call":"OK1HRA","id":"01","startAzimuth":137,"range":446,"azimuth":400},
                   {"call":"OK1HRA","pwm":"off","motor":"ac","voltage":11.2,"oneTurnLimit":90},
                   {"elevation":true,"name":"Elev"}])");
    file.close();
    QString error;
    const auto options = parse({QStringLiteral("--embedded-broker"), QStringLiteral("--call"),
                                QStringLiteral("BASE"), QStringLiteral("--speed"),
                                QStringLiteral("9"), QStringLiteral("--config"), file.fileName()},
                               &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->devices.size(), 3);
    const auto &a = options->devices.at(0);
    QCOMPARE(a.startAzimuthDeg, 137);
    QCOMPARE(a.maxRotateDeg, 446);
    QCOMPARE(a.initialRawDeg, 400);
    QCOMPARE(a.speedDegPerSec, 9.0); // from the command line
    const auto &b = options->devices.at(1);
    QCOMPARE(b.id, QStringLiteral("02")); // first-id + index
    QCOMPARE(b.motor, SimulatedRotatorConfig::Motor::Ac);
    QCOMPARE(b.pwm, false);
    QCOMPARE(b.supplyVoltageV, 11.2);
    QCOMPARE(b.oneTurnLimitSec, 90);
    const auto &c = options->devices.at(2);
    QCOMPARE(c.call, QStringLiteral("BASE"));
    QCOMPARE(c.startAzimuthDeg, 270);
    QCOMPARE(c.maxRotateDeg, 180);

    QTemporaryFile dup;
    QVERIFY(dup.open());
    dup.write(R"([{"id":"01"},{"id":"01"}])");
    dup.close();
    QVERIFY(!parse(
        {QStringLiteral("--embedded-broker"), QStringLiteral("--config"), dup.fileName()}, &error));
    QVERIFY2(error.contains(QLatin1String("share the prefix SIM/01")), qPrintable(error));
}

void TestSimulatorOptions::countBeyondTwoDigitsKeepsRealIds()
{
    QString error;
    const auto many = parse({u"--count"_qs, u"500"_qs, u"--embedded-broker"_qs}, &error);
    QVERIFY2(many, qPrintable(error));
    QCOMPARE(many->devices.size(), 500);
    for (const SimulatedRotatorConfig &c : many->devices)
        QVERIFY2(c.id.size() <= 2, qPrintable(c.id));
    const auto tooMany = parse(
        {u"--first-id"_qs, u"3320"_qs, u"--count"_qs, u"10"_qs, u"--embedded-broker"_qs}, &error);
    QVERIFY(!tooMany);
    QVERIFY2(error.contains(u"id '3324'"_qs), qPrintable(error));
}

void TestSimulatorOptions::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<CommandLineOutcome>("outcome");
    QTest::addColumn<QString>("textContains");
    // Neither needs a broker.
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << CommandLineOutcome::Help
                          << QStringLiteral("--first-id K");
    QTest::newRow("h") << QStringList {QStringLiteral("-h")} << CommandLineOutcome::Help
                       << QStringLiteral("--pot-noise DEG");
    QTest::newRow("help says how fast real rotors are")
        << QStringList {QStringLiteral("--help")} << CommandLineOutcome::Help
        << QStringLiteral("about 1-6 deg/s; faster ones overshoot by 10-60 deg");
    QTest::newRow("help names the HTTP port")
        << QStringList {QStringLiteral("--help")} << CommandLineOutcome::Help
        << QStringLiteral("--http-port PORT");
    QTest::newRow("version") << QStringList {QStringLiteral("--version")}
                             << CommandLineOutcome::Version
                             << QStringLiteral("rotordeck-sim " ROTORDECK_VERSION);
    // A bad value still wins over --help, as it always did.
    QTest::newRow("help after a bad value")
        << QStringList {QStringLiteral("--range"), QStringLiteral("900"), QStringLiteral("--help")}
        << CommandLineOutcome::Error << QStringLiteral("--range: 900 is out of range");
}

void TestSimulatorOptions::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(CommandLineOutcome, outcome);
    QFETCH(QString, textContains);
    const auto parsed
        = SimulatorOptions::parse(QStringList {QStringLiteral("rotordeck-sim")} + args);
    QCOMPARE(parsed.outcome, outcome);
    QVERIFY2(parsed.text.contains(textContains), qPrintable(parsed.text));
}

void TestSimulatorOptions::httpPort()
{
    QString error;
    const auto options
        = parse({QStringLiteral("--embedded-broker"), QStringLiteral("--count"),
                 QStringLiteral("2"), QStringLiteral("--http-port"), QStringLiteral("8800"),
                 QStringLiteral("--http-password"), QStringLiteral("secret")},
                &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->httpPort, quint16(8800));
    QCOMPARE(options->httpPassword, QStringLiteral("secret"));
    for (const auto &device : options->devices)
        QCOMPARE(device.ip, QStringLiteral("127.0.0.1")); // the address that answers
    const auto without = parse({QStringLiteral("--embedded-broker")}, &error);
    QVERIFY2(without, qPrintable(error));
    QCOMPARE(without->httpPort, quint16(0));
    QCOMPARE(without->devices.first().ip, SimulatedRotatorConfig().ip);
}

void TestSimulatorOptions::speedWarning_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("warnings");
    const QString b = QStringLiteral("--embedded-broker");
    QTest::newRow("default") << QStringList {b} << 0;
    QTest::newRow("6") << QStringList {b, QStringLiteral("--speed"), QStringLiteral("6")} << 0;
    QTest::newRow("10") << QStringList {b, QStringLiteral("--speed"), QStringLiteral("10")} << 0;
    QTest::newRow("30") << QStringList {b, QStringLiteral("--speed"), QStringLiteral("30")} << 1;
    QTest::newRow("30, two devices")
        << QStringList {b, QStringLiteral("--speed"), QStringLiteral("30"),
                        QStringLiteral("--count"), QStringLiteral("2")}
        << 1;
}

void TestSimulatorOptions::speedWarning()
{
    QFETCH(QStringList, args);
    QFETCH(int, warnings);
    QString error;
    const auto options = parse(args, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->warnings.size(), warnings);
    if (warnings > 0)
        QVERIFY2(options->warnings.first().startsWith(
                     QLatin1String("speed 30 deg/s is beyond real rotators (about 1-6)")),
                 qPrintable(options->warnings.first()));
}

QTEST_GUILESS_MAIN(TestSimulatorOptions)
#include "tst_simulatoroptions.moc"
