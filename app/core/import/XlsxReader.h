#pragma once

#include "ImportProgress.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class BoundedXmlReader;
class QuaZip;
class QuaZipFile;

/**
 * Reads the cells of one sheet of an Office Open XML workbook (.xlsx, .xlsm), as Excel and WPS write it.
 *
 * Only the parts that hold values are read: the workbook and its relationships (to find the sheet), the shared
 * strings (plain and rich text, without phonetic guides) and the sheet itself, streamed. Numbers keep every digit
 * (see ExcelNumber); formulas give their cached result; styles, dates and merged cells are ignored.
 *
 * A workbook of a few kilobytes can unpack to gigabytes, so what it may cost is bounded before anything is unpacked:
 * each part by the size its zip entry declares (minizip never inflates past it), all of them together, and the XML
 * by BoundedXmlReader. Shared strings are kept once, as the table's text, and cells that use them are ranges of it.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /** The most one sheet or the shared strings may unpack to: a million rows of a member list take less. */
    static constexpr qint64 MaxPartSize = 256 * 1024 * 1024;
    /** The most the parts read may unpack to in all. */
    static constexpr qint64 MaxUnpackedSize = 384 * 1024 * 1024;
    /** The most the workbook part and a relationships part may unpack to: they list sheets, a few kilobytes. */
    static constexpr qint64 MaxListPartSize = 16 * 1024 * 1024;
    /** More sheets than anyone keeps in a workbook: a list that long is a crafted file. */
    static constexpr int MaxSheets = 4096;
    /** Excel's limit for the text of one cell. */
    static constexpr int MaxCellLength = 32767;

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

    /** Whether `paths` (the big parts) may be unpacked, each and together with what was; sets the error if not. */
    bool weighParts(const QStringList& paths);
    /** Whether the part the zip is at may be unpacked; counts it, or sets the error. */
    bool mayUnpack(const QString& path, qint64 size, qint64 limit);
    bool readPart(const QString& path, QByteArray& content, qint64 limit);
    /** Targets of the relationships of `partPath`, by id and by kind ("worksheet", "sharedStrings"). */
    bool readRelationships(const QString& partPath, QHash<QString, QString>& byId, QHash<QString, QString>& byType);
    bool readWorkbook(const QString& path, QList<Sheet>& sheets);
    bool readSharedStrings(const QString& path);
    bool readSheet(const QString& path, ImportedTable& table, const ImportProgress& progress);
    /**
     * Makes `path` the zip's current part and opens it in `file` (made on the zip), when it unpacks to at most
     * `limit`; sets the error when it cannot.
     */
    bool openPart(const QString& path, QuaZipFile& file, qint64 limit);
    /** The text of a cell that is not a shared string. */
    static QString cellText(const QString& type, const QString& value, const QString& inlineText);
    void setXmlError(const QString& path, const BoundedXmlReader& xml);

    static QString readRichText(BoundedXmlReader& xml);
    static int columnOf(QStringView reference);
    static QString resolveTarget(const QString& basePart, const QString& target);

    QuaZip& m_zip;
    QByteArray m_sharedText; // every shared string, trimmed, in UTF-8: the table's text
    QList<quint32> m_sharedStringEnds; // by index: where each ends in m_sharedText (it starts where the last ended)
    qint64 m_unpacked = 0; // what the parts read so far unpack to
    ImportError m_error;
};
