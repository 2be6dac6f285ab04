#pragma once

#include "BatchSheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ImportedTable;

/**
 * Turns a sheet into groups. The file is read by the member importer (xlsx, CSV or tab text, its encodings, Excel
 * numbers and quoting); its first row holds the titles (see BatchColumns). When a group name appears on more than
 * one row the sheet is one row per person (the rows of a name make one group, wherever they are), otherwise one row
 * per group, whose members cells list several people. Reading sends nothing and looks nobody up.
 */
class BatchSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(BatchSheetReader)

public:
    static BatchSheet readFile(const QString& path);
    /** `nameHint` only makes the importer's messages more precise. */
    static BatchSheet readData(const QByteArray& data, const QString& nameHint = QString());
    /** The groups of a table whose first row holds the titles (any header guess is overridden). */
    static BatchSheet fromTable(ImportedTable table);

    /** The spreadsheet's number of data row `dataRow` (0 is the first below the titles, which are row 1). */
    static int sheetRowOf(int dataRow) { return dataRow + 2; }
};
