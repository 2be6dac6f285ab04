#include "ImportedTable.h"

#include <algorithm>

ImportedTable::ImportedTable(QList<QStringList> rows, bool hasHeader)
    : m_rows(std::move(rows))
{
    for (const QStringList& row : std::as_const(m_rows))
        m_columnCount = std::max(m_columnCount, int(row.size()));
    setHasHeader(hasHeader);
}

QStringList ImportedTable::headers() const
{
    QStringList titles;
    titles.reserve(m_columnCount);
    for (int column = 0; column < m_columnCount; ++column) {
        const QString title = m_header.value(column);
        titles.append(title.isEmpty() ? tr("Column %1").arg(columnLetters(column)) : title);
    }
    return titles;
}

void ImportedTable::setHasHeader(bool hasHeader)
{
    if (hasHeader == m_hasHeader)
        return;
    if (hasHeader) {
        if (m_rows.isEmpty())
            return;
        m_header = m_rows.takeFirst();
    } else {
        if (!m_header.isEmpty())
            m_rows.prepend(m_header);
        m_header.clear();
    }
    m_hasHeader = hasHeader;
}

QString ImportedTable::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    return m_rows.at(row).value(column);
}

QString ImportedTable::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}
