// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/rotatoraddress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// The rotordeck command line (docs/architecture.md §10), parsed and
/// checked before any window exists.
struct CommandLineOptions
{
    static constexpr int defaultDemoCount = 4;
    static constexpr int maxDemoCount = 500;

    bool demo = false;
    int demoCount = defaultDemoCount;
    /// --broker URL (empty = none).
    QUrl brokerUrl;
    /// --rotator CALL/ID, in order; they live on brokerUrl.
    QList<RotatorAddress> rotators;
    QString locator;
    QString settingsFile;
    bool showHelp = false;
    bool showVersion = false;
    /// Show the rotordeck.* debug and info log (hidden by default).
    bool verbose = false;
    /// The help text (for --help).
    QString helpText;

    /// Parses argv (arguments.first() is the program). nullopt with *error set when a value is
    /// wrong; the caller prints it and exits with status 2.
    [[nodiscard]] static std::optional<CommandLineOptions> parse(const QStringList &arguments,
                                                                 QString *error);
};
