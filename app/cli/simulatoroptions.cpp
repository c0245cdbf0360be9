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
#include <functional>

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

using Config = SimulatedRotatorConfig;

/// How one field of a device takes its value.
struct FieldValue
{
    /// A --config file must give a JSON string (numbers and booleans are refused).
    bool textOnly = false;
    /// Sets the field from its text ("on", "446", "dc"); false with *error ("WHAT: …") when the
    /// text is not a valid value.
    std::function<bool(Config &, const QString &text, const QString &what, QString *error)> set;
};

FieldValue intField(int Config::*field, IntRange range)
{
    return {false,
            [field, range](Config &c, const QString &text, const QString &what, QString *error) {
                const auto v = toInt(text, range, what, error);
                if (v)
                    c.*field = *v;
                return v.has_value();
            }};
}

FieldValue doubleField(double Config::*field, double min, double max)
{
    return {false,
            [field, min, max](Config &c, const QString &text, const QString &what, QString *error) {
                const auto v = toDouble(text, min, max, what, error);
                if (v)
                    c.*field = *v;
                return v.has_value();
            }};
}

FieldValue onOffField(bool Config::*field)
{
    return {false, [field](Config &c, const QString &text, const QString &what, QString *error) {
                const auto v = toOnOff(text, what, error);
                if (v)
                    c.*field = *v;
                return v.has_value();
            }};
}

FieldValue motorField()
{
    return {false, [](Config &c, const QString &text, const QString &what, QString *error) {
                const auto m = toMotor(text, what, error);
                if (m)
                    c.motor = *m;
                return m.has_value();
            }};
}

FieldValue textField(QString Config::*field)
{
    return {true, [field](Config &c, const QString &text, const QString &, QString *) {
                c.*field = text;
                return true;
            }};
}

/// One setting of a simulated device, as a command-line option and as a --config key.
struct DeviceField
{
    enum class Option {
        Value, ///< `--option VALUE` or `--option=VALUE`
        Flag, ///< `--option` alone sets it on
        None ///< in --config files only
    };
    Option optionKind;
    QLatin1StringView option; ///< empty for Option::None
    QLatin1StringView key; ///< the --config JSON key
    FieldValue value;
};

DeviceField valueOption(const char *option, const char *key, FieldValue value)
{
    return {DeviceField::Option::Value, QLatin1StringView(option), QLatin1StringView(key),
            std::move(value)};
}

DeviceField flagOption(const char *option, const char *key, FieldValue value)
{
    return {DeviceField::Option::Flag, QLatin1StringView(option), QLatin1StringView(key),
            std::move(value)};
}

DeviceField configKey(const char *key, FieldValue value)
{
    return {DeviceField::Option::None, {}, QLatin1StringView(key), std::move(value)};
}

/// Every setting of a device: a new one is a row here (and a line in helpText()).
const QList<DeviceField> &deviceFields()
{
    using namespace protocol;
    static const QList<DeviceField> fields {
        valueOption("--call", "call", textField(&Config::call)),
        valueOption("--name", "name", textField(&Config::name)),
        valueOption("--start-azimuth", "startAzimuth",
                    intField(&Config::startAzimuthDeg, {minStartAzimuthDeg, maxStartAzimuthDeg})),
        valueOption("--range", "range",
                    intField(&Config::maxRotateDeg, {minRotateRangeDeg, maxRotateRangeDeg})),
        valueOption("--speed", "speed", doubleField(&Config::speedDegPerSec, 0.1, 360)),
        valueOption("--azimuth", "azimuth",
                    intField(&Config::initialRawDeg, {minRotateRangeDeg, maxRotateRangeDeg})),
        valueOption("--pwm", "pwm", onOffField(&Config::pwm)),
        valueOption("--motor", "motor", motorField()),
        valueOption("--voltage", "voltage", doubleField(&Config::supplyVoltageV, 0, 60)),
        valueOption("--one-turn-limit", "oneTurnLimit",
                    intField(&Config::oneTurnLimitSec, {minOneTurnLimitSec, maxOneTurnLimitSec})),
        valueOption("--pot-noise", "potNoise", doubleField(&Config::potNoiseDeg, 0, 5)),
        flagOption("--fast-inbound", "fastInbound", onOffField(&Config::fastInbound)),
        flagOption("--elevation", "elevation", onOffField(&Config::elevation)),
        configKey("antRadiationAngle",
                  intField(&Config::antRadiationAngleDeg, {minBeamWidthDeg, maxBeamWidthDeg})),
        configKey("pwmMaxDuty", intField(&Config::pwmMaxDuty, {minPwmMaxDuty, maxPwmMaxDuty})),
        configKey("pwmRampSteps",
                  intField(&Config::pwmRampStepsMs, {minPwmRampStepsMs, maxPwmRampStepsMs})),
        configKey("pwmTuneAggressiveness",
                  intField(&Config::pwmTuneAggressiveness,
                           {minPwmTuneAggressiveness, maxPwmTuneAggressiveness})),
        configKey("mac", textField(&Config::mac)),
        configKey("ip", textField(&Config::ip)),
    };
    return fields;
}

