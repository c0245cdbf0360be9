// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "settingslogging.h"
#include "settingsvalidation.h"

#include "protocol/firmwarelimits.h"
#include "remote/passwordhash.h"
#include "remote/remoteusers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStringDecoder>

#include <algorithm>

#include <limits>
#include <utility>

namespace {

// Bigger than any settings file a person makes; protects against reading a wrong, huge file.
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;
constexpr int maxArraySize = 1000;

constexpr int minPort = 1;
constexpr int maxPort = 65535;
constexpr int maxKeepAliveSec = 65535; // MQTT keep-alive is a 16-bit field
constexpr int minReconnectMs = 100;
constexpr int maxReconnectMs = 600000;
constexpr int maxBearingDeg = 359;

QString keyFormatVersion()
{
    return QStringLiteral("formatVersion");
}

/// How many keys save() wrote besides the two header keys; fewer at load = truncated.
QString keyKeyCount()
{
    return QStringLiteral("keyCount");
}

/// Why the file as a whole cannot be used.
struct FileProblem
{
    QString text;
    /// True: the content is junk (save() keeps a copy and replaces it). False: it cannot be read
    /// at all (save() leaves it alone).
    bool damaged = false;
};

/// The file-level problem, or nullopt. Reads at most maxFileBytes + 1.
std::optional<FileProblem> fileLevelProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileProblem {
            QStringLiteral("cannot read the settings file: %1").arg(file.errorString()), false};
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        return FileProblem {
            QStringLiteral("the settings file is larger than %1 bytes; not a RotorDeck file")
                .arg(maxFileBytes),
            true};
    if (bytes.contains('\0'))
        return FileProblem {QStringLiteral("the settings file contains binary data (damaged?)"),
                            true};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return FileProblem {QStringLiteral("the settings file is not valid UTF-8 text (damaged?)"),
                            true};
    QSettings probe(path, QSettings::IniFormat);
    if (probe.status() == QSettings::AccessError)
        return FileProblem {QStringLiteral("cannot read the settings file (access error)"), false};
    if (probe.status() == QSettings::FormatError)
        return FileProblem {QStringLiteral("the settings file is not a valid INI file (damaged?)"),
                            true};
    return std::nullopt;
}

/// Reads values with checks, collecting one problem text per bad value.
class Reader
{
public:
    Reader(QSettings &settings, QStringList &problems, QList<SettingsStore::Problem> &codes)
        : m_s(settings)
        , m_problems(problems)
        , m_codes(codes)
    {
    }

    void problem(const QString &key, const QString &text,
                 SettingsStore::Problem::Kind kind = SettingsStore::Problem::Kind::BadValue)
    {
        const QString full = key + QStringLiteral(": ") + text;
        qCWarning(lcSettings).noquote() << "settings:" << full;
        m_problems.append(full);
        m_codes.append({kind, key});
    }

    [[nodiscard]] bool has(const QString &key) const { return m_s.contains(key); }

    /// Text value; INI turns unquoted "a,b" into a list, which is joined back.
    std::optional<QString> text(const QString &key)
    {
        if (!m_s.contains(key))
            return std::nullopt;
        const QVariant v = m_s.value(key);
        switch (v.typeId()) {
        case QMetaType::QString:
            return v.toString();
        case QMetaType::QStringList:
            return v.toStringList().join(QStringLiteral(", "));
        // Read back in the process that wrote them, QSettings hands out the typed values.
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            return v.toString();
        default:
            problem(key, QStringLiteral("not a text value; ignored"));
            return std::nullopt;
        }
    }

    QString textOr(const QString &key, const QString &fallback = {})
    {
        return text(key).value_or(fallback);
    }

    std::optional<int> integer(const QString &key, int min, int max)
    {
        return number(key, min, max, QStringLiteral("a whole number"),
                      [](const QString &t, bool *ok) { return t.toInt(ok); });
    }

    std::optional<double> real(const QString &key, double min, double max)
    {
        return number(key, min, max, QStringLiteral("a number"),
                      [](const QString &t, bool *ok) { return t.toDouble(ok); });
    }

    /// A number in min..max, or nullopt with a problem line ("'x' is not <what>", out of range).
    template<typename T, typename Parse>
    std::optional<T> number(const QString &key, T min, T max, const QString &what, Parse parse)
    {
        const std::optional<QString> t = text(key);
        if (!t)
            return std::nullopt;
        bool ok = false;
        const T value = parse(t->trimmed(), &ok);
        if (!ok) {
            problem(key, QStringLiteral("'%1' is not %2; ignored").arg(*t, what));
            return std::nullopt;
        }
        if (const auto why = settings::rangeProblem(value, min, max)) {
            problem(key, *why + QStringLiteral("; ignored"));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const QString &key)
    {
        const std::optional<QString> t = text(key);
        if (!t)
            return std::nullopt;
        const QString v = t->trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("0"))
            return false;
        problem(key, QStringLiteral("'%1' is not true or false; ignored").arg(*t));
        return std::nullopt;
    }

