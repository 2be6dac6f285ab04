#include "HistoryModel.h"

#include "group/SettingFields.h"

#include <QLocale>
#include <algorithm>

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(const QList<HistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int HistoryModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == SearchRole) {
        QStringList texts{ entry.name,
                           entry.owner,
                           entry.chatid,
                           entry.openConversationId,
                           entry.profile,
                           entry.errmsg,
                           entry.errcode,
                           HistoryEntry::outcomeText(entry.outcome),
                           entry.time.toLocalTime().toString(Qt::ISODate) };
        // Everyone asked for, not only those who failed: "which groups is zhangsan in?" is the usual question.
        texts << entry.memberIds;
        for (const FailedMember& failed : entry.failedMembers)
            texts << failed.userid << failed.mobile;
        return texts.join(QLatin1Char('\n'));
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.time;
        case MembersColumn:
            return entry.membersInGroup;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn && !entry.errmsg.isEmpty())
        return tr("DingTalk's answer: errcode %1, errmsg \"%2\"").arg(entry.errcode, entry.errmsg);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case NameColumn:
        return entry.name;
    case OwnerColumn:
        return entry.owner;
    case OutcomeColumn:
        return HistoryEntry::outcomeText(entry.outcome);
    case MembersColumn:
        return tr("%1 of %2").arg(entry.membersInGroup).arg(entry.memberCount);
    case ChatIdColumn:
        return entry.chatid;
    case OpenConversationIdColumn:
        return entry.openConversationId;
    case ProfileColumn:
        return entry.profile;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Group name");
    case OwnerColumn:
        return tr("Owner");
    case OutcomeColumn:
        return tr("Outcome");
    case MembersColumn:
        return tr("Members in group");
    case ChatIdColumn:
        return tr("chatid");
    case OpenConversationIdColumn:
        return tr("openConversationId");
    case ProfileColumn:
        return tr("Connection");
    default:
        return {};
    }
}
