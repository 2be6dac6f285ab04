#include "DepartmentTreeModel.h"

#include <QGuiApplication>
#include <QPalette>

DepartmentTreeModel::DepartmentTreeModel(const Directory& directory, QObject* parent)
    : QAbstractItemModel(parent)
    , m_directory(directory)
{
    // Departments come parents first, in DingTalk's order, so appending keeps each level in that order.
    for (const DirectoryDepartment& department : m_directory.departments()) {
        // A department whose parent is not in the copy (bad data) is shown at the top rather than lost.
        const bool topLevel
            = department.id == DirectoryDepartment::RootId || !m_directory.department(department.parentId);
        const qint64 parentId = topLevel ? 0 : department.parentId;
        QList<const DirectoryDepartment*>& siblings = m_children[parentId];
        m_rowInParent.insert(department.id, int(siblings.size()));
        siblings.append(&department);
    }
}

const DirectoryDepartment* DepartmentTreeModel::departmentAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const DirectoryDepartment*>(index.internalPointer()) : nullptr;
}

QModelIndex DepartmentTreeModel::indexOf(qint64 id) const
{
    const DirectoryDepartment* department = m_directory.department(id);
    const auto row = m_rowInParent.constFind(id);
    if (!department || row == m_rowInParent.cend())
        return {};
    return createIndex(*row, 0, const_cast<DirectoryDepartment*>(department));
}

void DepartmentTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

const QList<const DirectoryDepartment*>& DepartmentTreeModel::childrenOf(const QModelIndex& parent) const
{
    static const QList<const DirectoryDepartment*> none;
    const qint64 id = parent.isValid() ? departmentAt(parent)->id : 0;
    const auto it = m_children.constFind(id);
    return it == m_children.cend() ? none : *it;
}

QModelIndex DepartmentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const QList<const DirectoryDepartment*>& children = childrenOf(parent);
    if (column != 0 || row < 0 || row >= children.size())
        return {};
    return createIndex(row, 0, const_cast<DirectoryDepartment*>(children.at(row)));
}

QModelIndex DepartmentTreeModel::parent(const QModelIndex& child) const
{
    const DirectoryDepartment* department = departmentAt(child);
    if (!department || department->id == DirectoryDepartment::RootId)
        return {};
    return indexOf(department->parentId); // invalid for a department shown at the top
}

int DepartmentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int DepartmentTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant DepartmentTreeModel::data(const QModelIndex& index, int role) const
{
    const DirectoryDepartment* department = departmentAt(index);
    if (!department)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return department->path.isEmpty() ? displayName(*department) : department->name;
    case Qt::ToolTipRole:
        // The path tells apart departments of the same name (华东区 under 销售部 and under 市场部).
        if (department->skipped)
            return tr("%1: DingTalk does not let this app see the people of this department.")
                .arg(displayName(*department));
        return displayName(*department);
    case Qt::ForegroundRole:
        if (department->skipped)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case DepartmentIdRole:
        return department->id;
    default:
        return {};
    }
}

QVariant DepartmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Departments");
    return {};
}

QString DepartmentTreeModel::displayName(const DirectoryDepartment& department)
{
    if (!department.path.isEmpty())
        return department.path;
    return department.name.isEmpty() ? tr("Whole organisation") : department.name;
}
