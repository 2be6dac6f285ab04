#include "MemberListModel.h"

#include "PersonText.h"
#include "dingtalk/ErrorCatalogue.h"
#include "group/GroupSpec.h"
#include "members/MobileNumber.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QSet>
#include <algorithm>

MemberListModel::MemberListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QStringList MemberListModel::userIds() const
{
    QStringList ids;
    ids.reserve(m_members.size());
    for (const Member& member : m_members)
        ids.append(member.trimmedUserId());
    return ids;
}

int MemberListModel::append(const QStringList& ids, MemberSource source)
{
    MemberList added;
    for (const QString& id : ids) {
        if (!id.trimmed().isEmpty())
            added.append(Member::fromUserId(id, source));
    }
    if (added.isEmpty())
        return 0;
    const int first = int(m_members.size()); // before the owner's own row, if shown
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    m_members.append(added);
    endInsertRows();
    refreshStates();
    syncOwnerRow();
    emit membersChanged();
    return int(added.size());
}

int MemberListModel::appendMembers(const MemberList& members)
{
    if (members.isEmpty())
        return 0;
    const int first = int(m_members.size());
    beginInsertRows(QModelIndex(), first, first + int(members.size()) - 1);
    m_members.append(members);
    endInsertRows();
    refreshStates();
    syncOwnerRow();
    emit membersChanged();
    return int(members.size());
}

QStringList MemberListModel::unresolvedMobiles() const
{
    QStringList mobiles;
    QSet<QString> seen;
    for (const Member& member : m_members) {
        // Names and job numbers are the directory's to resolve, not the phone lookup's.
        if (member.state == MemberState::Unresolved && !member.needsDirectory() && !seen.contains(member.mobile)) {
            seen.insert(member.mobile);
            mobiles.append(member.mobile);
        }
    }
    return mobiles;
}

void MemberListModel::applyLookups(const MobileResolver& resolver)
{
    // The resolver keys its answers by the normalised number, or the text as written when it is not a number.
    QHash<QString, const MobileResolution*> answers;
    for (const MobileResolution& resolution : resolver.results())
        answers.insert(resolution.mobile, &resolution);
    bool changed = false;
    for (Member& member : m_members) {
        if (member.state != MemberState::Unresolved)
            continue;
        const MobileResolution* answer = answers.value(MobileNumber::lookupKey(member.mobile), nullptr);
        if (!answer)
            continue;
        if (!answer->userid.isEmpty()) {
            member.userid = answer->userid;
            member.state = MemberState::Ok;
            member.source = MemberSource::PhoneLookup;
            member.note.clear();
            changed = true;
        } else if (answer->error.failure != TransportFailure::Cancelled) {
            member.note = lookupFailureReason(answer->error);
        }
    }
    refreshStates();
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    syncOwnerRow(); // a number may have turned out to be the owner
    if (changed)
        emit membersChanged();
}

int MemberListModel::removeUnresolved()
{
    QList<int> rows;
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).state == MemberState::Unresolved)
            rows.append(row);
    }
    removeMembers(rows);
    return int(rows.size());
}

void MemberListModel::removeMembers(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    // From the bottom up, so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        // The owner's row is not an entry of the list: there is nothing to remove.
        if (row < 0 || row >= m_members.size())
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_members.removeAt(row);
        endRemoveRows();
    }
    refreshStates();
    syncOwnerRow();
    emit membersChanged();
}

void MemberListModel::clear()
{
    if (m_members.isEmpty())
        return;
    beginResetModel();
    m_members.clear();
    m_ownerRow = false;
    endResetModel();
    emit membersChanged();
}

void MemberListModel::setOwner(const QString& owner)
{
    const QString trimmed = owner.trimmed();
    if (trimmed == m_owner)
        return;
    m_owner = trimmed;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    syncOwnerRow();
}

int MemberListModel::ownerRows() const
{
    return m_ownerRow ? 1 : 0;
}

bool MemberListModel::isOwnerRow(int row) const
{
    return m_ownerRow && row == m_members.size();
}

