// SPDX-License-Identifier: GPL-3.0-or-later
// An azimuth unit and an elevation-only unit as one antenna: the pose rule, stop and park of
// both, and the pair's rotctld endpoint (limits, frames, "never a lie").
#include "bridge/azelpairtarget.h"
#include "bridge/rotctldserver.h"

#include "fakebridgetarget.h"

#include <QTest>

#include <memory>

namespace {

constexpr int unknownRaw = -9999;

/// The endpoint client asking; the pair must pass it on to both units.
CommandOrigin client()
{
    return {CommandOrigin::Kind::Rotctld, QStringLiteral("127.0.0.1:50312")};
}

} // namespace

class TestAzElPairTarget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pointsBothUnits();
    void flipsAcrossNorth();
    void stopReachesBothWhateverTheyAnswer();
    void parkParksBoth();
    void passesTheOriginToBothUnits();
    void nothingSentUnlessBothCanMove_data();
    void nothingSentUnlessBothCanMove();
    void pointingFoldsAFlip();
    void rotctld_data();
    void rotctld();
    void rotctldPositionOnlyWhenBothCurrent_data();
    void rotctldPositionOnlyWhenBothCurrent();
    void rotctldFrameFollowsTheClient();

private:
    void setAzimuth(int start, int max, int raw);
    void setElevation(int max, int raw, bool elevationMode = true);

    std::unique_ptr<FakeBridgeTarget> m_az;
    std::unique_ptr<FakeBridgeTarget> m_el;
    std::unique_ptr<AzElPairTarget> m_pair;
};

void TestAzElPairTarget::init()
{
    m_az = std::make_unique<FakeBridgeTarget>();
    m_el = std::make_unique<FakeBridgeTarget>();
    m_el->setAddress({QStringLiteral("TEST"), QStringLiteral("2")});
    setAzimuth(0, 360, 100);
    setElevation(180, 10);
    m_pair = std::make_unique<AzElPairTarget>(m_az.get(), m_el.get());
}

void TestAzElPairTarget::cleanup()
{
    m_pair.reset();
    m_el.reset();
    m_az.reset();
}

void TestAzElPairTarget::setAzimuth(int start, int max, int raw)
{
    RotatorState state = m_az->state();
    state.startAzimuthDeg = start;
    state.maxRotateDeg = max;
    state.rawAzimuthDeg = raw == unknownRaw ? std::nullopt : std::optional<int>(raw);
    m_az->setState(state);
}

void TestAzElPairTarget::setElevation(int max, int raw, bool elevationMode)
{
    RotatorState state = m_el->state();
    state.elevationMode = elevationMode;
    state.startAzimuthDeg = 270;
    state.maxRotateDeg = max;
    state.rawAzimuthDeg = raw == unknownRaw ? std::nullopt : std::optional<int>(raw);
    m_el->setState(state);
}

void TestAzElPairTarget::pointsBothUnits()
{
    const CommandResult result = m_pair->turnTo(120.0, 20.0, client());
    QVERIFY(result.accepted());
    QCOMPARE(callsText(*m_az), QStringLiteral("raw:120"));
    QCOMPARE(callsText(*m_el), QStringLiteral("raw:20"));
    QVERIFY(!m_pair->clientPoseFrame());
}

void TestAzElPairTarget::flipsAcrossNorth()
{
    setAzimuth(0, 360, 355);
    setElevation(180, 10);
    QVERIFY(m_pair->turnTo(2.0, 11.0, client()).accepted());
    QCOMPARE(callsText(*m_az), QStringLiteral("raw:182"));
    QCOMPARE(callsText(*m_el), QStringLiteral("raw:169"));
}

void TestAzElPairTarget::stopReachesBothWhateverTheyAnswer()
{
    m_az->brokerUp = false;
    const CommandResult result = m_pair->stop(client());
    QCOMPARE(result.code, CommandResult::Code::BrokerDown);
    QCOMPARE(callsText(*m_az), QStringLiteral("stop:0"));
    QCOMPARE(callsText(*m_el), QStringLiteral("stop:0"));
    // Even a pair whose elevation unit is not (yet) in elevation mode stops.
    setElevation(180, 10, false);
    m_az->brokerUp = true;
    QVERIFY(m_pair->stop(client()).accepted());
    QCOMPARE(callsText(*m_el), QStringLiteral("stop:0 stop:0"));
}

