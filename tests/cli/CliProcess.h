#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/** What one run of the executable left behind. */
struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // stdout parsed as exactly one JSON object; empty when it is not one
    QString jsonError; // why stdout is not exactly one JSON object

    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

/**
 * The environment of a run: the demo app's secret, no token, proxy or language from the caller's environment, and
 * `dataHome` as XDG_DATA_HOME, so that no run touches the user's history or directory.
 */
inline QProcessEnvironment cliEnvironment(const QString& dataHome, const QString& appSecret)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         { "DINGTALK_ACCESS_TOKEN", "DINGTALK_APP_SECRET", "NO_COLOR", "http_proxy", "https_proxy", "HTTP_PROXY",
           "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "LANG", "LANGUAGE", "LC_MESSAGES" })
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("DINGTALK_APP_SECRET"), appSecret);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return environment;
}

/** Runs the built dingtalk-group-cli (`program`) with `arguments`, feeding `input` to its stdin, and waits for it. */
inline CliRun runCli(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                     const QByteArray& input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        result.jsonError = error.errorString();
    else if (!document.isObject())
        result.jsonError = QStringLiteral("not an object");
    else
        result.json = document.object();
    return result;
}
