#include "CliBatch.h"

#include "CliDirectory.h"
#include "CliErrorCode.h"
#include "CliExitCode.h"
#include "CliHistory.h"
#include "CliOptions.h"
#include "CliPhoneResolution.h"
#include "Terminal.h"
#include "batch/BatchJournal.h"
#include "batch/BatchLaunch.h"
#include "batch/BatchPlan.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchResultsTable.h"
#include "batch/BatchRunner.h"
#include "batch/BatchSheetReader.h"
#include "config/AppIdentity.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "dingtalk/SecretMasker.h"
#include "directory/PersonResolver.h"
#include "history/HistoryStore.h"
#include "presets/PresetStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace {

QJsonArray issuesJson(const BatchIssues& issues)
{
    QJsonArray array;
    for (const BatchIssue& issue : issues) {
        QJsonObject object{ { QStringLiteral("code"), issue.codeName() },
                            { QStringLiteral("message"), issue.message() } };
        if (!issue.subject.isEmpty())
            object.insert(QStringLiteral("query"), issue.subject);
        // As `create` reports an ambiguous person or department.
        if (!issue.people.isEmpty() || !issue.paths.isEmpty())
            object.insert(QStringLiteral("candidates"), CliReport::candidatesJson(issue.people, issue.paths));
        array.append(object);
    }
    return array;
}

} // namespace

CliBatch::CliBatch(const CliOptions& options, CliReport& report, const QStringList& secrets)
    : m_options(options)
    , m_report(report)
    , m_secrets(secrets)
{
}

CliExitCode CliBatch::exitCodeFor(const QList<BatchRowResult>& rows)
{
    CliExitCode code = CliExitCode::Success;
    for (const BatchRowResult& row : rows) {
        switch (row.status) {
        case BatchRowStatus::Unknown:
        case BatchRowStatus::Sending:
            return CliExitCode::OutcomeUnknown; // 5 wins over 4
        case BatchRowStatus::Partial:
        case BatchRowStatus::Refused:
        case BatchRowStatus::Invalid:
        case BatchRowStatus::NotSent:
        case BatchRowStatus::Planned:
            code = CliExitCode::PartiallyCreated;
            break;
        case BatchRowStatus::Created:
        case BatchRowStatus::Skipped:
            break;
        }
    }
    return code;
}

QJsonObject CliBatch::toJson(const QList<BatchRowResult>& rows, const QStringList& secrets)
{
    QJsonArray array;
    QHash<BatchRowStatus, int> counts;
    for (const BatchRowResult& row : rows) {
        // The create's own report, as `create --json` gives it, with the row's place and status around it.
        QJsonObject object = CliReport::resultJson(row.result, secrets);
        object.remove(QStringLiteral("outcome"));
        object.remove(QStringLiteral("conversationTag"));
        object.insert(QStringLiteral("row"), row.sheetRow);
        object.insert(QStringLiteral("name"), row.name);
        object.insert(QStringLiteral("owner"), row.owner);
        const BatchRowStatus status = row.status == BatchRowStatus::Sending ? BatchRowStatus::Unknown : row.status;
        object.insert(QStringLiteral("status"), BatchRowStatusName::of(status));
        ++counts[status];
        switch (status) {
        case BatchRowStatus::Invalid:
            object.insert(QStringLiteral("errcode"), errcodeText(CliErrorCode::InvalidInput));
            object.insert(QStringLiteral("errmsg"), BatchResultsTable::explanation(row));
            object.insert(QStringLiteral("issues"), issuesJson(row.issues));
            break;
        case BatchRowStatus::Skipped:
            object.insert(QStringLiteral("errcode"), QStringLiteral("duplicate"));
            object.insert(QStringLiteral("errmsg"), BatchResultsTable::explanation(row));
            break;
        case BatchRowStatus::NotSent:
            if (row.reason != BatchStopRule::Reason::None) {
                object.insert(QStringLiteral("errcode"), BatchStopRule::reasonName(row.reason));
                object.insert(QStringLiteral("errmsg"), BatchStopRule::explanation(row.reason));
            }
            break;
        default:
            break;
        }
        array.append(object);
    }
    return QJsonObject{ { QStringLiteral("rows"), array },
                        { QStringLiteral("created"), counts.value(BatchRowStatus::Created) },
                        { QStringLiteral("partial"), counts.value(BatchRowStatus::Partial) },
                        { QStringLiteral("refused"), counts.value(BatchRowStatus::Refused) },
                        { QStringLiteral("unknown"), counts.value(BatchRowStatus::Unknown) },
                        { QStringLiteral("invalid"), counts.value(BatchRowStatus::Invalid) },
                        { QStringLiteral("skipped"), counts.value(BatchRowStatus::Skipped) },
                        { QStringLiteral("notSent"), counts.value(BatchRowStatus::NotSent) } };
}