void TestAzElPairTarget::parkParksBoth()
{
    m_pair->setParkBearingDeg(200);
    QVERIFY(m_pair->park(client()).accepted());
    QCOMPARE(callsText(*m_az), QStringLiteral("bearing:200"));
    QCOMPARE(callsText(*m_el), QStringLiteral("raw:0"));
}

void TestAzElPairTarget::passesTheOriginToBothUnits()
{
    const auto check = [this](const char *what, const CommandResult &result) {
        QVERIFY2(result.accepted(), what);
        QVERIFY2(!m_az->calls.isEmpty() && !m_el->calls.isEmpty(), what);
        QVERIFY2(m_az->lastOrigin == client(), what);
        QVERIFY2(m_el->lastOrigin == client(), what);
        m_az->calls.clear();
        m_el->calls.clear();
        m_az->lastOrigin = CommandOrigin::thisApp();
        m_el->lastOrigin = CommandOrigin::thisApp();
    };
    check("turnTo", m_pair->turnTo(120.0, 20.0, client()));
    check("turnToBearing", m_pair->turnToBearing(130.0, client()));
    check("turnToBearingWithRawElevation",
          m_pair->turnToBearingWithRawElevation(140.0, 100, client()));
    check("turnToRawPose", m_pair->turnToRawPose(150, 30, client()));
    check("stop", m_pair->stop(client()));
    check("refresh", m_pair->refresh(client()));
    check("park", m_pair->park(client()));
}

void TestAzElPairTarget::nothingSentUnlessBothCanMove_data()
{
    QTest::addColumn<int>("azRaw");
    QTest::addColumn<int>("elRaw");
    QTest::addColumn<bool>("elevationMode");
    QTest::addColumn<int>("azMax");
    QTest::addColumn<int>("elMax");
    QTest::addColumn<double>("az");
    QTest::addColumn<double>("el");
    QTest::addColumn<int>("code");

    using C = CommandResult::Code;
    QTest::newRow("elevation unit not in elevation mode")
        << 100 << 10 << false << 360 << 180 << 120.0 << 20.0 << int(C::InvalidValue);
    QTest::newRow("azimuth unknown")
        << unknownRaw << 10 << true << 360 << 180 << 120.0 << 20.0 << int(C::PositionUnknown);
    QTest::newRow("elevation unknown")
        << 100 << unknownRaw << true << 360 << 180 << 120.0 << 20.0 << int(C::PositionUnknown);
    QTest::newRow("dark zone, no over-the-top")
        << 100 << 10 << true << 300 << 90 << 330.0 << 20.0 << int(C::DarkZone);
    QTest::newRow("elevation below the horizon")
        << 100 << 10 << true << 360 << 180 << 120.0 << -5.0 << int(C::DarkZone);
}

void TestAzElPairTarget::nothingSentUnlessBothCanMove()
{
    QFETCH(int, azRaw);
    QFETCH(int, elRaw);
    QFETCH(bool, elevationMode);
    QFETCH(int, azMax);
    QFETCH(int, elMax);
    QFETCH(double, az);
    QFETCH(double, el);
    QFETCH(int, code);
    setAzimuth(0, azMax, azRaw);
    setElevation(elMax, elRaw, elevationMode);
    const CommandResult result = m_pair->turnTo(az, el, client());
    QCOMPARE(int(result.code), code);
    QCOMPARE(callsText(*m_az), QString());
    QCOMPARE(callsText(*m_el), QString());
    // The client's own pose is checked as strictly.
    if (elevationMode && azRaw != unknownRaw) {
        QVERIFY(!m_pair->turnToRawPose(100, elMax + 1, client()).accepted());
        QVERIFY(!m_pair->turnToRawPose(azMax + 1, 10, client()).accepted());
        QCOMPARE(callsText(*m_az), QString());
        QCOMPARE(callsText(*m_el), QString());
    }
}

