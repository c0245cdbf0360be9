// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatoroptions.h"

#include "mqtt/brokerprofile.h"
#include "protocol/firmwarelimits.h"
#include "protocol/topic.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace {

constexpr int maxCount = 2000;

struct IntRange
{
    int min;
    int max;
};

std::optional<int> toInt(const QString &text, IntRange range, const QString &what, QString *error)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("%1: '%2' is not a whole number").arg(what, text);
        return std::nullopt;
    }
    if (v < range.min || v > range.max) {
        *error = QStringLiteral("%1: %2 is out of range %3..%4")
                     .arg(what)
                     .arg(v)
                     .arg(range.min)
                     .arg(range.max);
        return std::nullopt;
    }
    return v;
}

std::optional<double> toDouble(const QString &text, double min, double max, const QString &what,
                               QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error = QStringLiteral("%1: '%2' is not a number").arg(what, text);
        return std::nullopt;
    }
    if (v < min || v > max) {
        *error = QStringLiteral("%1: %2 is out of range %3..%4").arg(what).arg(v).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

std::optional<bool> toOnOff(const QString &text, const QString &what, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("off"))
        return false;
    *error = QStringLiteral("%1: '%2' must be on or off").arg(what, text);
    return std::nullopt;
}

std::optional<SimulatedRotatorConfig::Motor> toMotor(const QString &text, const QString &what,
                                                     QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("dc"))
        return SimulatedRotatorConfig::Motor::Dc;
    if (t == QLatin1String("ac"))
        return SimulatedRotatorConfig::Motor::Ac;
    *error = QStringLiteral("%1: '%2' must be dc or ac").arg(what, text);
    return std::nullopt;
}

/// Checks what single values cannot: the combination and the topic levels.
bool checkDevice(SimulatedRotatorConfig &c, const QString &where, QString *error)
{
    if (!protocol::isValidTopicLevel(c.call) || c.call.size() > protocol::maxCallLength) {
        *error = QStringLiteral("%1call '%2' must be %3..%4 characters without / + #")
                     .arg(where, c.call)
                     .arg(protocol::minCallLength)
                     .arg(protocol::maxCallLength);
        return false;
    }
    if (protocol::deviceAddressProblem(c.call, c.id) != protocol::AddressProblem::None) {
        // The simulator is the device: it cannot have an address the firmware cannot keep.
        *error = QStringLiteral("%1id '%2' must be 0..%3 printable characters without / + #")
                     .arg(where, c.id)
                     .arg(protocol::maxNetIdLength);
        return false;
    }
    if (c.name.isEmpty() || c.name.size() > 20) {
        *error = QStringLiteral("%1name must be 1..20 characters").arg(where);
        return false;
    }
    if (c.elevation) {
        c.startAzimuthDeg = protocol::elevationStartAzimuthDeg;
        c.maxRotateDeg = protocol::maxElevationRangeDeg;
    }
    if (c.initialRawDeg > c.maxRotateDeg) {
        *error = QStringLiteral("%1azimuth %2 is beyond the range %3")
                     .arg(where)
                     .arg(c.initialRawDeg)
                     .arg(c.maxRotateDeg);
        return false;
    }
    if (c.motor == SimulatedRotatorConfig::Motor::Ac)
        c.pwm = false;
    return true;
}