QList<BatchRowResult> CliBatch::cancelledRows(const BatchSheet& sheet)
{
    QList<BatchRowResult> rows;
    for (const BatchRow& sheetRow : sheet.rows) {
        BatchRowResult row;
        row.sheetRow = sheetRow.sheetRow;
        row.name = sheetRow.name.trimmed();
        row.owner = sheetRow.owner.trimmed();
        row.status = BatchRowStatus::NotSent;
        row.reason = BatchStopRule::Reason::Cancelled;
        rows.append(row);
    }
    return rows;
}

CliExitCode CliBatch::finish(const QList<BatchRowResult>& rows, CliExitCode exitCode)
{
    for (const BatchRowResult& row : rows) {
        const QString explanation = BatchResultsTable::explanation(row);
        m_report.note(tr("Row %1 (%2): %3%4")
                          .arg(row.sheetRow)
                          .arg(row.name, BatchResultsTable::statusLabel(row.status),
                               explanation.isEmpty() ? QString() : QStringLiteral(" — ") + explanation));
    }
    if (!m_options.resultsFile.isEmpty()) {
        QString error;
        if (!BatchResultsTable::write(rows, m_options.resultsFile, &error))
            m_report.note(tr("Warning: the results could not be written: %1").arg(error));
    }
    if (m_options.json)
        m_report.writeJson(toJson(rows, m_secrets));
    return exitCode;
}

