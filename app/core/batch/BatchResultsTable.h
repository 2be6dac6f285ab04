#pragma once

#include "BatchRowResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * A batch's results as a table, for the window and for export: row, group name, owner, status, openConversationId,
 * chatid, members in the group, who is missing and why, DingTalk's errcode and errmsg, and the explanation in the
 * user's language. Exported as CSV (UTF-8 with a byte-order mark, ids kept as text) or .xlsx.
 */
class BatchResultsTable
{
    Q_DECLARE_TR_FUNCTIONS(BatchResultsTable)

public:
    static QStringList headers();
    static QList<QVariant> row(const BatchRowResult& result);
    /** The status for people, in the current language. */
    static QString statusLabel(BatchRowStatus status);
    /** What happened to the row and what to do, in the current language (empty for a created row). */
    static QString explanation(const BatchRowResult& result);

    static QByteArray toCsv(const QList<BatchRowResult>& results);
    /** .xlsx when `path` ends so, else CSV. On failure returns false and sets `error`. */
    static bool write(const QList<BatchRowResult>& results, const QString& path, QString* error = nullptr);
};