    std::optional<QByteArray> bytes(const QString &key)
    {
        if (!m_s.contains(key))
            return std::nullopt;
        const QVariant v = m_s.value(key);
        if (v.typeId() != QMetaType::QByteArray) {
            problem(key, QStringLiteral("not a byte array; ignored"));
            return std::nullopt;
        }
        return v.toByteArray();
    }

    /// Number of entries of an array group ("<group>/size"), 0 when absent or bad.
    int arraySize(const QString &group)
    {
        const QString key = group + QStringLiteral("/size");
        if (!m_s.contains(key)) {
            if (!childGroups(group).isEmpty())
                problem(key, QStringLiteral("missing; entries ignored"));
            return 0;
        }
        return integer(key, 0, maxArraySize).value_or(0);
    }

    QStringList childGroups(const QString &group)
    {
        m_s.beginGroup(group);
        const QStringList groups = m_s.childGroups();
        m_s.endGroup();
        return groups;
    }

    /// True when the array entry exists at all (a truncated file loses the last ones).
    bool entryExists(const QString &entry)
    {
        m_s.beginGroup(entry);
        const bool exists = !m_s.childKeys().isEmpty() || !m_s.childGroups().isEmpty();
        m_s.endGroup();
        if (!exists)
            problem(entry, QStringLiteral("missing (file truncated?); skipped"));
        return exists;
    }

    QSettings &settings() { return m_s; }

private:
    QSettings &m_s;
    QStringList &m_problems;
    QList<SettingsStore::Problem> &m_codes;
};

QString entryKey(const QString &group, int index)
{
    // QSettings arrays count from 1 in the file.
    return group + QLatin1Char('/') + QString::number(index + 1);
}

std::optional<BrokerProfile> readBroker(Reader &r, const QString &e)
{
    const auto key = [&e](const char *name) {
        return e + QLatin1Char('/') + QLatin1String(name);
    };
    BrokerProfile p;
    p.name = r.textOr(key("name")).trimmed();
    if (p.name.isEmpty()) {
        r.problem(key("name"), QStringLiteral("missing or empty; broker skipped"));
        return std::nullopt;
    }
    const QString urlText = r.textOr(key("url")).trimmed();
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        r.problem(key("url"), QStringLiteral("missing; broker skipped"));
        return std::nullopt;
    }
    if (const auto why = brokerUrlProblem(url)) {
        r.problem(key("url"), QStringLiteral("'%1': %2; broker skipped").arg(urlText, *why));
        return std::nullopt;
    }
    if (url.port() != -1 && (url.port() < minPort || url.port() > maxPort)) {
        r.problem(key("url"),
                  QStringLiteral("port %1 out of range; broker skipped").arg(url.port()));
        return std::nullopt;
    }
    p.url = url;
    p.username = r.textOr(key("username"));
    if (r.has(key("password")))
        r.problem(key("password"),
                  QStringLiteral("passwords are never read from the settings file; ignored "
                                 "(it is removed when settings are saved)"));
    p.caFile = r.textOr(key("caFile"));
    if (!p.caFile.isEmpty() && !QFileInfo(p.caFile).isReadable())
        r.problem(key("caFile"),
                  QStringLiteral("'%1' does not exist or is not readable").arg(p.caFile));
    p.clientId = r.textOr(key("clientId"));
    p.enabled = r.boolean(key("enabled")).value_or(p.enabled);
    p.discover = r.boolean(key("discover")).value_or(p.discover);
    p.keepAliveSec = r.integer(key("keepAliveSec"), 1, maxKeepAliveSec).value_or(p.keepAliveSec);
    p.reconnectMinMs = r.integer(key("reconnectMinMs"), minReconnectMs, maxReconnectMs)
                           .value_or(p.reconnectMinMs);
    p.reconnectMaxMs = r.integer(key("reconnectMaxMs"), minReconnectMs, maxReconnectMs)
                           .value_or(p.reconnectMaxMs);
    if (p.reconnectMaxMs < p.reconnectMinMs) {
        r.problem(key("reconnectMaxMs"),
                  QStringLiteral("%1 is below reconnectMinMs %2; using %2")
                      .arg(p.reconnectMaxMs)
                      .arg(p.reconnectMinMs));
        p.reconnectMaxMs = p.reconnectMinMs;
    }
    return p;
}

