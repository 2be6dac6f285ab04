#include "ImportError.h"

ImportError::ImportError(Code code, const QString& subject)
    : m_code(code)
    , m_subject(subject)
{
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
    }
    return QString();
}
