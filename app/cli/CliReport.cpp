#include "CliReport.h"

#include "CliErrorCode.h"
#include "CliPlan.h"
#include "dingtalk/SecretMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {
const char* const Red = "\x1b[31m";
const char* const Yellow = "\x1b[33m";
const char* const Green = "\x1b[32m";
const char* const Reset = "\x1b[0m";

QJsonObject baseObject(const QJsonValue& errcode, const QString& errmsg, CreateResult::Outcome outcome)
{
    return QJsonObject{
        { QStringLiteral("openConversationId"), QString() },
        { QStringLiteral("chatid"), QString() },
        { QStringLiteral("conversationTag"), 0 },
        { QStringLiteral("errcode"), errcode },
        { QStringLiteral("errmsg"), errmsg },
        { QStringLiteral("failedMembers"), QJsonArray() },
        { QStringLiteral("outcome"), CreateResult::outcomeName(outcome) },
        { QStringLiteral("memberCount"), 0 },
    };
}

QJsonArray issuesJson(const ValidationIssues& issues)
{
    QJsonArray array;
    for (const ValidationIssue& issue : issues) {
        QJsonObject object{ { QStringLiteral("code"), issue.codeName() },
                            { QStringLiteral("message"), issue.message() } };
        // The sentence names a few repeated ids; a script gets more, and the counts. Not all: a whole company's
        // staff list exported twice repeats every id, and tens of thousands of them would be noise, not a notice.
        if (issue.code == ValidationIssue::DuplicateRemoved) {
            object.insert(QStringLiteral("userids"), QJsonArray::fromStringList(issue.repeatedIds));
            object.insert(QStringLiteral("repeatedIds"), issue.repeatedIdCount);
            object.insert(QStringLiteral("removed"), issue.removedCount);
        }
        array.append(object);
    }
    return array;
}
} // namespace

CliReport::CliReport(QTextStream& out, QTextStream& err, const Style& style)
    : m_out(out)
    , m_err(err)
    , m_style(style)
{
}

void CliReport::setSecrets(const QStringList& secrets)
{
    m_secrets = secrets;
    m_secrets.removeAll(QString());
}

QString CliReport::masked(const QString& text) const
{
    return SecretMasker::maskText(text, m_secrets);
}

void CliReport::line(Tone tone, const QString& text)
{
    const char* colour = nullptr;
    if (m_style.colour) {
        switch (tone) {
        case Tone::Error:
            colour = Red;
            break;
        case Tone::Notice:
            colour = Yellow;
            break;
        case Tone::Success:
            colour = Green;
            break;
        case Tone::Plain:
            break;
        }
    }
    if (colour)
        m_err << colour << masked(text) << Reset << Qt::endl;
    else
        m_err << masked(text) << Qt::endl;
}

void CliReport::addJsonField(const QString& key, const QJsonValue& value)
{
    m_extra.insert(key, value);
}

void CliReport::progressLine(const QString& text)
{
    if (m_style.progress)
        line(Tone::Plain, text);
}

void CliReport::writeJson(const QJsonObject& object)
{
    QJsonObject complete = object;
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it)
        complete.insert(it.key(), it.value());
    // Compact: one object on one line, so `| jq` and line-based readers both work.
    m_out << QString::fromUtf8(QJsonDocument(complete).toJson(QJsonDocument::Compact)) << Qt::endl;
}

CliExitCode CliReport::help(const QString& text)
{
    if (m_style.json) {
        QJsonObject object = baseObject(0, QStringLiteral("ok"), CreateResult::Outcome::NotCreated);
        object.insert(QStringLiteral("help"), text);
        writeJson(object);
    } else {
        m_out << text << Qt::flush;
    }
    return CliExitCode::Success;
}

CliExitCode CliReport::version()
{
    const QString version = QStringLiteral(DTG_VERSION);
    if (m_style.json) {
        QJsonObject object = baseObject(0, QStringLiteral("ok"), CreateResult::Outcome::NotCreated);
        object.insert(QStringLiteral("version"), version);
        writeJson(object);
    } else {
        m_out << QStringLiteral("dingtalk-group-cli %1").arg(version) << Qt::endl;
    }
    return CliExitCode::Success;
}

