#include "CliRunner.h"
#include "Terminal.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dingtalk-group-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTG_VERSION));
    Terminal::prepareConsole();

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err, &in, Terminal::supportsColour(Terminal::Stream::StandardError, environment),
                     Terminal::isTerminal(Terminal::Stream::StandardError));
    const CliExitCode exitCode
        = runner.run(QCoreApplication::arguments(), environment, Terminal::rawArguments(argc, argv));
    out.flush();
    err.flush();
    return static_cast<int>(exitCode);
}
