#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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
};
