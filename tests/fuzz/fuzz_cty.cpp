// SPDX-License-Identifier: GPL-3.0-or-later
// The country file parser and the lookup on what it built: a damaged cty.dat must be refused
// with a reason, never crash; lookups on any database must be safe.
#include "dxcc/countrydatabase.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    dxcc::CtyParseError error;
    const auto database = dxcc::CountryDatabase::fromBytes(bytes, &error);
    if (!database)
        return 0;
    // Look up every alias-shaped word of the input and a few portable forms.
    for (const QByteArray &word : bytes.split(',')) {
        const QString call = QString::fromLatin1(word.trimmed().left(40));
        (void)database->lookup(call);
        (void)database->lookup(call + u"/P"_qs);
        (void)database->lookup(u"DL/"_qs + call);
        (void)database->lookup(call + u"/7"_qs);
        (void)database->lookupPrefix(call);
    }
    return 0;
}