/// Applies one JSON value to the config; false with *error on a bad value or unknown key.
bool applyJsonField(SimulatedRotatorConfig &c, const QString &key, const QJsonValue &value,
                    QString *error)
{
    const QString what = QStringLiteral("field '%1'").arg(key);
    auto text = [&]() -> std::optional<QString> {
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 12);
        if (value.isBool())
            return value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
        *error = QStringLiteral("%1: must be a string or a number").arg(what);
        return std::nullopt;
    };
    auto asInt = [&](int &out, IntRange range) {
        const auto t = text();
        if (!t)
            return false;
        const auto v = toInt(*t, range, what, error);
        if (v)
            out = *v;
        return v.has_value();
    };
    auto asDouble = [&](double &out, double min, double max) {
        const auto t = text();
        if (!t)
            return false;
        const auto v = toDouble(*t, min, max, what, error);
        if (v)
            out = *v;
        return v.has_value();
    };
    auto asBool = [&](bool &out) {
        const auto t = text();
        if (!t)
            return false;
        const auto v = toOnOff(*t, what, error);
        if (v)
            out = *v;
        return v.has_value();
    };
    auto asString = [&](QString &out) {
        if (!value.isString()) {
            *error = QStringLiteral("%1: must be a string").arg(what);
            return false;
        }
        out = value.toString();
        return true;
    };

    if (key == QLatin1String("call"))
        return asString(c.call);
    if (key == QLatin1String("id")) {
        if (value.isDouble()) {
            c.id = SimulatorOptions::formatId(value.toInt());
            return true;
        }
        return asString(c.id);
    }
    if (key == QLatin1String("name"))
        return asString(c.name);
    if (key == QLatin1String("startAzimuth"))
        return asInt(c.startAzimuthDeg,
                     {protocol::minStartAzimuthDeg, protocol::maxStartAzimuthDeg});
    if (key == QLatin1String("range"))
        return asInt(c.maxRotateDeg, {protocol::minRotateRangeDeg, protocol::maxRotateRangeDeg});
    if (key == QLatin1String("speed"))
        return asDouble(c.speedDegPerSec, 0.1, 360);
    if (key == QLatin1String("azimuth"))
        return asInt(c.initialRawDeg, {protocol::minRotateRangeDeg, protocol::maxRotateRangeDeg});
    if (key == QLatin1String("pwm"))
        return asBool(c.pwm);
    if (key == QLatin1String("motor")) {
        const auto t = text();
        if (!t)
            return false;
        const auto m = toMotor(*t, what, error);
        if (m)
            c.motor = *m;
        return m.has_value();
    }
    if (key == QLatin1String("voltage"))
        return asDouble(c.supplyVoltageV, 0, 60);
    if (key == QLatin1String("oneTurnLimit"))
        return asInt(c.oneTurnLimitSec,
                     {protocol::minOneTurnLimitSec, protocol::maxOneTurnLimitSec});
    if (key == QLatin1String("fastInbound"))
        return asBool(c.fastInbound);
    if (key == QLatin1String("elevation"))
        return asBool(c.elevation);
    if (key == QLatin1String("antRadiationAngle"))
        return asInt(c.antRadiationAngleDeg,
                     {protocol::minBeamWidthDeg, protocol::maxBeamWidthDeg});
    if (key == QLatin1String("pwmMaxDuty"))
        return asInt(c.pwmMaxDuty, {protocol::minPwmMaxDuty, protocol::maxPwmMaxDuty});
    if (key == QLatin1String("pwmRampSteps"))
        return asInt(c.pwmRampStepsMs, {protocol::minPwmRampStepsMs, protocol::maxPwmRampStepsMs});
    if (key == QLatin1String("pwmTuneAggressiveness"))
        return asInt(c.pwmTuneAggressiveness,
                     {protocol::minPwmTuneAggressiveness, protocol::maxPwmTuneAggressiveness});
    if (key == QLatin1String("potNoise"))
        return asDouble(c.potNoiseDeg, 0, 5);
    if (key == QLatin1String("mac"))
        return asString(c.mac);
    if (key == QLatin1String("ip"))
        return asString(c.ip);
    *error = QStringLiteral("unknown field '%1'").arg(key);
    return false;
}

bool takeValue(const QStringList &args, int &i, QString *value, QString *error)
{
    const QString &arg = args.at(i);
    const auto eq = arg.indexOf(QLatin1Char('='));
    if (eq > 0) {
        *value = arg.mid(eq + 1);
        return true;
    }
    if (i + 1 >= args.size()) {
        *error = QStringLiteral("%1 needs a value").arg(arg);
        return false;
    }
    *value = args.at(++i);
    return true;
}

} // namespace

QString SimulatorOptions::formatId(int id)
{
    // NET_ID keeps two characters on the device: 00..99 first, then a letter and a letter or
    // digit (A0 .. zz), enough for every --count this simulator accepts.
    if (id < 0)
        return {};
    if (id < 100)
        return QStringLiteral("%1").arg(id, 2, 10, QLatin1Char('0'));
    static constexpr char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static constexpr char alphanumerics[]
        = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int firstCount = sizeof(letters) - 1;
    constexpr int secondCount = sizeof(alphanumerics) - 1;
    const int k = id - 100;
    if (k >= firstCount * secondCount)
        return QStringLiteral("%1").arg(id); // too many: refused by checkDevice()
    return QString(QChar::fromLatin1(letters[k / secondCount]))
        + QChar::fromLatin1(alphanumerics[k % secondCount]);
}

std::optional<QList<SimulatedRotatorConfig>>
SimulatorOptions::parseConfigJson(const QByteArray &json, const SimulatedRotatorConfig &base,
                                  int firstId, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("must be a JSON array of device objects");
        return std::nullopt;
    }
    const QJsonArray array = doc.array();
    if (array.isEmpty()) {
        *error = QStringLiteral("the array has no devices");
        return std::nullopt;
    }
    QList<SimulatedRotatorConfig> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("entry %1: ").arg(i + 1);
        if (!array.at(i).isObject()) {
            *error = where + QStringLiteral("must be an object");
            return std::nullopt;
        }
        SimulatedRotatorConfig c = base;
        c.id = formatId(firstId + static_cast<int>(i));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString fieldError;
            if (!applyJsonField(c, it.key(), it.value(), &fieldError)) {
                *error = where + fieldError;
                return std::nullopt;
            }
        }
        if (!checkDevice(c, where, error))
            return std::nullopt;
        out.append(c);
    }
    return out;
}

