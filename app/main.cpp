// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RotorDeck"));
    QApplication::setApplicationVersion(QStringLiteral(ROTORDECK_VERSION));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