std::optional<RotatorSettings> readRotator(Reader &r, const QString &e)
{
    const auto key = [&e](const char *name) {
        return e + QLatin1Char('/') + QLatin1String(name);
    };
    RotatorSettings rs;
    const QString addressText = r.textOr(key("address"));
    const auto address = RotatorAddress::fromString(addressText);
    if (!address || !address->isValidForUser()) {
        r.problem(key("address"),
                  QStringLiteral("'%1' is not CALL/ID (both non-empty, no '/', '+' or '#'); "
                                 "rotator skipped")
                      .arg(addressText));
        return std::nullopt;
    }
    rs.address = *address;
    rs.brokerName = r.textOr(key("broker")).trimmed();
    rs.label = r.textOr(key("label"));
    rs.colour = r.textOr(key("colour")).trimmed();
    if (!rs.colour.isEmpty()) {
        if (const auto why = settings::colourProblem(rs.colour)) {
            r.problem(key("colour"), *why + QStringLiteral("; using the default colour"));
            rs.colour.clear();
        } else {
            rs.colour = rs.colour.toLower();
        }
    }
    rs.maxRotateDeg
        = r.integer(key("maxRotateDeg"), protocol::minRotateRangeDeg, protocol::maxRotateRangeDeg);
    rs.beamWidthDeg
        = r.integer(key("beamWidthDeg"), protocol::minBeamWidthDeg, protocol::maxBeamWidthDeg);
    rs.startAzimuthOverrideDeg = r.integer(
        key("startAzimuthOverrideDeg"), protocol::minStartAzimuthDeg, protocol::maxStartAzimuthDeg);
    rs.parkBearingDeg = r.integer(key("parkBearingDeg"), 0, maxBearingDeg);
    rs.elevationMode = r.boolean(key("elevationMode"));
    rs.autoParkAfterMin = r.integer(key("autoParkAfterMin"), 1, autoParkMaxMin);
    rs.bidirectional = r.boolean(key("bidirectional"));
    rs.trackDeadBandDeg = r.integer(key("trackDeadBandDeg"), RotatorSettings::minTrackDeadBandDeg,
                                    RotatorSettings::maxTrackDeadBandDeg);
    rs.trackIntervalSec = r.integer(key("trackIntervalSec"), RotatorSettings::minTrackIntervalSec,
                                    RotatorSettings::maxTrackIntervalSec);
    rs.trackStartElevationDeg
        = r.real(key("trackStartElevationDeg"), RotatorSettings::minTrackElevationDeg,
                 RotatorSettings::maxTrackElevationDeg);
    rs.trackStopElevationDeg
        = r.real(key("trackStopElevationDeg"), RotatorSettings::minTrackElevationDeg,
                 RotatorSettings::maxTrackElevationDeg);
    if (rs.trackStopElevationDeg) {
        if (const auto why = settings::trackElevationProblem(
                rs.trackStartElevationDeg.value_or(RotatorSettings::defaultTrackStartElevationDeg),
                *rs.trackStopElevationDeg)) {
            r.problem(key("trackStopElevationDeg"), *why + QStringLiteral("; ignored"));
            rs.trackStopElevationDeg.reset();
        }
    }
    const QStringList bands = r.textOr(key("bands")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : bands) {
        const QString band = entry.trimmed();
        if (const auto why = settings::bandProblem(band))
            r.problem(key("bands"), *why + QStringLiteral("; band skipped"));
        else if (!rs.bands.contains(band))
            rs.bands.append(band);
    }
    rs.useHttp = r.boolean(key("useHttp")).value_or(true);
    rs.httpLogin = r.boolean(key("httpLogin")).value_or(false);
    rs.httpPort
        = r.integer(key("httpPort"), RotatorSettings::minHttpPort, RotatorSettings::maxHttpPort);
    const QString n1mmName = r.textOr(key("n1mmName")).trimmed();
    if (const auto why = settings::n1mmNameProblem(n1mmName))
        r.problem(key("n1mmName"), *why + QStringLiteral("; the default name is used"));
    else
        rs.n1mmName = n1mmName;

    const QString presetGroup = key("presets");
    const int presetCount = r.arraySize(presetGroup);
    for (int i = 0; i < presetCount; ++i) {
        const QString pe = entryKey(presetGroup, i);
        if (!r.entryExists(pe))
            continue;
        RotatorPreset preset;
        preset.label = r.textOr(pe + QStringLiteral("/label"));
        const auto bearing = r.integer(pe + QStringLiteral("/bearingDeg"), 0, maxBearingDeg);
        if (!bearing) {
            if (!r.has(pe + QStringLiteral("/bearingDeg")))
                r.problem(pe + QStringLiteral("/bearingDeg"), QStringLiteral("missing"));
            r.problem(pe, QStringLiteral("preset skipped"));
            continue;
        }
        preset.bearingDeg = *bearing;
        rs.presets.append(preset);
    }
    return rs;
}

std::optional<ClusterNodeSettings> readClusterNode(Reader &r, const QString &e)
{
    const auto key = [&e](const char *name) {
        return e + QLatin1Char('/') + QLatin1String(name);
    };
    ClusterNodeSettings node;
    node.host = r.textOr(key("host")).trimmed();
    if (const auto why = settings::clusterHostProblem(node.host)) {
        r.problem(key("host"), *why + QStringLiteral("; node skipped"));
        return std::nullopt;
    }
    if (!r.has(key("port"))) {
        r.problem(key("port"), QStringLiteral("missing; node skipped"));
        return std::nullopt;
    }
    const auto port = r.integer(key("port"), minPort, maxPort);
    if (!port) {
        r.problem(key("port"), QStringLiteral("node skipped"));
        return std::nullopt;
    }
    node.port = *port;
    node.enabled = r.boolean(key("enabled")).value_or(node.enabled);
    const QString command = r.textOr(key("loginCommand")).trimmed();
    if (const auto why = settings::clusterCommandProblem(command))
        r.problem(key("loginCommand"), *why + QStringLiteral("; ignored"));
    else
        node.loginCommand = command;
    return node;
}

