#pragma once

#include "directory/Directory.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QStringList>

class DepartmentTreeModel;
class PeopleListModel;
class QCheckBox;
class QDialogButtonBox;
class QItemSelection;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

/**
 * Choose people from the organisation's directory for the members list: the department tree on the left, the
 * selected department's people (or the results of a search over the whole organisation) on the right.
 *
 * What is chosen is kept across departments and searches: selecting rows chooses those people, and a person chosen
 * elsewhere shows selected wherever they appear. "Add whole department" chooses every person of the department
 * (sub-departments included unless unticked); the list shows a department the same way, so what the button adds is
 * what the user sees. The group's room left is counted as the user chooses; OK is refused
 * beyond it. People already in the members list are shown and cannot be chosen again.
 */
class ChoosePeopleDialog : public QDialog
{
    Q_OBJECT

public:
    /** Members: any number, up to the room left. Owner: exactly one person, whoever is in the members list. */
    enum class Purpose
    {
        Members,
        Owner
    };
    /**
     * `roomLeft`: how many more members the group can take (its limit less the members list); `presentUserids`:
     * the people already in the members list.
     */
    ChoosePeopleDialog(const Directory& directory, int roomLeft, const QStringList& presentUserids,
                       QWidget* parent = nullptr);
    /** For the owner field: one person, chosen by a single click (a new click replaces the choice). */
    ChoosePeopleDialog(Purpose purpose, const Directory& directory, QWidget* parent = nullptr);
    ~ChoosePeopleDialog() override;
    Purpose purpose() const { return m_purpose; }

    /** The people chosen, in the organisation's order, each once, none already in the members list. */
    QList<DirectoryPerson> chosenPeople() const;
    int chosenCount() const { return int(m_chosen.size()); }
    /** Chooses every person of the department selected in the tree (with its sub-departments if ticked). */
    void addWholeDepartment();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ChoosePeopleDialog(Purpose purpose, const Directory& directory, int roomLeft, const QStringList& presentUserids,
                       QWidget* parent);
    void buildLayout();
    void showCurrentList();
    void onDepartmentChanged();
    void onPeopleSelectionChanged(const QItemSelection& selected, const QItemSelection& deselected);
    /** Selects the rows of the people chosen, after the list changed or people were chosen outside it. */
    void selectChosenRows();
    void focusPeopleList();
    void updateCounts();
    /** What the list shows: a department and its head count, or what a search found. */
    void updateListTitle();
    void retranslate();
    int indexOf(const DirectoryPerson* person) const;
    const DirectoryDepartment* currentDepartment() const;

    const Purpose m_purpose;
    Directory m_directory;
    const int m_roomLeft;
    DepartmentTreeModel* m_departments = nullptr;
    PeopleListModel* m_people = nullptr;
    // Indexes into Directory::people(): their order is the organisation's.
    QSet<int> m_chosen;
    bool m_selectingChosen = false; // selectChosenRows() at work: its selection changes choose nobody

    QTreeView* m_tree = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_listTitle = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_includeSubdepartments = nullptr;
    QPushButton* m_addDepartment = nullptr;
    QPushButton* m_clearChoice = nullptr;
    QLabel* m_counts = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};
