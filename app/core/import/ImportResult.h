#pragma once

#include "ImportError.h"
#include "ImportFormat.h"
#include "ImportedTable.h"

#include <QChar>
#include <QMetaType>
#include <QStringList>

/** What the importer read from a file: a table, or an error and no table. */
struct ImportResult
{
    ImportedTable table;
    ImportError error;
    ImportFormat format = ImportFormat::Unknown;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030" for text; empty for workbooks
    QChar delimiter; // ',', '\t' or ';' for delimited text; null otherwise
    QString sheetName; // the sheet that was read, for workbooks
    QStringList sheetNames; // every sheet of a workbook, in workbook order, for a sheet picker

    bool ok() const { return !error.isError(); }
};

// The GUI hands results from its worker thread to the window through queued signals.
Q_DECLARE_METATYPE(ImportResult)
