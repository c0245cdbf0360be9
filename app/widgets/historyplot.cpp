// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation unit that includes qcustomplot.h (it costs seconds to compile).
// qcustomplot.h uses Qt's foreach in its templates: allow it here, before any Qt header.
#undef QT_NO_FOREACH

#include "historyplot.h"

#include "session.h"

#include "core/clock.h"
#include "model/rotator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

/// Copies a series, putting a gap (NaN) wherever a bearing wraps across north so the line does
/// not cross the whole plot.
void withWrapGaps(const QVector<double> &time, const QVector<double> &values, bool wraps,
                  QVector<double> &outTime, QVector<double> &outValues, qsizetype first)
{
    outTime.clear();
    outValues.clear();
    outTime.reserve(time.size() - first + 8);
    outValues.reserve(time.size() - first + 8);
    double previous = notANumber;
    for (qsizetype i = first; i < time.size(); ++i) {
        const double v = values.at(i);
        if (wraps && !std::isnan(previous) && !std::isnan(v) && std::abs(v - previous) > 180) {
            outTime.append(time.at(i));
            outValues.append(notANumber);
        }
        outTime.append(time.at(i));
        outValues.append(v);
        previous = v;
    }
}
} // namespace

HistoryPlot::HistoryPlot(Session *station, QWidget *parent)
    : QWidget(parent)
    , m_session(station)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_scopeBox = new QComboBox(this);
    m_scopeBox->addItem(tr("Selected rotators"));
    m_scopeBox->addItem(tr("All rotators"));
    m_spanBox = new QComboBox(this);
    for (const int minutes : {2, 5, 10, 30, 60, 180})
        m_spanBox->addItem(tr("%n min", nullptr, minutes), minutes);
    m_spanBox->setCurrentIndex(m_spanBox->findData(defaultSpanMinutes));
    m_spanBox->setToolTip(tr("Time span shown while following"));
    m_rawBox = new QCheckBox(tr("Raw azimuth"), this);
    m_rawBox->setToolTip(tr("Plot the raw position (may exceed 359° in the overlap) instead of "
                            "the compass bearing"));
    m_followBox = new QCheckBox(tr("Follow"), this);
    m_followBox->setChecked(true);
    m_followBox->setToolTip(tr("Keep the newest data in view; drag to pan, wheel to zoom, "
                               "double-click to follow again"));
    bar->addWidget(m_scopeBox);
    bar->addWidget(m_spanBox);
    bar->addWidget(m_rawBox);
    bar->addWidget(m_followBox);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(ticker);
    auto degrees = QSharedPointer<QCPAxisTickerFixed>::create();
    degrees->setTickStep(45);
    degrees->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->yAxis->setTicker(degrees);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMinimumHeight(120);
    applyTheme();
    updateRanges();

    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_graphsStale = true;
        m_needsReplot = true;
    });
    connect(m_spanBox, &QComboBox::currentIndexChanged, this,
            [this] { setSpanMinutes(m_spanBox->currentData().toInt()); });
    connect(m_rawBox, &QCheckBox::toggled, this, [this] {
        for (Series &s : m_series)
            s.dirty = true;
        m_plot->yAxis->setLabel(isRawMode() ? tr("raw °") : tr("bearing °"));
        updateRanges();
        m_needsReplot = true;
    });
    connect(m_followBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            updateRanges();
        m_needsReplot = true;
    });
    // Any pan or zoom by the user means: stop following.
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_followBox->setChecked(false); });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_followBox->setChecked(false); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { setFollowing(true); });

    for (Rotator *rotator : station->rotators())
        watch(rotator);
    connect(station, &Session::rotatorAdded, this, [this](int, Rotator *r) { watch(r); });
    connect(station, &Session::rotatorAboutToBeRemoved, this, [this](int, Rotator *r) {
        r->disconnect(this);
        m_series.remove(r);
        m_graphsStale = true;
        m_needsReplot = true;
    });
    connect(station, &Session::rotatorConfigChanged, this, [this] {
        m_graphsStale = true;
        m_needsReplot = true;
    });

    m_tickTimer.setInterval(replotIntervalMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &HistoryPlot::tick);
    m_tickTimer.start();
}