/// "CALL/ID=PORT CALL/ID=PORT" (spaces or commas between); bad entries are reported and
/// skipped.
QMap<QString, int> readPortMap(Reader &r, const QString &key)
{
    QMap<QString, int> ports;
    const QString text = r.textOr(key);
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const auto address
            = equals > 0 ? RotatorAddress::fromString(entry.left(equals)) : std::nullopt;
        bool ok = false;
        const int port = equals > 0 ? entry.mid(equals + 1).toInt(&ok) : 0;
        if (!address || !address->isValidForUser() || !ok || port < 1 || port > 65535) {
            r.problem(key, QStringLiteral("'%1' is not CALL/ID=PORT; ignored").arg(entry));
            continue;
        }
        ports.insert(address->toString(), port);
    }
    return ports;
}

void readInterop(Reader &r, InteropSettings &out)
{
    const auto key = [](const char *name) {
        return QStringLiteral("interop/") + QLatin1String(name);
    };
    const auto flag = [&](const char *name, bool &value) {
        value = r.boolean(key(name)).value_or(value);
    };
    const auto port = [&](const char *name, int &value) {
        value = r.integer(key(name), 1, 65535).value_or(value);
    };
    flag("allowNetwork", out.allowNetwork);
    const QString listen = r.textOr(key("listenAddress")).trimmed();
    if (!listen.isEmpty()) {
        if (const auto why = settings::listenAddressProblem(listen, out.allowNetwork))
            r.problem(key("listenAddress"), *why + QStringLiteral("; loopback used"));
        else
            out.listenAddress = listen;
    }
    flag("rotctld", out.rotctld);
    port("rotctldFirstPort", out.rotctldFirstPort);
    out.rotctldPorts = readPortMap(r, key("rotctldPorts"));
    flag("n1mm", out.n1mm);
    port("n1mmPort", out.n1mmPort);
    const QString status = r.textOr(key("n1mmStatusAddress")).trimmed();
    if (!status.isEmpty()) {
        if (const auto why = settings::ipAddressProblem(status))
            r.problem(key("n1mmStatusAddress"), *why + QStringLiteral("; ignored"));
        else
            out.n1mmStatusAddress = status;
    }
    port("n1mmStatusPort", out.n1mmStatusPort);
    flag("n1mmBandFollow", out.n1mmBandFollow);
    flag("pstRotator", out.pstRotator);
    // Its replies go to port + 1.
    out.pstRotatorFirstPort
        = r.integer(key("pstRotatorFirstPort"), 1, 65534).value_or(out.pstRotatorFirstPort);
    out.pstRotatorPorts = readPortMap(r, key("pstRotatorPorts"));
}

/// A member that is not (or no longer) one of the rotators is dropped with a problem line; the
/// group itself is kept, even with no members left.
void readGroups(Reader &r, AppSettings &out)
{
    const int groupCount = r.arraySize(QStringLiteral("groups"));
    for (int i = 0; i < groupCount; ++i) {
        const QString e = entryKey(QStringLiteral("groups"), i);
        if (!r.entryExists(e))
            continue;
        GroupSettings group;
        group.name = r.textOr(e + QStringLiteral("/name")).trimmed();
        if (const auto why = settings::groupNameProblem(group.name, out.groups)) {
            r.problem(e + QStringLiteral("/name"), *why + QStringLiteral("; group skipped"));
            continue;
        }
        const QString memberGroup = e + QStringLiteral("/members");
        const int memberCount = r.arraySize(memberGroup);
        for (int j = 0; j < memberCount; ++j) {
            const QString me = entryKey(memberGroup, j);
            if (!r.entryExists(me))
                continue;
            GroupMemberSettings member;
            member.brokerName = r.textOr(me + QStringLiteral("/broker")).trimmed();
            member.address = RotatorAddress::fromString(r.textOr(me + QStringLiteral("/address")))
                                 .value_or(RotatorAddress {});
            const QString offsetKey = me + QStringLiteral("/offsetDeg");
            if (r.has(offsetKey)) {
                const auto offset = r.integer(offsetKey, minGroupOffsetDeg, maxGroupOffsetDeg);
                if (!offset) {
                    r.problem(me, QStringLiteral("member dropped"));
                    continue;
                }
                member.offsetDeg = *offset;
            }
            if (const auto why
                = settings::groupMemberProblem(member, out.rotators, group.members)) {
                r.problem(me, *why + QStringLiteral("; member dropped"));
                continue;
            }
            group.members.append(member);
        }
        out.groups.append(group);
    }
}

