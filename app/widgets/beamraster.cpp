// SPDX-License-Identifier: GPL-3.0-or-later
#include "beamraster.h"

#include <QImage>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace {

/// Each 8-bit channel of a premultiplied pixel times alpha/255, two channels per multiply.
inline quint32 scaled(quint32 pixel, quint32 alpha)
{
    quint32 redBlue = (pixel & 0x00ff00ffU) * alpha;
    redBlue = ((redBlue + ((redBlue >> 8) & 0x00ff00ffU) + 0x00800080U) >> 8) & 0x00ff00ffU;
    quint32 alphaGreen = ((pixel >> 8) & 0x00ff00ffU) * alpha;
    alphaGreen = (alphaGreen + ((alphaGreen >> 8) & 0x00ff00ffU) + 0x00800080U) & 0xff00ff00U;
    return alphaGreen | redBlue;
}

/// Source-over of a premultiplied colour at coverage 0..255.
inline void blendPixel(quint32 &pixel, quint32 colour, quint32 coverage)
{
    const quint32 source = coverage >= 255 ? colour : scaled(colour, coverage);
    pixel = source + scaled(pixel, 255U - (source >> 24));
}

/// floor() and ceil() for the hot loops: the plain x86-64 target has no rounding instruction
/// and the library call costs more than a blend. Only for values well inside int's range.
inline int floorToInt(double value)
{
    const int truncated = int(value);
    return truncated - (value < double(truncated) ? 1 : 0);
}

inline int ceilToInt(double value)
{
    const int truncated = int(value);
    return truncated + (value > double(truncated) ? 1 : 0);
}

/// Keeps coordinates where the int conversions above are exact.
constexpr double coordinateLimit = 1 << 20;

bool usable(QPointF point)
{
    return std::abs(point.x()) < coordinateLimit && std::abs(point.y()) < coordinateLimit;
}

} // namespace

BeamRaster::BeamRaster(QImage &image)
{
    if (image.format() != QImage::Format_ARGB32_Premultiplied
        && image.format() != QImage::Format_RGB32)
        return;
    m_bits = image.bits();
    m_bytesPerLine = image.bytesPerLine();
    m_width = image.width();
    m_height = image.height();
    m_scale = image.devicePixelRatio();
}

void BeamRaster::line(QPointF a, QPointF b, const QColor &colour, double widthPx, double dashPx,
                      double gapPx)
{
    if (!m_bits || colour.alpha() == 0 || !(widthPx > 0) || !(widthPx < 1000))
        return;
    a *= m_scale;
    b *= m_scale;
    const double width = widthPx * m_scale;
    const double dash = std::isfinite(dashPx) ? dashPx * m_scale : 0.0;
    const double gap = std::isfinite(gapPx) ? std::max(0.0, gapPx) * m_scale : 0.0;
    const double period = dash > 0 ? dash + gap : 0.0;
    if (!usable(a) || !usable(b))
        return;
    const quint32 source = qPremultiply(colour.rgba());

    // Walk the longer axis one pixel at a time; across it the stroke covers [centre - half,
    // centre + half], and each pixel gets the part of that interval it holds (Wu's idea, for
    // any width), in 1/256 px.
    const bool steep = std::abs(b.y() - a.y()) > std::abs(b.x() - a.x());
    const double major0 = steep ? a.y() : a.x();
    const double minor0 = steep ? a.x() : a.y();
    const double major1 = steep ? b.y() : b.x();
    const double minor1 = steep ? b.x() : b.y();
    if (std::abs(major1 - major0) < 1e-9)
        return;
    const double slope = (minor1 - minor0) / (major1 - major0);
    const double stretch = std::sqrt(1.0 + slope * slope); // stroke length per major pixel
    const int halfQ = int(width * stretch * 128.0 + 0.5);
    const int majorLimit = steep ? m_height : m_width;
    const int minorLimitQ = (steep ? m_width : m_height) << 8;
    const int step = major1 > major0 ? 1 : -1;
    // Pixel centres m + 0.5 from a's end to b's, so that dashes start at a; only those on the
    // image are visited.
    int first = step > 0 ? ceilToInt(major0 - 0.5) : floorToInt(major0 - 0.5);
    int last = step > 0 ? floorToInt(major1 - 0.5) : ceilToInt(major1 - 0.5);
    if (step > 0) {
        first = std::max(first, 0);
        last = std::min(last, majorLimit - 1);
    } else {
        first = std::min(first, majorLimit - 1);
        last = std::max(last, 0);
    }
    const int count = (last - first) * step + 1;
    if (count <= 0)
        return;
    double centre = minor0 + slope * (first + 0.5 - major0);
    const double centreStep = slope * step;
    double dashPhase = period > 0 ? std::abs(first + 0.5 - major0) * stretch : 0.0;
    if (period > 0)
        dashPhase = std::fmod(dashPhase, period);
    auto *const pixels = reinterpret_cast<quint32 *>(m_bits);
    const qsizetype pixelsPerLine = m_bytesPerLine / 4;
    for (int i = 0, m = first; i < count; ++i, m += step, centre += centreStep) {
        if (period > 0) {
            const bool inGap = dashPhase >= dash;
            dashPhase += stretch;
            if (dashPhase >= period)
                dashPhase -= period;
            if (inGap)
                continue;
        }
        const int centreQ = floorToInt(centre * 256.0);
        const int lowQ = std::max(0, centreQ - halfQ);
        const int highQ = std::min(minorLimitQ, centreQ + halfQ);
        if (lowQ >= highQ)
            continue;
        const int from = lowQ >> 8;
        const int to = (highQ - 1) >> 8;
        for (int p = from; p <= to; ++p) {
            const int covered = std::min(highQ, (p + 1) << 8) - std::max(lowQ, p << 8);
            quint32 &pixel = steep ? pixels[m * pixelsPerLine + p] : pixels[p * pixelsPerLine + m];
            blendPixel(pixel, source, quint32(std::min(covered, 255)));
        }
    }
}

