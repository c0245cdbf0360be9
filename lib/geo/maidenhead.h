// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace geo {

/// The centre of a Maidenhead locator square of 2, 4, 6 or 8 characters ("JO", "JO70",
/// "JO70va", "JO70va12"), case-insensitive, surrounding blanks ignored. nullopt if invalid.
[[nodiscard]] std::optional<GeoPoint> locatorToPoint(QStringView locator);

/// True when locatorToPoint() accepts the text.
[[nodiscard]] bool isValidLocator(QStringView locator);

/// The locator of a point, 2/4/6/8 characters (other lengths give an empty string), written
/// "JO70VA12": letters upper case. The poles and longitude 180 fall into the last square.
[[nodiscard]] QString pointToLocator(const GeoPoint &point, int length = 6);

} // namespace geo
