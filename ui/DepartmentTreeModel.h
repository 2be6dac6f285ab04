#pragma once

#include "directory/Directory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

/**
 * The organisation's departments as a tree, the root (the organisation itself) on top. Items point into the
 * Directory, which the model holds a handle on, so nothing is copied: building it for 300 departments is a few
 * hash inserts.
 */
class DepartmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /**
     * What the user sees for a department: its path below the root, or its name for the root. A sync never learns the
     * root's own name (department/listsub lists children only), so a nameless root reads "Whole organisation".
     */
    static QString displayName(const DirectoryDepartment& department);

    enum Role
    {
        DepartmentIdRole = Qt::UserRole + 1,
    };

    explicit DepartmentTreeModel(const Directory& directory, QObject* parent = nullptr);

    /** The department behind `index`; null for an invalid index. */
    const DirectoryDepartment* departmentAt(const QModelIndex& index) const;
    /** The index of the department with this id; invalid when the directory has none. */
    QModelIndex indexOf(qint64 id) const;
    /** Re-reads the header after a language switch. */
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<const DirectoryDepartment*>& childrenOf(const QModelIndex& parent) const;

    Directory m_directory; // keeps the departments the items point to alive
    QHash<qint64, QList<const DirectoryDepartment*>> m_children; // parent id (0 above the root) -> children
    QHash<qint64, int> m_rowInParent;
};