void TestAzElPairTarget::pointingFoldsAFlip()
{
    setAzimuth(30, 360, 100); // bearing 130
    setElevation(180, 40);
    QCOMPARE(m_pair->pointing(), (AzElPairTarget::Pointing {130, 40}));
    setElevation(180, 150);
    QCOMPARE(m_pair->pointing(), (AzElPairTarget::Pointing {310, 30}));
    setElevation(180, unknownRaw);
    QVERIFY(!m_pair->pointing());
}

void TestAzElPairTarget::rotctld_data()
{
    QTest::addColumn<int>("azMax");
    QTest::addColumn<int>("elMax");
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("azCalls");
    QTest::addColumn<QString>("elCalls");

    // Azimuth unit at raw 100 (start 0), elevation unit at raw 10.
    QTest::newRow("dump_state: real limits")
        << 450 << 180 << QByteArray("\\dump_state\n")
        << QByteArray("1\n1\nmin_az=0.000000\nmax_az=450.000000\nmin_el=0.000000\n"
                      "max_el=180.000000\nsouth_zero=0\nrot_type=AzEl\ndone\n")
        << QString() << QString();
    QTest::newRow("dump_state: elevation unit up to the zenith only")
        << 360 << 90 << QByteArray("\\dump_state\n")
        << QByteArray("1\n1\nmin_az=0.000000\nmax_az=360.000000\nmin_el=0.000000\n"
                      "max_el=90.000000\nsouth_zero=0\nrot_type=AzEl\ndone\n")
        << QString() << QString();
    QTest::newRow("p") << 360 << 180 << QByteArray("p\n") << QByteArray("100.00\n10.00\n")
                       << QString() << QString();
    QTest::newRow("P points both")
        << 360 << 180 << QByteArray("P 120.00 20.00\n") << QByteArray("RPRT 0\n")
        << QStringLiteral("raw:120") << QStringLiteral("raw:20");
    QTest::newRow("P decimal commas (gpredict in a German locale)")
        << 360 << 180 << QByteArray("P 120,00 20,00\n") << QByteArray("RPRT 0\n")
        << QStringLiteral("raw:120") << QStringLiteral("raw:20");
    QTest::newRow("P past the zenith: the client's own flip")
        << 360 << 180 << QByteArray("P 300 150\n") << QByteArray("RPRT 0\n")
        << QStringLiteral("bearing:300") << QStringLiteral("raw:150");
    QTest::newRow("P overlap copy")
        << 450 << 180 << QByteArray("P 400 30\n") << QByteArray("RPRT 0\n")
        << QStringLiteral("raw:400") << QStringLiteral("raw:30");
    QTest::newRow("P above max_el") << 360 << 90 << QByteArray("P 120 95\n")
                                    << QByteArray("RPRT -1\n") << QString() << QString();
    QTest::newRow("P above max_az") << 360 << 180 << QByteArray("P 361 10\n")
                                    << QByteArray("RPRT -1\n") << QString() << QString();
    QTest::newRow("S stops both") << 360 << 180 << QByteArray("S\n") << QByteArray("RPRT 0\n")
                                  << QStringLiteral("stop:0") << QStringLiteral("stop:0");
    QTest::newRow("K parks both") << 360 << 180 << QByteArray("K\n") << QByteArray("RPRT 0\n")
                                  << QStringLiteral("bearing:0") << QStringLiteral("raw:0");
    QTest::newRow("M up: towards the zenith")
        << 360 << 180 << QByteArray("M 2 0\n") << QByteArray("RPRT 0\n") << QString()
        << QStringLiteral("raw:90");
    QTest::newRow("M down: towards the near horizon")
        << 360 << 180 << QByteArray("M 4 0\n") << QByteArray("RPRT 0\n") << QString()
        << QStringLiteral("raw:0");
    QTest::newRow("M right") << 360 << 180 << QByteArray("M 16 0\n") << QByteArray("RPRT 0\n")
                             << QStringLiteral("raw:360") << QString();
    QTest::newRow("get_info names both") << 360 << 180 << QByteArray("_\n")
                                         << QByteArray("RotorDeck IP-Rotator TEST/1 (TEST/1 + "
                                                       "TEST/2)\n")
                                         << QString() << QString();
}