void MemberListModel::syncOwnerRow()
{
    // The owner's row comes after the entries, once there is a list to add them to: the entries keep their rows.
    bool wanted = !m_members.isEmpty() && GroupSpec::isValidUserId(m_owner);
    for (qsizetype i = 0; wanted && i < m_members.size(); ++i)
        wanted = m_members.at(i).trimmedUserId() != m_owner;
    if (wanted == m_ownerRow)
        return;
    const int row = int(m_members.size());
    if (wanted) {
        beginInsertRows(QModelIndex(), row, row);
        m_ownerRow = true;
        endInsertRows();
    } else {
        beginRemoveRows(QModelIndex(), row, row);
        m_ownerRow = false;
        endRemoveRows();
    }
}

QVariant MemberListModel::ownerRowData(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == UserIdColumn)
            return m_owner;
        if (column == NameColumn)
            return hasDirectory() ? directoryName(m_owner) : QVariant();
        if (column == StateColumn)
            return tr("Owner, added to the group");
        break;
    case Qt::ToolTipRole:
        return tr("DingTalk needs the owner among the members: the owner is added to the group although the list "
                  "does not hold them.");
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        break;
    }
    return QVariant();
}

void MemberListModel::setDirectory(const Directory& directory)
{
    m_directory = directory;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, StateColumn));
}

bool MemberListModel::isInDirectory(const QString& userid) const
{
    return !hasDirectory() || m_directory.person(userid.trimmed()) != nullptr;
}

QString MemberListModel::nameOf(const QString& userid) const
{
    const DirectoryPerson* person = m_directory.person(userid.trimmed());
    return person ? person->name : QString();
}

QString MemberListModel::directoryName(const QString& userid) const
{
    const DirectoryPerson* person = m_directory.person(userid);
    return person ? PersonText::nameAndDepartment(*person) : tr("Not in the directory");
}

void MemberListModel::setInGroup(const QSet<QString>& userids)
{
    if (userids == m_inGroup)
        return;
    m_inGroup = userids;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void MemberListModel::markFailed(const QList<FailedMember>& failed)
{
    QHash<QString, QString> reasons;
    for (const FailedMember& member : failed)
        reasons.insert(member.userid, failureReason(member));
    for (Member& member : m_members) {
        const auto it = reasons.constFind(member.trimmedUserId());
        if (it != reasons.cend()) {
            member.state = MemberState::Missing;
            member.note = *it;
        } else if (member.state == MemberState::Missing) {
            member.state = MemberState::Ok;
            member.note.clear();
        }
    }
    refreshStates();
}

void MemberListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MemberListModel::failureReason(const FailedMember& failed)
{
    bool numeric = false;
    failed.errcode.toInt(&numeric);
    if (numeric) {
        const ErrorExplanation explanation = ErrorCatalogue::explain(ApiError::api(failed.errcode, failed.errmsg),
                                                                     ErrorCatalogue::Operation::AddMembers);
        return tr("%1 (DingTalk %2: %3)").arg(explanation.title, failed.errcode, failed.errmsg);
    }
    if (failed.errcode == ApiError::failureName(TransportFailure::Cancelled))
        return tr("Not added: the creation was cancelled");
    return tr("Not added: %1").arg(failed.errmsg.isEmpty() ? failed.errcode : failed.errmsg);
}

QString MemberListModel::lookupFailureReason(const ApiError& error)
{
    const ErrorExplanation explanation = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::LookUpMobile);
    if (error.isApi())
        return tr("%1 (DingTalk %2)").arg(explanation.title, error.errcode);
    return explanation.title;
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size()) + ownerRows();
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    if (isOwnerRow(index.row()))
        return ownerRowData(index.column(), role);
    const Member& member = m_members.at(index.row());
    const QString id = member.trimmedUserId();
    switch (index.column()) {
    case UserIdColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (member.state == MemberState::Unresolved && member.userid.isEmpty())
                return member.needsDirectory() ? member.query : member.mobile;
            return member.userid;
        }
        break;
    case NameColumn:
        // The directory knows the person better than a file's name column; a name from a file shows otherwise.
        if (const DirectoryPerson* person = m_directory.person(id)) {
            if (role == Qt::DisplayRole)
                return PersonText::nameAndDepartment(*person);
            if (role == Qt::ToolTipRole)
                return PersonText::details(*person);
            break;
        }
        if (role == Qt::DisplayRole) {
            if (!member.name.isEmpty())
                return member.name;
            return hasDirectory() ? directoryName(id) : QVariant();
        }
        if (role == Qt::ToolTipRole && member.name.isEmpty() && hasDirectory())
            return tr("Nobody in the organisation's directory has this userid: DingTalk refuses it, unless the "
                      "person joined after the directory was synced.");
        if (role == Qt::ForegroundRole && member.name.isEmpty() && hasDirectory())
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(member);
        if (role == Qt::ToolTipRole && !member.note.isEmpty())
            return member.note;
        if (role == Qt::ForegroundRole) {
            if (member.state == MemberState::Ok && !isInDirectory(id))
                return QBrush(QColor(0xb0, 0x24, 0x1b));
            switch (member.state) {
            case MemberState::Invalid:
            case MemberState::Missing:
            case MemberState::Unresolved:
                return QBrush(QColor(0xb0, 0x24, 0x1b));
            case MemberState::Duplicate:
                return QBrush(QPalette().color(QPalette::PlaceholderText));
            case MemberState::Ok:
                break;
            }
        }
        break;
    default:
        break;
    }
    return QVariant();
}

