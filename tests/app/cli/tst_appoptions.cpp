// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QTest>

class TestAppOptions : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rotctldPort_data();
    void rotctldPort();
    void webPort();
    void rejects_data();
    void rejects();
    void dxCluster_data();
    void dxCluster();
    void callsign_data();
    void callsign();
    void helpAndVersion_data();
    void helpAndVersion();
};

namespace {
ParsedCommandLine<AppOptions> parse(const QStringList &args)
{
    return AppOptions::parse(QStringList {QStringLiteral("rotordeck")} + args);
}
} // namespace

void TestAppOptions::accepts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("demoCount");
    QTest::addColumn<QString>("broker");
    QTest::addColumn<QStringList>("rotators");
    QTest::addColumn<QString>("locator");

    const QStringList none;
    QTest::newRow("nothing") << none << false << 4 << QString() << none << QString();
    QTest::newRow("demo alone") << QStringList {QStringLiteral("--demo")} << true << 4 << QString()
                                << none << QString();
    QTest::newRow("demo 6") << QStringList {QStringLiteral("--demo"), QStringLiteral("6")} << true
                            << 6 << QString() << none << QString();
    QTest::newRow("demo=12") << QStringList {QStringLiteral("--demo=12")} << true << 12 << QString()
                             << none << QString();
    QTest::newRow("demo then locator")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--locator"),
                        QStringLiteral("JO62qm")}
        << true << 4 << QString() << none << QStringLiteral("JO62qm");
    QTest::newRow("broker and two rotators")
        << QStringList {QStringLiteral("--broker"),  QStringLiteral("tcp://10.0.0.2:1883"),
                        QStringLiteral("--rotator"), QStringLiteral("OK1HRA/1"),
                        QStringLiteral("--rotator"), QStringLiteral("OK1HRA/2")}
        << false << 4 << QStringLiteral("tcp://10.0.0.2:1883")
        << QStringList {QStringLiteral("OK1HRA/1"), QStringLiteral("OK1HRA/2")} << QString();
    QTest::newRow("websocket broker")
        << QStringList {QStringLiteral("--broker"), QStringLiteral("ws://host:1884")} << false << 4
        << QStringLiteral("ws://host:1884") << none << QString();
}

void TestAppOptions::accepts()
{
    QFETCH(QStringList, args);
    QFETCH(bool, demo);
    QFETCH(int, demoCount);
    QFETCH(QString, broker);
    QFETCH(QStringList, rotators);
    QFETCH(QString, locator);

    const auto result = parse(args);
    QVERIFY2(result.outcome == CommandLineOutcome::Run, qPrintable(result.text));
    const AppOptions *options = &result.options;
    QCOMPARE(options->demo, demo);
    QCOMPARE(options->demoCount, demoCount);
    QCOMPARE(options->brokerUrl.toString(), broker);
    QStringList parsed;
    for (const RotatorAddress &a : options->rotators)
        parsed << a.toString();
    QCOMPARE(parsed, rotators);
    QCOMPARE(options->locator, locator);
}

void TestAppOptions::rotctldPort_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("port"); // 0 = not set

    QTest::newRow("not given") << QStringList() << 0;
    QTest::newRow("4533") << QStringList {QStringLiteral("--rotctld"), QStringLiteral("4533")}
                          << 4533;
    QTest::newRow("with the demo")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--rotctld=5000")} << 5000;
    QTest::newRow("highest") << QStringList {QStringLiteral("--rotctld"), QStringLiteral("65535")}
                             << 65535;
}

void TestAppOptions::rotctldPort()
{
    QFETCH(QStringList, args);
    QFETCH(int, port);
    const auto result = parse(args);
    QVERIFY2(result.outcome == CommandLineOutcome::Run, qPrintable(result.text));
    QCOMPARE(result.options.rotctldPort,
             port == 0 ? std::nullopt : std::optional<quint16>(quint16(port)));
}

