// SPDX-License-Identifier: GPL-3.0-or-later
#include "maidenhead.h"

#include <algorithm>
#include <array>

namespace geo {
namespace {

// Size of one step of each pair, in degrees of longitude; latitude steps are half of these.
constexpr std::array<double, 4> lonStepDeg = {20.0, 2.0, 2.0 / 24.0, 2.0 / 240.0};
// Number of values each pair may take: letters A..R, digits, letters A..X, digits.
constexpr std::array<int, 4> pairRadix = {18, 10, 24, 10};

std::optional<int> pairValue(QChar c, int pairIndex)
{
    const bool letters = pairIndex % 2 == 0;
    int value = -1;
    if (letters) {
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
    } else if (c.unicode() >= u'0' && c.unicode() <= u'9') {
        value = c.unicode() - u'0';
    }
    if (value < 0 || value >= pairRadix[size_t(pairIndex)])
        return std::nullopt;
    return value;
}

} // namespace

std::optional<GeoPoint> locatorToPoint(QStringView locator)
{
    const QStringView text = locator.trimmed();
    const qsizetype length = text.size();
    if (length != 2 && length != 4 && length != 6 && length != 8)
        return std::nullopt;

    double lonDeg = -180.0;
    double latDeg = -90.0;
    const int pairs = int(length / 2);
    for (int pair = 0; pair < pairs; ++pair) {
        const auto lonValue = pairValue(text[2 * pair], pair);
        const auto latValue = pairValue(text[2 * pair + 1], pair);
        if (!lonValue || !latValue)
            return std::nullopt;
        lonDeg += *lonValue * lonStepDeg[size_t(pair)];
        latDeg += *latValue * lonStepDeg[size_t(pair)] / 2.0;
    }
    const double lastStepDeg = lonStepDeg[size_t(pairs - 1)];
    return GeoPoint {latDeg + lastStepDeg / 4.0, lonDeg + lastStepDeg / 2.0};
}

bool isValidLocator(QStringView locator)
{
    return locatorToPoint(locator).has_value();
}

QString pointToLocator(const GeoPoint &point, int length)
{
    if (length != 2 && length != 4 && length != 6 && length != 8)
        return {};
    if (!std::isfinite(point.latDeg) || !std::isfinite(point.lonDeg))
        return {};

    // Offsets from the south-west corner of the grid, kept inside it (lon 180 = -180 wraps; the
    // north pole belongs to the top row).
    double lon = normalisedLonDeg(point.lonDeg) + 180.0;
    double lat = std::clamp(point.latDeg, -90.0, 90.0) + 90.0;

    QString result;
    result.reserve(length);
    for (int pair = 0; pair < length / 2; ++pair) {
        const double lonStep = lonStepDeg[size_t(pair)];
        const double latStep = lonStep / 2.0;
        const int radix = pairRadix[size_t(pair)];
        // A tiny epsilon keeps exact boundaries (e.g. 15.0°) in the square they start.
        const int lonIndex = std::clamp(int(std::floor(lon / lonStep + 1e-9)), 0, radix - 1);
        const int latIndex = std::clamp(int(std::floor(lat / latStep + 1e-9)), 0, radix - 1);
        lon = std::max(0.0, lon - lonIndex * lonStep);
        lat = std::max(0.0, lat - latIndex * latStep);
        const bool letters = pair % 2 == 0;
        const char16_t base = letters ? u'A' : u'0';
        result += QChar(char16_t(base + lonIndex));
        result += QChar(char16_t(base + latIndex));
    }
    return result;
}

} // namespace geo
