// SPDX-License-Identifier: GPL-3.0-or-later
// The topic parser, on arbitrary UTF-8 (and invalid UTF-8) topics.
#include "protocol/topic.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString topic = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto view = protocol::parseTopicView(topic);
    const auto parsed = protocol::parseTopic(topic);
    if (bool(view) != bool(parsed))
        __builtin_trap(); // the two entry points must agree
    if (parsed && parsed->address.topic(parsed->leaf) != topic)
        __builtin_trap(); // parse then build gives the same topic back
    return 0;
}
