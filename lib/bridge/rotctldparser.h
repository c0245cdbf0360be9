// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

#include <optional>
#include <utility>

/// One command line of the hamlib rotctld protocol, parsed.
struct RotctldCommand
{
    enum class Kind {
        SetPos, ///< `P az el`, `\set_pos az el`
        GetPos, ///< `p`, `\get_pos`
        Stop, ///< `S`, `\stop`
        Park, ///< `K`, `\park`
        Move, ///< `M dir speed`, `\move dir speed`
        GetInfo, ///< `_`, `\get_info`
        DumpState, ///< `\dump_state`
        DumpCaps, ///< `1`, `\dump_caps`
        GetStatus, ///< `s`, `\get_status`
        GetLevel, ///< `v LEVEL`, `\get_level LEVEL` (`?` lists the levels)
        GetFunc, ///< `u FUNC`, `\get_func FUNC` (`?` lists the functions)
        GetParm, ///< `x PARM`, `\get_parm PARM` (`?` lists the parameters)
        Quit, ///< `q`, `Q`
        NotImplemented, ///< a real rotctld command RotorDeck does not offer (reset, set_conf, …)
        Unknown, ///< not a rotctld command at all
        BadArguments, ///< a known command with missing or unusable arguments
    };

    Kind kind = Kind::Unknown;
    /// 0 = default protocol; else the Extended Response separator ('\n' for a leading '+',
    /// otherwise the punctuation character itself: ';', '|', ',', …).
    char separator = 0;
    /// The long command name (`set_pos`), or the command token as received for unknown ones.
    QByteArray longName;
    /// Arguments as received, joined by single spaces (echoed in extended responses).
    QByteArray argsText;
    /// The first argument as received (the level, function or parameter name of the getters).
    QByteArray firstArg;
    /// What follows the command and its arguments on the line: more commands, as rotctld reads
    /// them (`pp` is two `p`, `P 1 2 p` a set_pos and a get_pos). Empty for most lines.
    QByteArray remainder;
    /// BadArguments only: how many arguments were missing from the line. rotctld reads them from
    /// the following lines (`P 120\n0\n`), so the server waits for more input when this is > 0.
    int missingArguments = 0;
    double azimuthDeg = 0.0;
    double elevationDeg = 0.0;
    int direction = 0;
    int speed = 0;

    [[nodiscard]] bool extended() const { return separator != 0; }

    friend bool operator==(const RotctldCommand &, const RotctldCommand &) = default;
};

/// Pure functions for the rotctld line protocol (hamlib 4.5 `rotctld` / `rotctl -m 2`).
class RotctldParser
{
public:
    /// hamlib error codes used in `RPRT x` lines.
    enum ReturnCode {
        Ok = 0,
        InvalidParameter = -1, ///< RIG_EINVAL: bad value, out of range, dark zone
        NotImplemented = -4, ///< RIG_ENIMPL: unknown or unsupported command
        TimedOut = -5, ///< RIG_ETIMEOUT: the unit fell silent (stale position)
        IoError = -6, ///< RIG_EIO: the broker is down
        Rejected = -9, ///< RIG_ERJCTED: the rotator refused (e.g. position unknown)
        NotAvailable = -11, ///< RIG_ENAVAIL: nothing to report yet (position unknown)
    };

    /// Longest accepted line in bytes (without its terminator); longer input is garbage.
    static constexpr int maxLineBytes = 1024;

    /// Parses one line (without or with its CR/LF). nullopt for blank lines and `#` comments,
    /// which get no reply; every other line yields a command (Unknown / BadArguments included).
    /// As hamlib's rotctld: arguments are words separated by blanks, the first decimal comma of
    /// each `set_pos` argument reads as a point (`P 120,5 10,0`), and what follows the last
    /// argument is left in RotctldCommand::remainder (the server parses it as further commands).
    [[nodiscard]] static std::optional<RotctldCommand> parseLine(QByteArrayView line);

    /// A complete reply to `command`: values are (key, text) pairs such as ("Azimuth", "12.00").
    /// Default protocol: the values one per line when code is 0 and there are values, else
    /// `RPRT code`. Extended: header, `key: value` records and `RPRT code`, each ended by the
    /// separator (the last one by '\n').
    [[nodiscard]] static QByteArray
    formatReply(const RotctldCommand &command,
                const QList<std::pair<QByteArray, QByteArray>> &values, int code);

    /// `\dump_state` reply (protocol version 1, the form `rotctl -m 2` of hamlib 4.5 accepts).
    [[nodiscard]] static QByteArray formatDumpState(const RotctldCommand &command, double minAzDeg,
                                                    double maxAzDeg, double minElDeg,
                                                    double maxElDeg);
    /// `\dump_caps` reply: free text lines followed by `RPRT 0`.
    [[nodiscard]] static QByteArray formatDumpCaps(const RotctldCommand &command,
                                                   const QByteArray &capsText);
    /// An angle as rotctld prints positions ("%.2f").
    [[nodiscard]] static QByteArray formatAngle(double deg);
};

Q_DECLARE_METATYPE(RotctldCommand)