namespace {

/// Pixel-centre offsets u from the ring's centre on one row, lo <= u <= hi.
struct Span
{
    double lo;
    double hi;
    bool empty() const { return lo > hi; }
};

constexpr double unbounded = 1e18;

Span intersected(Span a, Span b)
{
    return {std::max(a.lo, b.lo), std::min(a.hi, b.hi)};
}

/// The ring between the radii on the row dy below its centre (|dy| < outer): one span, or two
/// when the row crosses the hole (the second is empty otherwise).
std::array<Span, 2> ringOnRow(double dy, double inner, double outer)
{
    const double halfOuter = std::sqrt(outer * outer - dy * dy);
    const double halfInner = std::abs(dy) < inner ? std::sqrt(inner * inner - dy * dy) : -1.0;
    return {Span {-halfOuter, halfInner < 0 ? halfOuter : -halfInner},
            Span {halfInner < 0 ? unbounded : halfInner, halfOuter}};
}

/// The image columns whose pixel centres (x + 0.5) lie in span, offsets from centreX.
std::pair<int, int> columnsOf(Span span, double centreX, int width)
{
    const double first = std::max(-1.0, centreX + span.lo - 0.5);
    const double last = std::min(double(width), centreX + span.hi - 0.5);
    return {std::max(0, ceilToInt(first)), std::min(width - 1, floorToInt(last))};
}

/// The half plane k * u >= c * dy of one row, as u >= ratio * dy (lower) or u <= ratio * dy;
/// k == 0 gives all or nothing by the sign of c * dy.
struct HalfPlane
{
    HalfPlane(double k, double c)
        : ratio(std::abs(k) > 1e-12 ? c / k : 0.0)
        , kind(k > 1e-12 ? Kind::Lower : (k < -1e-12 ? Kind::Upper : Kind::Sign))
        , sign(c)
    {
    }
    Span at(double dy) const
    {
        switch (kind) {
        case Kind::Lower:
            return {ratio * dy, unbounded};
        case Kind::Upper:
            return {-unbounded, ratio * dy};
        case Kind::Sign:
            break;
        }
        return sign * dy <= 0 ? Span {-unbounded, unbounded} : Span {unbounded, -unbounded};
    }
    enum class Kind { Lower, Upper, Sign };
    double ratio;
    Kind kind;
    double sign;
};

} // namespace

