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

void ImportedTable::appendCell(QByteArrayView utf8Cell)
{
    if (utf8Cell.isEmpty()) {
        m_cells.append(CellRange{ 0, 0 });
        return;
    }
    const char* const begin = m_text.constData();
    if (utf8Cell.data() >= begin && utf8Cell.data() + utf8Cell.size() <= begin + m_text.size()) {
        m_cells.append(CellRange{ quint32(utf8Cell.data() - begin), quint32(utf8Cell.size()) });
        return;
    }
    m_cells.append(CellRange{ quint32(m_copies.size()), quint32(utf8Cell.size()) | CellRange::CopiedBit });
    m_copies.append(utf8Cell);
}

void ImportedTable::appendCell(QStringView cell)
{
    appendCell(QByteArrayView(cell.toUtf8())); // not a view into text(): copied
}

void ImportedTable::endRow()
{
    const qsizetype start = m_rowEnds.isEmpty() ? 0 : m_rowEnds.constLast();
    qsizetype end = m_cells.size();
    while (end > start && m_cells.at(end - 1).size() == 0)
        --end;
    m_cells.resize(end);
    if (end == start)
        return;
    m_rowEnds.append(quint32(end));
    m_columnCount = std::max(m_columnCount, int(end - start));
}

void ImportedTable::appendRow(const QStringList& cells)
{
    for (const QString& cell : cells)
        appendCell(cell);
    endRow();
}

QByteArrayView ImportedTable::view(const CellRange& range) const
{
    return QByteArrayView(range.copied() ? m_copies : m_text).sliced(range.offset, range.size());
}

QByteArrayView ImportedTable::physicalCell(int physicalRow, int column) const
{
    if (physicalRow < 0 || physicalRow >= m_rowEnds.size() || column < 0)
        return {};
    const qsizetype index = rowStart(physicalRow) + column;
    if (index >= m_rowEnds.at(physicalRow))
        return {};
    return view(m_cells.at(index));
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
    return int(m_rowEnds.at(physical) - rowStart(physical));
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
    const int count = int(m_rowEnds.constFirst());
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
