// SPDX-License-Identifier: GPL-3.0-or-later
// The device payload parser: the first byte picks a leaf, the rest is the payload.
#include "protocol/payload.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int leafCount = static_cast<int>(protocol::Leaf::Other) + 2;
    const int pick = data[0] % leafCount;
    // Past the known leaves: an unknown name, and a name taken from the input itself.
    QString leaf;
    if (pick < leafCount - 2)
        leaf = protocol::leafName(static_cast<protocol::Leaf>(pick));
    else if (pick == leafCount - 2)
        leaf = QStringLiteral("SomethingNew");
    const QByteArray payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (leaf.isEmpty())
        leaf = QString::fromUtf8(payload.left(16));
    QString reason;
    const auto update = protocol::parsePayload(leaf, payload, &reason);
    if (!update && reason.isEmpty())
        __builtin_trap(); // every rejection must carry a reason
    return 0;
}
