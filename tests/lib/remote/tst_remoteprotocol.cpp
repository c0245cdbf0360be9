// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using remote::protocol::ErrorCode;
using remote::protocol::RequestType;

class TestRemoteProtocol : public QObject
{
    Q_OBJECT

private slots:
    void validRequests_data();
    void validRequests();
    void badRequests_data();
    void badRequests();
    void seqIsKeptForErrors();
    void rotatorJsonSaysRawAndBearingApart();
    void planJsonHasThePreview();
    void helloNamesTheVersion();
};

void TestRemoteProtocol::validRequests_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<RequestType>("type");
    QTest::addColumn<QString>("rotator");
    QTest::addColumn<double>("bearingDeg");
    QTest::addColumn<bool>("confirm");

    QTest::newRow("login") << QByteArray(R"({"type":"login","user":"a","password":"b","seq":1})")
                           << RequestType::Login << QString() << -1.0 << false;
    QTest::newRow("resume") << QByteArray(R"({"type":"resume","token":"t"})") << RequestType::Resume
                            << QString() << -1.0 << false;
    QTest::newRow("ping") << QByteArray(R"({"type":"ping"})") << RequestType::Ping << QString()
                          << -1.0 << false;
    QTest::newRow("turn") << QByteArray(R"({"type":"turn","rotator":"C/1","bearingDeg":120.5})")
                          << RequestType::Turn << QStringLiteral("C/1") << 120.5 << false;
    QTest::newRow("turn confirmed")
        << QByteArray(R"({"type":"turn","rotator":"C/1","bearingDeg":350,"confirm":true})")
        << RequestType::Turn << QStringLiteral("C/1") << 350.0 << true;
    QTest::newRow("preview") << QByteArray(R"({"type":"preview","rotator":"C/1","bearingDeg":0})")
                             << RequestType::Preview << QStringLiteral("C/1") << 0.0 << false;
    QTest::newRow("stop") << QByteArray(R"({"type":"stop","rotator":"C/2"})") << RequestType::Stop
                          << QStringLiteral("C/2") << -1.0 << false;
    QTest::newRow("stopAll") << QByteArray(R"({"type":"stopAll"})") << RequestType::StopAll
                             << QString() << -1.0 << false;
    QTest::newRow("park") << QByteArray(R"({"type":"park","rotator":"C/1"})") << RequestType::Park
                          << QStringLiteral("C/1") << -1.0 << false;
    QTest::newRow("preset") << QByteArray(R"({"type":"preset","rotator":"C/1","index":2})")
                            << RequestType::Preset << QStringLiteral("C/1") << -1.0 << false;
}

void TestRemoteProtocol::validRequests()
{
    QFETCH(QByteArray, text);
    QFETCH(RequestType, type);
    QFETCH(QString, rotator);
    QFETCH(double, bearingDeg);
    QFETCH(bool, confirm);

    const auto parsed = remote::protocol::parseRequest(text);
    QVERIFY2(parsed.request, qPrintable(parsed.detail));
    QCOMPARE(parsed.request->type, type);
    QCOMPARE(parsed.request->rotator, rotator);
    QCOMPARE(parsed.request->bearingDeg.value_or(-1.0), bearingDeg);
    QCOMPARE(parsed.request->confirm, confirm);
}

void TestRemoteProtocol::badRequests_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ErrorCode>("error");

    QTest::newRow("empty") << QByteArray() << ErrorCode::BadRequest;
    QTest::newRow("garbage") << QByteArray("\x01\xff{{not json") << ErrorCode::BadRequest;
    QTest::newRow("array") << QByteArray(R"([{"type":"ping"}])") << ErrorCode::BadRequest;
    QTest::newRow("number") << QByteArray("42") << ErrorCode::BadRequest;
    QTest::newRow("no type") << QByteArray(R"({"seq":1})") << ErrorCode::BadRequest;
    QTest::newRow("type not a string") << QByteArray(R"({"type":7})") << ErrorCode::BadRequest;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"reboot"})") << ErrorCode::UnknownType;
    QTest::newRow("login without password")
        << QByteArray(R"({"type":"login","user":"a"})") << ErrorCode::BadRequest;
    QTest::newRow("login with a number as password")
        << QByteArray(R"({"type":"login","user":"a","password":1})") << ErrorCode::BadRequest;
    QTest::newRow("turn without rotator")
        << QByteArray(R"({"type":"turn","bearingDeg":1})") << ErrorCode::BadRequest;
    QTest::newRow("turn without bearing")
        << QByteArray(R"({"type":"turn","rotator":"C/1"})") << ErrorCode::BadRequest;
    QTest::newRow("turn with text bearing")
        << QByteArray(R"({"type":"turn","rotator":"C/1","bearingDeg":"90"})")
        << ErrorCode::BadRequest;
    QTest::newRow("turn with odd confirm")
        << QByteArray(R"({"type":"turn","rotator":"C/1","bearingDeg":9,"confirm":"yes"})")
        << ErrorCode::BadRequest;
    QTest::newRow("preset without index")
        << QByteArray(R"({"type":"preset","rotator":"C/1"})") << ErrorCode::BadRequest;
    QTest::newRow("preset negative")
        << QByteArray(R"({"type":"preset","rotator":"C/1","index":-1})") << ErrorCode::BadRequest;
    QTest::newRow("rotator far too long")
        << (QByteArray(R"({"type":"stop","rotator":")") + QByteArray(300, 'x') + "\"}")
        << ErrorCode::BadRequest;
}

