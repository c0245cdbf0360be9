// SPDX-License-Identifier: GPL-3.0-or-later
// One rotctld command line, as a client (or garbage on the socket) would send it, with every
// further command on it (the server answers the remainder until it is empty, so it must shrink).
#include "bridge/rotctldparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    while (const auto command = RotctldParser::parseLine(line)) {
        if (command->remainder.isEmpty())
            break;
        if (command->remainder.size() >= line.size())
            std::abort(); // the server would loop forever
        line = command->remainder;
    }
    return 0;
}