QJsonObject CliReport::errorJson(const QString& code, const QString& message)
{
    return baseObject(code, message, CreateResult::Outcome::NotCreated);
}

CliExitCode CliReport::usageError(const QString& code, const QString& message)
{
    line(Tone::Error, tr("Error: %1").arg(message));
    if (code == errcodeText(CliErrorCode::Usage))
        line(Tone::Plain, tr("Run \"dingtalk-group-cli --help\" to see the options."));
    line(Tone::Plain, tr("Nothing was sent to DingTalk."));
    if (m_style.json)
        writeJson(errorJson(code, masked(message)));
    return CliExitCode::InvalidInput;
}

CliExitCode CliReport::validationFailed(const GroupValidation& validation)
{
    const ValidationIssues errors = validation.errors();
    // No %n plurals: English is the source language and gets no catalogue, so "(s)" would show.
    const QString summary = tr("Problems found: %1. Nothing was sent to DingTalk.").arg(errors.size());
    for (const ValidationIssue& issue : errors)
        line(Tone::Error, tr("Error: %1").arg(issue.message()));
    for (const ValidationIssue& issue : validation.notices())
        line(Tone::Notice, tr("Notice: %1").arg(issue.message()));
    line(Tone::Plain, summary);
    if (m_style.json) {
        QJsonObject object = errorJson(errcodeText(CliErrorCode::InvalidInput), summary);
        object.insert(QStringLiteral("issues"), issuesJson(errors));
        object.insert(QStringLiteral("notices"), issuesJson(validation.notices()));
        writeJson(object);
    }
    return CliExitCode::InvalidInput;
}

void CliReport::notices(const ValidationIssues& notices)
{
    m_notices = notices;
    for (const ValidationIssue& issue : notices)
        line(Tone::Notice, tr("Notice: %1").arg(issue.message()));
}

void CliReport::progress(const CreateProgress& progress)
{
    if (!m_style.progress)
        return;
    switch (progress.stage) {
    case CreateProgress::Stage::Creating:
        line(Tone::Plain, tr("Creating the group…"));
        break;
    case CreateProgress::Stage::AddingMembers:
        line(Tone::Plain,
             tr("Adding members: %1 of %2 are in the group…").arg(progress.membersDone).arg(progress.membersTotal));
        break;
    case CreateProgress::Stage::Done:
        break;
    }
}

void CliReport::note(const QString& text)
{
    line(Tone::Plain, text);
}

void CliReport::lookupProgress(int done, int total)
{
    constexpr int Every = 50; // lines, not a bar: stderr may be a terminal that does not redraw
    if (!m_style.progress || total <= 0)
        return;
    if (done == 0 || done == total || done % Every == 0)
        line(Tone::Plain, tr("Looking up phone numbers: %1 of %2…").arg(done).arg(total));
}

void CliReport::lookupsDone(int total, int resolved, int unresolved)
{
    line(unresolved > 0 ? Tone::Notice : Tone::Plain,
         tr("Phone numbers looked up: %1; found: %2; not found: %3.").arg(total).arg(resolved).arg(unresolved));
    addJsonField(QStringLiteral("mobiles"),
                 QJsonObject{ { QStringLiteral("total"), total },
                              { QStringLiteral("resolved"), resolved },
                              { QStringLiteral("unresolved"), unresolved } });
}

QList<FailedMember> CliReport::failedMembers(const QList<MobileResolution>& unresolved)
{
    QList<FailedMember> failed;
    for (const MobileResolution& resolution : unresolved)
        failed.append(FailedMember{ QString(), resolution.mobile, resolution.error.errcode, resolution.error.errmsg });
    return failed;
}

