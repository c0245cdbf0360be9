// SPDX-License-Identifier: GPL-3.0-or-later
// rotordeck-bench: speed figures of RotorDeck, each against a reference measured in the same run.
// Not a ctest test; docs/performance.md lists the commands and the latest figures.
#include "benchcommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

constexpr const char *usage
    = "usage: rotordeck-bench <command> [options]\n"
      "  fanin          [--rotators 1000] [--messages 200000] [--repeat 3]\n"
      "  click-latency  [--clicks 200]\n"
      "  startup        [--rotators 100] [--repeat 5] [--app PATH]\n"
      "  gui-load       [--rotators 500] [--interval-ms 200] [--seconds 20]\n"
      "  spots-load     [--rate 100] [--seconds 60]\n"
      "  spot-node      [--rate 100] [--seconds 60] (child mode)\n"
      "  track-load     [--rotators 20] [--seconds 60] [--sim PATH]\n"
      "  web-load       [--pages 50] [--rotators 20] [--interval-ms 100] [--seconds 20] [--window "
      "1]\n"
      "  web-clients    --url ws://H:P/ws --broker tcp://H:P [--pages 50] (child mode)\n"
      "  publish        --url tcp://H:P [--call C] [--rotators N] [--messages M] (child mode)\n"
      "Prints one line per figure: name value unit ('#' lines are notes).\n";

bool needsWidgets(const char *command)
{
    return std::strcmp(command, "click-latency") == 0 || std::strcmp(command, "gui-load") == 0
        || std::strcmp(command, "startup") == 0 || std::strcmp(command, "spots-load") == 0
        || std::strcmp(command, "track-load") == 0 || std::strcmp(command, "web-load") == 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fputs(usage, stderr);
        return 2;
    }
    const char *command = argv[1];
    std::unique_ptr<QCoreApplication> app;
    if (needsWidgets(command)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Debug output per message would measure the terminal, not RotorDeck.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("rotordeck.*.debug=false\n"
                                                        "rotordeck.*.info=false"));

    const bench::Args args(QCoreApplication::arguments().mid(2));
    const QLatin1String name(command);
    if (name == QLatin1String("publish"))
        return bench::runPublish(args);
    if (name == QLatin1String("fanin"))
        return bench::runFanin(args);
    if (name == QLatin1String("click-latency"))
        return bench::runClickLatency(args);
    if (name == QLatin1String("startup"))
        return bench::runStartup(args);
    if (name == QLatin1String("gui-load"))
        return bench::runGuiLoad(args);
    if (name == QLatin1String("spots-load"))
        return bench::runSpotsLoad(args);
    if (name == QLatin1String("track-load"))
        return bench::runTrackLoad(args);
    if (name == QLatin1String("spot-node"))
        return bench::runSpotNode(args);
    if (name == QLatin1String("web-load"))
        return bench::runWebLoad(args);
    if (name == QLatin1String("web-clients"))
        return bench::runWebClients(args);
    std::fputs(usage, stderr);
    return 2;
}
