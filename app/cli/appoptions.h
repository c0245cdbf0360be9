// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "cluster/clusterclient.h"
#include "protocol/rotatoraddress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// The rotordeck command line (docs/architecture.md §10), parsed and
/// checked before any window exists.
struct AppOptions
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
    /// --dx-cluster HOST:PORT: a DX cluster node for this run (besides the saved ones).
    std::optional<cluster::ClusterNode> dxCluster;
    /// --callsign: the station callsign for this run, in capitals (empty = the settings').
    QString callsign;
    QString settingsFile;
    /// --rotctld PORT: serve rotctld for this run, first rotator at PORT, + 2 each.
    std::optional<quint16> rotctldPort;
    /// --web PORT: serve the web remote for this run (Settings ▸ Web Remote has the accounts).
    std::optional<quint16> webPort;
    /// Show the rotordeck.* debug and info log (hidden by default).
    bool verbose = false;

    /// Parses argv (arguments.first() is the program). Help and errors are in the user's
    /// language (install the translators first).
    [[nodiscard]] static ParsedCommandLine<AppOptions> parse(const QStringList &arguments);
};