void BeamRaster::ringSector(QPointF centre, double innerRadiusPx, double outerRadiusPx,
                            double fromBearingDeg, double spanDeg, const QColor &colour,
                            Edges edges)
{
    if (!m_bits || colour.alpha() == 0 || !std::isfinite(fromBearingDeg) || !std::isfinite(spanDeg)
        || spanDeg <= 0)
        return;
    centre *= m_scale;
    const double inner = std::max(0.0, innerRadiusPx * m_scale);
    const double outer = outerRadiusPx * m_scale;
    if (!(outer > inner) || !(outer < coordinateLimit) || !usable(centre))
        return;
    const quint32 source = qPremultiply(colour.rgba());
    const bool wholeRing = spanDeg >= 360.0;
    const bool wide = spanDeg > 180.0;
    const bool smooth = edges == Edges::Antialiased;

    // Bearing 0 is up and bearings run clockwise: on screen (y down) that is (sin, -cos).
    auto direction = [](double bearingDeg) {
        const double rad = bearingDeg * std::numbers::pi / 180.0;
        return QPointF(std::sin(rad), -std::cos(rad));
    };
    const QPointF start = direction(fromBearingDeg);
    const QPointF end = direction(fromBearingDeg + spanDeg);
    auto cross = [](QPointF u, QPointF v) {
        return u.x() * v.y() - u.y() * v.x();
    };
    auto inside = [&](QPointF v) {
        if (wholeRing)
            return true;
        if (wide) // outside only when within the gap from end round to start
            return !(cross(end, v) > 0 && cross(v, start) > 0);
        return cross(start, v) >= 0 && cross(v, end) >= 0;
    };

    // With v = (u, dy): cross(start, v) >= 0 is -start.y * u >= -start.x * dy, and so on.
    const HalfPlane afterStart(-start.y(), -start.x());
    const HalfPlane beforeEnd(end.y(), end.x());
    const HalfPlane afterEnd(-end.y(), -end.x());
    const HalfPlane beforeStart(start.y(), start.x());

    // Rows: the sector's corners and the ring's top and bottom when it passes them.
    double top = centre.y() + outer;
    double bottom = centre.y() - outer;
    for (const QPointF &v : {start * outer, start * inner, end * outer, end * inner}) {
        top = std::min(top, centre.y() + v.y());
        bottom = std::max(bottom, centre.y() + v.y());
    }
    if (inside(QPointF(0, -1)))
        top = centre.y() - outer;
    if (inside(QPointF(0, 1)))
        bottom = centre.y() + outer;
    const int y0 = std::max(0, floorToInt(top - 1));
    const int y1 = std::min(m_height - 1, ceilToInt(bottom + 1));

    // Antialiased: pixels whose centre is up to half a pixel outside get partial coverage.
    // Hard: a pixel is drawn when its centre lies in the ring.
    const double outerReach = smooth ? outer + 0.5 : outer;
    const double innerHole = smooth ? std::max(0.0, inner - 0.5) : inner;
    const double solidLow = (inner + 0.5) * (inner + 0.5); // squared: fully covered between
    const double solidHigh = outer > 0.5 ? (outer - 0.5) * (outer - 0.5) : 0.0;
    for (int y = y0; y <= y1; ++y) {
        const double dy = y + 0.5 - centre.y();
        if (std::abs(dy) >= outerReach)
            continue;
        // Where the row may be drawn by angle: one span, or two around the gap of a wide sector.
        Span allowed[2] = {{-unbounded, unbounded}, {unbounded, -unbounded}};
        if (!wholeRing && !wide) {
            allowed[0] = intersected(afterStart.at(dy), beforeEnd.at(dy));
        } else if (!wholeRing) {
            const Span gap = intersected(afterEnd.at(dy), beforeStart.at(dy));
            if (!gap.empty() && gap.hi > gap.lo) {
                allowed[0] = {-unbounded, gap.lo};
                allowed[1] = {gap.hi, unbounded};
            }
        }
        auto *row = reinterpret_cast<quint32 *>(m_bits + y * m_bytesPerLine);
        for (const Span &ringSpan : ringOnRow(dy, innerHole, outerReach)) {
            for (const Span &angleSpan : allowed) {
                const Span span = intersected(ringSpan, angleSpan);
                if (span.empty())
                    continue;
                const auto [from, to] = columnsOf(span, centre.x(), m_width);
                if (!smooth) {
                    for (int x = from; x <= to; ++x)
                        blendPixel(row[x], source, 255);
                    continue;
                }
                for (int x = from; x <= to; ++x) {
                    const double u = x + 0.5 - centre.x();
                    const double squared = u * u + dy * dy;
                    if (squared >= solidLow && squared <= solidHigh) {
                        blendPixel(row[x], source, 255);
                        continue;
                    }
                    const double distance = std::sqrt(squared);
                    const double coverage = std::clamp(outer - distance + 0.5, 0.0, 1.0)
                        * std::clamp(distance - inner + 0.5, 0.0, 1.0);
                    blendPixel(row[x], source, quint32(coverage * 255.0 + 0.5));
                }
            }
        }
    }
}