bool MemberListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != UserIdColumn || index.row() >= rowCount()
        || isOwnerRow(index.row()))
        return false;
    // A cell holds exactly one id as typed: a blank inside stays, so validation can point at it.
    const QString id = value.toString().trimmed();
    if (id.isEmpty()) {
        removeMembers({ index.row() });
        return true;
    }
    Member& member = m_members[index.row()];
    if (member.userid == id || (member.state == MemberState::Unresolved && member.mobile == id))
        return false;
    member.userid = id;
    member.name.clear();
    member.state = MemberState::Ok;
    member.note.clear();
    refreshStates();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    syncOwnerRow(); // the id may now be the owner's, or no longer
    emit membersChanged();
    return true;
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case UserIdColumn:
        return tr("User ID");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    default:
        return QVariant();
    }
}

Qt::ItemFlags MemberListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == UserIdColumn && !isOwnerRow(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

void MemberListModel::refreshStates()
{
    // One change for the whole span of rows whose state moved: a view handles one signal, not a thousand.
    int firstChanged = -1;
    int lastChanged = -1;
    QSet<QString> seen;
    seen.reserve(m_members.size());
    for (int row = 0; row < m_members.size(); ++row) {
        Member& member = m_members[row];
        const MemberState before = member.state;
        if (member.state == MemberState::Unresolved || member.state == MemberState::Missing)
            continue;
        const QString id = member.trimmedUserId();
        if (!GroupSpec::isValidUserId(id))
            member.state = MemberState::Invalid;
        else if (seen.contains(id))
            member.state = MemberState::Duplicate;
        else
            member.state = MemberState::Ok;
        seen.insert(id);
        if (member.state != before) {
            if (firstChanged < 0)
                firstChanged = row;
            lastChanged = row;
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, StateColumn), index(lastChanged, StateColumn));
}

QString MemberListModel::stateText(const Member& member) const
{
    switch (member.state) {
    case MemberState::Ok: {
        const QString id = member.trimmedUserId();
        if (!isInDirectory(id))
            return tr("Not in the organisation");
        if (!m_owner.isEmpty() && id == m_owner)
            return tr("Owner");
        // "Ready" is what Create would send; a member of the group just made is sent no more.
        return m_inGroup.contains(id) ? tr("In the group") : tr("Ready");
    }
    case MemberState::Duplicate:
        return tr("Listed twice: added once");
    case MemberState::Invalid:
        return tr("Not a valid userid");
    case MemberState::Unresolved:
        return member.note.isEmpty() ? tr("Phone number not looked up yet") : member.note;
    case MemberState::Missing:
        return member.note.isEmpty() ? tr("Not added") : member.note;
    }
    return QString();
}