CliExitCode CliReport::unresolvedMobiles(const QList<MobileResolution>& unresolved)
{
    const QString summary
        = tr("No employee could be found for %1 of the phone numbers. No group was created.").arg(unresolved.size());
    line(Tone::Error, tr("Error: %1").arg(summary));
    const QList<FailedMember> failed = failedMembers(unresolved);
    for (const MobileResolution& resolution : unresolved) {
        const ErrorExplanation why = ErrorCatalogue::explain(resolution.error, ErrorCatalogue::Operation::LookUpMobile);
        line(Tone::Plain,
             QStringLiteral("  %1  %2 (%3 %4)")
                 .arg(resolution.mobile, why.title, resolution.error.errcode, resolution.error.errmsg));
    }
    line(Tone::Plain, tr("Check these numbers, or add --skip-unresolved to create the group without them."));
    if (m_style.json) {
        QJsonObject object = errorJson(errcodeText(CliErrorCode::UnresolvedMobiles), summary);
        object.insert(QStringLiteral("failedMembers"), failedMembersJson(failed, m_secrets));
        writeJson(object);
    }
    return CliExitCode::InvalidInput;
}

CliExitCode CliReport::lookupFailed(const ApiError& error)
{
    CreateResult result;
    result.outcome = error.isApi() ? CreateResult::Outcome::Rejected : CreateResult::Outcome::NotCreated;
    result.error = error;
    return report(result, QString(), ErrorCatalogue::Operation::LookUpMobile);
}

void CliReport::directoryProgress(int departmentsDone, int departmentsFound, int people)
{
    constexpr int EveryPeople = 500; // lines, not a bar: stderr may be a terminal that does not redraw
    if (!m_style.progress)
        return;
    const int step = people / EveryPeople;
    if (step == m_directoryProgressStep && departmentsDone != departmentsFound)
        return;
    m_directoryProgressStep = step;
    line(Tone::Plain,
         tr("Reading the directory: %1 of %2 departments, %3 people…")
             .arg(departmentsDone)
             .arg(departmentsFound)
             .arg(people));
}

void CliReport::directoryStoreProblem(const QString& problem)
{
    if (!problem.isEmpty())
        line(Tone::Notice, tr("Warning: %1").arg(masked(problem)));
}

CliExitCode CliReport::directorySynced(const DirectorySyncResult& result)
{
    line(Tone::Success,
         tr("Directory copied: %1 people in %2 departments.").arg(result.people).arg(result.departments));
    if (result.skippedDepartments > 0)
        line(Tone::Notice,
             tr("%1 departments are outside the app's contacts scope: their people are not in the copy.")
                 .arg(result.skippedDepartments));
    if (m_style.json)
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{ { QStringLiteral("people"), result.people },
                                       { QStringLiteral("departments"), result.departments },
                                       { QStringLiteral("skippedDepartments"), result.skippedDepartments },
                                       { QStringLiteral("syncedAt"), result.syncedAt.toUTC().toString(Qt::ISODate) } })
                .toJson(QJsonDocument::Compact))
              << Qt::endl;
    return CliExitCode::Success;
}

CliExitCode CliReport::directoryFailed(const DirectorySyncResult& result)
{
    CreateResult failed;
    failed.outcome = result.error.isApi() ? CreateResult::Outcome::Rejected : CreateResult::Outcome::NotCreated;
    failed.error = result.error;
    // errmsg stays DingTalk's own; the explanation, with the permission's name where one is missing, comes beside it.
    addJsonField(QStringLiteral("message"), oneLine(explain(result.error, result.operation, m_secrets)));
    if (!result.missingPermission().isEmpty())
        addJsonField(QStringLiteral("missingPermission"), result.missingPermission());
    return report(failed, QString(), result.operation);
}

void CliReport::directoryUnavailable(const DirectorySyncResult& result)
{
    line(Tone::Notice,
         tr("Warning: the directory could not be synced, so only userids and mobile numbers can be read; rows with "
            "names, job numbers or departments are invalid. %1")
             .arg(oneLine(explain(result.error, result.operation, m_secrets))));
}

