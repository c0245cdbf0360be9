// SPDX-License-Identifier: GPL-3.0-or-later
#include "topic.h"

#include "firmwarelimits.h"

#include <algorithm>

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

namespace {

bool isWildcard(QChar c) noexcept
{
    return c == QLatin1Char('+') || c == QLatin1Char('#');
}

bool isPrintableAscii(QChar c) noexcept
{
    return c.unicode() >= firstPrintableAscii && c.unicode() <= lastPrintableAscii;
}

} // namespace

bool isCommandLeaf(QStringView leaf) noexcept
{
    return std::any_of(commandLeaves.cbegin(), commandLeaves.cend(),
                       [leaf](QLatin1String command) { return leaf == command; });
}

bool isValidTopicLevel(QStringView level) noexcept
{
    if (level.isEmpty())
        return false;
    return std::none_of(level.cbegin(), level.cend(), [](QChar c) {
        return c == QLatin1Char('/') || isWildcard(c) || c.category() == QChar::Other_Control;
    });
}

bool isValidTopicName(QStringView topic) noexcept
{
    if (topic.isEmpty())
        return false;
    return std::none_of(topic.cbegin(), topic.cend(),
                        [](QChar c) { return isWildcard(c) || c.isNull(); });
}

bool isValidTopicFilter(QStringView filter)
{
    constexpr qsizetype maxTopicBytes = 65535;
    if (filter.isEmpty() || filter.contains(QChar(0)) || filter.toUtf8().size() > maxTopicBytes)
        return false;
    const auto levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QStringView level = levels.at(i);
        if (level.contains(u'#') && (level != u"#" || i != levels.size() - 1))
            return false;
        if (level.contains(u'+') && level != u"+")
            return false;
    }
    return true;
}

AddressProblem deviceAddressProblem(QStringView call, QStringView id) noexcept
{
    if (call.size() < minCallLength)
        return AddressProblem::EmptyCall;
    if (call.size() > maxCallLength)
        return AddressProblem::CallTooLong;
    if (id.size() > maxNetIdLength)
        return AddressProblem::IdTooLong;
    for (const QStringView level : {call, id}) {
        for (const QChar c : level) {
            if (!isPrintableAscii(c))
                return AddressProblem::NotPrintable;
            if (isWildcard(c) || c == QLatin1Char('/'))
                return AddressProblem::TopicCharacter;
        }
    }
    return AddressProblem::None;
}

QLatin1String addressProblemName(AddressProblem problem) noexcept
{
    switch (problem) {
    case AddressProblem::None:
        break;
    case AddressProblem::EmptyCall:
        return QLatin1String("empty call");
    case AddressProblem::CallTooLong:
        return QLatin1String("call longer than 20 characters");
    case AddressProblem::IdTooLong:
        return QLatin1String("ID longer than 2 characters");
    case AddressProblem::NotPrintable:
        return QLatin1String("not printable ASCII");
    case AddressProblem::TopicCharacter:
        return QLatin1String("'/', '+' or '#'");
    }
    return QLatin1String("valid");
}

} // namespace protocol
