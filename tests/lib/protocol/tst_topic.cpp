// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/topic.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using protocol::parseTopic;
using protocol::parseTopicView;

class TestTopic : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void viewPointsIntoTopic();
    void addressRoundTrip_data();
    void addressRoundTrip();
    void commandLeaf_data();
    void commandLeaf();
    void topicLevel_data();
    void topicLevel();
    void topicName_data();
    void topicName();
    void topicFilter_data();
    void topicFilter();
    void deviceAddress_data();
    void deviceAddress();
    void throughput();
};

void TestTopic::parse_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("leaf");

    QTest::newRow("normal") << u"OK1HRA/01/ROT/Azimuth"_s << true << u"OK1HRA"_s << u"01"_s
                            << u"Azimuth"_s;
    QTest::newRow("empty-id") << u"EE:FF//ROT/Azimuth"_s << true << u"EE:FF"_s << QString()
                              << u"Azimuth"_s;
    QTest::newRow("lowercase-leaf")
        << u"OK1HRA/01/ROT/ip"_s << true << u"OK1HRA"_s << u"01"_s << u"ip"_s;
    QTest::newRow("leaf-with-dash")
        << u"A/1/ROT/USB-BaudRate"_s << true << u"A"_s << u"1"_s << u"USB-BaudRate"_s;
    QTest::newRow("spaces-kept") << u"A B/x y/ROT/Name"_s << true << u"A B"_s << u"x y"_s
                                 << u"Name"_s;
    QTest::newRow("unknown-leaf-ok")
        << u"A/1/ROT/Whatever"_s << true << u"A"_s << u"1"_s << u"Whatever"_s;

    QTest::newRow("empty-leaf") << u"A/1/ROT/"_s << false << QString() << QString() << QString();
    QTest::newRow("empty-id-empty-leaf")
        << u"CALL//ROT/"_s << false << QString() << QString() << QString();
    QTest::newRow("empty-call") << u"/1/ROT/Azimuth"_s << false << QString() << QString()
                                << QString();
    QTest::newRow("too-deep") << u"A/1/ROT/Azimuth/x"_s << false << QString() << QString()
                              << QString();
    QTest::newRow("old-form-no-id")
        << u"A/ROT/Azimuth"_s << false << QString() << QString() << QString();
    QTest::newRow("rot-lowercase")
        << u"A/1/rot/Azimuth"_s << false << QString() << QString() << QString();
    QTest::newRow("rot-longer") << u"A/1/ROTX/Azimuth"_s << false << QString() << QString()
                                << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString() << QString();
    QTest::newRow("no-slash") << u"Azimuth"_s << false << QString() << QString() << QString();
    QTest::newRow("three-levels") << u"A/1/ROT"_s << false << QString() << QString() << QString();
    QTest::newRow("leading-slash-deep")
        << u"/A/1/ROT/Azimuth"_s << false << QString() << QString() << QString();
    QTest::newRow("double-slash-leaf")
        << u"A/1/ROT//Azimuth"_s << false << QString() << QString() << QString();
}

void TestTopic::parse()
{
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QFETCH(QString, call);
    QFETCH(QString, id);
    QFETCH(QString, leaf);

    const auto parsed = parseTopic(topic);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(parseTopicView(topic).has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->address.call, call);
    QCOMPARE(parsed->address.id, id);
    QCOMPARE(parsed->leaf, leaf);
    // And back: the address builds the same topic.
    QCOMPARE(parsed->address.topic(parsed->leaf), topic);
}

void TestTopic::viewPointsIntoTopic()
{
    const QString topic = u"OK1HRA/01/ROT/Status"_s;
    const auto view = parseTopicView(topic);
    QVERIFY(view);
    QCOMPARE(view->call.data(), topic.constData());
    QCOMPARE(view->leaf.data(), topic.constData() + 14);
    QCOMPARE(view->leaf, u"Status");
}

void TestTopic::addressRoundTrip_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("id");
    QTest::newRow("normal") << u"OK1HRA"_s << u"01"_s;
    QTest::newRow("empty-id") << u"EE:FF"_s << QString();
    QTest::newRow("unicode") << u"ČR"_s << u"7"_s;
}

void TestTopic::addressRoundTrip()
{
    QFETCH(QString, call);
    QFETCH(QString, id);
    const RotatorAddress address {call, id};
    const auto parsed = parseTopic(address.topic(u"Azimuth"));
    QVERIFY(parsed);
    QCOMPARE(parsed->address, address);
}

void TestTopic::commandLeaf_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<bool>("command");
    QTest::newRow("Target") << u"Target"_s << true;
    QTest::newRow("get") << u"get"_s << true;
    QTest::newRow("stop") << u"stop"_s << true;
    QTest::newRow("RxAzimuth") << u"RxAzimuth"_s << true;
    QTest::newRow("telemetry") << u"Azimuth"_s << false;
    QTest::newRow("web-target-echo") << u"AzimuthTarget"_s << false;
    QTest::newRow("case-matters") << u"Get"_s << false;
    QTest::newRow("prefix-only") << u"Targe"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTopic::commandLeaf()
{
    QFETCH(QString, leaf);
    QFETCH(bool, command);
    QCOMPARE(protocol::isCommandLeaf(leaf), command);
}

void TestTopic::topicLevel_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("valid");
    QTest::newRow("call") << u"OK1HRA"_s << true;
    QTest::newRow("mac-default") << u"EE:FF"_s << true;
    QTest::newRow("space") << u"A B"_s << true;
    QTest::newRow("unicode") << u"ČR"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << u"A/B"_s << false;
    QTest::newRow("plus") << u"A+"_s << false;
    QTest::newRow("hash") << u"#"_s << false;
    QTest::newRow("tab") << u"A\tB"_s << false;
    QTest::newRow("nul") << QString(QChar(0)) << false;
}

