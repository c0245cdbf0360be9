// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

void TestCommandLine::accepts_data()
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

void TestCommandLine::accepts()
{
    QFETCH(QStringList, args);
    QFETCH(bool, demo);
    QFETCH(int, demoCount);
    QFETCH(QString, broker);
    QFETCH(QStringList, rotators);
    QFETCH(QString, locator);

    QString error;
    const auto options
        = CommandLineOptions::parse(QStringList {QStringLiteral("rotordeck")} + args, &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    QCOMPARE(options->demo, demo);
    QCOMPARE(options->demoCount, demoCount);
    QCOMPARE(options->brokerUrl.toString(), broker);
    QStringList parsed;
    for (const RotatorAddress &a : options->rotators)
        parsed << a.toString();
    QCOMPARE(parsed, rotators);
    QCOMPARE(options->locator, locator);
}

void TestCommandLine::rejects_data()
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

void TestCommandLine::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorContains);

    QString error;
    const auto options
        = CommandLineOptions::parse(QStringList {QStringLiteral("rotordeck")} + args, &error);
    QVERIFY(!options.has_value());
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
