#include "ChoosePeopleDialog.h"

#include "DepartmentTreeModel.h"
#include "PeopleListModel.h"
#include "UiStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

ChoosePeopleDialog::ChoosePeopleDialog(const Directory& directory, int roomLeft, const QStringList& presentUserids,
                                       QWidget* parent)
    : ChoosePeopleDialog(Purpose::Members, directory, roomLeft, presentUserids, parent)
{
}

ChoosePeopleDialog::ChoosePeopleDialog(Purpose purpose, const Directory& directory, QWidget* parent)
    : ChoosePeopleDialog(purpose, directory, 1, {}, parent)
{
}

ChoosePeopleDialog::ChoosePeopleDialog(Purpose purpose, const Directory& directory, int roomLeft,
                                       const QStringList& presentUserids, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_directory(directory)
    , m_roomLeft(roomLeft)
    , m_departments(new DepartmentTreeModel(directory, this))
    , m_people(new PeopleListModel(directory, QSet<QString>(presentUserids.cbegin(), presentUserids.cend()), this))
{
    setObjectName(QStringLiteral("choosePeopleDialog"));
    buildLayout();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChoosePeopleDialog::onDepartmentChanged);
    // A click on the department already current still means "show me this department".
    connect(m_tree, &QTreeView::clicked, m_search, &QLineEdit::clear);
    connect(m_search, &QLineEdit::textChanged, this, &ChoosePeopleDialog::showCurrentList);
    connect(m_includeSubdepartments, &QCheckBox::toggled, this, &ChoosePeopleDialog::showCurrentList);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChoosePeopleDialog::onPeopleSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_addDepartment, &QPushButton::clicked, this, &ChoosePeopleDialog::addWholeDepartment);
    connect(m_clearChoice, &QPushButton::clicked, this, [this] {
        m_chosen.clear();
        selectChosenRows();
        updateCounts();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->installEventFilter(this);
    // A whole department never makes an owner.
    m_includeSubdepartments->setVisible(m_purpose == Purpose::Members);
    m_addDepartment->setVisible(m_purpose == Purpose::Members);

    // The organisation at the top, its first level open: where most people start looking.
    const QModelIndex root = m_departments->indexOf(DirectoryDepartment::RootId);
    m_tree->expand(root);
    m_tree->setCurrentIndex(root);
    if (!root.isValid())
        showCurrentList();
    retranslate();
    // Typing a name is the quickest way to anyone: the search box has the focus when the dialog opens.
    m_search->setFocus();
}

ChoosePeopleDialog::~ChoosePeopleDialog() = default;

void ChoosePeopleDialog::buildLayout()
{
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("departmentTreeView"));
    m_tree->setModel(m_departments);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTabKeyNavigation(false);

    m_includeSubdepartments = new QCheckBox;
    m_includeSubdepartments->setObjectName(QStringLiteral("includeSubdepartmentsCheckBox"));
    m_includeSubdepartments->setChecked(true);
    m_addDepartment = new QPushButton;
    m_addDepartment->setObjectName(QStringLiteral("addDepartmentButton"));
    m_addDepartment->setAutoDefault(false);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_includeSubdepartments);
    leftLayout->addWidget(m_addDepartment);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("peopleSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_listTitle = new QLabel;
    m_listTitle->setObjectName(QStringLiteral("peopleListTitleLabel"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("peopleTableView"));
    m_table->setModel(m_people);
    m_table->setSelectionMode(m_purpose == Purpose::Owner ? QAbstractItemView::SingleSelection
                                                          : QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the buttons
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    // Fixed heights and widths: nothing is measured per row, so 10,000 rows cost what the visible ones do.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(PeopleListModel::DepartmentColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(PeopleListModel::NameColumn, 11 * em);
    header->resizeSection(PeopleListModel::TitleColumn, 11 * em);
    header->resizeSection(PeopleListModel::JobNumberColumn, 9 * em);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_listTitle);
    rightLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("choosePeopleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 24 * em, 72 * em });

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("choiceCountLabel"));
    m_counts->setWordWrap(true);
    m_clearChoice = new QPushButton;
    m_clearChoice->setObjectName(QStringLiteral("clearChoiceButton"));
    m_clearChoice->setAutoDefault(false);
    // Buttons of our own rather than standard ones: the box would put back "OK" on a language switch.
    m_buttons = new QDialogButtonBox;
    m_buttons->setObjectName(QStringLiteral("choosePeopleButtonBox"));
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("addChosenButton"));
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelChooseButton"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_clearChoice);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Tree, search, list, then the buttons: the way the eye reads the dialog, the search first among equals.
    setTabOrder(m_tree, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_includeSubdepartments);
    setTabOrder(m_includeSubdepartments, m_addDepartment);
    setTabOrder(m_addDepartment, m_clearChoice);
    setTabOrder(m_clearChoice, m_ok);
    setTabOrder(m_ok, m_cancel);
    resize(96 * em, 56 * em);
}

