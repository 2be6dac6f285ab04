#include "ImportedTable.h"

#include <algorithm>

ImportedTable::ImportedTable(QByteArray utf8Text)
    : m_text(std::move(utf8Text))
{
}

ImportedTable::ImportedTable(const QList<QStringList>& rows, bool hasHeader)
{
    for (const QStringList& cells : rows)
        appendRow(cells);
    setHasHeader(hasHeader);
}

bool ImportedTable::admits(int column)
{
    if (m_limitExceeded != Limit::None)
        return false;
    if (column >= MaxColumns)
        m_limitExceeded = Limit::Columns;
    else if (m_cells.size() >= MaxCells)
        m_limitExceeded = Limit::Cells;
    else if (m_rowEnds.size() >= MaxRows)
        m_limitExceeded = Limit::Rows; // the row being built would be one too many
    return m_limitExceeded == Limit::None;
}

void ImportedTable::appendCell(QByteArrayView utf8Cell)
{
    appendCell(m_nextColumn, utf8Cell);
}

void ImportedTable::appendCell(int column, QByteArrayView utf8Cell)
{
    Q_ASSERT(column >= m_nextColumn);
    m_nextColumn = column + 1;
    // Empty cells are not stored: a cell in column XFD costs one cell, not 16,384.
    if (utf8Cell.isEmpty() || !admits(column))
        return;
    const char* const begin = m_text.constData();
    if (utf8Cell.data() >= begin && utf8Cell.data() + utf8Cell.size() <= begin + m_text.size()) {
        m_cells.append(CellRange::make(utf8Cell.data() - begin, utf8Cell.size(), false, column));
        return;
    }
    m_cells.append(CellRange::make(m_copies.size(), utf8Cell.size(), true, column));
    m_copies.append(utf8Cell);
}

void ImportedTable::appendCell(QStringView cell)
{
    appendCell(QByteArrayView(cell.toUtf8())); // not a view into text(): copied
}

void ImportedTable::endRow()
{
    m_nextColumn = 0;
    const qsizetype start = m_rowEnds.isEmpty() ? 0 : m_rowEnds.constLast();
    const qsizetype end = m_cells.size();
    if (end == start)
        return;
    m_rowEnds.append(quint32(end));
    m_columnCount = std::max(m_columnCount, m_cells.constLast().column + 1);
}

void ImportedTable::appendRow(const QStringList& cells)
{
    for (const QString& cell : cells)
        appendCell(cell);
    endRow();
}

QByteArrayView ImportedTable::view(const CellRange& range) const
{
    return QByteArrayView(range.copied() ? m_copies : m_text).sliced(range.offset(), range.size());
}

QByteArrayView ImportedTable::physicalCell(int physicalRow, int column) const
{
    if (physicalRow < 0 || physicalRow >= m_rowEnds.size() || column < 0)
        return {};
    // Columns only grow along a row, so the cell is at most `column` cells in; in a row without gaps, exactly there.
    const qsizetype start = rowStart(physicalRow);
    const qsizetype end = std::min<qsizetype>(m_rowEnds.at(physicalRow), start + column + 1);
    if (end <= start)
        return {};
    if (m_cells.at(end - 1).column == column)
        return view(m_cells.at(end - 1));
    const auto found = std::lower_bound(m_cells.cbegin() + start, m_cells.cbegin() + end, column,
                                        [](const CellRange& cell, int wanted) { return cell.column < wanted; });
    if (found == m_cells.cbegin() + end || found->column != column)
        return {};
    return view(*found);
}

QByteArrayView ImportedTable::utf8Cell(int row, int column) const
{
    return row < 0 ? QByteArrayView() : physicalCell(row + firstRow(), column);
}

int ImportedTable::cellCount(int row) const
{
    const int physical = row + firstRow();
    if (row < 0 || physical >= m_rowEnds.size())
        return 0;
    return m_cells.at(m_rowEnds.at(physical) - 1).column + 1; // a stored row has at least one cell
}

QStringList ImportedTable::row(int row) const
{
    QStringList cells;
    const int count = cellCount(row);
    cells.reserve(count);
    for (int column = 0; column < count; ++column)
        cells.append(cell(row, column));
    return cells;
}

QList<QStringList> ImportedTable::rows() const
{
    QList<QStringList> all;
    all.reserve(rowCount());
    for (int index = 0; index < rowCount(); ++index)
        all.append(row(index));
    return all;
}

QStringList ImportedTable::headers() const
{
    const QStringList header = headerRow();
    QStringList titles;
    titles.reserve(m_columnCount);
    for (int column = 0; column < m_columnCount; ++column) {
        const QString title = header.value(column);
        titles.append(title.isEmpty() ? tr("Column %1").arg(columnLetters(column)) : title);
    }
    return titles;
}

QStringList ImportedTable::headerRow() const
{
    QStringList header;
    if (!m_hasHeader)
        return header;
    const int count = m_cells.at(m_rowEnds.constFirst() - 1).column + 1;
    for (int column = 0; column < count; ++column)
        header.append(QString::fromUtf8(physicalCell(0, column)));
    return header;
}

void ImportedTable::setHasHeader(bool hasHeader)
{
    // The header is the first stored row either way, so switching is free.
    if (hasHeader && m_rowEnds.isEmpty())
        return;
    m_hasHeader = hasHeader;
}

QString ImportedTable::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}