/// Applies one JSON value to the config; false with *error on a bad value or unknown key.
bool applyJsonField(Config &c, const QString &key, const QJsonValue &value, QString *error)
{
    const QString what = QStringLiteral("field '%1'").arg(key);
    if (key == QLatin1String("id") && value.isDouble()) {
        c.id = Config::formatId(value.toInt());
        return true;
    }
    if (key == QLatin1String("id")) {
        if (!value.isString()) {
            *error = QStringLiteral("%1: must be a string").arg(what);
            return false;
        }
        c.id = value.toString();
        return true;
    }
    const auto &fields = deviceFields();
    const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                    [&key](const DeviceField &f) { return f.key == key; });
    if (field == fields.cend()) {
        *error = QStringLiteral("unknown field '%1'").arg(key);
        return false;
    }
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (field->value.textOnly) {
        *error = QStringLiteral("%1: must be a string").arg(what);
        return false;
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble(), 'g', 12);
    } else if (value.isBool()) {
        text = value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    } else {
        *error = QStringLiteral("%1: must be a string or a number").arg(what);
        return false;
    }
    return field->value.set(c, text, what, error);
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

/// A program-wide option of rotordeck-sim (not a device setting).
struct ProgramOption
{
    QLatin1StringView name;
    bool takesValue;
    /// Stores the value (empty for flags); false with the error set when it is not valid.
    std::function<bool(const QString &value)> apply;
};

std::optional<QList<Config>> readConfigFile(const QString &fileName, const Config &base,
                                            int firstId, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--config: cannot read '%1': %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    QString configError;
    const auto devices
        = SimulatorOptions::parseConfigJson(file.readAll(), base, firstId, &configError);
    if (!devices)
        *error = QStringLiteral("--config %1: %2").arg(fileName, configError);
    return devices;
}

/// --count devices from `base`, numbered from `firstId`.
std::optional<QList<Config>> numberedDevices(const Config &base, int count, int firstId,
                                             QString *error)
{
    QList<Config> devices;
    for (int i = 0; i < count; ++i) {
        Config c = base;
        c.id = Config::formatId(firstId + i);
        if (!checkDevice(c, QString(), error))
            return std::nullopt;
        devices.append(c);
    }
    return devices;
}

std::optional<QString> sharedPrefix(const QList<Config> &devices)
{
    QSet<QString> prefixes;
    for (const auto &c : devices) {
        const QString prefix = c.call + QLatin1Char('/') + c.id;
        if (prefixes.contains(prefix))
            return prefix;
        prefixes.insert(prefix);
    }
    return std::nullopt;
}

} // namespace

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
        c.id = SimulatedRotatorConfig::formatId(firstId + static_cast<int>(i));
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

