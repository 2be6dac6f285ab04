#pragma once

#include <QCoreApplication>

/**
 * The QCoreApplication some targets need (QObject timers, QSettings, QStandardPaths): made once, on the first input,
 * as neither libFuzzer's main nor the replay main makes one.
 */
inline void ensureFuzzApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
}
