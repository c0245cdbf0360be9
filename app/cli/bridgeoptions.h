// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "bridge/interophub.h"
#include "protocol/rotatoraddress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// The command line of `rotordeck-bridge`, parsed and validated.
struct BridgeOptions
{
    /// `--azel AZCALL/ID,ELCALL/ID`: an azimuth unit and an elevation-only unit as one antenna.
    struct AzElPair
    {
        RotatorAddress azimuth;
        RotatorAddress elevation;
        friend bool operator==(const AzElPair &, const AzElPair &) = default;
    };

    QUrl brokerUrl;
    QList<RotatorAddress> rotators;
    /// Their units are not in rotators: a pair's units are served by the pair's endpoints only.
    QList<AzElPair> azElPairs;
    InteropHub::Options hub;
    /// MaxRotateDegree to assume until the device publishes its own (--range; azimuth units).
    std::optional<int> maxRotateDeg;
    /// Log every command and reply.
    bool verbose = false;

    /// Parses argv (arguments.first() is the program).
    [[nodiscard]] static ParsedCommandLine<BridgeOptions> parse(const QStringList &arguments);
};
