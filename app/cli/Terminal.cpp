#include "Terminal.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>
#endif

namespace {
int descriptor(Terminal::Stream stream)
{
    return stream == Terminal::Stream::StandardOutput ? 1 : 2;
}

#ifdef Q_OS_WIN
QPointer<QObject> g_interruptContext;
std::function<void()> g_interruptHandler;

BOOL WINAPI consoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    SetConsoleCtrlHandler(consoleControl, FALSE); // the next Ctrl+C ends the process
    // This runs on a thread of the system's; the handler belongs on the context's event loop.
    if (QObject* context = g_interruptContext.data())
        QMetaObject::invokeMethod(context, g_interruptHandler, Qt::QueuedConnection);
    return TRUE;
}
#else
int g_interruptPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe calls here: one byte wakes the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = write(g_interruptPipe[1], &byte, 1);
}

void restoreDefaultSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
#endif
} // namespace

bool Terminal::isTerminal(Stream stream)
{
#ifdef Q_OS_WIN
    return _isatty(descriptor(stream)) != 0;
#else
    return isatty(descriptor(stream)) == 1;
#endif
}

bool Terminal::supportsColour(Stream stream, const QProcessEnvironment& environment)
{
    // https://no-color.org: any non-empty NO_COLOR turns colours off.
    if (!environment.value(QStringLiteral("NO_COLOR")).isEmpty())
        return false;
    if (environment.value(QStringLiteral("TERM")) == QLatin1String("dumb"))
        return false;
    if (!isTerminal(stream))
        return false;
#ifdef Q_OS_WIN
    HANDLE handle = GetStdHandle(stream == Stream::StandardOutput ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (handle == INVALID_HANDLE_VALUE || !GetConsoleMode(handle, &mode))
        return false;
    return SetConsoleMode(handle, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
#else
    return true;
#endif
}

QList<QByteArray> Terminal::rawArguments(int argc, char* argv[])
{
    QList<QByteArray> arguments;
#ifndef Q_OS_WIN
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#endif
    return arguments;
}

void Terminal::prepareConsole()
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
}

void Terminal::onInterrupt(QObject* context, const std::function<void()>& handler)
{
#ifdef Q_OS_WIN
    g_interruptContext = context;
    g_interruptHandler = handler;
    SetConsoleCtrlHandler(consoleControl, TRUE);
    QObject::connect(context, &QObject::destroyed, [] { SetConsoleCtrlHandler(consoleControl, FALSE); });
#else
    if (g_interruptPipe[0] < 0 && pipe(g_interruptPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, handler] {
        notifier->setEnabled(false);
        restoreDefaultSignals(); // the next Ctrl+C ends the process
        handler();
    });
    QObject::connect(context, &QObject::destroyed, [] { restoreDefaultSignals(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}