HistoryPlot::~HistoryPlot() = default;

double HistoryPlot::nowSec() const
{
    return double(m_session->clock().nowUtc().toMSecsSinceEpoch()) / 1000.0;
}

void HistoryPlot::watch(Rotator *rotator)
{
    Series &series = m_series[rotator];
    series.rotator = rotator;
    connect(rotator, &Rotator::stateChanged, this, [this, rotator] { record(rotator); });
    record(rotator);
    m_graphsStale = true;
}

void HistoryPlot::record(Rotator *rotator)
{
    const auto it = m_series.find(rotator);
    if (it == m_series.end())
        return;
    Series &s = *it;
    const RotatorState &state = rotator->state();
    const double bearing = state.bearingDeg() ? double(*state.bearingDeg()) : notANumber;
    const double raw = state.rawAzimuthDeg ? double(*state.rawAzimuthDeg) : notANumber;
    const double targetBearing
        = state.targetBearingDeg() ? double(*state.targetBearingDeg()) : notANumber;
    const double targetRaw = state.rawTargetDeg ? double(*state.rawTargetDeg) : notANumber;
    auto same = [](double a, double b) {
        return (std::isnan(a) && std::isnan(b)) || a == b;
    };
    // Only changes of what is plotted make a sample (voltage or link updates do not).
    if (!s.timeSec.isEmpty() && same(s.rawDeg.constLast(), raw)
        && same(s.bearingDeg.constLast(), bearing) && same(s.targetRawDeg.constLast(), targetRaw)
        && same(s.targetBearingDeg.constLast(), targetBearing)) {
        return;
    }
    if (s.timeSec.isEmpty() && std::isnan(raw))
        return;
    const double t = nowSec();
    s.timeSec.append(t);
    s.bearingDeg.append(bearing);
    s.rawDeg.append(raw);
    s.targetBearingDeg.append(targetBearing);
    s.targetRawDeg.append(targetRaw);
    if (s.timeSec.size() > maxSamplesPerRotator) {
        const qsizetype drop = s.timeSec.size() / 2;
        s.timeSec.remove(0, drop);
        s.bearingDeg.remove(0, drop);
        s.rawDeg.remove(0, drop);
        s.targetBearingDeg.remove(0, drop);
        s.targetRawDeg.remove(0, drop);
    }
    s.dirty = true;
    if (isShown(rotator))
        m_newSamples = true;
}

int HistoryPlot::sampleCount(const Rotator *rotator) const
{
    const auto it = m_series.constFind(rotator);
    return it == m_series.constEnd() ? 0 : int(it->timeSec.size());
}

int HistoryPlot::samplesGapMs() const
{
    const int widthPx = std::max(1, m_plot->axisRect()->width());
    const qint64 msPerPixel = qint64(m_spanMinutes) * 60 * 1000 / widthPx;
    return int(std::clamp<qint64>(msPerPixel, minSamplesGapMs, maxSamplesGapMs));
}

int HistoryPlot::replotCount() const
{
    return m_replotCount;
}

bool HistoryPlot::isShown(const Rotator *rotator) const
{
    if (showsAll())
        return true;
    for (const QPointer<Rotator> &r : m_selected) {
        if (r == rotator)
            return true;
    }
    return false;
}

void HistoryPlot::setSelection(const QList<Rotator *> &selected)
{
    m_selected.clear();
    for (Rotator *r : selected)
        m_selected.append(r);
    if (!showsAll()) {
        m_graphsStale = true;
        m_needsReplot = true;
    }
}

void HistoryPlot::setShowAll(bool all)
{
    m_scopeBox->setCurrentIndex(all ? 1 : 0);
}

bool HistoryPlot::showsAll() const
{
    return m_scopeBox->currentIndex() == 1;
}

void HistoryPlot::setRawMode(bool raw)
{
    m_rawBox->setChecked(raw);
}

bool HistoryPlot::isRawMode() const
{
    return m_rawBox->isChecked();
}

void HistoryPlot::setFollowing(bool follow)
{
    m_followBox->setChecked(follow);
    if (follow)
        updateRanges();
    m_needsReplot = true;
}

