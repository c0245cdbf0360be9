// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

/// An elevation-only unit as its own web page draws it: a half circle of sky from one horizon
/// (raw 0, left) over the zenith (raw 90, top) to the other horizon (raw 180, right), with the
/// antenna's position, its target, and the range it can reach. A click in the sky asks for that
/// raw elevation. It only draws and forwards input.
class ElevationDial final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElevationDial)

public:
    explicit ElevationDial(QWidget *parent = nullptr);
    ~ElevationDial() override;

    /// Raw position 0..maxRaw (nullopt = unknown), raw target, the unit's range (<= 180).
    void setState(std::optional<int> rawDeg, std::optional<int> rawTargetDeg, int maxRawDeg,
                  bool trustworthy);
    /// Where a raw elevation lies on the dial (logical pixels), at radius fraction 0..1.
    [[nodiscard]] QPointF pointForRaw(double rawDeg, double radiusFraction = 0.8) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    /// A click in the sky: the raw elevation (0..180, rounded) under it.
    void rawRequested(int rawDeg);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QPointF centre() const;
    [[nodiscard]] double radius() const;

    std::optional<int> m_rawDeg;
    std::optional<int> m_rawTargetDeg;
    int m_maxRawDeg = 180;
    bool m_trustworthy = false;
};
