// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload.h"

#include "firmwarelimits.h"
#include "status.h"

#include <QStringDecoder>

#include <array>
#include <cmath>

namespace protocol {

namespace {

enum class Kind {
    Int, ///< strict integer within min..max
    StatusCode, ///< strict integer, a known Status code
    Decimal, ///< plain decimal number within min..max, at most `decimals` fraction digits
    Bool01, ///< "1" or "0"
    OnOff, ///< "ON" or "OFF"
    Choice, ///< one of `choices` (exact)
    Text, ///< UTF-8 without control characters, minLength..maxLength characters
    Ipv4,
    MacAddress,
    Ignored, ///< payload not looked at (stop, get)
};

struct LeafRule
{
    const char *name;
    Leaf leaf;
    Kind kind;
    int min = 0;
    int max = 0;
    int decimals = 0;
    std::array<const char *, 3> choices {};
};

// Ranges follow the firmware spec; where the device can legitimately leave a range (a
// potentiometer past its calibration points) the bounds are wide enough for that but still
// reject nonsense.
constexpr int rawLow = -720;
constexpr int rawHigh = 1440;

constexpr LeafRule leafRules[] = {
    {"Azimuth", Leaf::Azimuth, Kind::Int, rawLow, rawHigh},
    {"AzimuthStop", Leaf::AzimuthStop, Kind::Int, rawLow, rawHigh},
    {"Status", Leaf::Status, Kind::StatusCode},
    {"StatusHuman", Leaf::StatusHuman, Kind::Text, 1, 32},
    {"CwCcwInputValue", Leaf::CwCcwInputValue, Kind::Int, 0, 2},
    {"VoltageValue", Leaf::VoltageValue, Kind::Decimal, 0, 100, 2},
    {"PwmSlowWindowDeg", Leaf::PwmSlowWindowDeg, Kind::Decimal, 0, 360, 2},
    {"StopToleranceDeg", Leaf::StopToleranceDeg, Kind::Decimal, 0, 90, 2},
    {"Debug", Leaf::Debug, Kind::Text, 1, 256},
    {"AzimuthTarget", Leaf::AzimuthTarget, Kind::Int, -1, maxRotateRangeDeg},
    {"AzimuthTargetPot", Leaf::AzimuthTargetPot, Kind::Int, -1, 1079},
    {"ip", Leaf::Ip, Kind::Ipv4},
    {"mac", Leaf::Mac, Kind::MacAddress},
    {"PwmMaxDuty", Leaf::PwmMaxDuty, Kind::Int, 0, maxPwmMaxDuty},
    {"PwmTuneAggressiveness", Leaf::PwmTuneAggressiveness, Kind::Int, minPwmTuneAggressiveness,
     maxPwmTuneAggressiveness},
    {"Name", Leaf::Name, Kind::Text, 1, 64},
    {"StartAzimuth", Leaf::StartAzimuth, Kind::Int, minStartAzimuthDeg, maxStartAzimuthDeg},
    {"MaxRotateDegree", Leaf::MaxRotateDegree, Kind::Int, minRotateRangeDeg, maxRotateRangeDeg},
    {"AntRadiationAngle", Leaf::AntRadiationAngle, Kind::Int, minBeamWidthDeg, maxBeamWidthDeg},
    {"OneTurnLimitSec", Leaf::OneTurnLimitSec, Kind::Int, minOneTurnLimitSec, maxOneTurnLimitSec},
    {"AZsource", Leaf::AZsource, Kind::Choice, 0, 0, 0, {"Potentiometer", "CW/CCW pulse", "MQTT"}},
    {"EndstopUse", Leaf::EndstopUse, Kind::Bool01},
    {"PulsePerDegree", Leaf::PulsePerDegree, Kind::Int, 1, 100},
    {"AZpotentiometer", Leaf::AZpotentiometer, Kind::Choice, 0, 0, 0, {"2-wire", "3-wire"}},
    {"AZpreamp", Leaf::AZpreamp, Kind::OnOff},
    {"NoEndstopLowZone", Leaf::NoEndstopLowZone, Kind::Decimal, 0, 5, 2},
    {"NoEndstopHighZone", Leaf::NoEndstopHighZone, Kind::Decimal, 0, 5, 2},
    {"PWMenable", Leaf::PWMenable, Kind::OnOff},
    {"Motor", Leaf::Motor, Kind::Choice, 0, 0, 0, {"DC", "AC"}},
    {"PwmRampSteps", Leaf::PwmRampSteps, Kind::Int, minPwmRampStepsMs, maxPwmRampStepsMs},
    {"MQTTuser", Leaf::MQTTuser, Kind::Text, 0, 64},
    {"MQTToginEnable", Leaf::MQTToginEnable, Kind::Bool01},
    {"USB-BaudRate", Leaf::UsbBaudRate, Kind::Int, 300, 2000000},
    {"ElevationEnable", Leaf::ElevationEnable, Kind::Bool01},
    {"ReverseControl", Leaf::ReverseControl, Kind::Bool01},
    {"ReverseAzimuth", Leaf::ReverseAzimuth, Kind::Bool01},
    {"CcwRaw", Leaf::CcwRaw, Kind::Int, 0, 5000},
    {"CwRaw", Leaf::CwRaw, Kind::Int, 0, 5000},
    {"PulseAzimuth", Leaf::PulseAzimuth, Kind::Decimal, rawLow, rawHigh, 1},
    {"Target", Leaf::Target, Kind::Int, minRotateRangeDeg, maxRotateRangeDeg},
    {"stop", Leaf::Stop, Kind::Ignored},
    {"get", Leaf::Get, Kind::Ignored},
    {"RxAzimuth", Leaf::RxAzimuth, Kind::Int, rawLow, rawHigh},
};

const LeafRule *findRule(QStringView name) noexcept
{
    for (const LeafRule &rule : leafRules) {
        if (name == QLatin1String(rule.name))
            return &rule;
    }
    return nullptr;
}

const LeafRule *findRule(Leaf leaf) noexcept
{
    for (const LeafRule &rule : leafRules) {
        if (rule.leaf == leaf)
            return &rule;
    }
    return nullptr;
}

bool isAsciiSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

QByteArrayView trimmedAscii(QByteArrayView bytes) noexcept
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && isAsciiSpace(bytes[begin]))
        ++begin;
    while (end > begin && isAsciiSpace(bytes[end - 1]))
        --end;
    return bytes.sliced(begin, end - begin);
}

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

