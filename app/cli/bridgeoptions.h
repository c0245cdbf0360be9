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

    /// `--web PORT` and its companions: the web remote (docs/remote.md).
    struct Web
    {
        /// nullopt = no web remote (the default).
        std::optional<quint16> port;
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        /// NAME:ROLE:HASH lines (remote::parseUsers); required with --web.
        QString usersFile;
        /// TLS: both or neither.
        QString certificateFile;
        QString keyFile;
        friend bool operator==(const Web &, const Web &) = default;
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
    Web web;
    /// `--hash-password`: read a password from stdin, print its hash for a users file, exit.
    /// Nothing else is needed or read then.
    bool hashPassword = false;

    /// Parses argv (arguments.first() is the program).
    [[nodiscard]] static ParsedCommandLine<BridgeOptions> parse(const QStringList &arguments);
};