void readRemote(Reader &r, RemoteSettings &out)
{
    const auto key = [](const char *name) {
        return QStringLiteral("remote/") + QLatin1String(name);
    };
    out.enabled = r.boolean(key("enabled")).value_or(out.enabled);
    out.port = r.integer(key("port"), 1, 65535).value_or(out.port);
    out.allowNetwork = r.boolean(key("allowNetwork")).value_or(out.allowNetwork);
    const QString listen = r.textOr(key("listenAddress")).trimmed();
    if (!listen.isEmpty()) {
        if (const auto why = settings::listenAddressProblem(listen, out.allowNetwork))
            r.problem(key("listenAddress"), *why + QStringLiteral("; loopback used"));
        else
            out.listenAddress = listen;
    }
    out.tlsCertificateFile = r.textOr(key("tlsCertificateFile")).trimmed();
    out.tlsKeyFile = r.textOr(key("tlsKeyFile")).trimmed();
    if (out.tlsCertificateFile.isEmpty() != out.tlsKeyFile.isEmpty()) {
        r.problem(key("tlsKeyFile"),
                  QStringLiteral("a certificate and a key go together; TLS is off"));
        out.tlsCertificateFile.clear();
        out.tlsKeyFile.clear();
    }
    const QString group = QStringLiteral("remoteUsers");
    const int count = r.arraySize(group);
    for (int i = 0; i < count; ++i) {
        const QString e = entryKey(group, i);
        if (!r.entryExists(e))
            continue;
        RemoteUserSettings user;
        user.name = r.textOr(e + QStringLiteral("/name")).trimmed();
        user.control = r.boolean(e + QStringLiteral("/control")).value_or(false);
        user.passwordHash = r.textOr(e + QStringLiteral("/hash")).trimmed();
        if (!remote::isValidUserName(user.name)) {
            r.problem(e + QStringLiteral("/name"),
                      QStringLiteral("'%1' is not a user name; skipped").arg(user.name));
            continue;
        }
        // Never a password: only a hash this program made is taken.
        if (!remote::isPasswordHash(user.passwordHash)) {
            r.problem(e + QStringLiteral("/hash"),
                      QStringLiteral("not a password hash; %1 skipped").arg(user.name));
            continue;
        }
        if (std::any_of(out.users.cbegin(), out.users.cend(),
                        [&](const RemoteUserSettings &u) { return u.name == user.name; })) {
            r.problem(e + QStringLiteral("/name"),
                      QStringLiteral("%1 is listed twice; skipped").arg(user.name));
            continue;
        }
        out.users.append(user);
    }
}

void readAll(Reader &r, AppSettings &out)
{
    QSet<QString> brokerNames;
    const int brokerCount = r.arraySize(QStringLiteral("brokers"));
    for (int i = 0; i < brokerCount; ++i) {
        const QString e = entryKey(QStringLiteral("brokers"), i);
        if (!r.entryExists(e))
            continue;
        auto broker = readBroker(r, e);
        if (!broker)
            continue;
        if (brokerNames.contains(broker->name)) {
            r.problem(
                e + QStringLiteral("/name"),
                QStringLiteral("a broker named '%1' exists already; skipped").arg(broker->name));
            continue;
        }
        brokerNames.insert(broker->name);
        out.brokers.append(std::move(*broker));
    }

    QSet<QString> rotatorKeys;
    const int rotatorCount = r.arraySize(QStringLiteral("rotators"));
    for (int i = 0; i < rotatorCount; ++i) {
        const QString e = entryKey(QStringLiteral("rotators"), i);
        if (!r.entryExists(e))
            continue;
        auto rotator = readRotator(r, e);
        if (!rotator)
            continue;
        const QString unique
            = rotator->brokerName + QLatin1Char('\n') + rotator->address.toString();
        if (rotatorKeys.contains(unique)) {
            r.problem(e + QStringLiteral("/address"),
                      QStringLiteral("%1 on '%2' is listed twice; skipped")
                          .arg(rotator->address.toString(), rotator->brokerName));
            continue;
        }
        if (!brokerNames.contains(rotator->brokerName))
            r.problem(e + QStringLiteral("/broker"),
                      QStringLiteral("no broker named '%1'; the rotator is kept but cannot "
                                     "connect until one exists")
                          .arg(rotator->brokerName));
        rotatorKeys.insert(unique);
        out.rotators.append(std::move(*rotator));
    }

    const int pairCount = r.arraySize(QStringLiteral("azElPairs"));
    for (int i = 0; i < pairCount; ++i) {
        const QString e = entryKey(QStringLiteral("azElPairs"), i);
        if (!r.entryExists(e))
            continue;
        AzElPairSettings pair;
        pair.brokerName = r.textOr(e + QStringLiteral("/broker")).trimmed();
        const auto azimuth = RotatorAddress::fromString(r.textOr(e + QStringLiteral("/azimuth")));
        const auto elevation
            = RotatorAddress::fromString(r.textOr(e + QStringLiteral("/elevation")));
        pair.azimuth = azimuth.value_or(RotatorAddress {});
        pair.elevation = elevation.value_or(RotatorAddress {});
        pair.label = r.textOr(e + QStringLiteral("/label"));
        if (const auto why = settings::azElPairProblem(pair, out.rotators, out.azElPairs)) {
            r.problem(e, *why + QStringLiteral("; pair skipped"));
            continue;
        }
        out.azElPairs.append(pair);
    }
    readGroups(r, out);

    out.station.name = r.textOr(QStringLiteral("station/name"));
    const QString locator = r.textOr(QStringLiteral("station/locator")).trimmed();
    if (!locator.isEmpty()) {
        if (const auto why = settings::locatorProblem(locator))
            r.problem(QStringLiteral("station/locator"),
                      QStringLiteral("'%1': %2; ignored").arg(locator, *why));
        else
            out.station.locator = locator;
    }
    const QString callsign = r.textOr(QStringLiteral("station/callsign")).trimmed();
    if (!callsign.isEmpty()) {
        if (const auto why = settings::callsignProblem(callsign))
            r.problem(QStringLiteral("station/callsign"), *why + QStringLiteral("; ignored"));
        else
            out.station.callsign = callsign.toUpper();
    }

    QSet<QString> nodeKeys;
    const int nodeCount = r.arraySize(QStringLiteral("clusterNodes"));
    for (int i = 0; i < nodeCount; ++i) {
        const QString e = entryKey(QStringLiteral("clusterNodes"), i);
        if (!r.entryExists(e))
            continue;
        auto node = readClusterNode(r, e);
        if (!node)
            continue;
        const QString unique
            = node->host.toLower() + QLatin1Char(' ') + QString::number(node->port);
        if (nodeKeys.contains(unique)) {
            r.problem(e + QStringLiteral("/host"),
                      QStringLiteral("%1 port %2 is listed twice; skipped")
                          .arg(node->host)
                          .arg(node->port));
            continue;
        }
        nodeKeys.insert(unique);
        out.clusterNodes.append(std::move(*node));
    }
    readInterop(r, out.interop);
    readRemote(r, out.remote);
    const QString countryUrl = r.textOr(QStringLiteral("data/countryFileUrl")).trimmed();
    if (!countryUrl.isEmpty()) {
        if (const auto why = settings::downloadUrlProblem(countryUrl))
            r.problem(QStringLiteral("data/countryFileUrl"), *why + QStringLiteral("; ignored"));
        else
            out.countryFileUrl = countryUrl;
    }

    out.windowGeometry = r.bytes(QStringLiteral("window/geometry")).value_or(QByteArray());
    out.windowState = r.bytes(QStringLiteral("window/state")).value_or(QByteArray());

    QSettings &s = r.settings();
    s.beginGroup(QStringLiteral("ui"));
    const QStringList uiKeys = s.allKeys();
    for (const QString &k : uiKeys)
        out.ui.insert(k, s.value(k));
    s.endGroup();
}

