#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * Writes one table as a minimal .xlsx workbook (Office Open XML) through QuaZip: a bold, frozen header row, column
 * widths, text cells as shared strings in the Text ("@") format so Excel never reads an id as a number, int cells
 * as numbers.
 *
 * Why not libxlsxwriter: it zips through the system minizip, and QuaZip (which the core needs to read workbooks)
 * exports minizip functions of the same names with other arguments. In one process one of the two gets the other's
 * zipOpen3 and crashes, so the core zips with QuaZip alone.
 */
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    struct Table
    {
        QString sheetName;
        QStringList headers;
        QList<QList<QVariant>> rows; // QString or int cells
        QList<int> columnWidths; // in characters; missing ones get a default
    };

    /** Writes atomically (nothing is left behind on failure). On failure returns false and sets `error`. */
    static bool write(const Table& table, const QString& path, QString* error = nullptr);

    /** The workbook's bytes. */
    static QByteArray workbook(const Table& table);
    /** "A", "B", ... "Z", "AA" for a column from 0. */
    static QString columnName(int column);
};
