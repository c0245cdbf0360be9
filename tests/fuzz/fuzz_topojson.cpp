// SPDX-License-Identifier: GPL-3.0-or-later
// The TopoJSON loader: a damaged map file must be refused, never crash.
#include "geo/topojson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString reason;
    const auto topology = geo::TopoJson::parse(json, &reason);
    if (!topology)
        return 0;
    for (const QString &name : topology->objectNames()) {
        (void)topology->polygons(name);
        (void)topology->mesh(name, geo::TopoJson::MeshKind::AllArcs);
        (void)topology->mesh(name, geo::TopoJson::MeshKind::SharedArcs);
    }
    return 0;
}