QString portMapText(const QMap<QString, int> &ports)
{
    QStringList parts;
    for (auto it = ports.cbegin(); it != ports.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
    return parts.join(QLatin1Char(' '));
}

void writeInterop(QSettings &s, const InteropSettings &in)
{
    s.beginGroup(QStringLiteral("interop"));
    s.setValue(QStringLiteral("listenAddress"), in.listenAddress);
    s.setValue(QStringLiteral("allowNetwork"), in.allowNetwork);
    s.setValue(QStringLiteral("rotctld"), in.rotctld);
    s.setValue(QStringLiteral("rotctldFirstPort"), in.rotctldFirstPort);
    s.setValue(QStringLiteral("rotctldPorts"), portMapText(in.rotctldPorts));
    s.setValue(QStringLiteral("n1mm"), in.n1mm);
    s.setValue(QStringLiteral("n1mmPort"), in.n1mmPort);
    s.setValue(QStringLiteral("n1mmStatusAddress"), in.n1mmStatusAddress);
    s.setValue(QStringLiteral("n1mmStatusPort"), in.n1mmStatusPort);
    s.setValue(QStringLiteral("n1mmBandFollow"), in.n1mmBandFollow);
    s.setValue(QStringLiteral("pstRotator"), in.pstRotator);
    s.setValue(QStringLiteral("pstRotatorFirstPort"), in.pstRotatorFirstPort);
    s.setValue(QStringLiteral("pstRotatorPorts"), portMapText(in.pstRotatorPorts));
    s.endGroup();
}

void writeRemote(QSettings &s, const RemoteSettings &in)
{
    s.beginGroup(QStringLiteral("remote"));
    s.setValue(QStringLiteral("enabled"), in.enabled);
    s.setValue(QStringLiteral("port"), in.port);
    s.setValue(QStringLiteral("listenAddress"), in.listenAddress);
    s.setValue(QStringLiteral("allowNetwork"), in.allowNetwork);
    s.setValue(QStringLiteral("tlsCertificateFile"), in.tlsCertificateFile);
    s.setValue(QStringLiteral("tlsKeyFile"), in.tlsKeyFile);
    s.endGroup();
    s.beginWriteArray(QStringLiteral("remoteUsers"), int(in.users.size()));
    for (int i = 0; i < in.users.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), in.users.at(i).name);
        s.setValue(QStringLiteral("control"), in.users.at(i).control);
        s.setValue(QStringLiteral("hash"), in.users.at(i).passwordHash);
    }
    s.endArray();
}

