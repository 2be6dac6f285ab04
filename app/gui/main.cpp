// dingtalk-group-creator: parse the arguments, install the translator, show the window. Everything else lives in
// the widgets library (ui/) and the core (app/core/).

#include "MainWindow.h"
#include "Preferences.h"
#include "ShownReporter.h"
#include "config/AppIdentity.h"
#include "i18n/AppTranslator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {
struct Options
{
    bool sandbox = false;
    QString language; // normalised; empty: the remembered choice, else the system's
    bool badLanguage = false;
};

// The option descriptions go through tr(), so --help needs the translator first; --lang decides which one.
void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Create DingTalk group chats from a form."));
    parser.addOption({ QStringLiteral("sandbox"),
                       QCoreApplication::translate("main",
                                                   "Start the built-in DingTalk emulator and connect to it; "
                                                   "nothing reaches DingTalk.") });
    parser.addOption({ QStringLiteral("lang"),
                       QCoreApplication::translate("main", "Language of the window: zh_CN or en."),
                       QStringLiteral("language") });
    parser.addHelpOption();
    parser.addVersionOption();
}

Options readOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments); // errors are reported by the second, translated pass
    Options options;
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = AppTranslator::normalise(parser.value(QStringLiteral("lang")));
        options.badLanguage = options.language.isEmpty();
    }
    return options;
}

QString startLanguage(const Options& options)
{
    if (!options.language.isEmpty())
        return options.language;
    const QString remembered = AppTranslator::normalise(Preferences::language());
    return remembered.isEmpty() ? AppTranslator::systemLanguage() : remembered;
}

bool wantsTextOnly(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("-?")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
            || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(AppIdentity::organisationName());
    QCoreApplication::setApplicationName(AppIdentity::applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(DTG_VERSION));
}

// --help and --version print and exit: a console application is enough, so they work without a display too.
int printHelpOrVersion(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    AppTranslator translator;
    translator.setLanguage(startLanguage(readOptions(app.arguments())));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app); // prints and exits
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    if (wantsTextOnly(rawArguments))
        return printHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    // Wayland matches windows to the installed .desktop entry (name, icon) by this id, not by the executable name.
    QGuiApplication::setDesktopFileName(QStringLiteral(DTG_APP_ID));
    const Options options = readOptions(app.arguments());

    AppTranslator translator;
    translator.setLanguage(startLanguage(options));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app); // unknown options: message and exit code 1
    if (options.badLanguage) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\": use zh_CN or en.")
                                    .arg(parser.value(QStringLiteral("lang")))));
        return 1;
    }

    MainWindow window(&translator);
    const bool reportShown = qEnvironmentVariable("DTG_REPORT_SHOWN") == QLatin1String("1");
    const bool quitWhenShown = qEnvironmentVariable("DTG_QUIT_WHEN_SHOWN") == QLatin1String("1");
    ShownReporter reporter(sinceStart, reportShown, quitWhenShown);
    if (reportShown || quitWhenShown)
        reporter.watch(&window);
    window.show();

    // After show(): the emulator starts on its own thread and the question waits for the event loop, so neither
    // delays the first paint. The icon (title bar, task bar, every dialog) decodes five PNGs: a window manager takes it
    // a moment after the window maps just as well, so it comes with the first turn of the event loop.
    QTimer::singleShot(0, &app, [] { QApplication::setWindowIcon(MainWindow::applicationIcon()); });
    if (options.sandbox)
        window.startSandbox();
    else if (!quitWhenShown)
        QTimer::singleShot(0, &window, &MainWindow::offerSandboxIfNotConnected);

    return app.exec();
}
