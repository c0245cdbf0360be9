// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    bool verbose = false;

    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    /// Help or version text (Help, Version) or the error message (Error).
    QString text;

    /// Parses arguments (argv including the program name).
    [[nodiscard]] static BridgeOptions parse(const QStringList &arguments);
};