const DirectoryDepartment* ChoosePeopleDialog::currentDepartment() const
{
    return m_departments->departmentAt(m_tree->currentIndex());
}

int ChoosePeopleDialog::indexOf(const DirectoryPerson* person) const
{
    return int(person - m_directory.people().constData());
}

void ChoosePeopleDialog::onDepartmentChanged()
{
    // Picking a department means looking at it: a search still showing would hide it.
    if (!m_search->text().isEmpty())
        m_search->clear(); // shows the department through textChanged
    else
        showCurrentList();
}

void ChoosePeopleDialog::showCurrentList()
{
    const QString text = m_search->text().trimmed();
    const DirectoryDepartment* department = currentDepartment();
    QList<const DirectoryPerson*> people;
    if (!text.isEmpty())
        people = m_directory.search(text, 0);
    else if (department)
        people = m_directory.departmentMembers(department->id, m_includeSubdepartments->isChecked());
    m_selectingChosen = true;
    m_people->setPeople(people);
    m_selectingChosen = false;
    selectChosenRows();
    m_addDepartment->setEnabled(text.isEmpty() && department);
    updateListTitle();
}

void ChoosePeopleDialog::addWholeDepartment()
{
    const DirectoryDepartment* department = currentDepartment();
    if (!department)
        return;
    const QList<const DirectoryPerson*> members
        = m_directory.departmentMembers(department->id, m_includeSubdepartments->isChecked());
    for (const DirectoryPerson* person : members) {
        if (!m_people->isPresent(person))
            m_chosen.insert(indexOf(person));
    }
    selectChosenRows();
    updateCounts();
}

void ChoosePeopleDialog::onPeopleSelectionChanged(const QItemSelection& selected, const QItemSelection& deselected)
{
    if (m_selectingChosen)
        return;
    // The owner is one person: a click elsewhere (another department, a search) replaces the choice.
    if (m_purpose == Purpose::Owner && !selected.isEmpty())
        m_chosen.clear();
    const QItemSelectionModel* selection = m_table->selectionModel();
    for (const QItemSelectionRange& range : deselected) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (!selection->isRowSelected(row))
                m_chosen.remove(indexOf(m_people->personAt(row)));
        }
    }
    for (const QItemSelectionRange& range : selected) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const DirectoryPerson* person = m_people->personAt(row);
            if (!m_people->isPresent(person))
                m_chosen.insert(indexOf(person));
        }
    }
    updateCounts();
}

void ChoosePeopleDialog::selectChosenRows()
{
    QItemSelection selection;
    if (!m_chosen.isEmpty()) {
        // One range per run of chosen rows: a department chosen whole is one range, however large.
        const QList<const DirectoryPerson*>& people = m_people->people();
        int runStart = -1;
        for (int row = 0; row <= people.size(); ++row) {
            const bool chosen = row < people.size() && m_chosen.contains(indexOf(people.at(row)));
            if (chosen && runStart < 0) {
                runStart = row;
            } else if (!chosen && runStart >= 0) {
                selection.select(m_people->index(runStart, 0),
                                 m_people->index(row - 1, PeopleListModel::ColumnCount - 1));
                runStart = -1;
            }
        }
    }
    m_selectingChosen = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_selectingChosen = false;
}