std::optional<SimulatorOptions> SimulatorOptions::parse(const QStringList &arguments,
                                                        QString *error)
{
    SimulatorOptions options;
    SimulatedRotatorConfig base;
    int count = 1;
    int firstId = 1;
    QString configFile;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        QString value;
        auto need = [&]() {
            return takeValue(arguments, i, &value, error);
        };
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            options.help = true;
        } else if (name == QLatin1String("--version")) {
            options.version = true;
        } else if (name == QLatin1String("--verbose")) {
            options.verbose = true;
        } else if (name == QLatin1String("--embedded-broker")) {
            options.embeddedBroker = true;
        } else if (name == QLatin1String("--fast-inbound")) {
            base.fastInbound = true;
        } else if (name == QLatin1String("--elevation")) {
            base.elevation = true;
        } else if (name == QLatin1String("--broker")) {
            if (!need())
                return std::nullopt;
            options.brokerUrl = QUrl(value);
            if (const auto problem = brokerUrlProblem(options.brokerUrl)) {
                *error = QStringLiteral("--broker: '%1': %2").arg(value, *problem);
                return std::nullopt;
            }
        } else if (name == QLatin1String("--call")) {
            if (!need())
                return std::nullopt;
            base.call = value;
        } else if (name == QLatin1String("--name")) {
            if (!need())
                return std::nullopt;
            base.name = value;
        } else if (name == QLatin1String("--config")) {
            if (!need())
                return std::nullopt;
            configFile = value;
        } else {
            static const QStringList withValue
                = {QStringLiteral("--count"),         QStringLiteral("--first-id"),
                   QStringLiteral("--start-azimuth"), QStringLiteral("--range"),
                   QStringLiteral("--speed"),         QStringLiteral("--azimuth"),
                   QStringLiteral("--pwm"),           QStringLiteral("--motor"),
                   QStringLiteral("--voltage"),       QStringLiteral("--one-turn-limit"),
                   QStringLiteral("--pot-noise")};
            if (!withValue.contains(name)) {
                *error = QStringLiteral("unknown option '%1' (see --help)").arg(arg);
                return std::nullopt;
            }
            if (!need())
                return std::nullopt;
            bool ok = true;
            auto setInt = [&](int &out, IntRange range) {
                const auto v = toInt(value, range, name, error);
                ok = v.has_value();
                if (ok)
                    out = *v;
            };
            auto setDouble = [&](double &out, double min, double max) {
                const auto v = toDouble(value, min, max, name, error);
                ok = v.has_value();
                if (ok)
                    out = *v;
            };
            if (name == QLatin1String("--count")) {
                setInt(count, {1, maxCount});
            } else if (name == QLatin1String("--first-id")) {
                setInt(firstId, {0, 9999});
            } else if (name == QLatin1String("--start-azimuth")) {
                setInt(base.startAzimuthDeg,
                       {protocol::minStartAzimuthDeg, protocol::maxStartAzimuthDeg});
            } else if (name == QLatin1String("--range")) {
                setInt(base.maxRotateDeg,
                       {protocol::minRotateRangeDeg, protocol::maxRotateRangeDeg});
            } else if (name == QLatin1String("--speed")) {
                setDouble(base.speedDegPerSec, 0.1, 360);
            } else if (name == QLatin1String("--azimuth")) {
                setInt(base.initialRawDeg,
                       {protocol::minRotateRangeDeg, protocol::maxRotateRangeDeg});
            } else if (name == QLatin1String("--pwm")) {
                const auto v = toOnOff(value, name, error);
                ok = v.has_value();
                if (ok)
                    base.pwm = *v;
            } else if (name == QLatin1String("--motor")) {
                const auto v = toMotor(value, name, error);
                ok = v.has_value();
                if (ok)
                    base.motor = *v;
            } else if (name == QLatin1String("--voltage")) {
                setDouble(base.supplyVoltageV, 0, 60);
            } else if (name == QLatin1String("--pot-noise")) {
                setDouble(base.potNoiseDeg, 0, 5);
            } else if (name == QLatin1String("--one-turn-limit")) {
                setInt(base.oneTurnLimitSec,
                       {protocol::minOneTurnLimitSec, protocol::maxOneTurnLimitSec});
            }
            if (!ok)
                return std::nullopt;
        }
    }
    if (options.help || options.version)
        return options;
    if (options.embeddedBroker == !options.brokerUrl.isEmpty()) {
        *error = options.embeddedBroker
            ? QStringLiteral("give either --broker URL or --embedded-broker, not both")
            : QStringLiteral("a broker is needed: --broker URL or --embedded-broker");
        return std::nullopt;
    }
    if (!configFile.isEmpty()) {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--config: cannot read '%1': %2")
                         .arg(configFile, file.errorString());
            return std::nullopt;
        }
        QString configError;
        const auto devices = parseConfigJson(file.readAll(), base, firstId, &configError);
        if (!devices) {
            *error = QStringLiteral("--config %1: %2").arg(configFile, configError);
            return std::nullopt;
        }
        options.devices = *devices;
    } else {
        for (int i = 0; i < count; ++i) {
            SimulatedRotatorConfig c = base;
            c.id = formatId(firstId + i);
            if (!checkDevice(c, QString(), error))
                return std::nullopt;
            options.devices.append(c);
        }
    }
    QSet<QString> prefixes;
    for (const auto &c : std::as_const(options.devices)) {
        const QString prefix = c.call + QLatin1Char('/') + c.id;
        if (prefixes.contains(prefix)) {
            *error = QStringLiteral("two devices share the prefix %1").arg(prefix);
            return std::nullopt;
        }
        prefixes.insert(prefix);
    }
    return options;
}

