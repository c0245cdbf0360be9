// SPDX-License-Identifier: GPL-3.0-or-later
// The DX cluster spot parser and line classifier: any bytes a node may send must be refused or
// parsed into a spot with sane fields, never crash.
#include "cluster/spotparser.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &raw : bytes.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        (void)cluster::classifyLine(line, u"OK1XYZ");
        const auto spot = cluster::parseSpot(line);
        if (spot && !(spot->frequencyKhz >= 1.0 && spot->frequencyKhz <= 300e6))
            std::abort();
        if (spot && (spot->dxCall.isEmpty() || spot->spotter.isEmpty()))
            std::abort();
    }
    return 0;
}
