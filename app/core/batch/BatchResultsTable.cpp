#include "BatchResultsTable.h"

#include "dingtalk/ErrorCatalogue.h"
#include "formats/XlsxTableWriter.h"
#include "history/HistoryEntry.h"
#include "history/HistoryExporter.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace {
const int ColumnWidths[] = { 6, 24, 16, 12, 28, 28, 10, 36, 12, 28, 48 };

QList<QList<QVariant>> rowsOf(const QList<BatchRowResult>& results)
{
    QList<QList<QVariant>> rows;
    rows.reserve(results.size());
    for (const BatchRowResult& result : results)
        rows.append(BatchResultsTable::row(result));
    return rows;
}
} // namespace

QStringList BatchResultsTable::headers()
{
    return { tr("Row"),        tr("Group name"),       tr("Owner"),   tr("Status"),  tr("openConversationId"),
             tr("chatid"),     tr("Members in group"), tr("Missing"), tr("errcode"), tr("errmsg"),
             tr("Explanation") };
}

QList<QVariant> BatchResultsTable::row(const BatchRowResult& result)
{
    const CreateResult& created = result.result;
    return { result.sheetRow,
             result.name,
             result.owner,
             statusLabel(result.status),
             created.openConversationId,
             created.chatid,
             created.memberCount,
             HistoryExporter::failedMembersText(created.failedMembers),
             HistoryEntry::errorCode(created.error),
             HistoryEntry::errorMessage(created.error),
             explanation(result) };
}

QString BatchResultsTable::statusLabel(BatchRowStatus status)
{
    switch (status) {
    case BatchRowStatus::Planned:
        return tr("Planned");
    case BatchRowStatus::Sending:
        return tr("Sending");
    case BatchRowStatus::Created:
        return tr("Created");
    case BatchRowStatus::Partial:
        return tr("Created, members missing");
    case BatchRowStatus::Refused:
        return tr("Refused");
    case BatchRowStatus::Unknown:
        return tr("Unknown: may exist");
    case BatchRowStatus::NotSent:
        return tr("Not sent");
    case BatchRowStatus::Invalid:
        return tr("Invalid");
    case BatchRowStatus::Skipped:
        return tr("Skipped: already made");
    }
    return QString();
}

QString BatchResultsTable::explanation(const BatchRowResult& result)
{
    const auto explained = [&result](ErrorCatalogue::Operation operation) {
        const ErrorExplanation explanation = ErrorCatalogue::explain(result.result.error, operation);
        return ErrorCatalogue::sentences({ explanation.title, explanation.explanation, explanation.nextStep });
    };
    switch (result.status) {
    case BatchRowStatus::Created:
    case BatchRowStatus::Planned:
    case BatchRowStatus::Sending:
        return QString();
    case BatchRowStatus::Partial:
        return ErrorCatalogue::sentences(
            { tr("The group exists, but some members could not be added: retry adding them from the history."),
              explained(ErrorCatalogue::Operation::AddMembers) });
    case BatchRowStatus::Refused:
        return explained(ErrorCatalogue::Operation::Create);
    case BatchRowStatus::Unknown:
        if (result.fromJournal && result.result.error.errcode == QLatin1String("interrupted"))
            return tr("The program stopped after this group's create was sent and before DingTalk answered: the "
                      "group may exist. Check DingTalk, then run the batch with --retry-unknown (or Retry unknown "
                      "rows) only if it does not.");
        return ErrorCatalogue::sentences({ tr("The group may exist: check DingTalk before sending this row again."),
                                           explained(ErrorCatalogue::Operation::Create) });
    case BatchRowStatus::NotSent:
        if (result.reason == BatchStopRule::Reason::None && !result.result.error.isOk())
            return explained(ErrorCatalogue::Operation::Create);
        return BatchStopRule::explanation(result.reason);
    case BatchRowStatus::Invalid: {
        QStringList messages;
        for (const BatchIssue& issue : result.issues)
            messages.append(issue.message());
        return ErrorCatalogue::sentences(messages);
    }
    case BatchRowStatus::Skipped:
        return tr("A group with this name and owner was made on this connection on %1 (see the history): not sent "
                  "again. Allow duplicates (or retry unknown rows, for a group that may exist) to send it anyway.")
            .arg(QLocale().toString(result.duplicateTime.toLocalTime(), QLocale::ShortFormat));
    }
    return QString();
}

QByteArray BatchResultsTable::toCsv(const QList<BatchRowResult>& results)
{
    return HistoryExporter::csvTable(headers(), rowsOf(results));
}

bool BatchResultsTable::write(const QList<BatchRowResult>& results, const QString& path, QString* error)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxTableWriter::Table table;
        table.sheetName = tr("Results");
        table.headers = headers();
        table.rows = rowsOf(results);
        table.columnWidths = QList<int>(std::begin(ColumnWidths), std::end(ColumnWidths));
        return XlsxTableWriter::write(table, path, error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The results name people: readable by the user alone, as the history is.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toCsv(results));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
