// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/payload.h"

#include <QTest>

using namespace Qt::StringLiterals;
using protocol::Leaf;
using protocol::parsePayload;

Q_DECLARE_METATYPE(protocol::Leaf)

namespace {

QByteArray operator""_bytes(const char *text, size_t size)
{
    return QByteArray(text, static_cast<qsizetype>(size));
}

QVariant toVariant(const protocol::UpdateValue &value)
{
    return std::visit(
        [](const auto &v) -> QVariant {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return QVariant();
            else
                return QVariant::fromValue(v);
        },
        value);
}

} // namespace

class TestPayload : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void rejected_data();
    void rejected();
    void leafNames_data();
    void leafNames();
    void strictInt_data();
    void strictInt();
};

void TestPayload::valid_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Leaf>("kind");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("azimuth") << u"Azimuth"_s << "123"_bytes << Leaf::Azimuth << QVariant(123);
    QTest::newRow("azimuth-overlap")
        << u"Azimuth"_s << "449"_bytes << Leaf::Azimuth << QVariant(449);
    QTest::newRow("azimuth-pot-below-zero")
        << u"Azimuth"_s << "-3"_bytes << Leaf::Azimuth << QVariant(-3);
    QTest::newRow("azimuth-trailing-newline")
        << u"Azimuth"_s << "90\n"_bytes << Leaf::Azimuth << QVariant(90);
    QTest::newRow("azimuth-plus-sign")
        << u"Azimuth"_s << "+45"_bytes << Leaf::Azimuth << QVariant(45);
    QTest::newRow("azimuth-edge-low")
        << u"Azimuth"_s << "-720"_bytes << Leaf::Azimuth << QVariant(-720);
    QTest::newRow("azimuth-edge-high")
        << u"Azimuth"_s << "1440"_bytes << Leaf::Azimuth << QVariant(1440);
    QTest::newRow("azimuthstop") << u"AzimuthStop"_s << "200"_bytes << Leaf::AzimuthStop
                                 << QVariant(200);
    QTest::newRow("status-stop") << u"Status"_s << "0"_bytes << Leaf::Status << QVariant(0);
    QTest::newRow("status-cw-up") << u"Status"_s << "11"_bytes << Leaf::Status << QVariant(11);
    QTest::newRow("status-ccw") << u"Status"_s << "-2"_bytes << Leaf::Status << QVariant(-2);
    QTest::newRow("status-start-cw") << u"Status"_s << "1"_bytes << Leaf::Status << QVariant(1);
    QTest::newRow("status-manual-start")
        << u"Status"_s << "21"_bytes << Leaf::Status << QVariant(21);
    QTest::newRow("status-manual-ccw")
        << u"Status"_s << "-22"_bytes << Leaf::Status << QVariant(-22);
    QTest::newRow("status-manual-ramp")
        << u"Status"_s << "-23"_bytes << Leaf::Status << QVariant(-23);
    QTest::newRow("statushuman") << u"StatusHuman"_s << "PwmUp-CW"_bytes << Leaf::StatusHuman
                                 << QVariant(u"PwmUp-CW"_s);
    QTest::newRow("start-0") << u"StartAzimuth"_s << "0"_bytes << Leaf::StartAzimuth << QVariant(0);
    QTest::newRow("start-359") << u"StartAzimuth"_s << "359"_bytes << Leaf::StartAzimuth
                               << QVariant(359);
    QTest::newRow("max-0") << u"MaxRotateDegree"_s << "0"_bytes << Leaf::MaxRotateDegree
                           << QVariant(0);
    QTest::newRow("max-719") << u"MaxRotateDegree"_s << "719"_bytes << Leaf::MaxRotateDegree
                             << QVariant(719);
    QTest::newRow("beam") << u"AntRadiationAngle"_s << "45"_bytes << Leaf::AntRadiationAngle
                          << QVariant(45);
    QTest::newRow("one-turn-20") << u"OneTurnLimitSec"_s << "20"_bytes << Leaf::OneTurnLimitSec
                                 << QVariant(20);
    QTest::newRow("one-turn-600") << u"OneTurnLimitSec"_s << "600"_bytes << Leaf::OneTurnLimitSec
                                  << QVariant(600);
    QTest::newRow("cwccw-2") << u"CwCcwInputValue"_s << "2"_bytes << Leaf::CwCcwInputValue
                             << QVariant(2);
    QTest::newRow("voltage") << u"VoltageValue"_s << "13.25"_bytes << Leaf::VoltageValue
                             << QVariant(13.25);
    QTest::newRow("voltage-zero") << u"VoltageValue"_s << "0.00"_bytes << Leaf::VoltageValue
                                  << QVariant(0.0);
    QTest::newRow("slow-window") << u"PwmSlowWindowDeg"_s << "12.0"_bytes << Leaf::PwmSlowWindowDeg
                                 << QVariant(12.0);
    QTest::newRow("stop-tolerance")
        << u"StopToleranceDeg"_s << "0.45"_bytes << Leaf::StopToleranceDeg << QVariant(0.45);
    QTest::newRow("name") << u"Name"_s << "Antenna"_bytes << Leaf::Name << QVariant(u"Antenna"_s);
    QTest::newRow("name-utf8") << u"Name"_s << "Směrovka"_bytes << Leaf::Name
                               << QVariant(u"Směrovka"_s);
    QTest::newRow("debug-degree-sign")
        << u"Debug"_s << "Stopped after not reaching 10° change in 10s"_bytes << Leaf::Debug
        << QVariant(u"Stopped after not reaching 10° change in 10s"_s);
    QTest::newRow("ip") << u"ip"_s << "192.168.1.50"_bytes << Leaf::Ip
                        << QVariant(u"192.168.1.50"_s);
    QTest::newRow("mac") << u"mac"_s << "aa:BB:cc:DD:ee:FF"_bytes << Leaf::Mac
                         << QVariant(u"AA:BB:CC:DD:EE:FF"_s);
    QTest::newRow("pwm-max-duty") << u"PwmMaxDuty"_s << "255"_bytes << Leaf::PwmMaxDuty
                                  << QVariant(255);
    QTest::newRow("aggressiveness")
        << u"PwmTuneAggressiveness"_s << "5"_bytes << Leaf::PwmTuneAggressiveness << QVariant(5);
    QTest::newRow("ramp-steps") << u"PwmRampSteps"_s << "100"_bytes << Leaf::PwmRampSteps
                                << QVariant(100);
    QTest::newRow("elevation-on") << u"ElevationEnable"_s << "1"_bytes << Leaf::ElevationEnable
                                  << QVariant(true);
    QTest::newRow("elevation-off")
        << u"ElevationEnable"_s << "0"_bytes << Leaf::ElevationEnable << QVariant(false);
    QTest::newRow("endstop-use") << u"EndstopUse"_s << "1"_bytes << Leaf::EndstopUse
                                 << QVariant(true);
    QTest::newRow("azsource-pot") << u"AZsource"_s << "Potentiometer"_bytes << Leaf::AZsource
                                  << QVariant(u"Potentiometer"_s);
    QTest::newRow("azsource-pulse")
        << u"AZsource"_s << "CW/CCW pulse"_bytes << Leaf::AZsource << QVariant(u"CW/CCW pulse"_s);
    QTest::newRow("azsource-mqtt")
        << u"AZsource"_s << "MQTT"_bytes << Leaf::AZsource << QVariant(u"MQTT"_s);
    QTest::newRow("motor-ac") << u"Motor"_s << "AC"_bytes << Leaf::Motor << QVariant(u"AC"_s);
    QTest::newRow("pwm-enable-on")
        << u"PWMenable"_s << "ON"_bytes << Leaf::PWMenable << QVariant(true);
    QTest::newRow("pwm-enable-off")
        << u"PWMenable"_s << "OFF"_bytes << Leaf::PWMenable << QVariant(false);
    QTest::newRow("azimuth-target")
        << u"AzimuthTarget"_s << "90"_bytes << Leaf::AzimuthTarget << QVariant(90);
    QTest::newRow("azimuth-target-pot-ignored")
        << u"AzimuthTargetPot"_s << "-1"_bytes << Leaf::AzimuthTargetPot << QVariant(-1);
    QTest::newRow("target-from-other-client")
        << u"Target"_s << "200"_bytes << Leaf::Target << QVariant(200);
    QTest::newRow("stop-any-payload") << u"stop"_s << "whatever"_bytes << Leaf::Stop << QVariant();
    QTest::newRow("get-empty-payload") << u"get"_s << QByteArray() << Leaf::Get << QVariant();
    QTest::newRow("rxazimuth") << u"RxAzimuth"_s << "123"_bytes << Leaf::RxAzimuth << QVariant(123);
    QTest::newRow("usb-baud") << u"USB-BaudRate"_s << "9600"_bytes << Leaf::UsbBaudRate
                              << QVariant(9600);
    QTest::newRow("pulse-azimuth")
        << u"PulseAzimuth"_s << "123.4"_bytes << Leaf::PulseAzimuth << QVariant(123.4);
    QTest::newRow("unknown-leaf-kept")
        << u"FutureThing"_s << "x=1"_bytes << Leaf::Other << QVariant(u"x=1"_s);
    QTest::newRow("unknown-leaf-empty")
        << u"FutureThing"_s << QByteArray() << Leaf::Other << QVariant(QString());
}