/// Plain decimal: [sign] digits [. digits]; no exponent, no hex, no inf/nan, no comma.
std::optional<double> parseStrictDecimal(QByteArrayView text, int maxDecimals, QString *reason)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    const qsizetype intStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    const qsizetype intDigits = i - intStart;
    qsizetype fracDigits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        fracDigits = i - fracStart;
        if (fracDigits == 0) {
            setReason(reason, QStringLiteral("no digits after the decimal point"));
            return std::nullopt;
        }
    }
    if (i != text.size() || intDigits == 0) {
        setReason(reason, QStringLiteral("not a plain decimal number"));
        return std::nullopt;
    }
    if (intDigits > 9) {
        setReason(reason, QStringLiteral("number too large"));
        return std::nullopt;
    }
    if (fracDigits > maxDecimals) {
        setReason(reason, QStringLiteral("more than %1 decimals").arg(maxDecimals));
        return std::nullopt;
    }
    bool ok = false;
    const double value = QByteArray(text.data(), text.size()).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        setReason(reason, QStringLiteral("not a finite number"));
        return std::nullopt;
    }
    return value;
}

std::optional<int> strictInt(QByteArrayView text) noexcept
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    const qsizetype digits = text.size() - i;
    if (digits < 1 || digits > 9)
        return std::nullopt;
    int value = 0;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return negative ? -value : value;
}

/// Valid UTF-8 and free of control characters; nullopt (with reason) otherwise.
std::optional<QString> strictText(const QByteArray &payload, QString *reason)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(payload);
    if (decoder.hasError()) {
        setReason(reason, QStringLiteral("not valid UTF-8 text"));
        return std::nullopt;
    }
    for (const QChar c : std::as_const(text)) {
        if (c.category() == QChar::Other_Control) {
            setReason(reason, QStringLiteral("contains control characters"));
            return std::nullopt;
        }
    }
    return text;
}

bool isIpv4(QByteArrayView text) noexcept
{
    int parts = 0;
    qsizetype i = 0;
    while (true) {
        const qsizetype start = i;
        int value = 0;
        while (i < text.size() && isDigit(text[i]) && i - start < 3) {
            value = value * 10 + (text[i] - '0');
            ++i;
        }
        if (i == start || value > 255)
            return false;
        ++parts;
        if (i == text.size())
            return parts == 4;
        if (text[i] != '.' || parts == 4)
            return false;
        ++i;
    }
}

