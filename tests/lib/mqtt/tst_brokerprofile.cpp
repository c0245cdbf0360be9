// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/brokerprofile.h"

#include <QTest>

class TestBrokerProfile : public QObject
{
    Q_OBJECT

private slots:
    void urlProblem_data();
    void urlProblem();
    void defaultPort_data();
    void defaultPort();
    void valueSemantics();
};

void TestBrokerProfile::urlProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    // A word the reason must contain, so a wrong reason fails too.
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("tcp with port") << "tcp://broker.example:1883" << true << QString();
    QTest::newRow("tcp without port") << "tcp://127.0.0.1" << true << QString();
    QTest::newRow("tcp ipv6") << "tcp://[::1]:1883" << true << QString();
    QTest::newRow("tcp trailing slash") << "tcp://host:1883/" << true << QString();
    QTest::newRow("ws") << "ws://192.168.1.10:1884" << true << QString();
    QTest::newRow("ws with path") << "ws://host:8080/mqtt" << true << QString();
    QTest::newRow("ssl") << "ssl://broker.example:8883" << true << QString();
    QTest::newRow("wss with path") << "wss://broker.example/mqtt" << true << QString();
    QTest::newRow("upper-case scheme") << "TCP://host:1883" << true << QString();
    QTest::newRow("port 65535") << "tcp://host:65535" << true << QString();

    QTest::newRow("empty") << "" << false << "no broker URL";
    QTest::newRow("no scheme") << "broker.example" << false << "scheme";
    QTest::newRow("http") << "http://host:80" << false << "unknown scheme 'http'";
    QTest::newRow("mqtt") << "mqtt://host:1883" << false << "unknown scheme 'mqtt'";
    QTest::newRow("missing host") << "tcp://:1883" << false << "missing host";
    QTest::newRow("only scheme") << "tcp://" << false << "missing host";
    QTest::newRow("port 0") << "tcp://host:0" << false << "port 0 out of range";
    QTest::newRow("port 70000") << "tcp://host:70000" << false << "port 70000 out of range";
    QTest::newRow("port not a number") << "tcp://host:abc" << false << "'abc' is not a number";
    QTest::newRow("negative port") << "ws://host:-1" << false << "port -1 out of range";
    QTest::newRow("path on tcp") << "tcp://host:1883/mqtt" << false << "take no path";
    QTest::newRow("path on ssl") << "ssl://host:8883/x" << false << "take no path";
    QTest::newRow("user in url") << "tcp://user:secret@host:1883" << false << "user name";
    QTest::newRow("query") << "ws://host:1884/mqtt?x=1" << false << "query";
}

void TestBrokerProfile::urlProblem()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    QFETCH(QString, reasonContains);

    const auto problem = brokerUrlProblem(QUrl(url));
    QCOMPARE(!problem.has_value(), usable);
    if (problem) {
        QVERIFY2(problem->contains(reasonContains),
                 qPrintable(QStringLiteral("reason was: ") + *problem));
        QVERIFY2(!problem->contains(u"secret"), "a password must never appear in a reason");
    }
}

void TestBrokerProfile::defaultPort_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("port");

    QTest::newRow("tcp") << "tcp" << 1883;
    QTest::newRow("ws (IP-Rotator wall page)") << "ws" << 1884;
    QTest::newRow("ssl") << "ssl" << 8883;
    QTest::newRow("wss") << "wss" << 8081;
    QTest::newRow("unknown") << "http" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestBrokerProfile::defaultPort()
{
    QFETCH(QString, scheme);
    QFETCH(int, port);
    QCOMPARE(defaultBrokerPort(scheme), port);
}

void TestBrokerProfile::valueSemantics()
{
    BrokerProfile a;
    a.name = QStringLiteral("home");
    a.url = QUrl(QStringLiteral("tcp://10.0.0.1:1883"));
    BrokerProfile b = a;
    QCOMPARE(a, b);
    b.password = QStringLiteral("x");
    QVERIFY(!(a == b));
    QCOMPARE(BrokerProfile {}.reconnectMinMs, 1000);
    QCOMPARE(BrokerProfile {}.keepAliveSec, 20);
}

QTEST_GUILESS_MAIN(TestBrokerProfile)
#include "tst_brokerprofile.moc"