CliExitCode CliBatch::run()
{
    const BatchSheet sheet = BatchSheetReader::readFile(m_options.batchFile);
    if (!sheet.ok())
        return m_report.usageError(sheet.errorCode(), sheet.errorMessage());

    // People are read by the one rule, which needs the directory (a userid it knows, a job number, a name): the
    // local copy, or a sync first, as `create` does. Only a refused sync lets the batch go on without it.
    DingTalkClient client(m_options.connection);
    CliDirectory directory(client.api(), m_options.connection);
    const bool haveDirectory = directory.obtain(m_options.refreshDirectory, [this](int done, int found, int people) {
        m_report.directoryProgress(done, found, people);
    });
    m_report.directoryStoreProblem(directory.storeProblem());
    if (!haveDirectory) {
        switch (directory.syncResult().outcome) {
        case DirectorySyncResult::Outcome::Refused:
            m_report.directoryUnavailable(directory.syncResult());
            break;
        case DirectorySyncResult::Outcome::Cancelled:
            // Ctrl+C during the sync: nothing was sent, every row is "not sent".
            return finish(cancelledRows(sheet), CliExitCode::PartiallyCreated);
        case DirectorySyncResult::Outcome::Failed:
        case DirectorySyncResult::Outcome::Completed:
            // No answer from DingTalk: the creates would get none either.
            return m_report.directoryFailed(directory.syncResult());
        }
    }
    const PersonResolver people(haveDirectory ? directory.directory() : Directory());

    // The window's presets: the command line shares its file.
    PresetStore presets;
    QList<BatchItem> items
        = BatchPreparation::resolve(sheet, people, [&presets](const QString& name) { return presets.load(name); });

    // Phone numbers are looked up before anything is created: their userids are part of the rows to judge.
    MemberList numbers;
    for (const QString& mobile : BatchPreparation::mobiles(items)) {
        Member member;
        member.mobile = mobile;
        member.state = MemberState::Unresolved;
        numbers.append(member);
    }
    CliPhoneResolution phones(client.api(), numbers);
    if (phones.lookupCount() > 0) {
        const CliPhoneResolution::Outcome outcome
            = phones.run([this](int done, int total) { m_report.lookupProgress(done, total); });
        if (outcome != CliPhoneResolution::Outcome::Resolved && outcome != CliPhoneResolution::Outcome::Unresolved)
            m_report.note(tr("The phone numbers could not be looked up: their rows are invalid."));
    }
    BatchPreparation::validate(items, [&phones](const QString& mobile) { return phones.useridFor(mobile); });

    const int valid = BatchPreparation::validCount(items);
    const bool someInvalid = valid < items.size();
    const QList<BatchItem> toSend = BatchLaunch::validItems(items);
    const BatchPlan plan = BatchPlan::of(toSend, client.api()->pacer(), !m_options.connection.usesPastedToken());
    m_report.note(tr("%1 of %2 groups are valid: %3 calls, at least %4 s at DingTalk's pace.")
                      .arg(valid)
                      .arg(items.size())
                      .arg(plan.calls())
                      .arg(double(plan.paceMs) / 1000.0, 0, 'f', 1));

    if (someInvalid && !m_options.skipInvalid) {
        m_report.note(tr("Nothing was created: fix the invalid rows, or pass --skip-invalid to leave them out."));
        return finish(BatchLaunch::unsentRows(items), CliExitCode::InvalidInput);
    }
    if (m_options.dryRun)
        return finish(BatchLaunch::unsentRows(items),
                      someInvalid ? CliExitCode::PartiallyCreated : CliExitCode::Success);

    BatchLaunch::Connection connection;
    connection.identity = m_options.connection.identity();
    connection.profile = CliHistory::profileName(m_options.connection);
    connection.generation = m_options.connection.generation;
    connection.secrets = m_secrets;
    const QString journalPath = !m_options.journalFile.isEmpty()
        ? QFileInfo(m_options.journalFile).absoluteFilePath()
        : BatchLaunch::journalPath(BatchJournal::folderIn(AppIdentity::dataFolder()), sheet, connection.identity);
    BatchJournal journal(journalPath);
    if (!journal.open(BatchLaunch::journalHeader(m_options.batchFile, sheet, connection, int(items.size())))) {
        m_report.note(journal.lastError());
        return finish(BatchLaunch::unsentRows(items), CliExitCode::InvalidInput);
    }
    if (journal.resumed())
        m_report.note(tr("Resuming the batch recorded in %1.").arg(QDir::toNativeSeparators(journalPath)));

    CliHistory history(m_options);
    const QString historyFile = history.isEnabled() ? history.filePath() : QString();
    const BatchDuplicateGuard guard = BatchLaunch::duplicateGuard(historyFile, connection);
    const BatchRunner::Options runOptions
        = BatchLaunch::runnerOptions(connection, historyFile, m_options.retryUnknown, m_options.allowDuplicates);
    BatchRunner runner(client.api(), items, &journal, guard, runOptions);
    QObject::connect(&runner, &BatchRunner::rowStarted, &runner, [&](int index) {
        m_report.progressLine(tr("Creating %1 of %2: %3")
                                  .arg(runner.rowsSent() + 1)
                                  .arg(runner.rowsToSend())
                                  .arg(runner.results().at(index).name));
    });
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    // Ctrl+C: the call in flight finishes and is recorded, the rows after it are not sent.
    Terminal::onInterrupt(&runner, [&runner] { runner.cancel(); });
    runner.start();
    if (runner.isRunning())
        loop.exec();
    if (!runner.historyProblem().isEmpty())
        m_report.note(tr("Warning: %1").arg(runner.historyProblem()));
    return finish(runner.results(), exitCodeFor(runner.results()));
}