QString SimulatorOptions::helpText()
{
    return QStringLiteral(
               "Usage: rotordeck-sim (--broker URL | --embedded-broker) [options]\n"
               "Simulates IP-Rotator units (firmware REV 20260523) on an MQTT broker.\n"
               "\n"
               "  --broker URL            tcp://, ws://, ssl:// or wss:// broker\n"
               "  --embedded-broker       start a private mosquitto on a free loopback port and "
               "print\n"
               "                          'broker tcp://127.0.0.1:PORT'\n"
               "  --call CALL             YOUR_CALL topic level (default SIM)\n"
               "  --count N               number of devices, 1..2000 (default 1)\n"
               "  --first-id K            NET_IDs K, K+1, ... written with two digits: 01, 02, "
               "...\n"
               "                          (default 1)\n"
               "  --name NAME             rotator name, 1..20 characters (default Antenna)\n"
               "  --start-azimuth DEG     compass bearing of the CCW end stop, %1..%2 (default "
               "%3)\n"
               "  --range DEG             MaxRotateDegree, %4..%5 (default %6)\n"
               "  --speed DEG_PER_S       speed at full duty, 0.1..360 (default 6)\n"
               "  --azimuth RAW           initial raw azimuth, 0..range (default 0)\n"
               "  --pwm on|off            PWM drive (default on; AC forces off)\n"
               "  --motor dc|ac           motor type (default dc)\n"
               "  --voltage V             supply voltage, 0..60 (default 13; < %7 refuses "
               "targets)\n"
               "  --one-turn-limit S      stall watchdog OneTurnLimitSec, %8..%9 (default %10)\n"
               "  --pot-noise DEG         potentiometer noise, each sample off by up to +-DEG, "
               "0..5\n"
               "                          (default 0); makes the azimuth jitter while stopped\n"
               "  --elevation             elevation-only mode (StartAzimuth %11, range %12)\n"
               "  --fast-inbound          process every inbound message at once instead of one "
               "per\n"
               "                          ~1 s service tick (the default is faithful)\n"
               "  --config FILE           JSON array, one object per device (replaces --count); "
               "keys:\n"
               "                          call, id, name, startAzimuth, range, speed, azimuth,\n"
               "                          pwm (\"on\"/\"off\"/true/false), motor (\"dc\"/\"ac\"), "
               "voltage,\n"
               "                          oneTurnLimit, elevation, fastInbound, "
               "antRadiationAngle,\n"
               "                          pwmMaxDuty, pwmRampSteps, pwmTuneAggressiveness, "
               "potNoise\n"
               "                          (degrees, 0..5), mac, ip.\n"
               "                          Absent keys take the values of the options above; an "
               "entry\n"
               "                          without \"id\" gets first-id + its index.\n"
               "  --verbose               log connections and device events to stderr\n"
               "  --help                  show this help\n"
               "  --version               show the version\n"
               "\n"
               "Prints 'ready CALL/ID' for each device once it is connected and subscribed.\n"
               "Exit codes: 0 after SIGINT/SIGTERM, 1 broker unreachable (10 s), 2 bad options.\n")
        .arg(protocol::minStartAzimuthDeg)
        .arg(protocol::maxStartAzimuthDeg)
        .arg(protocol::defaultStartAzimuthDeg)
        .arg(protocol::minRotateRangeDeg)
        .arg(protocol::maxRotateRangeDeg)
        .arg(protocol::defaultRotateRangeDeg)
        .arg(protocol::underVoltageV)
        .arg(protocol::minOneTurnLimitSec)
        .arg(protocol::maxOneTurnLimitSec)
        .arg(protocol::defaultOneTurnLimitSec)
        .arg(protocol::elevationStartAzimuthDeg)
        .arg(protocol::maxElevationRangeDeg);
}
