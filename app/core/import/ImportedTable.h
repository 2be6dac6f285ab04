#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The cells of an imported file: every cell trimmed, blank rows and trailing empty cells dropped.
 * Rows may be shorter than columnCount(); read cells through cell().
 */
class ImportedTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportedTable)

public:
    ImportedTable() = default;
    /** A table of raw rows; the first row becomes the header when hasHeader is true. */
    ImportedTable(QList<QStringList> rows, bool hasHeader);

    /** Column titles: the header's cells, or "Column A", "Column B"… where there is no header (or a blank title). */
    QStringList headers() const;
    /** The header row as it was in the file (empty when there is no header). */
    QStringList headerRow() const { return m_header; }
    bool hasHeader() const { return m_hasHeader; }
    /**
     * Treats the first row as the header (true) or as data (false): for a "first row is a header" check box that
     * overrides the guess. Does nothing when the table already is that way.
     */
    void setHasHeader(bool hasHeader);

    const QList<QStringList>& rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_columnCount; }
    /** The cell, or an empty string outside the table. */
    QString cell(int row, int column) const;
    bool isEmpty() const { return m_rows.isEmpty() && m_header.isEmpty(); }

    /** The spreadsheet name of a column: 0 → "A", 26 → "AA". */
    static QString columnLetters(int column);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columnCount = 0;
    bool m_hasHeader = false;
};
