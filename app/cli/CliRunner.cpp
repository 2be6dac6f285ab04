#include "CliRunner.h"

#include "CliOptions.h"
#include "Terminal.h"
#include "create/CreateJob.h"
#include "dingtalk/DingTalkClient.h"
#include "i18n/AppTranslator.h"

#include <QEventLoop>

CliRunner::CliRunner(QTextStream& out, QTextStream& err, QIODevice* in, bool colour, bool interactive)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_colour(colour)
    , m_interactive(interactive)
{
}

int CliRunner::run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    // The language first, so that even a usage error is reported in it.
    AppTranslator translator;
    translator.setLanguage(CliOptions::requestedLanguage(arguments));

    CliOptions options = CliOptions::parse(arguments, environment);
    CliReport::Style style;
    style.json = options.json;
    style.colour = m_colour;
    style.progress = m_interactive;
    CliReport report(m_out, m_err, style);
    // Masked wherever they might show up, even when the command line could not be used.
    report.setSecrets({ environment.value(QStringLiteral("DINGTALK_APP_SECRET")),
                        environment.value(QStringLiteral("DINGTALK_ACCESS_TOKEN")), options.connection.accessToken,
                        options.connection.appSecret });

    if (!options.isValid())
        return report.usageError(options.errorCode, options.errorMessage);
    if (options.command == CliOptions::Command::Help)
        return report.help(options.helpText);
    if (options.command == CliOptions::Command::Version)
        return report.version();
    if (!options.readMemberFiles(m_in))
        return report.usageError(options.errorCode, options.errorMessage);

    const GroupValidation validation = options.spec.validate();
    if (!validation.isValid())
        return report.validationFailed(validation);
    report.notices(validation.notices());

    DingTalkClient client(options.connection);
    CreateJob job(client.api(), validation.name, validation.owner, validation.memberIds, options.spec.settings);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &CreateJob::progress, &job,
                     [&report](const CreateProgress& progress) { report.progress(progress); });
    QObject::connect(&job, &CreateJob::finished, &loop, [&loop, &done] {
        done = true;
        loop.quit();
    });
    // Ctrl+C cancels instead of killing, so the report still says whether the group may exist.
    Terminal::onInterrupt(&job, [&job] { job.cancel(); });
    job.start();
    if (!done)
        loop.exec();
    return report.finished(job.result(), validation.name);
}
