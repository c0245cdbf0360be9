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
    QUrl brokerUrl;
    QList<RotatorAddress> rotators;
    InteropHub::Options hub;
    /// MaxRotateDegree to assume until the device publishes its own (--range).
    std::optional<int> maxRotateDeg;
    /// Log every command and reply.
    bool verbose = false;

    /// Parses argv (arguments.first() is the program).
    [[nodiscard]] static ParsedCommandLine<BridgeOptions> parse(const QStringList &arguments);
};
