#include "Terminal.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace {
int descriptor(Terminal::Stream stream)
{
    return stream == Terminal::Stream::StandardOutput ? 1 : 2;
}
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

void Terminal::prepareConsole()
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
}
