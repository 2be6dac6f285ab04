#include "CliRunner.h"

#include "CliBatch.h"
#include "CliDirectory.h"
#include "CliHistory.h"
#include "CliMemberLoader.h"
#include "CliOptions.h"
#include "CliPersonResolution.h"
#include "CliPhoneResolution.h"
#include "Terminal.h"
#include "create/CreateJob.h"
#include "create/RequestPlan.h"
#include "dingtalk/DingTalkClient.h"
#include "i18n/AppTranslator.h"

#include <QEventLoop>

#include <optional>

CliRunner::CliRunner(QTextStream& out, QTextStream& err, QIODevice* in, bool colour, bool interactive)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_colour(colour)
    , m_interactive(interactive)
{
}

int CliRunner::run(const QStringList& arguments, const QProcessEnvironment& environment,
                   const QList<QByteArray>& rawArguments)
{
    // The language first, so that even a usage error is reported in it.
    AppTranslator translator;
    translator.setLanguage(CliOptions::requestedLanguage(arguments));

    CliOptions options = CliOptions::parse(arguments, environment, rawArguments);
    CliReport::Style style;
    style.json = options.json;
    style.colour = m_colour;
    style.progress = m_interactive;
    CliReport report(m_out, m_err, style);
    // Masked wherever they might show up, even when the command line could not be used.
    QStringList secrets{ environment.value(QStringLiteral("DINGTALK_APP_SECRET")),
                         environment.value(QStringLiteral("DINGTALK_ACCESS_TOKEN")), options.connection.accessToken,
                         options.connection.appSecret };
    secrets.removeAll(QString());
    report.setSecrets(secrets);

    if (!options.isValid())
        return report.usageError(options.errorCode, options.errorMessage);
    if (options.command == CliOptions::Command::Help)
        return report.help(options.helpText);
    if (options.command == CliOptions::Command::Version)
        return report.version();
    if (options.command == CliOptions::Command::Batch)
        return CliBatch(options, report, secrets).run();
    const auto directoryProgress = [&report](int done, int found, int people) {
        report.directoryProgress(done, found, people);
    };
    if (options.command == CliOptions::Command::DirectorySync
        || options.command == CliOptions::Command::DirectorySearch) {
        DingTalkClient client(options.connection);
        CliDirectory directory(client.api(), options.connection);
        const bool search = options.command == CliOptions::Command::DirectorySearch;
        // A search reads the local copy, made first when there is none; `sync` always copies anew.
        const bool ready = search ? directory.obtain(false, directoryProgress) : directory.sync(directoryProgress);
        report.directoryStoreProblem(directory.storeProblem());
        if (!ready)
            return report.directoryFailed(directory.syncResult());
        if (!search)
            return report.directorySynced(directory.syncResult());
        return report.searchResults(directory.directory().search(options.searchText, 0));
    }

    CliMemberLoader loader(options);
    if (!loader.load(m_in)) {
        if (!loader.importErrorCode().isEmpty())
            report.addJsonField(QStringLiteral("importError"), loader.importErrorCode());
        return report.usageError(loader.errorCode(), loader.errorMessage());
    }
    for (const QString& summary : loader.summaries())
        report.note(summary);
    if (loader.skippedRows() > 0)
        report.addJsonField(QStringLiteral("skippedRows"), loader.skippedRows());
    if (loader.tooManyMembers())
        return report.validationFailed(*loader.tooManyMembers());
    options.spec.members = loader.members();

    // Names, job numbers and departments need the directory: the local copy, or a sync first (the only calls that
    // may be sent before something turns out not to resolve).
    DingTalkClient client(options.connection);
    std::optional<CliPersonResolution> people;
    if (CliPersonResolution::needsDirectory(options, options.spec.members)) {
        CliDirectory directory(client.api(), options.connection);
        const bool ready = directory.obtain(options.refreshDirectory, directoryProgress);
        report.directoryStoreProblem(directory.storeProblem());
        if (!ready)
            return report.directoryFailed(directory.syncResult());
        people.emplace(directory.directory(), options, options.skipUnresolved);
        people->resolve(options.spec);
        if (!people->problems().isEmpty())
            return report.unresolvedPeople(people->problems());
    }

    // Everything that can be checked without DingTalk, the member limit with each phone number counted, comes
    // before the first lookup: a list that cannot work sends nothing at all.
    const GroupValidation beforeLookup = CliPhoneResolution::validateBeforeLookup(options.spec);
    if (!beforeLookup.isValid())
        return report.validationFailed(beforeLookup);

    CliPhoneResolution phones(client.api(), options.spec.members);
    if (phones.lookupCount() > 0) {
        const CliPhoneResolution::Outcome outcome
            = phones.run([&report](int done, int total) { report.lookupProgress(done, total); });
        switch (outcome) {
        case CliPhoneResolution::Outcome::Refused:
        case CliPhoneResolution::Outcome::Failed:
        case CliPhoneResolution::Outcome::Cancelled:
            return report.lookupFailed(phones.error());
        case CliPhoneResolution::Outcome::Resolved:
        case CliPhoneResolution::Outcome::Unresolved:
            break;
        }
        report.lookupsDone(phones.lookupCount(), phones.resolvedCount(), int(phones.unresolved().size()));
        if (outcome == CliPhoneResolution::Outcome::Unresolved && !options.skipUnresolved)
            return report.unresolvedMobiles(phones.unresolved());
        options.spec.members = phones.members();
    }

    const GroupValidation validation = options.spec.validate();
    if (!validation.isValid())
        return report.validationFailed(validation);
    report.notices(validation.notices());

    if (options.dryRun) {
        // The window's Preview: built with the API's own request builders and CreateJob's chunking, sends nothing.
        const QList<PlannedCall> plan = RequestPlan::build(client.api(), validation.name, validation.owner,
                                                           validation.memberIds, options.spec.settings, secrets);
        return report.dryRun(plan, int(validation.memberIds.size()), phones.unresolved());
    }

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
    CreateResult result = job.result();
    phones.applyTo(result);
    if (people)
        people->applyTo(result);

    // Every create attempt is recorded, whatever its outcome; a history problem is a warning, never the exit code.
    CliHistory history(options);
    history.record(validation, options.spec.settings, result, secrets);
    report.historyProblem(history.problem(), history.damagedFilePath());
    return report.finished(result, validation.name);
}
