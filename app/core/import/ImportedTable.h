#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * The cells of an imported file: every cell trimmed, blank rows and empty cells dropped (a cell keeps its column).
 * Rows may be shorter than columnCount(); read cells through cell() or utf8Cell().
 *
 * A staff list has hundreds of thousands of cells, so a cell is not a QString of its own: the table keeps the text of
 * the file, in UTF-8 (for most files their own bytes, see TextDecoder), and each cell is a range of it (cells that had
 * to be changed, such as quoted ones with doubled quotes, are kept in a second buffer). Reading a 100,000-row file
 * then costs a few allocations, not 400,000, and freeing it is instant.
 */
class ImportedTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportedTable)

public:
    /** Which of the table's limits a file went past: the table then stops taking cells. */
    enum class Limit
    {
        None,
        Rows, // more than MaxRows non-blank rows
        Columns, // a cell at or past MaxColumns
        Cells, // more than MaxCells non-empty cells in all
    };
    /** Excel's own limits: a file past them was not written by a spreadsheet, and is not a member list. */
    static constexpr int MaxRows = 1048576;
    static constexpr int MaxColumns = 16384;
    /** A bound on memory (12 bytes a cell): 16 columns of a full sheet. */
    static constexpr qsizetype MaxCells = 16 * 1024 * 1024;

    ImportedTable() = default;
    /** An empty table whose cells will be ranges of `utf8Text`: append them with appendCell() and endRow(). */
    explicit ImportedTable(QByteArray utf8Text);
    /** A table of rows of cells, for small tables built in code; the first row becomes the header when asked. */
    ImportedTable(const QList<QStringList>& rows, bool hasHeader);

    /** The UTF-8 text given to the constructor: views into it are stored, not copied, by appendCell(). */
    QByteArrayView text() const { return m_text; }
    /**
     * Adds a UTF-8 cell to the row being built, in the column after the last one; a view into text() is kept as a
     * range, anything else is copied. An empty cell only moves on to the next column.
     */
    void appendCell(QByteArrayView utf8Cell);
    /** Adds a cell to the row being built (copied, as UTF-8). */
    void appendCell(QStringView cell);
    /** Adds a UTF-8 cell in `column`, which must be past the row's last one (a spreadsheet names its cells' columns).
     */
    void appendCell(int column, QByteArrayView utf8Cell);
    /** Ends the row being built; a row without any cell is not added. */
    void endRow();
    /** Adds a whole row (appendCell() for each, then endRow()). */
    void appendRow(const QStringList& cells);

    /** Column titles: the header's cells, or "Column A", "Column B"… where there is no header (or a blank title). */
    QStringList headers() const;
    /** The header row as it was in the file (empty when there is no header). */
    QStringList headerRow() const;
    bool hasHeader() const { return m_hasHeader; }
    /**
     * Treats the first row as the header (true) or as data (false): for a "first row is a header" check box that
     * overrides the guess. Does nothing when the table already is that way.
     */
    void setHasHeader(bool hasHeader);

    /** Data rows (the header not counted). */
    int rowCount() const { return int(m_rowEnds.size()) - firstRow(); }
    int columnCount() const { return m_columnCount; }
    /** How many cells data row `row` has (trailing empty cells are not stored). */
    int cellCount(int row) const;
    /** The cell, or an empty string outside the table. */
    QString cell(int row, int column) const { return QString::fromUtf8(utf8Cell(row, column)); }
    /** The cell's UTF-8 text, not copied: valid while the table lives unchanged. Empty outside the table. */
    QByteArrayView utf8Cell(int row, int column) const;
    /** The cells of data row `row`. */
    QStringList row(int row) const;
    /** Every data row as a list of cells: a copy, for small tables and tests. */
    QList<QStringList> rows() const;
    bool isEmpty() const { return m_rowEnds.isEmpty(); }
    /** The limit the cells given went past (their rows are then incomplete), or Limit::None. */
    Limit limitExceeded() const { return m_limitExceeded; }

    /** The spreadsheet name of a column: 0 → "A", 26 → "AA". */
    static QString columnLetters(int column);

private:
    /**
     * Where a cell's text is: a range of m_text, or of m_copies when the top bit of `sizeAndSource` is set, and its
     * column. Twelve bytes, because a staff list has hundreds of thousands of cells; the offset has 48 bits, since
     * the copies of a workbook's cells may pass 4 GiB however small the file. No bit-fields: writing one reads its
     * word first, and a read of a fresh page costs the system a second page fault when the write follows.
     */
    struct CellRange
    {
        static constexpr quint32 CopiedBit = 0x80000000u;
        quint32 offsetLow;
        quint32 sizeAndSource;
        quint16 offsetHigh;
        quint16 column;

        static CellRange make(qint64 offset, qsizetype size, bool copied, int column)
        {
            return CellRange{ quint32(offset), quint32(size) | (copied ? CopiedBit : 0u), quint16(offset >> 32),
                              quint16(column) };
        }
        qint64 offset() const { return qint64(offsetHigh) << 32 | offsetLow; }
        quint32 size() const { return sizeAndSource & ~CopiedBit; }
        bool copied() const { return sizeAndSource & CopiedBit; }
    };

    /** Whether a cell may be added in `column`; records the limit it would pass otherwise. */
    bool admits(int column);
    int firstRow() const { return m_hasHeader ? 1 : 0; }
    QByteArrayView view(const CellRange& range) const;
    QByteArrayView physicalCell(int physicalRow, int column) const;
    qsizetype rowStart(int physicalRow) const { return physicalRow == 0 ? 0 : m_rowEnds.at(physicalRow - 1); }

    QByteArray m_text;
    QByteArray m_copies;
    QList<CellRange> m_cells;
    QList<quint32> m_rowEnds; // per stored row (the header included): one past the index of its last cell
    int m_nextColumn = 0; // of the row being built
    int m_columnCount = 0;
    Limit m_limitExceeded = Limit::None;
    bool m_hasHeader = false;
};
