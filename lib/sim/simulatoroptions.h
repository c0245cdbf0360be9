// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulatedrotatorconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// The command line of `rotordeck-sim`, parsed and range-checked (docs/architecture.md §10).
///
/// NET_IDs: device i of --count gets id `first-id + i` as formatId() writes it ("01", "02", …
/// "99", then "A0", "A1", …): the firmware keeps 2 characters at most, and so does
/// the simulator. --config FILE replaces --count: one device per JSON array entry, each entry
/// starting from the values the other options give (keys: see helpText()).
struct SimulatorOptions
{
    QUrl brokerUrl;
    bool embeddedBroker = false;
    bool help = false;
    bool version = false;
    /// Show the rotordeck.* info and debug log (hidden by default).
    bool verbose = false;
    QList<SimulatedRotatorConfig> devices;

    /// `arguments` without the program name. nullopt with `*error` set ("--range: 800 is out of
    /// range 0..719", "config x.json: entry 2: field 'speed': …") on any problem.
    [[nodiscard]] static std::optional<SimulatorOptions> parse(const QStringList &arguments,
                                                               QString *error);
    /// Same for the JSON text of a --config file; `base` gives the values of absent keys,
    /// `firstId` numbers entries without an "id" key.
    [[nodiscard]] static std::optional<QList<SimulatedRotatorConfig>>
    parseConfigJson(const QByteArray &json, const SimulatedRotatorConfig &base, int firstId,
                    QString *error);
    [[nodiscard]] static QString helpText();
    /// "01" for 1, "99" for 99, then a letter and a letter or digit: "A0" for 100, "zz" for
    /// 3323. Larger ids give their digits, which checkDevice() refuses.
    [[nodiscard]] static QString formatId(int id);
};
