#pragma once

#include "CliReport.h"
#include "batch/BatchItem.h"
#include "batch/BatchRowResult.h"
#include "batch/BatchSheet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

struct CliOptions;

/**
 * `dingtalk-group-cli batch FILE`: many groups from one sheet. Reads and validates every row first (people read
 * through the organisation's directory, synced first when there is no local copy or with --refresh-directory; a
 * refused sync leaves userids and mobile numbers only; phone numbers looked up), then, unless --dry-run, sends the rows
 * one at a time through BatchRunner with a journal that makes the run resumable, and reports one JSON object or a line
 * per row. Exit codes: 0 every row created or skipped; 2 the sheet cannot be read or has invalid rows (without
 * --skip-invalid); 4 some rows partial, refused, invalid or not sent; 5 some row's outcome is unknown (5 wins over 4).
 */
class CliBatch
{
    Q_DECLARE_TR_FUNCTIONS(CliBatch)

public:
    CliBatch(const CliOptions& options, CliReport& report, const QStringList& secrets);

    CliExitCode run();

    /** The exit code for the rows' statuses (see the class comment). */
    static CliExitCode exitCodeFor(const QList<BatchRowResult>& rows);
    /** The JSON object of --json: "rows" and the counts. */
    static QJsonObject toJson(const QList<BatchRowResult>& rows, const QStringList& secrets = {});

private:
    /** Every row of the sheet "not sent" for Ctrl+C, before any row was read. */
    static QList<BatchRowResult> cancelledRows(const BatchSheet& sheet);
    CliExitCode finish(const QList<BatchRowResult>& rows, CliExitCode exitCode);

    const CliOptions& m_options;
    CliReport& m_report;
    QStringList m_secrets;
};
