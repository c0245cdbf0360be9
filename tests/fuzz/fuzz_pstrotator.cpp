// SPDX-License-Identifier: GPL-3.0-or-later
// One PstRotator datagram.
#include "bridge/pstrotatorparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)PstRotatorParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