QJsonArray CliReport::candidatesJson(const QList<DirectoryPerson>& people, const QStringList& paths)
{
    QJsonArray candidates;
    for (const DirectoryPerson& person : people)
        candidates.append(
            QJsonObject{ { QStringLiteral("userid"), person.userid },
                         { QStringLiteral("name"), person.name },
                         { QStringLiteral("departments"), QJsonArray::fromStringList(person.departmentPaths) } });
    for (const QString& path : paths)
        candidates.append(QJsonObject{ { QStringLiteral("path"), path } });
    return candidates;
}

CliExitCode CliReport::searchResults(const QList<const DirectoryPerson*>& people)
{
    QJsonArray array;
    for (const DirectoryPerson* person : people) {
        if (m_style.json) {
            array.append(
                QJsonObject{ { QStringLiteral("userid"), person->userid },
                             { QStringLiteral("name"), person->name },
                             { QStringLiteral("jobNumber"), person->jobNumber },
                             { QStringLiteral("title"), person->title },
                             { QStringLiteral("departments"), QJsonArray::fromStringList(person->departmentPaths) } });
            continue;
        }
        // One person a line, tab-separated: userid first, so `cut -f1` gives the ids.
        m_out << QStringList{ person->userid, person->name, person->jobNumber, person->title,
                              person->departmentPaths.join(QStringLiteral(", ")) }
                     .join(QLatin1Char('\t'))
              << Qt::endl;
    }
    if (m_style.json)
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{ { QStringLiteral("people"), array } }).toJson(QJsonDocument::Compact))
              << Qt::endl;
    else if (people.isEmpty())
        line(Tone::Notice, tr("Nobody in the directory matches."));
    return CliExitCode::Success;
}

CliExitCode CliReport::unresolvedPeople(const QList<CliPersonResolution::Problem>& problems)
{
    const QString summary
        = tr("%1 people or departments could not be found exactly. No group was created.").arg(problems.size());
    QJsonArray issues;
    for (const CliPersonResolution::Problem& problem : problems) {
        line(Tone::Error, tr("Error: %1").arg(problem.message));
        for (const DirectoryPerson& person : problem.people)
            line(Tone::Plain,
                 QStringLiteral("  %1 · %2 · %3 · %4")
                     .arg(person.name, person.departmentPaths.join(QStringLiteral(", ")), person.title, person.userid));
        for (const QString& path : problem.paths)
            line(Tone::Plain, QStringLiteral("  %1").arg(path));
        issues.append(QJsonObject{ { QStringLiteral("code"), problem.code },
                                   { QStringLiteral("query"), problem.query },
                                   { QStringLiteral("message"), problem.message },
                                   { QStringLiteral("candidates"), candidatesJson(problem.people, problem.paths) } });
    }
    line(Tone::Plain, summary);
    if (m_style.json) {
        QJsonObject object = errorJson(errcodeText(CliErrorCode::InvalidInput), summary);
        object.insert(QStringLiteral("issues"), issues);
        writeJson(object);
    }
    return CliExitCode::InvalidInput;
}

CliExitCode CliReport::exitCodeFor(CreateResult::Outcome outcome)
{
    switch (outcome) {
    case CreateResult::Outcome::Created:
        return CliExitCode::Success;
    case CreateResult::Outcome::CreatedPartially:
        return CliExitCode::PartiallyCreated;
    case CreateResult::Outcome::Rejected:
        return CliExitCode::Refused;
    case CreateResult::Outcome::NotCreated:
    case CreateResult::Outcome::Unknown:
        break;
    }
    return CliExitCode::OutcomeUnknown;
}

QJsonValue CliReport::errcodeValue(const QString& errcode)
{
    bool numeric = false;
    const qint64 number = errcode.toLongLong(&numeric);
    if (numeric)
        return QJsonValue(number);
    return errcode;
}