void TestPayload::valid()
{
    QFETCH(QString, leaf);
    QFETCH(QByteArray, payload);
    QFETCH(Leaf, kind);
    QFETCH(QVariant, value);

    QString reason;
    const auto update = parsePayload(leaf, payload, &reason);
    QVERIFY2(update, qPrintable(reason));
    QCOMPARE(update->leaf, kind);
    QCOMPARE(update->leafName, leaf);
    QCOMPARE(toVariant(update->value), value);
}

void TestPayload::rejected_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QByteArray>("payload");

    // What the device's digits-only scanner (§2.1) would misread must never be taken as a value.
    QTest::newRow("empty") << u"Azimuth"_s << QByteArray();
    QTest::newRow("blank") << u"Azimuth"_s << "  \n"_bytes;
    QTest::newRow("letters") << u"Azimuth"_s << "abc"_bytes;
    QTest::newRow("decimal-in-int") << u"Azimuth"_s << "12.5"_bytes;
    QTest::newRow("colon-quirk") << u"Azimuth"_s << "1:"_bytes;
    QTest::newRow("inner-space") << u"Azimuth"_s << "9 0"_bytes;
    QTest::newRow("exponent") << u"Azimuth"_s << "1e3"_bytes;
    QTest::newRow("wraps-on-device") << u"Azimuth"_s << "4294967306"_bytes;
    QTest::newRow("negative-wrap") << u"Azimuth"_s << "3000000000"_bytes;
    QTest::newRow("double-sign") << u"Azimuth"_s << "--5"_bytes;
    QTest::newRow("sign-only") << u"Azimuth"_s << "-"_bytes;
    QTest::newRow("hex") << u"Azimuth"_s << "0x10"_bytes;
    QTest::newRow("azimuth-too-high") << u"Azimuth"_s << "1441"_bytes;
    QTest::newRow("azimuth-too-low") << u"Azimuth"_s << "-721"_bytes;
    QTest::newRow("nul-byte") << u"Azimuth"_s << QByteArray("12\0", 3);
    QTest::newRow("huge-payload") << u"Azimuth"_s << QByteArray(300, '1');
    QTest::newRow("huge-unknown-leaf") << u"Future"_s << QByteArray(257, 'x');
    QTest::newRow("status-unknown-code") << u"Status"_s << "5"_bytes;
    QTest::newRow("status-old-offset-4") << u"Status"_s << "4"_bytes;
    QTest::newRow("status-decimal") << u"Status"_s << "2.0"_bytes;
    QTest::newRow("status-text") << u"Status"_s << "CW"_bytes;
    QTest::newRow("start-360") << u"StartAzimuth"_s << "360"_bytes;
    QTest::newRow("start-negative") << u"StartAzimuth"_s << "-1"_bytes;
    QTest::newRow("max-720") << u"MaxRotateDegree"_s << "720"_bytes;
    QTest::newRow("max-negative") << u"MaxRotateDegree"_s << "-10"_bytes;
    QTest::newRow("beam-0") << u"AntRadiationAngle"_s << "0"_bytes;
    QTest::newRow("beam-181") << u"AntRadiationAngle"_s << "181"_bytes;
    QTest::newRow("one-turn-19") << u"OneTurnLimitSec"_s << "19"_bytes;
    QTest::newRow("one-turn-601") << u"OneTurnLimitSec"_s << "601"_bytes;
    QTest::newRow("cwccw-3") << u"CwCcwInputValue"_s << "3"_bytes;
    QTest::newRow("voltage-nan") << u"VoltageValue"_s << "nan"_bytes;
    QTest::newRow("voltage-inf") << u"VoltageValue"_s << "inf"_bytes;
    QTest::newRow("voltage-exponent") << u"VoltageValue"_s << "1e1"_bytes;
    QTest::newRow("voltage-comma") << u"VoltageValue"_s << "13,25"_bytes;
    QTest::newRow("voltage-3dp") << u"VoltageValue"_s << "13.255"_bytes;
    QTest::newRow("voltage-negative") << u"VoltageValue"_s << "-1.00"_bytes;
    QTest::newRow("voltage-over-100") << u"VoltageValue"_s << "100.01"_bytes;
    QTest::newRow("voltage-dot-only") << u"VoltageValue"_s << "."_bytes;
    QTest::newRow("voltage-trailing-dot") << u"VoltageValue"_s << "13."_bytes;
    QTest::newRow("name-empty") << u"Name"_s << QByteArray();
    QTest::newRow("name-invalid-utf8") << u"Name"_s << "\xff\xfe"_bytes;
    QTest::newRow("name-control-char") << u"Name"_s << "ab\x01"_bytes;
    QTest::newRow("debug-binary") << u"Debug"_s << QByteArray("\x00\x01\x02", 3);
    QTest::newRow("statushuman-empty") << u"StatusHuman"_s << QByteArray();
    QTest::newRow("ip-five-parts") << u"ip"_s << "1.2.3.4.5"_bytes;
    QTest::newRow("ip-octet-256") << u"ip"_s << "192.168.1.256"_bytes;
    QTest::newRow("ip-text") << u"ip"_s << "localhost"_bytes;
    QTest::newRow("mac-short") << u"mac"_s << "AA:BB:CC:DD:EE"_bytes;
    QTest::newRow("mac-bad-hex") << u"mac"_s << "AA:BB:CC:DD:EE:GG"_bytes;
    QTest::newRow("elevation-2") << u"ElevationEnable"_s << "2"_bytes;
    QTest::newRow("elevation-text") << u"ElevationEnable"_s << "ON"_bytes;
    QTest::newRow("pwm-enable-lower") << u"PWMenable"_s << "on"_bytes;
    QTest::newRow("azsource-unknown") << u"AZsource"_s << "GPS"_bytes;
    QTest::newRow("motor-unknown") << u"Motor"_s << "Stepper"_bytes;
    QTest::newRow("aggressiveness-0") << u"PwmTuneAggressiveness"_s << "0"_bytes;
    QTest::newRow("target-negative") << u"Target"_s << "-10"_bytes;
    QTest::newRow("target-decimal") << u"Target"_s << "12.5"_bytes;
    QTest::newRow("target-garbage") << u"Target"_s << "abc"_bytes;
    QTest::newRow("target-empty") << u"Target"_s << QByteArray();
    QTest::newRow("target-720") << u"Target"_s << "720"_bytes;
}