void TestAzElPairTarget::rotctld()
{
    QFETCH(int, azMax);
    QFETCH(int, elMax);
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, expected);
    QFETCH(QString, azCalls);
    QFETCH(QString, elCalls);
    setAzimuth(0, azMax, 100);
    setElevation(elMax, 10);
    RotctldServer server(m_pair.get());
    QCOMPARE(server.replyTo(send), expected);
    QCOMPARE(callsText(*m_az), azCalls);
    QCOMPARE(callsText(*m_el), elCalls);
    if (!azCalls.isEmpty())
        QCOMPARE(m_az->lastOrigin.kind, CommandOrigin::Kind::Rotctld);
    if (!elCalls.isEmpty())
        QCOMPARE(m_el->lastOrigin.kind, CommandOrigin::Kind::Rotctld);
}

void TestAzElPairTarget::rotctldPositionOnlyWhenBothCurrent_data()
{
    QTest::addColumn<int>("azLink");
    QTest::addColumn<int>("elLink");
    QTest::addColumn<int>("elRaw");
    QTest::addColumn<QByteArray>("expected");

    const int live = int(LinkState::Live);
    QTest::newRow("both live") << live << live << 10 << QByteArray("100.00\n10.00\n");
    QTest::newRow("elevation stale")
        << live << int(LinkState::Stale) << 10 << QByteArray("RPRT -5\n");
    QTest::newRow("elevation not heard yet")
        << live << int(LinkState::Unknown) << unknownRaw << QByteArray("RPRT -11\n");
    QTest::newRow("elevation position unknown")
        << live << live << unknownRaw << QByteArray("RPRT -11\n");
    QTest::newRow("azimuth broker down")
        << int(LinkState::BrokerDown) << live << 10 << QByteArray("RPRT -6\n");
}

void TestAzElPairTarget::rotctldPositionOnlyWhenBothCurrent()
{
    QFETCH(int, azLink);
    QFETCH(int, elLink);
    QFETCH(int, elRaw);
    QFETCH(QByteArray, expected);
    setElevation(180, elRaw);
    m_az->mutableState().link = LinkState(azLink);
    m_el->mutableState().link = LinkState(elLink);
    RotctldServer server(m_pair.get());
    QCOMPARE(server.replyTo("p\n"), expected);
}

void TestAzElPairTarget::rotctldFrameFollowsTheClient()
{
    RotctldServer server(m_pair.get());
    // The pair flipped on its own (a client that never sends el > 90): where it points.
    setAzimuth(0, 360, 182);
    setElevation(180, 169);
    QCOMPARE(server.replyTo("P 2 11\n"), QByteArray("RPRT 0\n"));
    QCOMPARE(server.replyTo("p\n"), QByteArray("2.00\n11.00\n"));
    // A client that flips itself (gpredict with MaxEl 180) reads back its own frame.
    QCOMPARE(server.replyTo("P 182 169\n"), QByteArray("RPRT 0\n"));
    QCOMPARE(server.replyTo("p\n"), QByteArray("182.00\n169.00\n"));
    QCOMPARE(server.replyTo("P 2 11\n"), QByteArray("RPRT 0\n"));
    QCOMPARE(server.replyTo("p\n"), QByteArray("2.00\n11.00\n"));
    // Moving: both axes in the status flags.
    m_az->mutableState().moving = true;
    m_az->mutableState().rawTargetDeg = 190;
    m_el->mutableState().moving = true;
    m_el->mutableState().rawTargetDeg = 100;
    QCOMPARE(server.replyTo("s\n"),
             QByteArray("MOVING MOVING_AZ MOVING_RIGHT MOVING_EL MOVING_DOWN \n"));
}

QTEST_GUILESS_MAIN(TestAzElPairTarget)
#include "tst_azelpairtarget.moc"