QStringList CliReport::explain(const ApiError& error, ErrorCatalogue::Operation operation, const QStringList& secrets)
{
    const ErrorExplanation explanation = ErrorCatalogue::explain(error, operation);
    QStringList lines;
    for (const QString& text : { explanation.title, explanation.explanation, explanation.nextStep }) {
        if (!text.isEmpty())
            lines.append(text);
    }
    if (error.isApi()) {
        lines.append(tr("DingTalk answered: errcode %1, %2").arg(error.errcode, error.errmsg));
        if (!error.subCode.isEmpty())
            lines.append(tr("DingTalk's sub_code: %1").arg(error.subCode));
    } else if (error.isTransport() && error.httpStatus != 0) {
        // A page that is not DingTalk's JSON is summarised, never printed; the catalogue may have said so already.
        const QString status = QString::number(error.httpStatus);
        if (!lines.join(QLatin1Char(' ')).contains(status))
            lines.append(tr("The server answered HTTP %1 (%2); its page is not shown.")
                             .arg(status, error.contentType.isEmpty() ? tr("no content type") : error.contentType));
    } else if (error.failure == TransportFailure::Tls && !error.detail.isEmpty()) {
        lines.append(tr("Details: %1").arg(error.detail));
    }
    for (QString& text : lines)
        text = SecretMasker::maskText(text, secrets);
    return lines;
}

QString CliReport::oneLine(const QStringList& lines)
{
    if (lines.size() < 2)
        return lines.join(QString());
    // The title has no full stop of its own; the pattern lets a translation use its own punctuation.
    return tr("%1. %2").arg(lines.first(), lines.mid(1).join(QLatin1Char(' ')));
}

QJsonArray CliReport::failedMembersJson(const QList<FailedMember>& members, const QStringList& secrets)
{
    QJsonArray failed;
    for (const FailedMember& member : members) {
        QJsonObject object{ { QStringLiteral("userid"), member.userid },
                            { QStringLiteral("errcode"), errcodeValue(member.errcode) },
                            { QStringLiteral("errmsg"), SecretMasker::maskText(member.errmsg, secrets) } };
        // Only for members that were given as a phone number: the other entries keep their documented shape.
        if (!member.mobile.isEmpty())
            object.insert(QStringLiteral("mobile"), member.mobile);
        // Only for people given by a query the directory could not answer.
        if (!member.query.isEmpty())
            object.insert(QStringLiteral("query"), member.query);
        failed.append(object);
    }
    return failed;
}

QJsonObject CliReport::resultJson(const CreateResult& result, const QStringList& secrets,
                                  ErrorCatalogue::Operation operation)
{
    const auto mask = [&secrets](const QString& text) {
        return SecretMasker::maskText(text, secrets);
    };
    QJsonObject object;
    if (result.outcome == CreateResult::Outcome::Created) {
        object = baseObject(0, QStringLiteral("ok"), result.outcome);
    } else if (result.error.isApi()) {
        // DingTalk's own code and message, so scripts can match DingTalk's documentation.
        object = baseObject(errcodeValue(result.error.errcode), mask(result.error.errmsg), result.outcome);
    } else {
        if (result.groupExists())
            operation = ErrorCatalogue::Operation::AddMembers;
        object = baseObject(ApiError::failureName(result.error.failure),
                            oneLine(explain(result.error, operation, secrets)), result.outcome);
    }
    if (result.error.httpStatus != 0 && result.outcome != CreateResult::Outcome::Created)
        object.insert(QStringLiteral("httpStatus"), result.error.httpStatus);
    object.insert(QStringLiteral("openConversationId"), result.openConversationId);
    object.insert(QStringLiteral("chatid"), result.chatid);
    object.insert(QStringLiteral("conversationTag"), result.conversationTag);
    object.insert(QStringLiteral("memberCount"), result.memberCount);
    object.insert(QStringLiteral("failedMembers"), failedMembersJson(result.failedMembers, secrets));
    return object;
}

