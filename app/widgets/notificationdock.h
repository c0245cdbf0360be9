// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QListWidget;

/// Device messages (watchdog stops, under-voltage), refused commands and broker errors as a
/// list, newest first, bounded. Never modal.
class NotificationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationDock)

public:
    enum class Severity { Info, Warning, Error };
    static constexpr int maxEntries = 500;

    explicit NotificationDock(QWidget *parent = nullptr);
    ~NotificationDock() override;

    /// detail: technical text (often English, from the library) shown only in the tooltip.
    void add(Severity severity, const QString &source, const QString &text,
             const QString &detail = {});
    [[nodiscard]] int count() const;
    [[nodiscard]] QString textAt(int row) const;
    /// The tooltip of an entry: its text, and its detail when it has one.
    [[nodiscard]] QString toolTipAt(int row) const;

signals:
    void added(const QString &text);

private:
    QListWidget *m_list;
};
