#include "ImportError.h"

#include "XlsxReader.h"

ImportError::ImportError(Code code, const QString& subject)
    : m_code(code)
    , m_subject(subject)
{
}

ImportError ImportError::ofLimit(ImportedTable::Limit limit)
{
    switch (limit) {
    case ImportedTable::Limit::None:
        break;
    case ImportedTable::Limit::Rows:
        return ImportError(TooManyRows);
    case ImportedTable::Limit::Columns:
        return ImportError(TooManyColumns);
    case ImportedTable::Limit::Cells:
        return ImportError(TooManyCells);
    }
    return ImportError();
}

QString ImportError::codeName() const
{
    switch (m_code) {
    case None:
        return QStringLiteral("none");
    case CannotOpen:
        return QStringLiteral("cannot-open");
    case EmptyFile:
        return QStringLiteral("empty-file");
    case TooLarge:
        return QStringLiteral("too-large");
    case BinaryData:
        return QStringLiteral("binary-data");
    case LegacyExcel:
        return QStringLiteral("legacy-excel");
    case WpsSpreadsheet:
        return QStringLiteral("wps-spreadsheet");
    case PasswordProtected:
        return QStringLiteral("password-protected");
    case BrokenWorkbook:
        return QStringLiteral("broken-workbook");
    case NotAWorkbook:
        return QStringLiteral("not-a-workbook");
    case UnsupportedFormat:
        return QStringLiteral("unsupported-format");
    case SheetNotFound:
        return QStringLiteral("sheet-not-found");
    case Cancelled:
        return QStringLiteral("cancelled");
    case TooManyRows:
        return QStringLiteral("too-many-rows");
    case TooManyColumns:
        return QStringLiteral("too-many-columns");
    case TooManyCells:
        return QStringLiteral("too-many-cells");
    case WorkbookTooLarge:
        return QStringLiteral("workbook-too-large");
    }
    return QStringLiteral("unknown");
}

QString ImportError::message() const
{
    switch (m_code) {
    case None:
        return QString();
    case CannotOpen:
        return tr("The file could not be opened: %1").arg(m_subject);
    case EmptyFile:
        return tr("The file is empty: it holds no members.");
    case TooLarge:
        return tr("The file is larger than %1 MB; a member list is never that big. Check that you chose the right "
                  "file.")
            .arg(MaxFileSize / (1024 * 1024));
    case BinaryData:
        return tr("The file is not a text file or spreadsheet that can be read. Save it as .xlsx or CSV (UTF-8) "
                  "and import it again.");
    case LegacyExcel:
        return tr("This is an old Excel workbook (.xls), which cannot be read. Open it in Excel or WPS and save it as "
                  ".xlsx or CSV.");
    case WpsSpreadsheet:
        return tr("This is a WPS spreadsheet (.et), which cannot be read. Open it in WPS and save it as .xlsx or "
                  "CSV.");
    case PasswordProtected:
        return tr("This workbook is protected by a password. Open it, remove the password (or save a copy as "
                  ".xlsx or CSV) and import it again.");
    case BrokenWorkbook:
        return tr("The workbook is damaged or incomplete (%1). Open it in Excel or WPS, save it again as .xlsx or "
                  "CSV and import it again.")
            .arg(m_subject);
    case NotAWorkbook:
        return tr("The file is named like an Excel workbook but is not one. Save it as .xlsx or CSV and import it "
                  "again.");
    case UnsupportedFormat:
        return tr("This kind of file (%1) cannot be read. Save it as .xlsx or CSV and import it again.").arg(m_subject);
    case SheetNotFound:
        return tr("The workbook has no sheet named \"%1\".").arg(m_subject);
    case Cancelled:
        return tr("The import was cancelled.");
    case TooManyRows:
        return tr("The file has more than %L1 rows, more than a spreadsheet holds; a member list is never that long. "
                  "Check that you chose the right file.")
            .arg(ImportedTable::MaxRows);
    case TooManyColumns:
        return tr("The file has a row with more than %L1 columns, more than a spreadsheet holds; a member list has a "
                  "few. Check that you chose the right file.")
            .arg(ImportedTable::MaxColumns);
    case TooManyCells:
        return tr("The file has more than %L1 cells; a member list is never that big. Keep only the columns you need "
                  "(userid, name, phone number) and import it again.")
            .arg(ImportedTable::MaxCells);
    case WorkbookTooLarge:
        if (m_subject.isEmpty())
            return tr("The workbook unpacks to more than %1 MB; a member list is never that big. Keep only the sheet "
                      "and columns you need, save it again and import it again.")
                .arg(XlsxReader::MaxUnpackedSize / (1024 * 1024));
        return tr("The workbook's part %1 unpacks to more than %2 MB; a member list is never that big. Keep only "
                  "the sheet and columns you need, save it again and import it again.")
            .arg(m_subject)
            .arg(XlsxReader::MaxPartSize / (1024 * 1024));
    }
    return QString();
}