CliExitCode CliReport::dryRun(const QList<PlannedCall>& plan, int memberCount,
                              const QList<MobileResolution>& unresolved)
{
    line(Tone::Success,
         tr("Dry run: creating this group would make these %1 calls. Nothing was created.").arg(plan.size()));
    for (const MobileResolution& resolution : unresolved)
        line(Tone::Notice, tr("Notice: %1 would be left out: no employee has this number.").arg(resolution.mobile));
    if (m_style.json) {
        QJsonObject object = baseObject(0, QStringLiteral("ok"), CreateResult::Outcome::NotCreated);
        object.insert(QStringLiteral("outcome"), dryRunOutcome());
        object.insert(QStringLiteral("memberCount"), memberCount);
        object.insert(QStringLiteral("failedMembers"), failedMembersJson(failedMembers(unresolved), m_secrets));
        object.insert(QStringLiteral("plan"), CliPlan::toJson(plan));
        if (!m_notices.isEmpty())
            object.insert(QStringLiteral("notices"), issuesJson(m_notices));
        writeJson(object);
    } else {
        m_out << masked(CliPlan::toText(plan)) << Qt::flush;
    }
    return CliExitCode::Success;
}

void CliReport::historyProblem(const QString& message, const QString& damagedFilePath)
{
    if (message.isEmpty())
        return;
    m_historyWarning = message;
    addJsonField(QStringLiteral("historyError"), masked(message));
    if (!damagedFilePath.isEmpty())
        addJsonField(QStringLiteral("historyDamagedFile"), damagedFilePath);
}

CliExitCode CliReport::finished(const CreateResult& result, const QString& groupName)
{
    return report(result, groupName, ErrorCatalogue::Operation::Create);
}

CliExitCode CliReport::report(const CreateResult& result, const QString& groupName, ErrorCatalogue::Operation operation)
{
    const CliExitCode exitCode = exitCodeFor(result.outcome);
    switch (result.outcome) {
    case CreateResult::Outcome::Created:
        line(Tone::Success,
             tr("Created the group \"%1\" with all its members (%2).").arg(groupName).arg(result.memberCount));
        break;
    case CreateResult::Outcome::CreatedPartially: {
        line(Tone::Notice,
             tr("Created the group \"%1\", but these members could not be added (%2):")
                 .arg(groupName)
                 .arg(result.failedMembers.size()));
        for (const FailedMember& member : result.failedMembers) {
            // A number that never became a userid is shown as the number; a userid found by number shows both.
            const QString who = member.userid.isEmpty() ? (member.mobile.isEmpty() ? member.query : member.mobile)
                : member.mobile.isEmpty()               ? member.userid
                                                        : QStringLiteral("%1 (%2)").arg(member.userid, member.mobile);
            line(Tone::Plain, QStringLiteral("  %1  %2 %3").arg(who, member.errcode, member.errmsg));
        }
        const QStringList why = explain(result.error, ErrorCatalogue::Operation::AddMembers, m_secrets);
        for (const QString& text : why)
            line(Tone::Plain, text);
        break;
    }
    case CreateResult::Outcome::Rejected:
    case CreateResult::Outcome::NotCreated:
    case CreateResult::Outcome::Unknown: {
        const QStringList why = explain(result.error, operation, m_secrets);
        for (qsizetype i = 0; i < why.size(); ++i)
            line(i == 0 ? Tone::Error : Tone::Plain, i == 0 ? tr("Error: %1").arg(why.at(i)) : why.at(i));
        // For an unknown outcome the catalogue already says to check DingTalk before trying again.
        if (result.outcome != CreateResult::Outcome::Unknown)
            line(Tone::Plain, tr("No group was created."));
        break;
    }
    }
    if (!m_historyWarning.isEmpty())
        line(Tone::Notice, tr("Warning: %1").arg(m_historyWarning));

    if (m_style.json) {
        QJsonObject object = resultJson(result, m_secrets, operation);
        if (!m_notices.isEmpty())
            object.insert(QStringLiteral("notices"), issuesJson(m_notices));
        writeJson(object);
    } else if (result.groupExists()) {
        // The ids go to stdout, alone and one per line, so scripts can read them without parsing messages.
        m_out << QStringLiteral("openConversationId: %1").arg(result.openConversationId) << Qt::endl;
        m_out << QStringLiteral("chatid: %1").arg(result.chatid) << Qt::endl;
    }
    return exitCode;
}
