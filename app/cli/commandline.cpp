// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <cstdio>

namespace cli {

QString versionLine(const QString &program)
{
    return program + QStringLiteral(" " ROTORDECK_VERSION);
}

int printOutcome(const QString &program, CommandLineOutcome outcome, const QString &text,
                 const QString &errorHint)
{
    switch (outcome) {
    case CommandLineOutcome::Help:
        std::fputs(qPrintable(text), stdout);
        return 0;
    case CommandLineOutcome::Version:
        std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
        return 0;
    case CommandLineOutcome::Run:
        return 0;
    case CommandLineOutcome::Error:
        break;
    }
    QString message = program + QStringLiteral(": ") + text + QLatin1Char('\n');
    if (!errorHint.isEmpty())
        message += errorHint + QLatin1Char('\n');
    std::fputs(qPrintable(message), stderr);
    return 2;
}

} // namespace cli
