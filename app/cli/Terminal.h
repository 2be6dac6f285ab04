#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>

#include <functional>

class QObject;

/** The only platform-specific code of the command line: what the console can do. */
class Terminal
{
public:
    enum class Stream
    {
        StandardOutput,
        StandardError
    };

    /** True when `stream` is an interactive terminal (not a pipe or a file). */
    static bool isTerminal(Stream stream);
    /**
     * True when ANSI colours may be written to `stream`: a terminal, NO_COLOR unset, TERM not "dumb". On Windows this
     * also switches the console to interpret the colour codes, and fails when it cannot.
     */
    static bool supportsColour(Stream stream, const QProcessEnvironment& environment);
    /**
     * The arguments as the system passed them, program name first, not decoded: on Unix a file name is bytes, which
     * need not be UTF-8 (a GBK name, a damaged one). Empty on Windows, where Qt reads them whole as UTF-16.
     */
    static QList<QByteArray> rawArguments(int argc, char* argv[]);
    /** Makes the console show UTF-8 output correctly (Windows consoles default to a legacy code page). */
    static void prepareConsole();
    /**
     * Calls `handler` once, on `context`'s event loop, when the user presses Ctrl+C or the process is asked to
     * terminate, so that the run can still say what exists. A second interrupt ends the process at once, as usual.
     * Ends when `context` is destroyed.
     */
    static void onInterrupt(QObject* context, const std::function<void()>& handler);
};
