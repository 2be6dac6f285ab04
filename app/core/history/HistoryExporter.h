#pragma once

#include "HistoryEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * Writes history entries for Excel and other spreadsheets: CSV and XLSX with the same columns.
 *
 * CSV: UTF-8 with a byte-order mark (Excel otherwise reads it as the local ANSI code page and garbles Chinese),
 * CRLF line ends, RFC 4180 quoting. A text cell that Excel would turn into something else on opening (a number,
 * which loses leading zeros and digits beyond 15; a date; a formula) is written as the formula `="text"`, which
 * Excel and LibreOffice show as the text itself: `0123` becomes `"=""0123"""` in the file. Excel's formula strings
 * stop at 255 characters, so a longer such cell gets a leading apostrophe instead.
 *
 * XLSX (XlsxTableWriter): every text cell, ids included, is a string cell in the Text format (never a number);
 * counts are numbers.
 *
 * Both are written in the user's language: the time on this computer's clock, the outcome in words and the switches
 * as Yes/No; the UTC time and the outcome's stable code ("created", …) stay beside them for scripts.
 */
class HistoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExporter)

public:
    /** The column titles, in the user's language. */
    static QStringList headers();
    /** One row per entry: QString cells for texts, int cells for counts. */
    static QList<QVariant> row(const HistoryEntry& entry);

    /** The whole CSV file, byte-order mark first. */
    static QByteArray toCsv(const QList<HistoryEntry>& entries);
    /** Any table as such a CSV file: int cells as numbers, every other cell as text protected by csvField(). */
    static QByteArray csvTable(const QStringList& headers, const QList<QList<QVariant>>& rows);
    /** "userid (errcode errmsg); …", or the mobile number for one that never became a userid. */
    static QString failedMembersText(const QList<FailedMember>& members);
    /** Writes the CSV file whole (or not at all). On failure returns false and sets `error` (for the user). */
    static bool writeCsv(const QList<HistoryEntry>& entries, const QString& path, QString* error = nullptr);
    /** Writes an .xlsx workbook with one sheet. On failure returns false and sets `error` (for the user). */
    static bool writeXlsx(const QList<HistoryEntry>& entries, const QString& path, QString* error = nullptr);

    /** One CSV field: protected from Excel's conversions as described above, then quoted per RFC 4180. */
    static QString csvField(const QString& text);
    /** True when Excel would read `text` as something other than this text (number, date, formula, boolean). */
    static bool excelWouldConvert(const QString& text);
};
