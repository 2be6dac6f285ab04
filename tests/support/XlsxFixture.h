#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/** Builds small .xlsx workbooks in memory with QuaZip, so that the tests carry no binary fixtures. */
class XlsxFixture
{
public:
    struct Sheet
    {
        QString name;
        QString sheetData; // the content of <sheetData>: <row><c r="A1" t="s"><v>0</v></c></row>…
        bool hidden = false;
    };

    /** A minimal valid workbook: [Content_Types].xml, rels, workbook.xml, sharedStrings.xml and one part per sheet. */
    static QByteArray workbook(const QList<Sheet>& sheets, const QStringList& sharedStrings = {});
    /** One sheet named "Sheet1". `sharedStrings` holds the inner XML of each <si>, such as "<t>张三</t>". */
    static QByteArray workbook(const QString& sheetData, const QStringList& sharedStrings = {});
    /**
     * One sheet named "Sheet1" holding `rows` as plain cells: whole numbers without a leading zero are written as
     * numbers, like Excel does; every other cell is a shared string (escaped).
     */
    static QByteArray fromRows(const QList<QStringList>& rows);
    /** Every entry of the zip file at `path`, one after the other: to search an exported workbook's text. */
    static QByteArray unzipped(const QString& path);
    /** A zip of the given entries, in order. */
    static QByteArray zip(const QList<QPair<QString, QByteArray>>& entries);

    /** Text repeated: `times` copies of `text`. */
    struct Repeat
    {
        QByteArray text;
        qint64 times = 1;
    };
    /** A zip entry whose content is its repeats one after the other, however big (gigabytes), never held whole. */
    struct RepeatedEntry
    {
        QString name;
        QList<Repeat> content;
        /** What the zip says the entry unpacks to: -1 for the truth, anything else for a zip that lies. */
        qint64 declaredSize = -1;
    };
    /**
     * A zip of such entries, deflated honestly: each repeat is compressed once and its compressed bytes repeated
     * (every copy starts a fresh deflate block that refers to nothing before it), so 4 GiB of rows take seconds to
     * make and a few megabytes to hold. Zip64 where an entry needs it.
     */
    static QByteArray repetitiveZip(const QList<RepeatedEntry>& entries);
    /** repetitiveZip() of a workbook whose sheet and shared strings part are the repeats given. */
    static QByteArray repetitiveWorkbook(const QList<Repeat>& sheet, const QList<Repeat>& sharedStrings = {},
                                         qint64 declaredSheetSize = -1);
};
