// Measures launch-to-shown for the app and for the bare form window, side by side in one run: the two programs are
// started alternately, each run timed from process start to its "shown" line on stdout. Reports medians and ratio.
//
//   startup_benchmark <app> <bare-window> [runs]        (run it under Xvfb or with QT_QPA_PLATFORM=offscreen)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>
#include <algorithm>

namespace {
double launchToShownMs(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DTG_REPORT_SHOWN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DTG_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray output;
    while (!output.contains("shown")) {
        if (!process.waitForReadyRead(30000))
            return -1;
        output += process.readAllStandardOutput();
    }
    const double elapsed = timer.nsecsElapsed() / 1e6;
    if (!process.waitForFinished(10000))
        process.kill();
    return elapsed;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: startup_benchmark <dingtalk-group-creator> <bare_form_window> [runs]\n";
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 15;
    QList<double> appTimes;
    QList<double> bareTimes;
    // One warm-up each, so both start from a warm disk cache.
    launchToShownMs(args.at(1), { QStringLiteral("--sandbox") });
    launchToShownMs(args.at(2), {});
    for (int i = 0; i < runs; ++i) {
        const double bare = launchToShownMs(args.at(2), {});
        const double appTime = launchToShownMs(args.at(1), { QStringLiteral("--sandbox") });
        if (bare < 0 || appTime < 0) {
            out << "a program did not report its window as shown\n";
            return 1;
        }
        bareTimes.append(bare);
        appTimes.append(appTime);
    }
    const double appMedian = median(appTimes);
    const double bareMedian = median(bareTimes);
    out << QStringLiteral("runs: %1 each, alternating\n").arg(runs);
    out << QStringLiteral("bare Qt Widgets form window: median %1 ms (min %2, max %3)\n")
               .arg(bareMedian, 0, 'f', 1)
               .arg(*std::min_element(bareTimes.begin(), bareTimes.end()), 0, 'f', 1)
               .arg(*std::max_element(bareTimes.begin(), bareTimes.end()), 0, 'f', 1);
    out << QStringLiteral("dingtalk-group-creator --sandbox: median %1 ms (min %2, max %3)\n")
               .arg(appMedian, 0, 'f', 1)
               .arg(*std::min_element(appTimes.begin(), appTimes.end()), 0, 'f', 1)
               .arg(*std::max_element(appTimes.begin(), appTimes.end()), 0, 'f', 1);
    const double ratio = appMedian / bareMedian;
    out << QStringLiteral("ratio: %1 (goal: at most 1.5)\n").arg(ratio, 0, 'f', 2);
    return ratio <= 1.5 ? 0 : 1;
}
