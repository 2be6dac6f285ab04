#pragma once

#include "ImportedTable.h"

#include <QCoreApplication>
#include <QString>

/** Why a member file could not be read. A default-constructed error means "no error". */
class ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    /** Stable codes: the CLI prints them and scripts may rely on them. Never renumber. */
    enum Code
    {
        None = 0,
        CannotOpen = 1, // missing file, no permission
        EmptyFile = 2, // nothing in the file, or only blank lines
        TooLarge = 3, // over MaxFileSize
        BinaryData = 4, // NUL bytes or undecodable bytes where text was expected
        LegacyExcel = 5, // an OLE2 compound file: .xls
        WpsSpreadsheet = 6, // an OLE2 compound file named .et
        PasswordProtected = 7, // an encrypted .xlsx (also an OLE2 compound file)
        BrokenWorkbook = 8, // a zip that is truncated, corrupt, or lacks the workbook parts
        NotAWorkbook = 9, // named .xlsx but neither a zip nor text
        UnsupportedFormat = 10, // a zip or markup we do not read: .ods, .docx, HTML or XML exported as .xls
        SheetNotFound = 11, // the chosen sheet is not in the workbook
        Cancelled = 12, // the progress callback asked to stop
        TooManyRows = 13, // more rows than a spreadsheet holds (ImportedTable::MaxRows)
        TooManyColumns = 14, // a cell past the last column a spreadsheet has (ImportedTable::MaxColumns)
        TooManyCells = 15, // more cells than ImportedTable::MaxCells
        WorkbookTooLarge = 16, // a workbook that unpacks to more than XlsxReader allows
    };

    /** Files larger than this are refused before they are read: a member list is never that big. */
    static constexpr qint64 MaxFileSize = 50 * 1024 * 1024;

    ImportError() = default;
    /** TooManyRows, TooManyColumns or TooManyCells for a table past that limit; no error for Limit::None. */
    static ImportError ofLimit(ImportedTable::Limit limit);
    ImportError(Code code, const QString& subject = QString());

    Code code() const { return m_code; }
    /** The file name, sheet name or detail the message mentions, where one applies. */
    QString subject() const { return m_subject; }
    bool isError() const { return m_code != None; }

    /** The code as a stable text, such as "too-large", for JSON output and logs. */
    QString codeName() const;
    /** A sentence in the current language that says what is wrong and what to do. */
    QString message() const;

    bool operator==(const ImportError& other) const { return m_code == other.m_code && m_subject == other.m_subject; }

private:
    Code m_code = None;
    QString m_subject;
};