namespace {

/// atan2(y, x) in radians, to within 2e-5 rad, a few times faster than the library's.
inline double quickAtan2(double y, double x)
{
    const double ax = std::abs(x);
    const double ay = std::abs(y);
    const double big = std::max(ax, ay);
    if (big == 0.0)
        return 0.0;
    const double t = std::min(ax, ay) / big;
    const double t2 = t * t;
    // A least-squares polynomial for atan on [0, 1].
    double angle = t
        * (0.99997726
           + t2
               * (-0.33262347
                  + t2 * (0.19354346 + t2 * (-0.11643287 + t2 * (0.05265332 - t2 * 0.01172120)))));
    if (ay > ax)
        angle = std::numbers::pi / 2 - angle;
    if (x < 0)
        angle = std::numbers::pi - angle;
    return y < 0 ? -angle : angle;
}

} // namespace

void BeamRaster::ringBands(QPointF centre, double innerRadiusPx, double outerRadiusPx,
                           const QList<Band> &bands)
{
    if (!m_bits || bands.isEmpty())
        return;
    centre *= m_scale;
    const double inner = std::max(0.0, innerRadiusPx * m_scale);
    const double outer = outerRadiusPx * m_scale;
    if (!(outer > inner) || !(outer < coordinateLimit) || !usable(centre))
        return;

    // One bin per pixel of the rim, at least one per degree, at most 65,536.
    const int binCount = std::clamp(int(2 * std::numbers::pi * outer) + 1, 360, 1 << 16);
    const double binsPerDeg = binCount / 360.0;
    std::vector<quint32> composed(size_t(binCount), 0U);
    bool any = false;
    for (const Band &band : bands) {
        if (band.colour.alpha() == 0 || !std::isfinite(band.fromBearingDeg)
            || !std::isfinite(band.spanDeg) || band.spanDeg <= 0)
            continue;
        const quint32 source = qPremultiply(band.colour.rgba());
        // Bins whose middle bearing lies in the band, as ringSector's pixel-centre rule.
        const double from
            = std::fmod(band.fromBearingDeg, 360.0) + (band.fromBearingDeg < 0 ? 360 : 0);
        const int first = ceilToInt(from * binsPerDeg - 0.5);
        const int count = band.spanDeg >= 360.0
            ? binCount
            : std::min(binCount, floorToInt((from + band.spanDeg) * binsPerDeg - 0.5) - first + 1);
        for (int i = 0; i < count; ++i) {
            quint32 &bin = composed[size_t((first + i) % binCount)];
            bin = source + scaled(bin, 255U - (source >> 24));
        }
        any = any || count > 0;
    }
    if (!any)
        return;

    const int y0 = std::max(0, floorToInt(centre.y() - outer - 1));
    const int y1 = std::min(m_height - 1, ceilToInt(centre.y() + outer + 1));
    const double degPerRad = 180.0 / std::numbers::pi;
    for (int y = y0; y <= y1; ++y) {
        const double dy = y + 0.5 - centre.y();
        if (std::abs(dy) >= outer)
            continue;
        auto *row = reinterpret_cast<quint32 *>(m_bits + y * m_bytesPerLine);
        for (const Span &span : ringOnRow(dy, inner, outer)) {
            if (span.empty())
                continue;
            const auto [from, to] = columnsOf(span, centre.x(), m_width);
            for (int x = from; x <= to; ++x) {
                const double u = x + 0.5 - centre.x();
                // Compass bearing of the pixel: clockwise from up.
                double bearing = quickAtan2(u, -dy) * degPerRad;
                if (bearing < 0)
                    bearing += 360.0;
                const int bin = std::min(binCount - 1, int(bearing * binsPerDeg));
                const quint32 colour = composed[size_t(bin)];
                if (colour != 0)
                    row[x] = colour + scaled(row[x], 255U - (colour >> 24));
            }
        }
    }
}