void TestRemoteProtocol::badRequests()
{
    QFETCH(QByteArray, text);
    QFETCH(ErrorCode, error);
    const auto parsed = remote::protocol::parseRequest(text);
    QVERIFY(!parsed.request);
    QCOMPARE(parsed.error, error);
}

void TestRemoteProtocol::seqIsKeptForErrors()
{
    const auto parsed
        = remote::protocol::parseRequest(QByteArray(R"({"type":"turn","rotator":"C/1","seq":7})"));
    QVERIFY(!parsed.request);
    QCOMPARE(parsed.seq, 7);
    const QJsonObject error = remote::protocol::errorMessage(parsed.error, parsed.seq);
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("badRequest"));
    QCOMPARE(error.value(QLatin1String("seq")).toInt(), 7);
}

void TestRemoteProtocol::rotatorJsonSaysRawAndBearingApart()
{
    RotatorSettings settings;
    settings.label = QStringLiteral("Tribander");
    settings.parkBearingDeg = 180;
    settings.presets = {{QStringLiteral("EU"), 45}};
    RotatorState state;
    state.startAzimuthDeg = 137;
    state.maxRotateDeg = 446;
    state.rawAzimuthDeg = 400;
    state.rawTargetDeg = 250;
    state.link = LinkState::Stale;
    remote::protocol::RotatorView view {QStringLiteral("C/1"), &settings, &state, std::nullopt};
    const QJsonObject json = remote::protocol::rotatorJson(view);
    QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("C/1"));
    QCOMPARE(json.value(QLatin1String("label")).toString(), QStringLiteral("Tribander"));
    QCOMPARE(json.value(QLatin1String("rawAzimuthDeg")).toInt(), 400);
    QCOMPARE(json.value(QLatin1String("bearingDeg")).toInt(), (400 + 137) % 360);
    QCOMPARE(json.value(QLatin1String("rawTargetDeg")).toInt(), 250);
    QCOMPARE(json.value(QLatin1String("targetBearingDeg")).toInt(), (250 + 137) % 360);
    QCOMPARE(json.value(QLatin1String("link")).toString(), QStringLiteral("stale"));
    QCOMPARE(json.value(QLatin1String("inOverlap")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("parkBearingDeg")).toInt(), 180);
    QCOMPARE(json.value(QLatin1String("presets")).toArray().size(), 1);
    QVERIFY(json.value(QLatin1String("pendingRawTargetDeg")).isNull());

    state.rawAzimuthDeg.reset();
    const QJsonObject unknown = remote::protocol::rotatorJson(view);
    QVERIFY(unknown.value(QLatin1String("rawAzimuthDeg")).isNull());
    QVERIFY(unknown.value(QLatin1String("bearingDeg")).isNull());
}

void TestRemoteProtocol::planJsonHasThePreview()
{
    TurnPlan plan;
    plan.fromRawDeg = 100;
    plan.rawTargetDeg = 350;
    plan.bearingDeg = 350;
    plan.direction = TurnPlan::Direction::Clockwise;
    plan.travelDeg = 250;
    plan.longUnwind = true;
    plan.estimatedSeconds = 41.66;
    const QJsonObject json = remote::protocol::planJson(plan);
    QCOMPARE(json.value(QLatin1String("direction")).toString(), QStringLiteral("cw"));
    QCOMPARE(json.value(QLatin1String("travelDeg")).toInt(), 250);
    QCOMPARE(json.value(QLatin1String("longUnwind")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("estimatedSeconds")).toDouble(), 41.7);
}

void TestRemoteProtocol::helloNamesTheVersion()
{
    const QJsonObject hello = remote::protocol::helloMessage(QStringLiteral("0.1.0"));
    QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), 1);
    const QByteArray text = remote::protocol::toMessage(hello);
    QVERIFY(!text.contains('\n'));
    QVERIFY(QJsonDocument::fromJson(text).isObject());
}

QTEST_GUILESS_MAIN(TestRemoteProtocol)
#include "tst_remoteprotocol.moc"
