// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRgb>

#include <array>

/// Every fixed colour of the app, named once. Widgets, models and the map take their colours from
/// here (or from the QPalette when a colour must follow the platform), and the light and dark
/// themes (theme.cpp) build their QPalettes from the same table, so a colour changes in one place.
namespace palette {

/// What a rotator's state looks like wherever it is shown (list, control panel, status bar,
/// previews). Red moving, orange in the overlap, green stopped, grey when the value cannot be
/// trusted: the meaning the device's own control page gives these colours.
namespace status {
inline constexpr QColor live {0x2e, 0xa0, 0x43}; ///< reachable and stopped
inline constexpr QColor stale {0xd9, 0x8c, 0x00}; ///< silent past the stale time
/// Moving, broker down, low supply, a refused command: whatever needs the user's eye.
inline constexpr QColor alert {0xd0, 0x30, 0x30};
inline constexpr QColor overlap {0xe0, 0x80, 0x10}; ///< stopped in the overlap, a long unwind
inline constexpr QColor untrusted {0x88, 0x88, 0x88}; ///< unknown, stale or in an end zone
} // namespace status

/// A field the user must correct (dialogs); readable on light and dark palettes.
inline constexpr QColor fieldProblem {0xd3, 0x2f, 0x2f};

/// The STOP button and the Stop / Stop All icons.
namespace stop {
inline constexpr QColor fill {0xc6, 0x28, 0x28};
inline constexpr QColor hover {0xd8, 0x43, 0x43};
inline constexpr QColor border {0x8e, 0x00, 0x00}; ///< also the pressed button
inline constexpr QColor disabledFill {0xa0, 0x60, 0x60};
inline constexpr QColor disabledText {0xee, 0xee, 0xee};
inline constexpr QColor text {0xff, 0xff, 0xff};
inline constexpr QColor iconFill {0xd3, 0x2f, 0x2f};
} // namespace stop

/// The "DEMO" badge in the status bar.
namespace demo {
inline constexpr QColor badge {0x7b, 0x3f, 0xa0};
inline constexpr QColor badgeText {0xff, 0xff, 0xff};
} // namespace demo

/// Traffic log: messages received and messages we published.
namespace traffic {
inline constexpr QColor inbound {0x2e, 0x80, 0xc0};
inline constexpr QColor outbound {0xd0, 0x70, 0x00};
/// A command on a device's topics that another client sent.
inline constexpr QColor otherClient {0x9a, 0x4d, 0xc0};
} // namespace traffic

/// Colours given to rotators nobody chose a colour for, in order: ten distinct hues that stay
/// readable on light and dark backgrounds (Tableau 10).
inline constexpr std::array<QRgb, 10> rotatorSeries {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                                     0x9467bd, 0x17becf, 0xe377c2, 0x8c564b,
                                                     0xbcbd22, 0x7f7f7f};

/// The compass map.
namespace map {
/// The dark map: quiet and dark, so that the beams carry the colour.
namespace dark {
inline constexpr QColor background {0x0b, 0x0e, 0x13};
inline constexpr QColor ocean {0x0c, 0x17, 0x22};
inline constexpr QColor land {0x2c, 0x3b, 0x47};
inline constexpr QColor coast {0x5a, 0x70, 0x80};
inline constexpr QColor border {0x42, 0x54, 0x61};
inline constexpr QColor night {0, 0, 0, 34};
inline constexpr QColor grid {0x5c, 0x7c, 0x8f, 70};
inline constexpr QColor gridText {0x7f, 0x9a, 0xab, 150};
inline constexpr QColor ring {0x3a, 0x52, 0x64};
inline constexpr QColor ringText {0x8d, 0xa4, 0xb5};
inline constexpr QColor cardinal {0xe8, 0xee, 0xf2};
inline constexpr QColor rangeText {0x8d, 0xa4, 0xb5, 200};
inline constexpr QColor target {0xff, 0xd1, 0x66};
inline constexpr QColor station {0xff, 0xff, 0xff};
inline constexpr QColor halo {0, 0, 0, 150}; ///< under beam lines, markers and labels
inline constexpr QColor darkZoneShade {0, 0, 0, 110};
inline constexpr QColor hoverCursor {255, 255, 255, 70};
/// A beam without a rotator colour in a view centred away from the station.
inline constexpr QColor plainBeamFromAfar {0xff, 0xff, 0xff};
} // namespace dark
/// The light map; background, rings and text follow the QPalette.
namespace light {
inline constexpr QColor ocean {0xdc, 0xe9, 0xf2};
inline constexpr QColor land {0xf4, 0xf1, 0xe8};
inline constexpr QColor coast {0x7d, 0x8c, 0x96};
inline constexpr QColor border {0xb3, 0xbc, 0xc2};
inline constexpr QColor night {0x10, 0x20, 0x40, 18};
inline constexpr QColor grid {0x40, 0x60, 0x80, 60};
inline constexpr QColor gridText {0x40, 0x60, 0x80, 170};
inline constexpr int rangeTextAlpha = 190; ///< on the palette's window text
inline constexpr QColor target {0xc2, 0x6a, 0x00};
inline constexpr QColor stationOnLight {0x10, 0x10, 0x10};
inline constexpr QColor stationOnDark {0xff, 0xff, 0xff};
inline constexpr QColor halo {255, 255, 255, 170};
inline constexpr QColor darkZoneShade {0, 0, 0, 45};
inline constexpr QColor hoverCursor {0, 0, 0, 70};
/// A beam without a rotator colour in a view centred away from the station.
inline constexpr QColor plainBeamFromAfar {0x00, 0x00, 0x00};
} // namespace light
/// A beam whose rotator has no colour.
inline constexpr QColor defaultBeam {0x4f, 0xc3, 0xf7};
/// The selected rotator's overlap arc and its CCW end-stop tick (the device page's orange).
inline constexpr QColor overlapArc {0xff, 0x9f, 0x1c};
inline constexpr int overlapArcAlpha = 220;
/// Hatching over the selected rotator's dark zone (the bearings it cannot reach).
inline constexpr QColor darkZoneHatch {200, 60, 60, 90};
/// The bracket and name that join the beams of the selected group.
inline constexpr QColor groupMarkOnDark {0xf2, 0xf5, 0xff, 230};
inline constexpr QColor groupMarkOnLight {0x20, 0x28, 0x40, 230};
} // namespace map

/// The Fusion palettes of the light and dark themes (theme.cpp).
namespace lightTheme {
inline constexpr QColor window {0xef, 0xef, 0xef};
inline constexpr QColor text {0x1e, 0x1e, 0x1e}; ///< window text, text, button text, tool tips
inline constexpr QColor base {0xff, 0xff, 0xff};
inline constexpr QColor alternateBase {0xf5, 0xf5, 0xf5};
inline constexpr QColor toolTipBase {0xff, 0xff, 0xdc};
inline constexpr QColor placeholderText {0x70, 0x70, 0x70};
inline constexpr QColor button {0xe6, 0xe6, 0xe6};
inline constexpr QColor brightText {0xff, 0xff, 0xff};
inline constexpr QColor highlight {0x30, 0x7c, 0xd0};
inline constexpr QColor highlightedText {0xff, 0xff, 0xff};
inline constexpr QColor link {0x20, 0x60, 0xc0};
inline constexpr QColor disabledText {0x9a, 0x9a, 0x9a};
} // namespace lightTheme

namespace darkTheme {
inline constexpr QColor window {0x2b, 0x2d, 0x30};
inline constexpr QColor text {0xe6, 0xe6, 0xe6}; ///< window text, text, button text, tool tips
inline constexpr QColor base {0x1e, 0x1f, 0x22};
inline constexpr QColor alternateBase {0x26, 0x28, 0x2b};
inline constexpr QColor toolTipBase {0x3c, 0x3f, 0x41};
inline constexpr QColor placeholderText {0xa0, 0xa0, 0xa0};
inline constexpr QColor button {0x3a, 0x3c, 0x40};
inline constexpr QColor brightText {0xff, 0x60, 0x60};
inline constexpr QColor highlight {0x3d, 0x7e, 0xd0};
inline constexpr QColor highlightedText {0xff, 0xff, 0xff};
inline constexpr QColor link {0x6c, 0xa8, 0xff};
inline constexpr QColor light {0x4a, 0x4c, 0x50};
inline constexpr QColor midlight {0x40, 0x42, 0x46};
inline constexpr QColor mid {0x30, 0x32, 0x35};
inline constexpr QColor dark {0x1a, 0x1b, 0x1d};
inline constexpr QColor shadow {0x10, 0x10, 0x10};
inline constexpr QColor disabledText {0x80, 0x80, 0x80};
} // namespace darkTheme

} // namespace palette
