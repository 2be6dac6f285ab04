#pragma once

#include "ImportProgress.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

/**
 * Reads the cells of one sheet of an Office Open XML workbook (.xlsx, .xlsm), as Excel and WPS write it.
 *
 * Only the parts that hold values are read: the workbook and its relationships (to find the sheet), the shared
 * strings (plain and rich text, without phonetic guides) and the sheet itself, streamed. Numbers keep every digit
 * (see ExcelNumber); formulas give their cached result; styles, dates and merged cells are ignored.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /**
     * Reads the sheet named `sheetName`, or the first visible sheet when it is empty. The result holds the raw rows
     * (no header decided yet: the table's first row is the sheet's first non-blank row), the sheet names, or an error.
     */
    static ImportResult read(const QByteArray& data, const QString& sheetName = QString(),
                             const ImportProgress& progress = {});

private:
    struct Sheet
    {
        QString name;
        QString relationId;
        bool hidden = false;
    };

    explicit XlsxReader(QuaZip& zip);

    bool readPart(const QString& path, QByteArray& content);
    /** Targets of the relationships of `partPath`, by id and by kind ("worksheet", "sharedStrings"). */
    bool readRelationships(const QString& partPath, QHash<QString, QString>& byId, QHash<QString, QString>& byType);
    bool readWorkbook(const QString& path, QList<Sheet>& sheets);
    bool readSharedStrings(const QString& path);
    bool readSheet(const QString& path, ImportedTable& table, const ImportProgress& progress);
    /** Makes `path` the zip's current part and opens it in `file` (made on the zip); sets the error when it cannot. */
    bool openPart(const QString& path, QuaZipFile& file);
    QString cellText(const QString& type, const QString& value, const QString& inlineText) const;
    void setXmlError(const QString& path, const QXmlStreamReader& xml);

    static QString readRichText(QXmlStreamReader& xml);
    static int columnOf(QStringView reference);
    static QString resolveTarget(const QString& basePart, const QString& target);

    QuaZip& m_zip;
    QStringList m_sharedStrings;
    ImportError m_error;
};
