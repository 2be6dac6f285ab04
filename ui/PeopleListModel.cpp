#include "PeopleListModel.h"

#include "DepartmentTreeModel.h"

PeopleListModel::PeopleListModel(const Directory& directory, const QSet<QString>& presentUserids, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_present(presentUserids)
{
}

void PeopleListModel::setPeople(const QList<const DirectoryPerson*>& people)
{
    // A reset costs the views nothing per row here (no per-row sizes, no sorting), and keeps a keystroke cheap.
    beginResetModel();
    m_people = people;
    endResetModel();
}

void PeopleListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_people.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PeopleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleListModel::departmentsOf(const DirectoryPerson& person) const
{
    // Someone directly under the root has no path below it: the organisation's name says where they are.
    if (person.departmentPaths.isEmpty())
        return m_directory.root() ? DepartmentTreeModel::displayName(*m_directory.root()) : QString();
    return person.departmentPaths.join(tr("; ", "between the paths of a person's departments"));
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const DirectoryPerson& person = *m_people.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return isPresent(&person) ? tr("%1 (added)", "already in the members list").arg(person.name) : person.name;
        case TitleColumn:
            return person.title;
        case DepartmentColumn:
            return departmentsOf(person);
        case JobNumberColumn:
            return person.jobNumber;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // The userid is what the members list will hold; the departments may be too long for the column.
        if (index.column() == DepartmentColumn)
            return departmentsOf(person);
        if (isPresent(&person))
            return tr("Already in the members list (user ID: %1)").arg(person.userid);
        return tr("User ID: %1").arg(person.userid);
    }
    return {};
}

Qt::ItemFlags PeopleListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return Qt::NoItemFlags;
    // Not enabled: painted greyed, skipped by the keyboard, left out of Ctrl+A.
    if (isPresent(m_people.at(index.row())))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PeopleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case DepartmentColumn:
        return tr("Department");
    case JobNumberColumn:
        return tr("Job number");
    default:
        return {};
    }
}
