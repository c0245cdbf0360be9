// SPDX-License-Identifier: GPL-3.0-or-later
// One rotctld command line, as a client (or garbage on the socket) would send it.
#include "bridge/rotctldparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)RotctldParser::parseLine(line);
    return 0;
}
