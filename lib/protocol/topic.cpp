// SPDX-License-Identifier: GPL-3.0-or-later
#include "topic.h"

namespace protocol {

std::optional<TopicView> parseTopicView(QStringView topic) noexcept
{
    constexpr QChar slash = QLatin1Char('/');
    const qsizetype first = topic.indexOf(slash);
    if (first <= 0) // no separator, or an empty CALL
        return std::nullopt;
    const qsizetype second = topic.indexOf(slash, first + 1);
    if (second < 0)
        return std::nullopt;
    const qsizetype third = topic.indexOf(slash, second + 1);
    if (third < 0)
        return std::nullopt;
    const QStringView rot = topic.sliced(second + 1, third - second - 1);
    if (rot != QLatin1String("ROT"))
        return std::nullopt;
    const QStringView leaf = topic.sliced(third + 1);
    if (leaf.isEmpty() || leaf.contains(slash))
        return std::nullopt;
    return TopicView {topic.first(first), topic.sliced(first + 1, second - first - 1), leaf};
}

std::optional<ParsedTopic> parseTopic(QStringView topic)
{
    const std::optional<TopicView> view = parseTopicView(topic);
    if (!view)
        return std::nullopt;
    return ParsedTopic {RotatorAddress {view->call.toString(), view->id.toString()},
                        view->leaf.toString()};
}

} // namespace protocol
