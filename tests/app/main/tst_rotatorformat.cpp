// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorformat.h"

#include <QTest>

/// The words the list, the panel and the status bar use for states and codes.
class TestRotatorFormat : public QObject
{
    Q_OBJECT

private slots:
    void movingWords_data();
    void movingWords();
    void brokerStatus_data();
    void brokerStatus();
};

void TestRotatorFormat::movingWords_data()
{
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("azimuth CW") << false << 100 << 3 << u"Turning CW to 150°"_qs;
    QTest::newRow("azimuth CCW") << false << 100 << -3 << u"Turning CCW to 150°"_qs;
    QTest::newRow("elevation rising from the first horizon")
        << true << 30 << 3 << u"Moving up to 150° el"_qs;
    QTest::newRow("elevation past the zenith") << true << 120 << 3 << u"Moving down to 150° el"_qs;
    QTest::newRow("elevation back towards the zenith")
        << true << 120 << -3 << u"Moving up to 150° el"_qs;
    QTest::newRow("elevation sinking to the first horizon")
        << true << 30 << -3 << u"Moving down to 150° el"_qs;
}

void TestRotatorFormat::movingWords()
{
    QFETCH(bool, elevation);
    QFETCH(int, raw);
    QFETCH(int, status);
    QFETCH(QString, expected);
    RotatorState state;
    state.link = LinkState::Live;
    state.elevationMode = elevation;
    state.maxRotateDeg = elevation ? 180 : 360;
    state.rawAzimuthDeg = raw;
    state.rawTargetDeg = 150;
    state.status = status;
    state.moving = true;
    const QString text = rotatorformat::statusText(state, QDateTime::currentDateTimeUtc());
    QCOMPARE(text, expected);
    QCOMPARE(text.contains(u"CW"_qs), !elevation);
}

void TestRotatorFormat::brokerStatus_data()
{
    using State = MqttConnection::State;
    using Error = MqttConnection::Error;
    QTest::addColumn<State>("state");
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("retryMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("connected") << State::Connected << Error::None << -1 << u"Connected"_qs;
    QTest::newRow("login refused")
        << State::Disconnected << Error::AuthFailed << -1 << u"Login refused"_qs;
    QTest::newRow("host not found") << State::Connecting << Error::HostNotFound << 2100
                                    << u"Connecting… (host not found) · next try in 3 s"_qs;
    QTest::newRow("lost") << State::Reconnecting << Error::BrokerLost << 1000
                          << u"Reconnecting… (connection lost) · next try in 1 s"_qs;
    QTest::newRow("tls") << State::Connecting << Error::TlsFailed << -1
                         << u"Connecting… (TLS problem)"_qs;
    QTest::newRow("closed") << State::Disconnected << Error::None << -1 << u"Disconnected"_qs;
}

void TestRotatorFormat::brokerStatus()
{
    QFETCH(MqttConnection::State, state);
    QFETCH(MqttConnection::Error, error);
    QFETCH(int, retryMs);
    QFETCH(QString, expected);
    QCOMPARE(rotatorformat::brokerStatusText(state, error, retryMs), expected);
    if (error != MqttConnection::Error::None)
        QVERIFY(!rotatorformat::brokerErrorText(error).isEmpty());
}

QTEST_MAIN(TestRotatorFormat)
#include "tst_rotatorformat.moc"
