// SPDX-License-Identifier: GPL-3.0-or-later
// The rotordeck-bridge command line: what it accepts, what it fills in, and how it refuses.
#include "bridgeoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList minimal {u"rotordeck-bridge"_s, u"--broker"_s, u"tcp://127.0.0.1:1883"_s,
                           u"--rotator"_s, u"OK1HRA/01"_s};

ParsedCommandLine<BridgeOptions> parse(const QStringList &extra)
{
    return BridgeOptions::parse(minimal + extra);
}

} // namespace

class TestBridgeOptions : public QObject
{
    Q_OBJECT

private slots:
    void minimalRunsRotctldOnDefaultPort();
    void helpAndVersion_data();
    void helpAndVersion();
    void accepts();
    void n1mmNames();
    void azElPairs();
    void bandFollow();
    void range_data();
    void range();
    void rejects_data();
    void rejects();
    void web();
    void webOnlyOpensNoRotctld();
    void hashPasswordNeedsNothingElse();
};

void TestBridgeOptions::minimalRunsRotctldOnDefaultPort()
{
    const auto parsed = BridgeOptions::parse(minimal);
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    const BridgeOptions &o = parsed.options;
    QCOMPARE(o.brokerUrl, QUrl(u"tcp://127.0.0.1:1883"_s));
    QCOMPARE(o.rotators, (QList<RotatorAddress> {{u"OK1HRA"_s, u"01"_s}}));
    QCOMPARE(o.hub.rotctldFirstPort, std::optional<quint16>(4533));
    QVERIFY(!o.hub.n1mm);
    QVERIFY(!o.hub.pstRotator);
    QVERIFY(!o.maxRotateDeg);
    QCOMPARE(o.hub.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!o.verbose);
}

void TestBridgeOptions::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<CommandLineOutcome>("outcome");
    QTest::addColumn<QString>("textContains");
    QTest::newRow("help") << u"--help"_s << CommandLineOutcome::Help << u"--range"_s;
    QTest::newRow("h") << u"-h"_s << CommandLineOutcome::Help << u"--rotator"_s;
    QTest::newRow("version") << u"--version"_s << CommandLineOutcome::Version
                             << u"rotordeck-bridge "_s;
}

void TestBridgeOptions::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(CommandLineOutcome, outcome);
    QFETCH(QString, textContains);
    // Needs nothing else, not even a broker.
    const auto parsed = BridgeOptions::parse({u"rotordeck-bridge"_s, option});
    QCOMPARE(parsed.outcome, outcome);
    QVERIFY2(parsed.text.contains(textContains), qPrintable(parsed.text));
}

