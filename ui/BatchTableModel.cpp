#include "BatchTableModel.h"

#include "batch/BatchLaunch.h"
#include "batch/BatchResultsTable.h"
#include "group/SettingFields.h"

BatchTableModel::BatchTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BatchTableModel::setItems(const QList<BatchItem>& items, const QList<BatchJournal::Row>& earlier)
{
    QHash<int, BatchJournal::Row> bySheetRow;
    for (const BatchJournal::Row& row : earlier)
        bySheetRow.insert(row.sheetRow, row);
    beginResetModel();
    m_items = items;
    m_results = BatchLaunch::unsentRows(items);
    // Before anything is sent: valid rows are planned, or as an earlier run of the same batch left them.
    for (BatchRowResult& row : m_results) {
        if (row.status == BatchRowStatus::Invalid)
            continue;
        row.status = BatchRowStatus::Planned;
        const auto found = bySheetRow.constFind(row.sheetRow);
        if (found == bySheetRow.cend())
            continue;
        // A row left "sending" by a crash is "unknown" from then on.
        row.status = found->status == BatchRowStatus::Sending ? BatchRowStatus::Unknown : found->status;
        row.reason = found->reason;
        row.result = BatchJournal::resultOf(*found);
        row.fromJournal = true;
    }
    endResetModel();
}

void BatchTableModel::setResults(const QList<BatchRowResult>& results)
{
    if (results.size() != m_items.size())
        return;
    m_results = results;
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BatchTableModel::setResult(int row, const BatchRowResult& result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BatchTableModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_results.clear();
    endResetModel();
}

void BatchTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString BatchTableModel::settingsText(const BatchItem& item)
{
    QStringList parts;
    if (!item.row.preset.isEmpty())
        parts.append(tr("Preset \"%1\"").arg(item.row.preset));
    for (const SettingFields::Field& field : SettingFields::all()) {
        if (item.spec.settings.*field.member)
            parts.append(SettingFields::label(field));
    }
    return parts.join(tr(", "));
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// The column of BatchResultsTable::headers() and row() that each of ours shows, or -1 for our own.
int resultsColumnOf(int column)
{
    static const int Map[BatchTableModel::ColumnCount] = { 0, 1, 2, -1, -1, 3, 4, 5, 6, 7, 8, 9, 10 };
    return column >= 0 && column < BatchTableModel::ColumnCount ? Map[column] : -1;
}
} // namespace

QString BatchTableModel::text(int row, int column) const
{
    const BatchItem& item = m_items.at(row);
    const BatchRowResult& result = m_results.at(row);
    switch (column) {
    case MembersColumn:
        // Owner included, as DingTalk counts; before the numbers are looked up, the people the sheet names.
        return QString::number(item.validation.memberIds.isEmpty() ? item.spec.members.size()
                                                                   : item.validation.memberIds.size());
    case SettingsColumn:
        return settingsText(item);
    case StatusColumn: {
        const QString status = BatchResultsTable::statusLabel(result.status);
        return result.fromJournal ? tr("%1 (earlier run)").arg(status) : status;
    }
    case MembersInGroupColumn:
        return result.result.chatid.isEmpty() ? QString() : QString::number(result.result.memberCount);
    default:
        break;
    }
    // The columns the exported results have: as they are exported.
    const int shared = resultsColumnOf(column);
    return shared < 0 ? QString() : BatchResultsTable::row(result).value(shared).toString();
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return QVariant();
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column());
    if (role == Qt::ToolTipRole && index.column() == ExplanationColumn) {
        const QString explanation = text(index.row(), index.column());
        return explanation.isEmpty() ? QVariant() : QVariant(explanation);
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == RowColumn || index.column() == MembersColumn || index.column() == MembersInGroupColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == MembersColumn)
        return tr("Members");
    if (section == SettingsColumn)
        return tr("Preset and switches");
    const int shared = resultsColumnOf(section);
    return shared < 0 ? QVariant() : QVariant(BatchResultsTable::headers().value(shared));
}
