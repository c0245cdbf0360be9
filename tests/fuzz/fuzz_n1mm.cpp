// SPDX-License-Identifier: GPL-3.0-or-later
// One N1MM Logger+ rotor datagram.
#include "bridge/n1mmparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)N1mmParser::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