void ChoosePeopleDialog::focusPeopleList()
{
    int first = -1;
    for (int row = 0; row < m_people->rowCount() && first < 0; ++row) {
        if (!m_people->isPresent(m_people->personAt(row)))
            first = row;
    }
    if (first < 0)
        return;
    QItemSelectionModel* selection = m_table->selectionModel();
    // Before the focus moves: a view given the focus makes its first row current, selecting nothing.
    const bool hadCurrent = selection->currentIndex().isValid();
    m_table->setFocus(Qt::TabFocusReason);
    if (hadCurrent)
        return;
    // Down then Enter takes the first match; people chosen before stay chosen (only the cursor moves then).
    const QModelIndex index = m_people->index(first, 0);
    if (selection->hasSelection())
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<DirectoryPerson> ChoosePeopleDialog::chosenPeople() const
{
    QList<int> indexes(m_chosen.cbegin(), m_chosen.cend());
    std::sort(indexes.begin(), indexes.end());
    QList<DirectoryPerson> people;
    people.reserve(indexes.size());
    for (const int index : std::as_const(indexes))
        people.append(m_directory.people().at(index));
    return people;
}

void ChoosePeopleDialog::updateCounts()
{
    const int chosen = chosenCount();
    const int left = m_roomLeft - chosen;
    if (m_purpose == Purpose::Owner) {
        const QList<DirectoryPerson> owner = chosenPeople();
        m_counts->setText(owner.isEmpty() ? tr("Choose the person who will own the group.")
                                          : tr("Owner: %1").arg(owner.constFirst().name));
        UiStyle::setTone(m_counts, UiStyle::Tone::Secondary);
        m_ok->setEnabled(chosen == 1);
        m_clearChoice->setEnabled(chosen > 0);
        return;
    }
    if (left >= 0) {
        m_counts->setText(tr("Selected: %1 · Places left in the group: %2").arg(chosen).arg(left));
        UiStyle::setTone(m_counts, UiStyle::Tone::Secondary);
    } else {
        m_counts->setText(tr("Selected: %1 · The group has room for only %2 more: unselect %3.")
                              .arg(chosen)
                              .arg(std::max(0, m_roomLeft))
                              .arg(-left));
        UiStyle::setTone(m_counts, UiStyle::Tone::Error);
    }
    m_ok->setEnabled(chosen > 0 && left >= 0);
    m_clearChoice->setEnabled(chosen > 0);
}

void ChoosePeopleDialog::retranslate()
{
    setWindowTitle(m_purpose == Purpose::Owner ? tr("Choose the owner") : tr("Choose people"));
    m_search->setPlaceholderText(tr("Search the whole organisation: name, job number, user ID or mobile"));
    m_includeSubdepartments->setText(tr("Include sub-departments"));
    m_addDepartment->setText(tr("Add whole department"));
    m_addDepartment->setToolTip(tr("Choose every person of the department selected above"));
    m_clearChoice->setText(tr("Clear selection"));
    m_ok->setText(m_purpose == Purpose::Owner ? tr("Make owner") : tr("Add to members"));
    m_cancel->setText(tr("Cancel"));
    updateListTitle();
    updateCounts();
}

void ChoosePeopleDialog::updateListTitle()
{
    const QString text = m_search->text().trimmed();
    const DirectoryDepartment* department = currentDepartment();
    if (!text.isEmpty() && m_people->rowCount() == 0)
        m_listTitle->setText(tr("No one in the organisation matches “%1”.").arg(text));
    else if (!text.isEmpty())
        m_listTitle->setText(tr("Found in the whole organisation: %1").arg(m_people->rowCount()));
    else if (department)
        m_listTitle->setText(
            tr("People in %1: %2").arg(DepartmentTreeModel::displayName(*department)).arg(m_people->rowCount()));
    else
        m_listTitle->setText(tr("The directory is empty."));
}

void ChoosePeopleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_departments->retranslate();
        m_people->retranslate();
    }
    QDialog::changeEvent(event);
}

bool ChoosePeopleDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes to the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        focusPeopleList();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
