// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/// What a program's command line asks for.
enum class CommandLineOutcome {
    Run, ///< start with the parsed options
    Help, ///< print the help text, exit 0
    Version, ///< print the version line, exit 0
    Error ///< print the reason, exit 2
};

namespace cli {

/// "PROGRAM VERSION", the line every program prints for --version.
[[nodiscard]] QString versionLine(const QString &program);

/// Prints what the outcome asks for: help or version on stdout; on stderr "PROGRAM: reason",
/// then `errorHint` on a line of its own when it is not empty; nothing for Run. Returns the exit
/// status for outcomes other than Run: 0, or 2 after an error.
[[nodiscard]] int printOutcome(const QString &program, CommandLineOutcome outcome,
                               const QString &text, const QString &errorHint = {});

} // namespace cli

/// The one shape every command-line parser of RotorDeck returns (AppOptions, SimulatorOptions,
/// BridgeOptions): the options when the program should run, else the text to print.
template<typename Options> struct ParsedCommandLine
{
    CommandLineOutcome outcome = CommandLineOutcome::Run;
    /// Meaningful for Run only.
    Options options;
    /// The help text (ends with a newline), the version line (without) or the reason for Error.
    QString text;

    [[nodiscard]] static ParsedCommandLine run(Options parsed)
    {
        return {CommandLineOutcome::Run, std::move(parsed), {}};
    }
    [[nodiscard]] static ParsedCommandLine help(const QString &helpText)
    {
        return {CommandLineOutcome::Help, {}, helpText};
    }
    [[nodiscard]] static ParsedCommandLine version(const QString &program)
    {
        return {CommandLineOutcome::Version, {}, cli::versionLine(program)};
    }
    [[nodiscard]] static ParsedCommandLine error(const QString &reason)
    {
        return {CommandLineOutcome::Error, {}, reason};
    }

    /// For parsers built on QCommandLineParser: runs `parser` over `arguments` (argv) and
    /// returns Error (the parser's own message), Help or Version when that is what they ask
    /// for; nullopt when the caller goes on to check the values.
    [[nodiscard]] static std::optional<ParsedCommandLine>
    helpVersionOrParseError(QCommandLineParser &parser, const QStringList &arguments,
                            const QCommandLineOption &helpOption,
                            const QCommandLineOption &versionOption, const QString &program)
    {
        if (!parser.parse(arguments))
            return error(parser.errorText());
        if (parser.isSet(helpOption))
            return help(parser.helpText());
        if (parser.isSet(versionOption))
            return version(program);
        return std::nullopt;
    }
};

namespace cli {

template<typename Options>
[[nodiscard]] int printOutcome(const QString &program, const ParsedCommandLine<Options> &parsed,
                               const QString &errorHint = {})
{
    return printOutcome(program, parsed.outcome, parsed.text, errorHint);
}

} // namespace cli
