// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rotatoraddress.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace protocol {

/// The three parts of `CALL/ID/ROT/leaf`, as views into the topic (no allocation).
/// Only valid while the topic string they point into is alive.
struct TopicView
{
    QStringView call;
    QStringView id; ///< may be empty (`CALL//ROT/leaf`)
    QStringView leaf; ///< never empty
};

/// A parsed rotator topic.
struct ParsedTopic
{
    RotatorAddress address;
    QString leaf;

    friend bool operator==(const ParsedTopic &, const ParsedTopic &) = default;
};

/// Splits `CALL/ID/ROT/leaf`: exactly four levels, the third exactly `ROT`, CALL and leaf
/// non-empty, ID may be empty. Deeper or shallower topics give nullopt. Allocation-free: this
/// runs for every received message.
[[nodiscard]] std::optional<TopicView> parseTopicView(QStringView topic) noexcept;

/// As parseTopicView(), with owned strings.
[[nodiscard]] std::optional<ParsedTopic> parseTopic(QStringView topic);

} // namespace protocol