void TestAppOptions::webPort()
{
    QVERIFY(!parse({}).options.webPort);
    const auto result
        = parse({QStringLiteral("--demo"), QStringLiteral("--web"), QStringLiteral("8088")});
    QVERIFY2(result.outcome == CommandLineOutcome::Run, qPrintable(result.text));
    QCOMPARE(result.options.webPort, std::optional<quint16>(8088));
}

void TestAppOptions::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("demo 0") << QStringList {QStringLiteral("--demo"), QStringLiteral("0")}
                            << QStringLiteral("1 to");
    QTest::newRow("demo too many")
        << QStringList {QStringLiteral("--demo=9999")} << QStringLiteral("1 to");
    QTest::newRow("http broker") << QStringList {QStringLiteral("--broker"),
                                                 QStringLiteral("http://host:80")}
                                 << QStringLiteral("--broker");
    QTest::newRow("rotator without broker")
        << QStringList {QStringLiteral("--rotator"), QStringLiteral("OK1HRA/1")}
        << QStringLiteral("needs a --broker");
    QTest::newRow("rotator with wildcard")
        << QStringList {QStringLiteral("--broker"), QStringLiteral("tcp://h:1883"),
                        QStringLiteral("--rotator"), QStringLiteral("OK1HRA/+")}
        << QStringLiteral("--rotator");
    QTest::newRow("rotator without id")
        << QStringList {QStringLiteral("--broker"), QStringLiteral("tcp://h:1883"),
                        QStringLiteral("--rotator"), QStringLiteral("OK1HRA")}
        << QStringLiteral("--rotator");
    QTest::newRow("bad locator") << QStringList {QStringLiteral("--locator"),
                                                 QStringLiteral("ZZ99")}
                                 << QStringLiteral("--locator");
    QTest::newRow("web port 0") << QStringList {QStringLiteral("--web"), QStringLiteral("0")}
                                << QStringLiteral("--web");
    QTest::newRow("web port text")
        << QStringList {QStringLiteral("--web"), QStringLiteral("http")} << QStringLiteral("--web");
    QTest::newRow("rotctld port 0")
        << QStringList {QStringLiteral("--rotctld"), QStringLiteral("0")}
        << QStringLiteral("--rotctld");
    QTest::newRow("rotctld port 65536")
        << QStringList {QStringLiteral("--rotctld"), QStringLiteral("65536")}
        << QStringLiteral("--rotctld");
    QTest::newRow("rotctld port text")
        << QStringList {QStringLiteral("--rotctld"), QStringLiteral("gpredict")}
        << QStringLiteral("--rotctld");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("stray argument")
        << QStringList {QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("settings is a folder")
        << QStringList {QStringLiteral("--settings"), QStringLiteral("/tmp")}
        << QStringLiteral("folder");
    QTest::newRow("demo with broker")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--broker"),
                        QStringLiteral("tcp://h:1883")}
        << QStringLiteral("--demo");
}

void TestAppOptions::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorContains);

    const auto parsed = parse(args);
    QCOMPARE(parsed.outcome, CommandLineOutcome::Error);
    QVERIFY2(parsed.text.contains(errorContains), qPrintable(parsed.text));
}

void TestAppOptions::dxCluster_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("node"); // "" = none; "error" = refused
    const auto with = [](const char *value) {
        return QStringList {QStringLiteral("--dx-cluster"), QString::fromLatin1(value)};
    };
    QTest::newRow("not given") << QStringList {} << QString();
    QTest::newRow("host and port")
        << with("dxc.example.org:7300") << QStringLiteral("dxc.example.org:7300");
    QTest::newRow("address") << with("127.0.0.1:8000") << QStringLiteral("127.0.0.1:8000");
    QTest::newRow("ipv6") << with("[::1]:7373") << QStringLiteral("[::1]:7373");
    QTest::newRow("with demo") << (with("localhost:7300") << QStringLiteral("--demo"))
                               << QStringLiteral("localhost:7300");
    QTest::newRow("no port") << with("dxc.example.org") << QStringLiteral("error");
    QTest::newRow("port 0") << with("dxc.example.org:0") << QStringLiteral("error");
    QTest::newRow("port 70000") << with("dxc.example.org:70000") << QStringLiteral("error");
    QTest::newRow("port text") << with("dxc.example.org:telnet") << QStringLiteral("error");
    QTest::newRow("empty") << with("") << QStringLiteral("error");
    QTest::newRow("with a path") << with("dxc.example.org:7300/x") << QStringLiteral("error");
    QTest::newRow("twice") << (with("a:1") + with("b:2")) << QStringLiteral("error");
}

