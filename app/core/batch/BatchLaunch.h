#pragma once

#include "BatchDuplicateGuard.h"
#include "BatchItem.h"
#include "BatchJournal.h"
#include "BatchRowResult.h"
#include "BatchRunner.h"
#include "BatchSheet.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * The steps between validated rows and a running batch, taken alike by the command line and the window: which rows go,
 * the rows reported when nothing is sent, the journal's file and first line (keyed by the sheet's content and the
 * connection, so the same sheet on the same connection resumes), the duplicate guard over the history and the
 * runner's options. Reading the history is file work: the window calls duplicateGuard() off the GUI thread.
 */
class BatchLaunch
{
public:
    /** The connection a batch is sent on, as the journal, the guard and the history name it. */
    struct Connection
    {
        QString identity; // ConnectionSettings::identity()
        QString profile; // the history entries' profile name
        ApiGeneration generation = ApiGeneration::Legacy;
        QStringList secrets; // masked in the history
    };

    /** The valid items, in order: what the plan counts and the runner sends. */
    static QList<BatchItem> validItems(const QList<BatchItem>& items);
    /** Every row reported without sending (a dry run, invalid rows not left out): "not sent" or "invalid". */
    static QList<BatchRowResult> unsentRows(const QList<BatchItem>& items);

    /** The journal's path in `folder` for this sheet's content on this connection. */
    static QString journalPath(const QString& folder, const BatchSheet& sheet, const QString& identity);
    /** The journal's first line for a new batch of `rowCount` rows of the sheet at `sheetPath`. */
    static BatchJournal::Header journalHeader(const QString& sheetPath, const BatchSheet& sheet,
                                              const Connection& connection, int rowCount);
    /** The guard over the history in `historyFile` (empty: no history, nothing guarded). */
    static BatchDuplicateGuard duplicateGuard(const QString& historyFile, const Connection& connection);
    /** The runner's options: the two choices of the user, the history to record in (empty: none). */
    static BatchRunner::Options runnerOptions(const Connection& connection, const QString& historyFile,
                                              bool retryUnknown, bool allowDuplicates);
};
