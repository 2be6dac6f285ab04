#pragma once

#include "CliExitCode.h"
#include "CliPersonResolution.h"
#include "create/CreateJob.h"
#include "create/CreateResult.h"
#include "create/PlannedCall.h"
#include "dingtalk/ErrorCatalogue.h"
#include "directory/DirectorySyncResult.h"
#include "group/GroupSpec.h"
#include "lookup/MobileResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

/**
 * Everything the command line tells the user: human messages on stderr (coloured only on a terminal), the group's
 * ids on stdout, and with --json exactly one JSON object on stdout whatever happens. Every text that came from the
 * network passes SecretMasker first. Each reporting function returns the exit code that goes with it.
 */
class CliReport
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    struct Style
    {
        bool json = false; // stdout holds one JSON object
        bool colour = false; // stderr is a terminal that shows ANSI colours
        bool progress = false; // stderr is a terminal: show progress lines
    };

    CliReport(QTextStream& out, QTextStream& err, const Style& style);

    /** Texts that must never be printed (the app secret, a pasted token): replaced by a mask wherever they occur. */
    void setSecrets(const QStringList& secrets);
    /** A field added to the JSON object printed at the end, whatever the path (such as "importError"). */
    void addJsonField(const QString& key, const QJsonValue& value);

    CliExitCode help(const QString& text);
    CliExitCode version();
    /** A command line that cannot be used; nothing was sent. `code` is a stable tool code such as "usage". */
    CliExitCode usageError(const QString& code, const QString& message);
    /** Every validation problem at once; nothing was sent. */
    CliExitCode validationFailed(const GroupValidation& validation);
    /** What validation changed in the request (duplicates removed, owner added): printed as notices. */
    void notices(const ValidationIssues& notices);
    void progress(const CreateProgress& progress);
    /** A plain line for the user on stderr, such as what a member file held. */
    void note(const QString& text);
    /** Phone number lookups: `done` of `total`, shown only on a terminal. */
    void lookupProgress(int done, int total);
    /** The lookups are over: a notice, and "mobiles": {total, resolved, unresolved} in the JSON object. */
    void lookupsDone(int total, int resolved, int unresolved);
    /**
     * Phone numbers no employee has, without --skip-unresolved: each listed (in JSON as failed members with an empty
     * userid, the number and DingTalk's code); nothing was created.
     */
    CliExitCode unresolvedMobiles(const QList<MobileResolution>& unresolved);
    /** The lookups themselves failed: refused (exit 3) or no answer (exit 5); nothing was created. */
    CliExitCode lookupFailed(const ApiError& error);
    /** A directory sync under way, shown only on a terminal (a line every 500 people). */
    void directoryProgress(int departmentsDone, int departmentsFound, int people);
    /** The directory copy could not be written or read: a warning, the run goes on. */
    void directoryStoreProblem(const QString& problem);
    /** `directory sync` done: with --json exactly {people, departments, skippedDepartments, syncedAt}; exit 0. */
    CliExitCode directorySynced(const DirectorySyncResult& result);
    /**
     * A directory sync that did not complete: refused (exit 3, DingTalk's errcode/errmsg, and in JSON "message"
     * explaining it and "missingPermission" naming a missing permission) or no answer or cancelled (exit 5); nothing
     * was created.
     */
    CliExitCode directoryFailed(const DirectorySyncResult& result);
    /**
     * The batch goes on without the directory its sync was refused: a warning on stderr with the sync's explanation
     * (the missing permission's name), saying that only userids and mobile numbers can be read.
     */
    void directoryUnavailable(const DirectorySyncResult& result);
    /** `directory search`: one person a line, or with --json {"people": [...]}; exit 0 even for no match. */
    CliExitCode searchResults(const QList<const DirectoryPerson*>& people);
    /**
     * Queries or departments that did not end at exactly one: each listed with its candidates (in JSON as `issues`
     * {code, query, message, candidates}); nothing was created, exit 2.
     */
    CliExitCode unresolvedPeople(const QList<CliPersonResolution::Problem>& problems);
    /**
     * A --dry-run with valid input: the calls on stdout (text, or "plan" in the JSON object with the outcome
     * "dry-run"), `memberCount` the members the group would have, `unresolved` the numbers --skip-unresolved leaves
     * out (as failed members). Nothing was created; exit code 0.
     */
    CliExitCode dryRun(const QList<PlannedCall>& plan, int memberCount, const QList<MobileResolution>& unresolved);
    /**
     * The history could not take the entry, or a damaged history file was set aside: a warning on stderr after the
     * outcome (printed by finished()) and "historyError" (with "historyDamagedFile" when a file was moved) in the
     * JSON object. The exit code is not changed by it, so this returns none.
     */
    void historyProblem(const QString& message, const QString& damagedFilePath);
    /** The end of a create job: ids, missing members or the error, with the exit code for the outcome. */
    CliExitCode finished(const CreateResult& result, const QString& groupName);

    /** Prints `object` (with the fields added by addJsonField()) as the one JSON line on stdout. */
    void writeJson(const QJsonObject& object);
    /** A plain progress line on stderr, shown only on a terminal. */
    void progressLine(const QString& text);

    /** The exit code for an outcome (see CliExitCode). */
    static CliExitCode exitCodeFor(CreateResult::Outcome outcome);
    /** DingTalk's numeric codes as JSON numbers, every other code (tool codes, new-API codes) as a string. */
    static QJsonValue errcodeValue(const QString& errcode);
    /**
     * The JSON object for a finished job; network texts masked with `secrets`. A failure that is not DingTalk's own
     * answer is explained for `operation` (adding members once the group exists).
     */
    static QJsonObject resultJson(const CreateResult& result, const QStringList& secrets = {},
                                  ErrorCatalogue::Operation operation = ErrorCatalogue::Operation::Create);
    /** The outcome name of a dry run in the JSON object. */
    static QString dryRunOutcome() { return QStringLiteral("dry-run"); }
    /** The JSON object for a run that sent nothing: a tool code, a message, the outcome "not-created". */
    static QJsonObject errorJson(const QString& code, const QString& message);
    /** The user's explanation of an error, in the current language, one sentence per entry; masked. */
    static QStringList explain(const ApiError& error, ErrorCatalogue::Operation operation,
                               const QStringList& secrets = {});

    /** The candidates of an issue as `create` reports them: [{userid, name, departments}] or [{path}]. */
    static QJsonArray candidatesJson(const QList<DirectoryPerson>& people, const QStringList& paths);

    /** The lines of explain() as one message for JSON's errmsg. */
    static QString oneLine(const QStringList& lines);

private:
    enum class Tone
    {
        Error,
        Notice,
        Success,
        Plain
    };
    void line(Tone tone, const QString& text);
    CliExitCode report(const CreateResult& result, const QString& groupName, ErrorCatalogue::Operation operation);
    static QList<FailedMember> failedMembers(const QList<MobileResolution>& unresolved);
    static QJsonArray failedMembersJson(const QList<FailedMember>& members, const QStringList& secrets);
    QString masked(const QString& text) const;

    QTextStream& m_out;
    QTextStream& m_err;
    Style m_style;
    QStringList m_secrets;
    ValidationIssues m_notices; // repeated in the final JSON object
    QString m_historyWarning; // printed after the outcome
    QJsonObject m_extra; // added to the JSON object
    int m_directoryProgressStep = -1;
};