void TestPayload::rejected()
{
    QFETCH(QString, leaf);
    QFETCH(QByteArray, payload);

    QString reason;
    const auto update = parsePayload(leaf, payload, &reason);
    QVERIFY2(!update, qPrintable(u"accepted: "_s + (update ? update->text : QString())));
    QVERIFY(!reason.isEmpty());
}

void TestPayload::leafNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Leaf>("leaf");
    QTest::newRow("Azimuth") << u"Azimuth"_s << Leaf::Azimuth;
    QTest::newRow("ip") << u"ip"_s << Leaf::Ip;
    QTest::newRow("mac") << u"mac"_s << Leaf::Mac;
    QTest::newRow("stop") << u"stop"_s << Leaf::Stop;
    QTest::newRow("get") << u"get"_s << Leaf::Get;
    QTest::newRow("USB-BaudRate") << u"USB-BaudRate"_s << Leaf::UsbBaudRate;
    QTest::newRow("MQTToginEnable") << u"MQTToginEnable"_s << Leaf::MQTToginEnable;
    QTest::newRow("case-sensitive") << u"azimuth"_s << Leaf::Other;
    QTest::newRow("Stop-capital") << u"Stop"_s << Leaf::Other;
}

void TestPayload::leafNames()
{
    QFETCH(QString, name);
    QFETCH(Leaf, leaf);
    QCOMPARE(protocol::leafFromName(name), leaf);
    if (leaf != Leaf::Other)
        QCOMPARE(protocol::leafName(leaf), name);
}

void TestPayload::strictInt_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("value");
    QTest::newRow("plain") << "10"_bytes << true << 10;
    QTest::newRow("leading-zero") << "045"_bytes << true << 45;
    QTest::newRow("spaces") << " 90\r\n"_bytes << true << 90;
    QTest::newRow("negative") << "-10"_bytes << true << -10;
    QTest::newRow("nine-digits") << "999999999"_bytes << true << 999999999;
    QTest::newRow("ten-digits") << "1000000000"_bytes << false << 0;
    QTest::newRow("empty") << QByteArray() << false << 0;
    QTest::newRow("colon") << "1:"_bytes << false << 0;
}

void TestPayload::strictInt()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    QFETCH(int, value);
    const auto parsed = protocol::parseStrictInt(payload);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
