#pragma once

#include "BatchIssue.h"
#include "BatchRowStatus.h"
#include "BatchStopRule.h"
#include "create/CreateResult.h"

#include <QDateTime>
#include <QString>

/** What became of one row: a line of the results table. */
struct BatchRowResult
{
    int sheetRow = 0;
    QString name;
    QString owner;
    BatchRowStatus status = BatchRowStatus::Planned;
    CreateResult result; // what exists (from this run, or from the journal of an earlier one)
    BatchIssues issues; // why an invalid row was left out
    BatchStopRule::Reason reason = BatchStopRule::Reason::None; // why a row was not sent
    QDateTime duplicateTime; // skipped: when the history's matching group was made
    bool fromJournal = false; // done in an earlier run of the same batch
};
