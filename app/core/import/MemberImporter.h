#pragma once

#include "ColumnChoice.h"
#include "ImportProgress.h"
#include "ImportResult.h"
#include "members/Member.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

/**
 * The one way members come in from a file: the window's Import button, drag-and-drop and the CLI's --members.
 *
 * Reading is a pure function of the bytes: it returns a table or an error and touches nothing else, so a failed
 * import leaves the caller's list as it was, and the functions may run on a worker thread.
 * The format is recognised by content (xlsx, delimited text, a plain list; .xls/.et are refused with advice), the
 * encoding by its bytes (UTF-8 ± BOM, UTF-16 with BOM, GB18030), the delimiter and header by the first lines.
 */
class MemberImporter
{
public:
    /**
     * Reads a file. Files over ImportError::MaxFileSize are refused before they are read. `sheet` names the workbook
     * sheet to read; empty means the first visible one.
     */
    static ImportResult readFile(const QString& path, const ImportProgress& progress = {},
                                 const QString& sheet = QString());

    /**
     * Reads a device to its end (standard input, a pipe), but never more than ImportError::MaxFileSize: past that it
     * stops and refuses. `nameHint` names it in error messages and, as for readData(), never decides the format.
     */
    static ImportResult readDevice(QIODevice& device, const QString& nameHint = QString(),
                                   const ImportProgress& progress = {}, const QString& sheet = QString());

    /**
     * Reads bytes already in memory (stdin, a drop). `nameHint` is the file name, if any: it only makes error
     * messages more precise (".et" says WPS) and never decides the format.
     */
    static ImportResult readData(const QByteArray& data, const QString& nameHint = QString(),
                                 const ImportProgress& progress = {}, const QString& sheet = QString());

    /** Which columns hold ids, phone numbers and names, from the header titles and, failing them, the cells. */
    static ColumnChoice guessColumns(const ImportedTable& table);

    /**
     * The members of the rows that pass the filter, in file order, with source Imported and the name filled.
     * When there is a userid column, the userid decides: rows without one are skipped and no phone number is used,
     * so no lookup is made. Only without a userid column does the phone column give Unresolved members with that
     * mobile. Without either, the job-number column (else the name column) gives Unresolved members whose `query`
     * the directory resolves (PersonResolver), read as that kind only; a row without a job number falls back to its
     * name. Duplicates are kept: the member list marks them.
     */
    static MemberList toMembers(const ImportedTable& table, const ColumnChoice& choice);

    /**
     * Which data rows pass the choice's filter (every row without one): the test toMembers() applies, for callers
     * that count or judge rows without building members. Valid while `table` and `choice` live.
     */
    static std::function<bool(int row)> rowFilter(const ImportedTable& table, const ColumnChoice& choice);

    /** The distinct non-empty values of a column, in order of first appearance: the filter's drop-down. */
    static QStringList distinctValues(const ImportedTable& table, int column);
};