void writeAll(QSettings &s, const AppSettings &in)
{
    s.setValue(keyFormatVersion(), SettingsStore::formatVersion);

    s.beginWriteArray(QStringLiteral("brokers"), int(in.brokers.size()));
    for (int i = 0; i < in.brokers.size(); ++i) {
        const BrokerProfile &p = in.brokers.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("url"), p.url.toString());
        s.setValue(QStringLiteral("username"), p.username);
        // p.password is deliberately not written: it belongs in the CredentialStore.
        s.setValue(QStringLiteral("caFile"), p.caFile);
        s.setValue(QStringLiteral("clientId"), p.clientId);
        s.setValue(QStringLiteral("enabled"), p.enabled);
        s.setValue(QStringLiteral("discover"), p.discover);
        s.setValue(QStringLiteral("keepAliveSec"), p.keepAliveSec);
        s.setValue(QStringLiteral("reconnectMinMs"), p.reconnectMinMs);
        s.setValue(QStringLiteral("reconnectMaxMs"), p.reconnectMaxMs);
    }
    s.endArray();

    const auto setOptional = [&s](const QString &key, const auto &value) {
        if (value)
            s.setValue(key, *value);
    };
    s.beginWriteArray(QStringLiteral("rotators"), int(in.rotators.size()));
    for (int i = 0; i < in.rotators.size(); ++i) {
        const RotatorSettings &r = in.rotators.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("broker"), r.brokerName);
        s.setValue(QStringLiteral("address"), r.address.toString());
        s.setValue(QStringLiteral("label"), r.label);
        s.setValue(QStringLiteral("colour"), r.colour);
        setOptional(QStringLiteral("maxRotateDeg"), r.maxRotateDeg);
        setOptional(QStringLiteral("beamWidthDeg"), r.beamWidthDeg);
        setOptional(QStringLiteral("startAzimuthOverrideDeg"), r.startAzimuthOverrideDeg);
        setOptional(QStringLiteral("parkBearingDeg"), r.parkBearingDeg);
        setOptional(QStringLiteral("elevationMode"), r.elevationMode);
        setOptional(QStringLiteral("autoParkAfterMin"), r.autoParkAfterMin);
        setOptional(QStringLiteral("bidirectional"), r.bidirectional);
        setOptional(QStringLiteral("trackDeadBandDeg"), r.trackDeadBandDeg);
        setOptional(QStringLiteral("trackIntervalSec"), r.trackIntervalSec);
        setOptional(QStringLiteral("trackStartElevationDeg"), r.trackStartElevationDeg);
        setOptional(QStringLiteral("trackStopElevationDeg"), r.trackStopElevationDeg);
        if (!r.bands.isEmpty())
            s.setValue(QStringLiteral("bands"), r.bands.join(QLatin1Char(',')));
        if (!r.useHttp)
            s.setValue(QStringLiteral("useHttp"), false);
        setOptional(QStringLiteral("httpPort"), r.httpPort);
        if (r.httpLogin)
            s.setValue(QStringLiteral("httpLogin"), true);
        if (!r.n1mmName.isEmpty())
            s.setValue(QStringLiteral("n1mmName"), r.n1mmName);
        s.beginWriteArray(QStringLiteral("presets"), int(r.presets.size()));
        for (int j = 0; j < r.presets.size(); ++j) {
            s.setArrayIndex(j);
            s.setValue(QStringLiteral("label"), r.presets.at(j).label);
            s.setValue(QStringLiteral("bearingDeg"), r.presets.at(j).bearingDeg);
        }
        s.endArray();
    }
    s.endArray();

    s.beginWriteArray(QStringLiteral("azElPairs"), int(in.azElPairs.size()));
    for (int i = 0; i < in.azElPairs.size(); ++i) {
        const AzElPairSettings &pair = in.azElPairs.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("broker"), pair.brokerName);
        s.setValue(QStringLiteral("azimuth"), pair.azimuth.toString());
        s.setValue(QStringLiteral("elevation"), pair.elevation.toString());
        s.setValue(QStringLiteral("label"), pair.label);
    }
    s.endArray();

    s.beginWriteArray(QStringLiteral("groups"), int(in.groups.size()));
    for (int i = 0; i < in.groups.size(); ++i) {
        const GroupSettings &group = in.groups.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), group.name);
        s.beginWriteArray(QStringLiteral("members"), int(group.members.size()));
        for (int j = 0; j < group.members.size(); ++j) {
            const GroupMemberSettings &member = group.members.at(j);
            s.setArrayIndex(j);
            s.setValue(QStringLiteral("broker"), member.brokerName);
            s.setValue(QStringLiteral("address"), member.address.toString());
            s.setValue(QStringLiteral("offsetDeg"), member.offsetDeg);
        }
        s.endArray();
    }
    s.endArray();

    s.setValue(QStringLiteral("station/locator"), in.station.locator);
    s.setValue(QStringLiteral("station/name"), in.station.name);
    s.setValue(QStringLiteral("station/callsign"), in.station.callsign);
    s.beginWriteArray(QStringLiteral("clusterNodes"), int(in.clusterNodes.size()));
    for (int i = 0; i < in.clusterNodes.size(); ++i) {
        const ClusterNodeSettings &node = in.clusterNodes.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("host"), node.host);
        s.setValue(QStringLiteral("port"), node.port);
        s.setValue(QStringLiteral("enabled"), node.enabled);
        s.setValue(QStringLiteral("loginCommand"), node.loginCommand);
    }
    s.endArray();
    writeInterop(s, in.interop);
    writeRemote(s, in.remote);
    if (!in.countryFileUrl.isEmpty())
        s.setValue(QStringLiteral("data/countryFileUrl"), in.countryFileUrl);
    s.setValue(QStringLiteral("window/geometry"), in.windowGeometry);
    s.setValue(QStringLiteral("window/state"), in.windowState);
    s.beginGroup(QStringLiteral("ui"));
    for (auto it = in.ui.cbegin(); it != in.ui.cend(); ++it)
        s.setValue(it.key(), it.value());
    s.endGroup();
}

} // namespace