bool HistoryPlot::isFollowing() const
{
    return m_followBox->isChecked();
}

void HistoryPlot::setSpanMinutes(int minutes)
{
    m_spanMinutes = std::max(1, minutes);
    const int index = m_spanBox->findData(m_spanMinutes);
    if (index >= 0 && index != m_spanBox->currentIndex())
        m_spanBox->setCurrentIndex(index);
    setFollowing(true);
}

void HistoryPlot::tick()
{
    // While following, the time axis moves even without new samples: once a second is enough.
    const qint64 nowMs = m_session->clock().nowMs();
    if (isFollowing() && nowMs - m_lastFollowReplotMs >= 1000) {
        m_lastFollowReplotMs = nowMs;
        m_needsReplot = true;
        // Every line holds its last value up to now, so each needs its end moved.
        for (Series &s : m_series)
            s.dirty = true;
    }
    // New samples are drawn once the time axis has moved by about a pixel: sooner shows
    // nothing new, and 20 rotators at 10 Hz would otherwise replot on every tick.
    if (m_newSamples
        && (!isFollowing() || !m_sinceReplot.isValid()
            || m_sinceReplot.elapsed() >= samplesGapMs())) {
        m_newSamples = false;
        m_needsReplot = true;
    }
    if (!m_needsReplot || !isVisible())
        return;
    m_needsReplot = false;
    m_sinceReplot.start();
    if (m_graphsStale)
        rebuildGraphs();
    for (Series &s : m_series) {
        if (s.dirty && s.line)
            updateGraphData(s);
    }
    if (isFollowing())
        updateRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    ++m_replotCount;
}

void HistoryPlot::rebuildGraphs()
{
    m_graphsStale = false;
    m_plot->clearGraphs();
    for (Series &s : m_series) {
        s.line = nullptr;
        s.target = nullptr;
    }
    for (Rotator *rotator : m_session->rotators()) {
        if (!isShown(rotator))
            continue;
        auto it = m_series.find(rotator);
        if (it == m_series.end())
            continue;
        const QColor colour = m_session->colour(rotator);
        it->line = m_plot->addGraph();
        it->line->setName(m_session->label(rotator));
        it->line->setPen(QPen(colour, 2));
        it->line->setLineStyle(QCPGraph::lsLine);
        it->target = m_plot->addGraph();
        it->target->setName(tr("%1 target").arg(m_session->label(rotator)));
        QPen targetPen(colour, 1.2, Qt::DashLine);
        it->target->setPen(targetPen);
        it->target->setLineStyle(QCPGraph::lsStepLeft);
        it->dirty = true;
    }
}

void HistoryPlot::updateGraphData(Series &s)
{
    s.dirty = false;
    const bool raw = isRawMode();
    QVector<double> t;
    QVector<double> v;
    withWrapGaps(s.timeSec, raw ? s.rawDeg : s.bearingDeg, !raw, t, v, 0);
    // The line holds its last value up to now.
    if (!t.isEmpty()) {
        t.append(std::max(nowSec(), t.constLast()));
        v.append(v.constLast());
    }
    s.line->setData(t, v, true);
    withWrapGaps(s.timeSec, raw ? s.targetRawDeg : s.targetBearingDeg, false, t, v, 0);
    s.target->setData(t, v, true);
}

void HistoryPlot::updateRanges()
{
    if (isFollowing()) {
        const double now = nowSec();
        m_plot->xAxis->setRange(now - m_spanMinutes * 60.0, now + 5.0);
    }
    if (isRawMode()) {
        int maxRaw = 360;
        for (const Rotator *r : m_session->rotators())
            maxRaw = std::max(maxRaw, r->state().maxRotateDeg);
        m_plot->yAxis->setRange(-10, maxRaw + 10);
    } else {
        m_plot->yAxis->setRange(-5, 365);
    }
}

void HistoryPlot::applyTheme()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    m_plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_plot->yAxis->setLabel(isRawMode() ? tr("raw °") : tr("bearing °"));
    m_needsReplot = true;
}

void HistoryPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}