void TestAppOptions::dxCluster()
{
    QFETCH(QStringList, args);
    QFETCH(QString, node);

    const auto parsed = parse(args);
    if (node == QLatin1String("error")) {
        QCOMPARE(parsed.outcome, CommandLineOutcome::Error);
        QVERIFY2(parsed.text.contains(QStringLiteral("--dx-cluster")), qPrintable(parsed.text));
        return;
    }
    QVERIFY2(parsed.outcome == CommandLineOutcome::Run, qPrintable(parsed.text));
    QCOMPARE(parsed.options.dxCluster.has_value(), !node.isEmpty());
    if (parsed.options.dxCluster)
        QCOMPARE(parsed.options.dxCluster->toString(), node);
}

void TestAppOptions::callsign_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("callsign");
    QTest::newRow("plain") << QStringLiteral("OK1HRA") << true << QStringLiteral("OK1HRA");
    QTest::newRow("lower case") << QStringLiteral("ok1hra/p") << true << QStringLiteral("OK1HRA/P");
    QTest::newRow("prefix form") << QStringLiteral("DL/OK1HRA") << true
                                 << QStringLiteral("DL/OK1HRA");
    QTest::newRow("blank") << QStringLiteral(" ") << false << QString();
    QTest::newRow("punctuation") << QStringLiteral("OK1-HRA") << false << QString();
    QTest::newRow("too long") << QStringLiteral("OK1HRAOK1HRAOK1HRAOK1HRAOK1HRAOK1HRA") << false
                              << QString();
}

void TestAppOptions::callsign()
{
    QFETCH(QString, given);
    QFETCH(bool, valid);
    QFETCH(QString, callsign);
    const auto parsed = parse({QStringLiteral("--callsign"), given});
    if (!valid) {
        QCOMPARE(parsed.outcome, CommandLineOutcome::Error);
        QVERIFY2(parsed.text.contains(QStringLiteral("--callsign")), qPrintable(parsed.text));
        return;
    }
    QVERIFY2(parsed.outcome == CommandLineOutcome::Run, qPrintable(parsed.text));
    QCOMPARE(parsed.options.callsign, callsign);
    // Not given: the settings' callsign stays in use.
    QVERIFY(parse({}).options.callsign.isEmpty());
}

void TestAppOptions::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<CommandLineOutcome>("outcome");
    QTest::addColumn<QString>("textContains");
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << CommandLineOutcome::Help
                          << QStringLiteral("--rotator <CALL/ID>");
    QTest::newRow("help lists callsign")
        << QStringList {QStringLiteral("--help")} << CommandLineOutcome::Help
        << QStringLiteral("--callsign <CALL>");
    QTest::newRow("h") << QStringList {QStringLiteral("-h")} << CommandLineOutcome::Help
                       << QStringLiteral("--demo");
    // Help wins over values that would be refused.
    QTest::newRow("help with a bad locator")
        << QStringList {QStringLiteral("--locator"), QStringLiteral("ZZ99"),
                        QStringLiteral("--help")}
        << CommandLineOutcome::Help << QStringLiteral("--settings <FILE>");
    QTest::newRow("help names rotctld")
        << QStringList {QStringLiteral("--help")} << CommandLineOutcome::Help
        << QStringLiteral("--rotctld <PORT>");
    QTest::newRow("version") << QStringList {QStringLiteral("--version")}
                             << CommandLineOutcome::Version
                             << QStringLiteral("rotordeck " ROTORDECK_VERSION);
}

void TestAppOptions::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(CommandLineOutcome, outcome);
    QFETCH(QString, textContains);
    const auto parsed = parse(args);
    QCOMPARE(parsed.outcome, outcome);
    QVERIFY2(parsed.text.contains(textContains), qPrintable(parsed.text));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
