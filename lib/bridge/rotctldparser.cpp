// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotctldparser.h"

#include <QHash>

#include <cmath>

namespace {

struct CommandName
{
    RotctldCommand::Kind kind;
    const char *longName;
};

// Short (one character) command names of hamlib's rotctl command table.
const QHash<char, CommandName> &shortNames()
{
    using K = RotctldCommand::Kind;
    static const QHash<char, CommandName> names {
        {'P', {K::SetPos, "set_pos"}},
        {'p', {K::GetPos, "get_pos"}},
        {'S', {K::Stop, "stop"}},
        {'K', {K::Park, "park"}},
        {'M', {K::Move, "move"}},
        {'_', {K::GetInfo, "get_info"}},
        {'1', {K::DumpCaps, "dump_caps"}},
        {'q', {K::Quit, "quit"}},
        {'Q', {K::Quit, "quit"}},
        {'C', {K::NotImplemented, "set_conf"}},
        {'R', {K::NotImplemented, "reset"}},
        {'w', {K::NotImplemented, "send_cmd"}},
        {'W', {K::NotImplemented, "send_cmd_rx"}},
        {'u', {K::NotImplemented, "get_status"}},
        {'V', {K::NotImplemented, "set_level"}},
        {'v', {K::NotImplemented, "get_level"}},
        {'L', {K::NotImplemented, "lonlat2loc"}},
        {'l', {K::NotImplemented, "loc2lonlat"}},
        {'D', {K::NotImplemented, "dms2dec"}},
        {'d', {K::NotImplemented, "dec2dms"}},
        {'E', {K::NotImplemented, "dmmm2dec"}},
        {'e', {K::NotImplemented, "dec2dmmm"}},
        {'B', {K::NotImplemented, "qrb"}},
        {'A', {K::NotImplemented, "a_sp2a_lp"}},
        {'a', {K::NotImplemented, "d_sp2d_lp"}},
    };
    return names;
}

const QHash<QByteArray, RotctldCommand::Kind> &longNames()
{
    using K = RotctldCommand::Kind;
    static const QHash<QByteArray, K> names {
        {"set_pos", K::SetPos},
        {"get_pos", K::GetPos},
        {"stop", K::Stop},
        {"park", K::Park},
        {"move", K::Move},
        {"get_info", K::GetInfo},
        {"dump_state", K::DumpState},
        {"dump_caps", K::DumpCaps},
        {"set_conf", K::NotImplemented},
        {"get_conf", K::NotImplemented},
        {"reset", K::NotImplemented},
        {"send_cmd", K::NotImplemented},
        {"get_status", K::NotImplemented},
        {"set_level", K::NotImplemented},
        {"get_level", K::NotImplemented},
        {"set_func", K::NotImplemented},
        {"get_func", K::NotImplemented},
        {"set_parm", K::NotImplemented},
        {"get_parm", K::NotImplemented},
        {"lonlat2loc", K::NotImplemented},
        {"loc2lonlat", K::NotImplemented},
        {"qrb", K::NotImplemented},
    };
    return names;
}

// Punctuation that selects the Extended Response Protocol: C ispunct() minus '\', '?', '_', '#'.
bool isExtendedMarker(char c)
{
    static constexpr QByteArrayView marks = "!\"$%&'()*+,-./:;<=>@[]^`{|}~";
    return marks.contains(c);
}

std::optional<double> finiteNumber(const QByteArray &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> integer(const QByteArray &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<RotctldCommand> RotctldParser::parseLine(QByteArrayView line)
{
    QByteArray text = line.toByteArray().trimmed();
    if (text.isEmpty() || text.startsWith('#'))
        return std::nullopt;

    RotctldCommand command;
    if (isExtendedMarker(text.front())) {
        command.separator = text.front() == '+' ? '\n' : text.front();
        text = text.mid(1).trimmed();
        if (text.isEmpty()) {
            command.kind = RotctldCommand::Kind::Unknown;
            return command;
        }
    }

    QByteArray token;
    QByteArray rest;
    if (text.startsWith('\\')) {
        const qsizetype end = text.indexOf(' ');
        token = end < 0 ? text.mid(1) : text.mid(1, end - 1);
        rest = end < 0 ? QByteArray() : text.mid(end + 1);
        command.longName = token;
        command.kind = longNames().value(token, RotctldCommand::Kind::Unknown);
        if (command.kind == RotctldCommand::Kind::Unknown)
            command.longName = '\\' + token;
    } else {
        const char c = text.front();
        rest = text.mid(1);
        const auto it = shortNames().constFind(c);
        if (it == shortNames().constEnd()
            || (!rest.isEmpty() && rest.front() != ' ' && rest.front() != '\t')) {
            // Not a one-letter command followed by arguments: an unknown word.
            const qsizetype end = text.indexOf(' ');
            command.longName = end < 0 ? text : text.left(end);
            command.kind = RotctldCommand::Kind::Unknown;
            return command;
        }
        command.kind = it->kind;
        command.longName = it->longName;
    }

    const QList<QByteArray> args = rest.simplified().split(' ');
    QList<QByteArray> nonEmpty;
    for (const QByteArray &a : args) {
        if (!a.isEmpty())
            nonEmpty.append(a);
    }
    command.argsText = nonEmpty.join(' ');

    switch (command.kind) {
    case RotctldCommand::Kind::SetPos: {
        const auto az = nonEmpty.size() >= 2 ? finiteNumber(nonEmpty.at(0)) : std::nullopt;
        const auto el = nonEmpty.size() >= 2 ? finiteNumber(nonEmpty.at(1)) : std::nullopt;
        if (!az || !el) {
            command.kind = RotctldCommand::Kind::BadArguments;
            break;
        }
        command.azimuthDeg = *az;
        command.elevationDeg = *el;
        break;
    }
    case RotctldCommand::Kind::Move: {
        const auto dir = nonEmpty.size() >= 2 ? integer(nonEmpty.at(0)) : std::nullopt;
        const auto speed = nonEmpty.size() >= 2 ? integer(nonEmpty.at(1)) : std::nullopt;
        if (!dir || !speed) {
            command.kind = RotctldCommand::Kind::BadArguments;
            break;
        }
        command.direction = *dir;
        command.speed = *speed;
        break;
    }
    default:
        break;
    }
    return command;
}

QByteArray RotctldParser::formatReply(const RotctldCommand &command,
                                      const QList<std::pair<QByteArray, QByteArray>> &values,
                                      int code)
{
    const QByteArray rprt = "RPRT " + QByteArray::number(code);
    if (!command.extended()) {
        if (code != Ok || values.isEmpty())
            return rprt + '\n';
        QByteArray out;
        for (const auto &[key, value] : values)
            out += value + '\n';
        return out;
    }
    QList<QByteArray> records;
    QByteArray header = command.longName + ':';
    if (!command.argsText.isEmpty())
        header += ' ' + command.argsText;
    records.append(header);
    if (code == Ok) {
        for (const auto &[key, value] : values)
            records.append(key + ": " + value);
    }
    records.append(rprt);
    return records.join(command.separator) + '\n';
}

QByteArray RotctldParser::formatDumpState(const RotctldCommand &command, double minAzDeg,
                                          double maxAzDeg, double minElDeg, double maxElDeg)
{
    const auto f = [](double v) {
        return QByteArray::number(v, 'f', 6);
    };
    if (!command.extended()) {
        return "1\n1\nmin_az=" + f(minAzDeg) + "\nmax_az=" + f(maxAzDeg) + "\nmin_el=" + f(minElDeg)
            + "\nmax_el=" + f(maxElDeg) + "\nsouth_zero=0\nrot_type=AzEl\ndone\n";
    }
    const QList<QByteArray> records {
        "dump_state:",
        "rotctld Protocol Ver: 1",
        "Rotor Model: 1",
        "Minimum Azimuth: " + f(minAzDeg),
        "Maximum Azimuth: " + f(maxAzDeg),
        "Minimum Elevation: " + f(minElDeg),
        "Maximum Elevation: " + f(maxElDeg),
        "South Zero: 0",
        "rot_type=AzEl",
        "done",
        "RPRT 0",
    };
    return records.join(command.separator) + '\n';
}

QByteArray RotctldParser::formatDumpCaps(const RotctldCommand &command, const QByteArray &capsText)
{
    QByteArray body = capsText;
    if (!body.isEmpty() && !body.endsWith('\n'))
        body += '\n';
    if (!command.extended())
        return body + "RPRT 0\n";
    return "dump_caps:" + QByteArray(1, command.separator) + body + "RPRT 0\n";
}

QByteArray RotctldParser::formatAngle(double deg)
{
    return QByteArray::number(deg, 'f', 2);
}