bool isMac(QByteArrayView text) noexcept
{
    if (text.size() != 17)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i % 3 == 2) {
            if (c != ':')
                return false;
        } else if (!isDigit(c) && !((c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

} // namespace

std::optional<int> parseStrictInt(const QByteArray &payload) noexcept
{
    return strictInt(trimmedAscii(payload));
}

Leaf leafFromName(QStringView name) noexcept
{
    const LeafRule *rule = findRule(name);
    return rule ? rule->leaf : Leaf::Other;
}

QString leafName(Leaf leaf)
{
    const LeafRule *rule = findRule(leaf);
    return rule ? QString::fromLatin1(rule->name) : QString();
}

std::optional<Update> parsePayload(QStringView name, const QByteArray &payload, QString *reason)
{
    if (payload.size() > maxPayloadBytes) {
        setReason(reason,
                  QStringLiteral("payload of %1 bytes exceeds the device's %2-byte limit")
                      .arg(payload.size())
                      .arg(maxPayloadBytes));
        return std::nullopt;
    }
    const LeafRule *rule = findRule(name);
    Update update;
    update.leafName = name.toString();
    if (!rule) {
        update.leaf = Leaf::Other;
        update.text = QString::fromUtf8(payload);
        update.value = update.text;
        return update;
    }
    update.leaf = rule->leaf;

    const QByteArrayView trimmed = trimmedAscii(payload);
    switch (rule->kind) {
    case Kind::Ignored:
        update.text = QString::fromUtf8(payload);
        return update;
    case Kind::Int:
    case Kind::StatusCode: {
        if (trimmed.isEmpty()) {
            setReason(reason, QStringLiteral("empty payload"));
            return std::nullopt;
        }
        const std::optional<int> value = strictInt(trimmed);
        if (!value) {
            setReason(reason,
                      QStringLiteral("not an integer: '%1'")
                          .arg(latin1(trimmed.first(std::min<qsizetype>(trimmed.size(), 40)))));
            return std::nullopt;
        }
        if (rule->kind == Kind::StatusCode) {
            if (!isKnownStatus(*value)) {
                setReason(reason, QStringLiteral("unknown status code %1").arg(*value));
                return std::nullopt;
            }
        } else if (*value < rule->min || *value > rule->max) {
            setReason(
                reason,
                QStringLiteral("%1 is outside %2..%3").arg(*value).arg(rule->min).arg(rule->max));
            return std::nullopt;
        }
        update.value = *value;
        update.text = QString::number(*value);
        return update;
    }
    case Kind::Decimal: {
        if (trimmed.isEmpty()) {
            setReason(reason, QStringLiteral("empty payload"));
            return std::nullopt;
        }
        const std::optional<double> value = parseStrictDecimal(trimmed, rule->decimals, reason);
        if (!value)
            return std::nullopt;
        if (*value < rule->min || *value > rule->max) {
            setReason(reason,
                      QStringLiteral("%1 is outside %2..%3")
                          .arg(latin1(trimmed))
                          .arg(rule->min)
                          .arg(rule->max));
            return std::nullopt;
        }
        update.value = *value;
        update.text = latin1(trimmed);
        return update;
    }
    case Kind::Bool01:
    case Kind::OnOff: {
        const bool isOnOff = rule->kind == Kind::OnOff;
        const char *on = isOnOff ? "ON" : "1";
        const char *off = isOnOff ? "OFF" : "0";
        if (trimmed == QByteArrayView(on)) {
            update.value = true;
        } else if (trimmed == QByteArrayView(off)) {
            update.value = false;
        } else {
            setReason(
                reason,
                QStringLiteral("expected %1 or %2").arg(QLatin1String(on), QLatin1String(off)));
            return std::nullopt;
        }
        update.text = latin1(trimmed);
        return update;
    }
    case Kind::Choice: {
        for (const char *choice : rule->choices) {
            if (choice && trimmed == QByteArrayView(choice)) {
                update.text = latin1(trimmed);
                update.value = update.text;
                return update;
            }
        }
        setReason(reason, QStringLiteral("not one of the known values"));
        return std::nullopt;
    }
    case Kind::Ipv4:
        if (!isIpv4(trimmed)) {
            setReason(reason, QStringLiteral("not a dotted IPv4 address"));
            return std::nullopt;
        }
        update.text = latin1(trimmed);
        update.value = update.text;
        return update;
    case Kind::MacAddress:
        if (!isMac(trimmed)) {
            setReason(reason, QStringLiteral("not a MAC address AA:BB:CC:DD:EE:FF"));
            return std::nullopt;
        }
        update.text = latin1(trimmed).toUpper();
        update.value = update.text;
        return update;
    case Kind::Text: {
        std::optional<QString> text = strictText(payload, reason);
        if (!text)
            return std::nullopt;
        if (text->size() < rule->min || text->size() > rule->max) {
            setReason(reason,
                      text->isEmpty() ? QStringLiteral("empty text")
                                      : QStringLiteral("text length %1 outside %2..%3")
                                            .arg(text->size())
                                            .arg(rule->min)
                                            .arg(rule->max));
            return std::nullopt;
        }
        update.text = *text;
        update.value = std::move(*text);
        return update;
    }
    }
    setReason(reason, QStringLiteral("unhandled leaf"));
    return std::nullopt;
}

} // namespace protocol