SettingsStore::SettingsStore(QString filePath)
    : m_filePath(std::move(filePath))
{
    if (m_filePath.isEmpty()) {
        const QSettings standard(QSettings::IniFormat, QSettings::UserScope,
                                 QStringLiteral("RotorDeck"), QStringLiteral("RotorDeck"));
        m_filePath = standard.fileName();
    }
}

QString SettingsStore::filePath() const
{
    return m_filePath;
}

SettingsStore::LoadResult SettingsStore::load() const
{
    LoadResult result;
    if (!QFileInfo::exists(m_filePath)) {
        result.usedDefaults = true;
        return result;
    }
    if (const auto why = fileLevelProblem(m_filePath)) {
        const QString keep = QStringLiteral("; using the defaults (the file is kept as %1.damaged "
                                            "when settings are saved)")
                                 .arg(QFileInfo(m_filePath).fileName());
        result.problems.append(why->text
                               + (why->damaged ? keep : QStringLiteral("; using the defaults")));
        result.problemCodes.append(
            {why->damaged ? Problem::Kind::DamagedFile : Problem::Kind::UnreadableFile,
             QFileInfo(m_filePath).fileName()});
        qCWarning(lcSettings).noquote() << m_filePath << result.problems.constLast();
        result.usedDefaults = true;
        return result;
    }

    QSettings s(m_filePath, QSettings::IniFormat);
    Reader reader(s, result.problems, result.problemCodes);

    if (!s.contains(keyFormatVersion())) {
        if (!s.allKeys().isEmpty())
            reader.problem(keyFormatVersion(),
                           QStringLiteral("missing; reading as version %1").arg(formatVersion));
    } else {
        const auto version = reader.integer(keyFormatVersion(), 1, std::numeric_limits<int>::max());
        result.fileFormatVersion = version.value_or(0);
        if (version && *version > formatVersion) {
            result.newerFormat = true;
            reader.problem(keyFormatVersion(),
                           QStringLiteral("the file was written by a newer RotorDeck (format %1, "
                                          "this version reads %2): loading what is understood; "
                                          "it will not be overwritten without asking")
                               .arg(*version)
                               .arg(formatVersion),
                           Problem::Kind::NewerFormat);
        }
    }
    if (s.contains(keyKeyCount())) {
        const auto expected = reader.integer(keyKeyCount(), 0, std::numeric_limits<int>::max());
        const qsizetype found = s.allKeys().size() - 2;
        if (expected && found < *expected)
            reader.problem(keyKeyCount(),
                           QStringLiteral("%1 entries were saved but only %2 are in the file "
                                          "(truncated?); loading what is there")
                               .arg(*expected)
                               .arg(found),
                           Problem::Kind::Truncated);
    }
    readAll(reader, result.settings);
    return result;
}

bool SettingsStore::save(const AppSettings &settings, QString *error, SaveMode mode) const
{
    const auto fail = [error, this](const QString &why) {
        qCWarning(lcSettings).noquote() << "cannot save" << m_filePath << ":" << why;
        if (error)
            *error = why;
        return false;
    };

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));

    if (info.exists()) {
        if (const auto why = fileLevelProblem(m_filePath); why && !why->damaged) {
            return fail(why->text + QStringLiteral("; not overwritten"));
        } else if (why) {
            // Keep the damaged file for the user, then start from an empty one.
            const QString backup = m_filePath + QStringLiteral(".damaged");
            QFile::remove(backup);
            if (!QFile::copy(m_filePath, backup))
                return fail(
                    QStringLiteral("cannot keep a copy of the damaged file as %1").arg(backup));
            if (!QFile::remove(m_filePath))
                return fail(QStringLiteral("cannot replace the damaged file"));
        } else if (mode == SaveMode::RefuseNewerFormat) {
            const QSettings existing(m_filePath, QSettings::IniFormat);
            const int version = existing.value(keyFormatVersion()).toInt();
            if (version > formatVersion)
                return fail(QStringLiteral("the file was written by a newer RotorDeck (format %1); "
                                           "not overwritten")
                                .arg(version));
        }
    }

    QSettings s(m_filePath, QSettings::IniFormat);
    s.clear(); // drops keys we no longer write (and any password someone put there by hand)
    writeAll(s, settings);
    s.setValue(keyKeyCount(), s.allKeys().size() - 1); // all but formatVersion and keyCount itself
    s.sync();
    if (s.status() != QSettings::NoError)
        return fail(s.status() == QSettings::AccessError
                        ? QStringLiteral("cannot write the settings file (access error)")
                        : QStringLiteral("cannot write the settings file (format error)"));
    if (error)
        error->clear();
    return true;
}
