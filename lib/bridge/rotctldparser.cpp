// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotctldparser.h"

#include <QHash>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace {

struct CommandSpec
{
    RotctldCommand::Kind kind;
    const char *longName;
    /// Arguments rotctld reads after the command (hamlib 4.5 rotctl_parse.c command table).
    int arguments;
};

// Short (one character) command names of hamlib 4.5's rotctl command table.
const QHash<char, CommandSpec> &shortNames()
{
    using K = RotctldCommand::Kind;
    static const QHash<char, CommandSpec> names {
        {'P', {K::SetPos, "set_pos", 2}},
        {'p', {K::GetPos, "get_pos", 0}},
        {'S', {K::Stop, "stop", 0}},
        {'K', {K::Park, "park", 0}},
        {'M', {K::Move, "move", 2}},
        {'_', {K::GetInfo, "get_info", 0}},
        {'1', {K::DumpCaps, "dump_caps", 0}},
        {'s', {K::GetStatus, "get_status", 0}},
        {'v', {K::GetLevel, "get_level", 1}},
        {'u', {K::GetFunc, "get_func", 1}},
        {'x', {K::GetParm, "get_parm", 1}},
        {'q', {K::Quit, "quit", 0}},
        {'Q', {K::Quit, "quit", 0}},
        {'R', {K::NotImplemented, "reset", 1}},
        {'V', {K::NotImplemented, "set_level", 2}},
        {'U', {K::NotImplemented, "set_func", 2}},
        {'X', {K::NotImplemented, "set_parm", 2}},
        {'C', {K::NotImplemented, "set_conf", 2}},
        {'w', {K::NotImplemented, "send_cmd", 1}},
        {'L', {K::NotImplemented, "lonlat2loc", 3}},
        {'l', {K::NotImplemented, "loc2lonlat", 1}},
        {'D', {K::NotImplemented, "dms2dec", 4}},
        {'d', {K::NotImplemented, "dec2dms", 1}},
        {'E', {K::NotImplemented, "dmmm2dec", 3}},
        {'e', {K::NotImplemented, "dec2dmmm", 1}},
        {'B', {K::NotImplemented, "qrb", 4}},
        {'A', {K::NotImplemented, "a_sp2a_lp", 1}},
        {'a', {K::NotImplemented, "d_sp2d_lp", 1}},
    };
    return names;
}

// Long names: every short command's long name, plus the two that have no letter.
const QHash<QByteArray, CommandSpec> &longNames()
{
    using K = RotctldCommand::Kind;
    static const QHash<QByteArray, CommandSpec> names = [] {
        QHash<QByteArray, CommandSpec> all;
        for (const CommandSpec &spec : shortNames()) {
            if (spec.kind != K::Quit)
                all.insert(spec.longName, spec);
        }
        all.insert("dump_state", {K::DumpState, "dump_state", 0});
        all.insert("pause", {K::NotImplemented, "pause", 1});
        return all;
    }();
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

// hamlib's set_pos turns the first ',' of each argument into '.' (gpredict in a locale with
// decimal commas sends `P 120,00 10,00`).
std::optional<double> angle(QByteArray text)
{
    const qsizetype comma = text.indexOf(',');
    if (comma >= 0)
        text[comma] = '.';
    return finiteNumber(text);
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
    int arguments = 0;
    if (text.startsWith('\\')) {
        // As rotctld: the name is the letters, digits and '_' after the backslash.
        qsizetype end = 1;
        while (end < text.size()
               && (std::isalnum(static_cast<unsigned char>(text.at(end))) || text.at(end) == '_'))
            ++end;
        token = text.mid(1, end - 1);
        rest = text.mid(end);
        const auto it = longNames().constFind(token);
        if (it == longNames().constEnd()) {
            command.longName = '\\' + token;
            command.kind = RotctldCommand::Kind::Unknown;
            return command;
        }
        command.longName = token;
        command.kind = it->kind;
        arguments = it->arguments;
    } else {
        const char c = text.front();
        rest = text.mid(1);
        const auto it = shortNames().constFind(c);
        if (it == shortNames().constEnd()) {
            // Not a one-letter command: an unknown word.
            const qsizetype end = text.indexOf(' ');
            command.longName = end < 0 ? text : text.left(end);
            command.kind = RotctldCommand::Kind::Unknown;
            return command;
        }
        command.kind = it->kind;
        command.longName = it->longName;
        arguments = it->arguments;
    }

    const QList<QByteArray> args = rest.simplified().split(' ');
    QList<QByteArray> nonEmpty;
    for (const QByteArray &a : args) {
        if (!a.isEmpty())
            nonEmpty.append(a);
    }
    // `?` as the first argument asks for the list and ends the arguments (as in rotctld).
    if (!nonEmpty.isEmpty() && nonEmpty.front().startsWith('?'))
        arguments = std::min(arguments, 1);
    if (nonEmpty.size() < arguments) {
        command.kind = RotctldCommand::Kind::BadArguments;
        command.missingArguments = int(arguments - nonEmpty.size());
        command.argsText = nonEmpty.join(' ');
        return command;
    }
    // rotctld reads whatever follows the arguments as further commands (`pp`, `P 1 2 p`).
    command.remainder = arguments == 0 ? rest.trimmed() : nonEmpty.mid(arguments).join(' ');
    nonEmpty = nonEmpty.mid(0, arguments);
    command.argsText = nonEmpty.join(' ');
    command.firstArg = nonEmpty.value(0);

    switch (command.kind) {
    case RotctldCommand::Kind::SetPos: {
        // `P ?` ends the arguments after the `?` (as in rotctld): not a position.
        const auto az = nonEmpty.size() == 2 ? angle(nonEmpty.at(0)) : std::nullopt;
        const auto el = nonEmpty.size() == 2 ? angle(nonEmpty.at(1)) : std::nullopt;
        if (!az || !el) {
            command.kind = RotctldCommand::Kind::BadArguments;
            break;
        }
        command.azimuthDeg = *az;
        command.elevationDeg = *el;
        break;
    }
    case RotctldCommand::Kind::Move: {
        const auto dir = nonEmpty.size() == 2 ? integer(nonEmpty.at(0)) : std::nullopt;
        const auto speed = nonEmpty.size() == 2 ? integer(nonEmpty.at(1)) : std::nullopt;
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