void TestTopic::topicLevel()
{
    QFETCH(QString, level);
    QFETCH(bool, valid);
    QCOMPARE(protocol::isValidTopicLevel(level), valid);
}

void TestTopic::topicName_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");
    QTest::newRow("command") << u"OK1HRA/01/ROT/Target"_s << true;
    QTest::newRow("empty-level") << u"EE:FF//ROT/get"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plus") << u"A/+/ROT/get"_s << false;
    QTest::newRow("hash") << u"A/1/ROT/#"_s << false;
    QTest::newRow("nul") << u"A/1/ROT/get"_s + QChar(0) << false;
}

void TestTopic::topicName()
{
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QCOMPARE(protocol::isValidTopicName(topic), valid);
}

void TestTopic::topicFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");
    QTest::newRow("discovery") << u"+/+/ROT/#"_s << true;
    QTest::newRow("one-rotator") << u"OK1HRA/01/ROT/#"_s << true;
    QTest::newRow("plain-topic") << u"A/1/ROT/Azimuth"_s << true;
    QTest::newRow("hash-alone") << u"#"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("hash-not-last") << u"A/#/ROT"_s << false;
    QTest::newRow("hash-in-level") << u"A/1/ROT/x#"_s << false;
    QTest::newRow("plus-in-level") << u"A+/1/ROT/#"_s << false;
    QTest::newRow("nul") << u"A/"_s + QChar(0) << false;
    QTest::newRow("too-long") << QString(65536, QLatin1Char('a')) << false;
}

void TestTopic::topicFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    QCOMPARE(protocol::isValidTopicFilter(filter), valid);
}

void TestTopic::deviceAddress_data()
{
    using protocol::AddressProblem;
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("id");
    QTest::addColumn<AddressProblem>("problem");
    QTest::newRow("normal") << u"OK1HRA"_s << u"01"_s << AddressProblem::None;
    QTest::newRow("one-char-id") << u"OK1HRA"_s << u"7"_s << AddressProblem::None;
    QTest::newRow("blank-eeprom") << u"EE:FF"_s << QString() << AddressProblem::None;
    QTest::newRow("sim-empty-id") << u"SIM"_s << QString() << AddressProblem::None;
    QTest::newRow("call-1") << u"A"_s << u"1"_s << AddressProblem::None;
    QTest::newRow("call-20") << QString(20, QLatin1Char('C')) << u"1"_s << AddressProblem::None;
    QTest::newRow("space-is-printable") << u"OK1 HRA"_s << u"1 "_s << AddressProblem::None;
    QTest::newRow("tilde-is-printable") << u"~"_s << u"~"_s << AddressProblem::None;
    QTest::newRow("empty-call") << QString() << u"01"_s << AddressProblem::EmptyCall;
    QTest::newRow("call-21") << QString(21, QLatin1Char('C')) << u"1"_s
                             << AddressProblem::CallTooLong;
    QTest::newRow("call-500") << QString(500, QLatin1Char('C')) << u"1"_s
                              << AddressProblem::CallTooLong;
    QTest::newRow("id-3") << u"OK1HRA"_s << u"100"_s << AddressProblem::IdTooLong;
    QTest::newRow("id-500") << u"OK1HRA"_s << QString(500, QLatin1Char('9'))
                            << AddressProblem::IdTooLong;
    QTest::newRow("control-in-call")
        << u"OK"_s + QChar(1) << u"1"_s << AddressProblem::NotPrintable;
    QTest::newRow("del-in-id") << u"OK"_s << QString(QChar(0x7f)) << AddressProblem::NotPrintable;
    QTest::newRow("non-ascii") << u"ČR"_s << u"1"_s << AddressProblem::NotPrintable;
    QTest::newRow("plus") << u"A+"_s << u"1"_s << AddressProblem::TopicCharacter;
    QTest::newRow("hash-id") << u"A"_s << u"#"_s << AddressProblem::TopicCharacter;
    QTest::newRow("slash") << u"A/B"_s << u"1"_s << AddressProblem::TopicCharacter;
}

void TestTopic::deviceAddress()
{
    QFETCH(QString, call);
    QFETCH(QString, id);
    QFETCH(protocol::AddressProblem, problem);
    QCOMPARE(protocol::deviceAddressProblem(call, id), problem);
    QCOMPARE(protocol::addressProblemName(problem) == QLatin1String("valid"),
             problem == protocol::AddressProblem::None);
}

void TestTopic::throughput()
{
    // Runs for every received message: must stay far above the ~130k msg/s a broker delivers.
    QStringList topics;
    for (int i = 0; i < 1000; ++i)
        topics << QStringLiteral("CALL%1/%2/ROT/Azimuth").arg(i).arg(i % 100);
    QElapsedTimer timer;
    timer.start();
    qsizetype leafChars = 0;
    constexpr int rounds = 200;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &topic : std::as_const(topics)) {
            const auto view = parseTopicView(topic);
            leafChars += view ? view->leaf.size() : 0;
        }
    }
    const qint64 elapsedNs = std::max<qint64>(timer.nsecsElapsed(), 1);
    QCOMPARE(leafChars, qsizetype(7) * 1000 * rounds);
    const double perSecond = 1000.0 * rounds * 1e9 / double(elapsedNs);
    qInfo("parseTopicView: %.0f topics/s", perSecond);
    QVERIFY2(perSecond > 1e6, qPrintable(QString::number(perSecond)));
}

QTEST_GUILESS_MAIN(TestTopic)
#include "tst_topic.moc"
