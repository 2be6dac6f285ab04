#pragma once

#include "directory/Directory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

/**
 * People of the organisation as a table (name, title, departments, job number): a department's people or the
 * results of a search. Rows point into the Directory, which the model holds a handle on, so showing 10,000 people
 * costs a list of pointers. People already in the members list are shown greyed and cannot be selected.
 */
class PeopleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        DepartmentColumn,
        JobNumberColumn,
        ColumnCount
    };

    /** `presentUserids`: the people already in the members list. */
    PeopleListModel(const Directory& directory, const QSet<QString>& presentUserids, QObject* parent = nullptr);

    /** Shows these people, in this order. */
    void setPeople(const QList<const DirectoryPerson*>& people);
    const QList<const DirectoryPerson*>& people() const { return m_people; }
    const DirectoryPerson* personAt(int row) const { return m_people.at(row); }
    /** Whether the person is in the members list already. */
    bool isPresent(const DirectoryPerson* person) const { return m_present.contains(person->userid); }
    /** Re-reads the column titles and the "added" marks after a language switch. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString departmentsOf(const DirectoryPerson& person) const;

    Directory m_directory; // keeps the people the rows point to alive
    QSet<QString> m_present;
    QList<const DirectoryPerson*> m_people;
};