ParsedCommandLine<SimulatorOptions> SimulatorOptions::parse(const QStringList &arguments)
{
    using Parsed = ParsedCommandLine<SimulatorOptions>;
    SimulatorOptions options;
    Config base;
    int count = 1;
    int firstId = 1;
    QString configFile;
    bool help = false;
    bool version = false;
    QString error;

    using L = QLatin1StringView;
    const QList<ProgramOption> programOptions {
        {L("--help"), false,
         [&](const QString &) {
             return help = true;
         }},
        {L("-h"), false,
         [&](const QString &) {
             return help = true;
         }},
        {L("--version"), false,
         [&](const QString &) {
             return version = true;
         }},
        {L("--verbose"), false,
         [&](const QString &) {
             return options.verbose = true;
         }},
        {L("--embedded-broker"), false,
         [&](const QString &) {
             return options.embeddedBroker = true;
         }},
        {L("--broker"), true,
         [&](const QString &value) {
             options.brokerUrl = QUrl(value);
             if (const auto problem = brokerUrlProblem(options.brokerUrl)) {
                 error = QStringLiteral("--broker: '%1': %2").arg(value, *problem);
                 return false;
             }
             return true;
         }},
        {L("--count"), true,
         [&](const QString &value) {
             const auto v = toInt(value, {1, maxCount}, QStringLiteral("--count"), &error);
             count = v.value_or(count);
             return v.has_value();
         }},
        {L("--first-id"), true,
         [&](const QString &value) {
             const auto v = toInt(value, {0, 9999}, QStringLiteral("--first-id"), &error);
             firstId = v.value_or(firstId);
             return v.has_value();
         }},
        {L("--config"), true,
         [&](const QString &value) {
             configFile = value;
             return true;
         }},
        {L("--http-port"), true,
         [&](const QString &value) {
             const auto v = toInt(value, {1, 65535}, QStringLiteral("--http-port"), &error);
             options.httpPort = static_cast<quint16>(v.value_or(0));
             return v.has_value();
         }},
        {L("--http-password"), true,
         [&](const QString &value) {
             options.httpPassword = value;
             if (value.isEmpty())
                 error = QStringLiteral("--http-password: must not be empty");
             return !value.isEmpty();
         }},
    };

    for (int i = 1; i < arguments.size(); ++i) { // arguments.first() is the program
        const QString &arg = arguments.at(i);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        QString value;
        const auto program
            = std::find_if(programOptions.cbegin(), programOptions.cend(),
                           [&name](const ProgramOption &o) { return o.name == name; });
        if (program != programOptions.cend()) {
            if (program->takesValue && !takeValue(arguments, i, &value, &error))
                return Parsed::error(error);
            if (!program->apply(value))
                return Parsed::error(error);
            continue;
        }
        const auto &fields = deviceFields();
        const auto field
            = std::find_if(fields.cbegin(), fields.cend(), [&name](const DeviceField &f) {
                  return f.optionKind != DeviceField::Option::None && f.option == name;
              });
        if (field == fields.cend())
            return Parsed::error(QStringLiteral("unknown option '%1' (see --help)").arg(arg));
        if (field->optionKind == DeviceField::Option::Flag)
            value = QStringLiteral("on");
        else if (!takeValue(arguments, i, &value, &error))
            return Parsed::error(error);
        if (!field->value.set(base, value, name, &error))
            return Parsed::error(error);
    }
    if (help)
        return Parsed::help(helpText());
    if (version)
        return Parsed::version(QStringLiteral("rotordeck-sim"));
    if (options.embeddedBroker == !options.brokerUrl.isEmpty()) {
        return Parsed::error(
            options.embeddedBroker
                ? QStringLiteral("give either --broker URL or --embedded-broker, not both")
                : QStringLiteral("a broker is needed: --broker URL or --embedded-broker"));
    }
    const auto devices = configFile.isEmpty() ? numberedDevices(base, count, firstId, &error)
                                              : readConfigFile(configFile, base, firstId, &error);
    if (!devices)
        return Parsed::error(error);
    if (const auto prefix = sharedPrefix(*devices))
        return Parsed::error(QStringLiteral("two devices share the prefix %1").arg(*prefix));
    options.devices = *devices;
    if (options.httpPort != 0) {
        const qint64 lastPort = qint64(options.httpPort) + options.devices.size() - 1;
        if (lastPort > 65535)
            return Parsed::error(QStringLiteral("--http-port: %1 devices from port %2 go beyond "
                                                "65535")
                                     .arg(options.devices.size())
                                     .arg(options.httpPort));
        // The unit publishes its address retained on `ip`: make it the one that answers.
        for (Config &c : options.devices)
            if (c.ip == Config().ip)
                c.ip = QStringLiteral("127.0.0.1");
    } else if (!options.httpPassword.isEmpty()) {
        return Parsed::error(QStringLiteral("--http-password needs --http-port"));
    }
    QList<double> fastSpeeds;
    for (const Config &c : std::as_const(options.devices))
        if (c.speedDegPerSec > realisticMaxSpeedDegPerSec && !fastSpeeds.contains(c.speedDegPerSec))
            fastSpeeds.append(c.speedDegPerSec);
    for (const double speed : std::as_const(fastSpeeds))
        options.warnings.append(
            QStringLiteral(
                "speed %1 deg/s is beyond real rotators (about 1-6): with the firmware's "
                "default slow window moves overshoot by 10-60 deg until brake learning "
                "has widened it")
                .arg(speed));
    return Parsed::run(options);
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
               "  --speed DEG_PER_S       speed at full duty, 0.1..360 (default 6). Real rotators "
               "turn\n"
               "                          about 1-6 deg/s; faster ones overshoot by 10-60 deg "
               "until\n"
               "                          brake learning widens the slow window (warns above "
               "%13)\n"
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
               "  --http-port PORT        serve each device's HTTP reads (readAZ, readMax, ...,\n"
               "                          setPwmMaxDuty, POST / ROT=) on 127.0.0.1:PORT+i for "
               "device i\n"
               "                          and publish ip 127.0.0.1 (a real unit uses port 88)\n"
               "  --http-password PASS    require HTTP Digest authentication, user admin, realm\n"
               "                          \"IP rotator\" (default: none)\n"
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
        .arg(protocol::maxElevationRangeDeg)
        .arg(realisticMaxSpeedDegPerSec);
}
