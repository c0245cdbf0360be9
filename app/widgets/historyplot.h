// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class Rotator;
class Session;

/// Bearing (or raw azimuth) of the selected or all rotators over time, the target as a dashed
/// step line. Samples are recorded on every state change; the plot is redrawn from a 10 Hz tick
/// only when something changed (Wireshark's I/O graph pattern). Drag pans, the wheel zooms,
/// a double click returns to following the newest data.
class HistoryPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPlot)

public:
    static constexpr int replotIntervalMs = 100;
    /// New samples alone replot no more often than this, nor than the time of a pixel of the
    /// time axis, up to maxSamplesGapMs.
    static constexpr int minSamplesGapMs = 200;
    static constexpr int maxSamplesGapMs = 1000;
    static constexpr int defaultSpanMinutes = 10;
    /// Per rotator; the oldest half goes when exceeded (~2.7 h at 5 Hz).
    static constexpr int maxSamplesPerRotator = 50000;

    explicit HistoryPlot(Session *station, QWidget *parent = nullptr);
    ~HistoryPlot() override;

    void setSelection(const QList<Rotator *> &selected);
    void setShowAll(bool all);
    [[nodiscard]] bool showsAll() const;
    void setRawMode(bool raw);
    [[nodiscard]] bool isRawMode() const;
    void setFollowing(bool follow);
    [[nodiscard]] bool isFollowing() const;
    void setSpanMinutes(int minutes);

    /// Number of samples recorded for a rotator (tests).
    [[nodiscard]] int sampleCount(const Rotator *rotator) const;
    /// Number of times the plot was redrawn (tests of the coalescing).
    [[nodiscard]] int replotCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Series
    {
        QVector<double> timeSec;
        QVector<double> bearingDeg;
        QVector<double> rawDeg;
        QVector<double> targetBearingDeg;
        QVector<double> targetRawDeg;
        QPointer<Rotator> rotator;
        QCPGraph *line = nullptr;
        QCPGraph *target = nullptr;
        bool dirty = true;
    };

    void watch(Rotator *rotator);
    void record(Rotator *rotator);
    void tick();
    void rebuildGraphs();
    void updateGraphData(Series &series);
    void applyTheme();
    void updateRanges();
    [[nodiscard]] bool isShown(const Rotator *rotator) const;
    [[nodiscard]] double nowSec() const;
    /// How long new samples wait for a replot while following.
    [[nodiscard]] int samplesGapMs() const;

    Session *m_session;
    QCustomPlot *m_plot;
    QComboBox *m_scopeBox;
    QComboBox *m_spanBox;
    QCheckBox *m_rawBox;
    QCheckBox *m_followBox;
    QHash<const Rotator *, Series> m_series;
    QList<QPointer<Rotator>> m_selected;
    QTimer m_tickTimer;
    bool m_needsReplot = true;
    bool m_newSamples = false; ///< samples came in since the last replot
    QElapsedTimer m_sinceReplot;
    bool m_graphsStale = true;
    qint64 m_lastFollowReplotMs = 0;
    int m_spanMinutes = defaultSpanMinutes;
    int m_replotCount = 0;
};
