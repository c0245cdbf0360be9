// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "sim/simulatedrotatorconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// The command line of `rotordeck-sim`, parsed and range-checked (docs/architecture.md §10).
///
/// NET_IDs: device i of --count gets id `first-id + i` as SimulatedRotatorConfig::formatId()
/// writes it ("01", "02", … "99", then "A0", "A1", …): the firmware keeps 2 characters at most,
/// and so does the simulator. --config FILE replaces --count: one device per JSON array entry,
/// each entry starting from the values the other options give (keys: see helpText()).
struct SimulatorOptions
{
    QUrl brokerUrl;
    bool embeddedBroker = false;
    /// Show the rotordeck.* info and debug log (hidden by default).
    bool verbose = false;
    QList<SimulatedRotatorConfig> devices;
    /// --http-port: device i serves its HTTP reads on 127.0.0.1:httpPort+i; 0 = no HTTP.
    quint16 httpPort = 0;
    /// --http-password: Digest authentication for the HTTP side (user admin); empty = none.
    QString httpPassword;
    /// Things worth saying that do not stop the program ("--speed 30 is beyond …").
    QStringList warnings;

    /// Real rotators turn about 1-6°/s; above this --speed warns of overshoot.
    static constexpr double realisticMaxSpeedDegPerSec = 10.0;

    /// Parses argv (arguments.first() is the program). Errors read like "--range: 800 is out of
    /// range 0..719" or "--config x.json: entry 2: field 'speed': …".
    [[nodiscard]] static ParsedCommandLine<SimulatorOptions> parse(const QStringList &arguments);
    /// The JSON text of a --config file; `base` gives the values of absent keys, `firstId`
    /// numbers entries without an "id" key. nullopt with `*error` set on any problem.
    [[nodiscard]] static std::optional<QList<SimulatedRotatorConfig>>
    parseConfigJson(const QByteArray &json, const SimulatedRotatorConfig &base, int firstId,
                    QString *error);
    [[nodiscard]] static QString helpText();
};
