#include "BatchLaunch.h"

#include "history/HistoryStore.h"

#include <QFileInfo>

QList<BatchItem> BatchLaunch::validItems(const QList<BatchItem>& items)
{
    QList<BatchItem> valid;
    for (const BatchItem& item : items) {
        if (item.isValid())
            valid.append(item);
    }
    return valid;
}

QList<BatchRowResult> BatchLaunch::unsentRows(const QList<BatchItem>& items)
{
    QList<BatchRowResult> rows;
    rows.reserve(items.size());
    for (const BatchItem& item : items) {
        BatchRowResult row;
        row.sheetRow = item.row.sheetRow;
        row.name = item.validation.name.isEmpty() ? item.row.name.trimmed() : item.validation.name;
        row.owner = item.validation.owner.isEmpty() ? item.row.owner.trimmed() : item.validation.owner;
        row.status = item.isValid() ? BatchRowStatus::NotSent : BatchRowStatus::Invalid;
        row.issues = item.issues;
        rows.append(row);
    }
    return rows;
}

QString BatchLaunch::journalPath(const QString& folder, const BatchSheet& sheet, const QString& identity)
{
    return folder + QLatin1Char('/') + BatchJournal::fileName(sheet.contentDigest, identity);
}

BatchJournal::Header BatchLaunch::journalHeader(const QString& sheetPath, const BatchSheet& sheet,
                                                const Connection& connection, int rowCount)
{
    BatchJournal::Header header;
    header.sheetPath = QFileInfo(sheetPath).absoluteFilePath();
    header.sheetDigest = QString::fromLatin1(sheet.contentDigest.toHex());
    header.connection = connection.identity;
    header.profile = connection.profile;
    header.rowCount = rowCount;
    return header;
}

BatchDuplicateGuard BatchLaunch::duplicateGuard(const QString& historyFile, const Connection& connection)
{
    if (historyFile.isEmpty())
        return BatchDuplicateGuard();
    HistoryStore store(historyFile);
    store.load();
    return BatchDuplicateGuard(store.entries(), connection.identity, connection.profile);
}

BatchRunner::Options BatchLaunch::runnerOptions(const Connection& connection, const QString& historyFile,
                                                bool retryUnknown, bool allowDuplicates)
{
    BatchRunner::Options options;
    options.retryUnknown = retryUnknown;
    options.allowDuplicates = allowDuplicates;
    options.historyFile = historyFile;
    options.profile = connection.profile;
    options.connection = connection.identity;
    options.generation = connection.generation;
    options.secrets = connection.secrets;
    return options;
}
