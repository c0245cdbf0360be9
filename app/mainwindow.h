// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

/// Placeholder main window; the real one arrives with the desktop app issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
