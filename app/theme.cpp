// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "palette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace theme {

namespace {
struct SystemLook
{
    QPalette palette;
    QString styleName;
};

std::optional<SystemLook> &systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, palette::lightTheme::window);
    p.setColor(QPalette::WindowText, palette::lightTheme::text);
    p.setColor(QPalette::Base, palette::lightTheme::base);
    p.setColor(QPalette::AlternateBase, palette::lightTheme::alternateBase);
    p.setColor(QPalette::ToolTipBase, palette::lightTheme::toolTipBase);
    p.setColor(QPalette::ToolTipText, palette::lightTheme::text);
    p.setColor(QPalette::PlaceholderText, palette::lightTheme::placeholderText);
    p.setColor(QPalette::Text, palette::lightTheme::text);
    p.setColor(QPalette::Button, palette::lightTheme::button);
    p.setColor(QPalette::ButtonText, palette::lightTheme::text);
    p.setColor(QPalette::BrightText, palette::lightTheme::brightText);
    p.setColor(QPalette::Highlight, palette::lightTheme::highlight);
    p.setColor(QPalette::HighlightedText, palette::lightTheme::highlightedText);
    p.setColor(QPalette::Link, palette::lightTheme::link);
    p.setColor(QPalette::Disabled, QPalette::WindowText, palette::lightTheme::disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, palette::lightTheme::disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, palette::lightTheme::disabledText);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, palette::darkTheme::window);
    p.setColor(QPalette::WindowText, palette::darkTheme::text);
    p.setColor(QPalette::Base, palette::darkTheme::base);
    p.setColor(QPalette::AlternateBase, palette::darkTheme::alternateBase);
    p.setColor(QPalette::ToolTipBase, palette::darkTheme::toolTipBase);
    p.setColor(QPalette::ToolTipText, palette::darkTheme::text);
    p.setColor(QPalette::PlaceholderText, palette::darkTheme::placeholderText);
    p.setColor(QPalette::Text, palette::darkTheme::text);
    p.setColor(QPalette::Button, palette::darkTheme::button);
    p.setColor(QPalette::ButtonText, palette::darkTheme::text);
    p.setColor(QPalette::BrightText, palette::darkTheme::brightText);
    p.setColor(QPalette::Highlight, palette::darkTheme::highlight);
    p.setColor(QPalette::HighlightedText, palette::darkTheme::highlightedText);
    p.setColor(QPalette::Link, palette::darkTheme::link);
    p.setColor(QPalette::Light, palette::darkTheme::light);
    p.setColor(QPalette::Midlight, palette::darkTheme::midlight);
    p.setColor(QPalette::Mid, palette::darkTheme::mid);
    p.setColor(QPalette::Dark, palette::darkTheme::dark);
    p.setColor(QPalette::Shadow, palette::darkTheme::shadow);
    p.setColor(QPalette::Disabled, QPalette::WindowText, palette::darkTheme::disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, palette::darkTheme::disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, palette::darkTheme::disabledText);
    return p;
}
} // namespace

void apply(Mode mode)
{
    if (!systemLook())
        systemLook() = SystemLook {QApplication::palette(), QApplication::style()->name()};
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(systemLook()->styleName));
        QApplication::setPalette(systemLook()->palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QString toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode fromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Mode::Light;
    if (text == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

} // namespace theme