void TestBridgeOptions::accepts()
{
    const auto parsed = parse({u"--rotator"_s, u"OK1HRA/02"_s, u"--rotctld"_s, u"5000"_s,
                               u"--n1mm-status"_s, u"192.0.2.7:13111"_s, u"--pstrotator-port"_s,
                               u"12001"_s, u"--listen"_s, u"localhost"_s, u"--locator"_s,
                               u"JO70va"_s, u"--park"_s, u"359.6"_s, u"--verbose"_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    const BridgeOptions &o = parsed.options;
    QCOMPARE(o.rotators.size(), 2);
    QCOMPARE(o.hub.rotctldFirstPort, std::optional<quint16>(5000));
    QVERIFY(o.hub.n1mm); // a status address turns N1MM on
    QCOMPARE(o.hub.n1mmStatusAddress, QHostAddress(u"192.0.2.7"_s));
    QCOMPARE(o.hub.n1mmStatusPort, quint16(13111));
    QVERIFY(o.hub.pstRotator);
    QCOMPARE(o.hub.pstRotatorPort, quint16(12001));
    QCOMPARE(o.hub.stationLocator, u"JO70va"_s);
    QCOMPARE(o.hub.parkBearingDeg, std::optional<int>(0)); // 359.6 rounds to north
    QVERIFY(o.verbose);
}

void TestBridgeOptions::n1mmNames()
{
    const auto parsed
        = parse({u"--rotator"_s, u"OK1HRA/02"_s, u"--n1mm-name"_s, u"OK1HRA/01=Tribander"_s,
                 u"--n1mm-name"_s, u" OK1HRA/02 = Vertical 40 "_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    const BridgeOptions &o = parsed.options;
    QVERIFY(o.hub.n1mm); // a name turns N1MM on
    QCOMPARE(o.hub.n1mmNames.value(u"OK1HRA/01"_s), u"Tribander"_s);
    QCOMPARE(o.hub.n1mmNames.value(u"OK1HRA/02"_s), u"Vertical 40"_s);
    QCOMPARE(o.hub.n1mmNames.size(), 2);
}

void TestBridgeOptions::azElPairs()
{
    // Pairs alone are enough; their units are not single rotators.
    const auto parsed
        = BridgeOptions::parse({u"rotordeck-bridge"_s, u"--broker"_s, u"tcp://127.0.0.1:1883"_s,
                                u"--azel"_s, u"OK1HRA/01,OK1HRA/02"_s, u"--azel"_s,
                                u" DL1ABC/1 , DL1ABC/E "_s, u"--rotctld"_s, u"65531"_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    const BridgeOptions &o = parsed.options;
    QVERIFY(o.rotators.isEmpty());
    QCOMPARE(o.azElPairs,
             (QList<BridgeOptions::AzElPair> {{{u"OK1HRA"_s, u"01"_s}, {u"OK1HRA"_s, u"02"_s}},
                                              {{u"DL1ABC"_s, u"1"_s}, {u"DL1ABC"_s, u"E"_s}}}));
    QCOMPARE(o.hub.rotctldFirstPort, std::optional<quint16>(65531)); // 65531 and 65533
}

void TestBridgeOptions::bandFollow()
{
    const auto parsed
        = parse({u"--rotator"_s, u"OK1HRA/02"_s, u"--bands"_s, u"OK1HRA/01=20M, 15m,20m"_s,
                 u"--bands"_s, u"OK1HRA/02=40m"_s, u"--band-follow"_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    const BridgeOptions &o = parsed.options;
    QVERIFY(o.hub.n1mm); // band-follow turns N1MM on
    QVERIFY(o.hub.n1mmBandFollow);
    QCOMPARE(o.hub.bands.value(u"OK1HRA/01"_s), QStringList({u"20m"_s, u"15m"_s}));
    QCOMPARE(o.hub.bands.value(u"OK1HRA/02"_s), QStringList({u"40m"_s}));

    // Bands alone change nothing: band-follow stays off, as does N1MM.
    const auto quiet = parse({u"--bands"_s, u"OK1HRA/01=20m"_s});
    QCOMPARE(quiet.outcome, CommandLineOutcome::Run);
    QVERIFY(!quiet.options.hub.n1mmBandFollow);
    QVERIFY(!quiet.options.hub.n1mm);
}

void TestBridgeOptions::range_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    // The device's setup takes 0..719 (MaxRotateDegree), so the bridge does too.
    QTest::newRow("zero") << u"0"_s << true;
    QTest::newRow("full-turn") << u"360"_s << true;
    QTest::newRow("most-overlap") << u"719"_s << true;
    QTest::newRow("beyond") << u"720"_s << false;
    QTest::newRow("negative") << u"-1"_s << false;
    QTest::newRow("not-a-number") << u"wide"_s << false;
}

void TestBridgeOptions::range()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const auto parsed = parse({u"--range"_s, value});
    QCOMPARE(parsed.outcome, valid ? CommandLineOutcome::Run : CommandLineOutcome::Error);
    if (valid)
        QCOMPARE(parsed.options.maxRotateDeg, std::optional<int>(value.toInt()));
    else
        QVERIFY2(parsed.text.contains(u"0..719"_s), qPrintable(parsed.text));
}

void TestBridgeOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the program name
    QTest::addColumn<QString>("errorContains");
    const QStringList broker {u"--broker"_s, u"tcp://127.0.0.1:1883"_s};
    const QStringList rotator {u"--rotator"_s, u"OK1HRA/01"_s};
    QTest::newRow("no-broker") << rotator << u"--broker URL is required"_s;
    QTest::newRow("no-rotator") << broker << u"at least one --rotator"_s;
    QTest::newRow("http-broker") << (QStringList {u"--broker"_s, u"http://x"_s} + rotator)
                                 << u"--broker http://x"_s;
    QTest::newRow("wildcard-rotator")
        << (broker + QStringList {u"--rotator"_s, u"OK1HRA/+"_s}) << u"expected CALL/ID"_s;
    QTest::newRow("rotator-twice") << (broker + rotator + rotator) << u"given twice"_s;
    QTest::newRow("stray-argument")
        << (broker + rotator + QStringList {u"extra"_s}) << u"unexpected argument 'extra'"_s;
    QTest::newRow("unknown-option")
        << (broker + rotator + QStringList {u"--frobnicate"_s}) << u"frobnicate"_s;
    QTest::newRow("bad-port") << (broker + rotator + QStringList {u"--rotctld"_s, u"0"_s})
                              << u"expected a port 1..65535"_s;
    QTest::newRow("ports-run-out")
        << (broker + rotator
            + QStringList {u"--rotator"_s, u"OK1HRA/02"_s, u"--rotctld"_s, u"65535"_s})
        << u"not enough ports"_s;
    QTest::newRow("bad-listen") << (broker + rotator + QStringList {u"--listen"_s, u"nowhere"_s})
                                << u"not an IP address"_s;
    QTest::newRow("bad-locator") << (broker + rotator + QStringList {u"--locator"_s, u"ZZ99"_s})
                                 << u"Maidenhead"_s;
    QTest::newRow("park-360") << (broker + rotator + QStringList {u"--park"_s, u"360"_s})
                              << u"expected a bearing 0..359"_s;
    QTest::newRow("n1mm-name-without-equals")
        << (broker + rotator + QStringList {u"--n1mm-name"_s, u"Tribander"_s})
        << u"expected CALL/ID=NAME"_s;
    QTest::newRow("n1mm-name-empty")
        << (broker + rotator + QStringList {u"--n1mm-name"_s, u"OK1HRA/01= "_s})
        << u"expected CALL/ID=NAME"_s;
    QTest::newRow("n1mm-name-unknown-rotator")
        << (broker + rotator + QStringList {u"--n1mm-name"_s, u"OK1HRA/02=Beam"_s})
        << u"OK1HRA/02 is not a --rotator"_s;
    QTest::newRow("n1mm-name-twice")
        << (broker + rotator
            + QStringList {u"--n1mm-name"_s, u"OK1HRA/01=A"_s, u"--n1mm-name"_s, u"OK1HRA/01=B"_s})
        << u"named twice"_s;
    QTest::newRow("n1mm-names-alike")
        << (broker + rotator
            + QStringList {u"--rotator"_s, u"OK1HRA/02"_s, u"--n1mm-name"_s, u"OK1HRA/01=Beam"_s,
                           u"--n1mm-name"_s, u"OK1HRA/02=beam"_s})
        << u"already another rotator's name"_s;
    QTest::newRow("n1mm-name-is-another-call")
        << (broker + rotator
            + QStringList {u"--rotator"_s, u"OK1HRA/02"_s, u"--n1mm-name"_s,
                           u"OK1HRA/01=OK1HRA/02"_s})
        << u"already another rotator's name"_s;
    QTest::newRow("pstrotator-ports-run-out")
        << (broker + rotator
            + QStringList {u"--rotator"_s, u"OK1HRA/02"_s, u"--pstrotator-port"_s, u"65533"_s})
        << u"not enough ports"_s;
    QTest::newRow("azel-one-unit") << (broker + QStringList {u"--azel"_s, u"OK1HRA/01"_s})
                                   << u"expected AZCALL/ID,ELCALL/ID"_s;
    QTest::newRow("azel-three-units")
        << (broker + QStringList {u"--azel"_s, u"OK1HRA/01,OK1HRA/02,OK1HRA/03"_s})
        << u"expected AZCALL/ID,ELCALL/ID"_s;
    QTest::newRow("azel-wildcard") << (broker + QStringList {u"--azel"_s, u"OK1HRA/01,OK1HRA/#"_s})
                                   << u"expected AZCALL/ID,ELCALL/ID"_s;
    QTest::newRow("azel-same-unit")
        << (broker + QStringList {u"--azel"_s, u"OK1HRA/01,OK1HRA/01"_s}) << u"must differ"_s;
    QTest::newRow("azel-unit-is-a-rotator")
        << (broker + rotator + QStringList {u"--azel"_s, u"OK1HRA/02,OK1HRA/01"_s})
        << u"OK1HRA/01 is also a --rotator"_s;
    QTest::newRow("azel-unit-in-two-pairs")
        << (broker
            + QStringList {u"--azel"_s, u"OK1HRA/01,OK1HRA/02"_s, u"--azel"_s,
                           u"OK1HRA/03,OK1HRA/02"_s})
        << u"OK1HRA/02 is already in a pair"_s;
    QTest::newRow("azel-ports-run-out")
        << (broker + rotator
            + QStringList {u"--azel"_s, u"OK1HRA/02,OK1HRA/03"_s, u"--rotctld"_s, u"65534"_s})
        << u"not enough ports for 2 rotators"_s;
    QTest::newRow("bands-unknown-band")
        << (broker + rotator + QStringList {u"--bands"_s, u"OK1HRA/01=20m,21MHz"_s})
        << u"expected CALL/ID=BANDS"_s;
    QTest::newRow("bands-empty") << (broker + rotator + QStringList {u"--bands"_s, u"OK1HRA/01="_s})
                                 << u"expected CALL/ID=BANDS"_s;
    QTest::newRow("bands-unknown-rotator")
        << (broker + rotator + QStringList {u"--bands"_s, u"OK1HRA/09=20m"_s})
        << u"is not a --rotator"_s;
    QTest::newRow("bands-twice") << (broker + rotator
                                     + QStringList {u"--bands"_s, u"OK1HRA/01=20m"_s, u"--bands"_s,
                                                    u"OK1HRA/01=40m"_s})
                                 << u"given twice"_s;
    QTest::newRow("band-follow-without-bands")
        << (broker + rotator + QStringList {u"--band-follow"_s}) << u"needs --bands"_s;
    QTest::newRow("web-without-users")
        << (broker + rotator + QStringList {u"--web"_s, u"8088"_s}) << u"--web needs --web-users"_s;
    QTest::newRow("web-bad-port") << (broker + rotator + QStringList {u"--web"_s, u"http"_s})
                                  << u"expected a port"_s;
    QTest::newRow("web-users-without-web")
        << (broker + rotator + QStringList {u"--web-users"_s, u"u.txt"_s}) << u"need --web PORT"_s;
    QTest::newRow("web-cert-without-key")
        << (broker + rotator
            + QStringList {u"--web"_s, u"8088"_s, u"--web-users"_s, u"u"_s, u"--web-cert"_s,
                           u"c.pem"_s})
        << u"go together"_s;
    QTest::newRow("web-bad-listen") << (broker + rotator
                                        + QStringList {u"--web"_s, u"8088"_s, u"--web-users"_s,
                                                       u"u"_s, u"--web-listen"_s, u"everywhere"_s})
                                    << u"not an IP address"_s;
    QTest::newRow("bad-status-port")
        << (broker + rotator + QStringList {u"--n1mm-status"_s, u"127.0.0.1:0"_s}) << u"bad port"_s;
}

void TestBridgeOptions::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorContains);
    const auto parsed = BridgeOptions::parse(QStringList {u"rotordeck-bridge"_s} + arguments);
    QCOMPARE(parsed.outcome, CommandLineOutcome::Error);
    QVERIFY2(parsed.text.contains(errorContains), qPrintable(parsed.text));
}

void TestBridgeOptions::web()
{
    QVERIFY(!BridgeOptions::parse(minimal).options.web.port);
    const auto parsed = parse({u"--web"_s, u"8088"_s, u"--web-users"_s, u"/etc/rotordeck/users"_s,
                               u"--web-listen"_s, u"192.0.2.1"_s, u"--web-cert"_s, u"c.pem"_s,
                               u"--web-key"_s, u"k.pem"_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    const BridgeOptions::Web &web = parsed.options.web;
    QCOMPARE(web.port, std::optional<quint16>(8088));
    QCOMPARE(web.usersFile, u"/etc/rotordeck/users"_s);
    QCOMPARE(web.listenAddress, QHostAddress(u"192.0.2.1"_s));
    QCOMPARE(web.certificateFile, u"c.pem"_s);
    QCOMPARE(web.keyFile, u"k.pem"_s);
    // The interop endpoints' address is another matter.
    QCOMPARE(parsed.options.hub.listenAddress, QHostAddress(QHostAddress::LocalHost));
}

void TestBridgeOptions::webOnlyOpensNoRotctld()
{
    const auto parsed = parse({u"--web"_s, u"8088"_s, u"--web-users"_s, u"u"_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    QCOMPARE(parsed.options.web.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!parsed.options.hub.rotctldFirstPort);
    const auto both
        = parse({u"--web"_s, u"8088"_s, u"--web-users"_s, u"u"_s, u"--rotctld"_s, u"4533"_s});
    QCOMPARE(both.options.hub.rotctldFirstPort, std::optional<quint16>(4533));
}

void TestBridgeOptions::hashPasswordNeedsNothingElse()
{
    const auto parsed = BridgeOptions::parse({u"rotordeck-bridge"_s, u"--hash-password"_s});
    QCOMPARE(parsed.outcome, CommandLineOutcome::Run);
    QVERIFY(parsed.options.hashPassword);
}

QTEST_GUILESS_MAIN(TestBridgeOptions)
#include "tst_bridgeoptions.moc"
