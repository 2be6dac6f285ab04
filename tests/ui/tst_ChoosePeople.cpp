// Choose people (issue 14 point 2): the department tree, a department's people, search over the whole organisation,
// multi-select, whole departments with and without their sub-departments, the group's room left, people already in
// the list, the keyboard, and both languages; driven by object names as a user would.

#include "ChoosePeopleDialog.h"
#include "DepartmentTreeModel.h"
#include "PeopleListModel.h"
#include "PseudoTranslator.h"
#include "i18n/AppTranslator.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

#include <memory>

namespace {

// A small organisation with what makes choosing hard: three levels, 华东区 under both 销售部 and 市场部, 李娜 in
// two departments, two people named 张伟, and someone (王建国) directly under the organisation.
Directory testDirectory()
{
    auto department = [](qint64 id, qint64 parent, const char* name) {
        DirectoryDepartment d;
        d.id = id;
        d.parentId = parent;
        d.name = QString::fromUtf8(name);
        return d;
    };
    const QList<DirectoryDepartment> departments{
        department(1, 0, "示例科技"), department(2, 1, "销售部"), department(3, 2, "华东区"),
        department(4, 3, "上海组"),   department(5, 1, "市场部"), department(6, 5, "华东区"),
    };
    auto person = [](const char* userid, const char* name, const char* jobNumber, const char* title,
                     const QList<qint64>& departmentIds) {
        DirectoryPerson p;
        p.userid = QString::fromUtf8(userid);
        p.name = QString::fromUtf8(name);
        p.jobNumber = QString::fromUtf8(jobNumber);
        p.title = QString::fromUtf8(title);
        p.departmentIds = departmentIds;
        return p;
    };
    DirectoryPerson chen = person("chenchen", "陈晨", "S003", "销售代表", { 4 });
    chen.mobile = DirectoryPerson::mobileKey(QStringLiteral("13800138003"));
    const QList<DirectoryPerson> people{
        person("manager4220", "王建国", "A001", "总经理", { 1 }),
        person("zhangwei1", "张伟", "S001", "销售经理", { 2 }),
        person("lina", "李娜", "S002", "客户经理", { 3, 6 }),
        chen,
        person("zhaomin", "赵敏", "S004", "销售代表", { 3 }),
        person("zhangwei2", "张伟", "M001", "市场专员", { 6 }),
        person("emily", "Emily Chen", "M002", "Designer", { 5 }),
    };
    return Directory(departments, people, QDateTime::currentDateTimeUtc());
}

QStringList useridsOf(const QList<DirectoryPerson>& people)
{
    QStringList userids;
    for (const DirectoryPerson& person : people)
        userids.append(person.userid);
    return userids;
}

} // namespace

class TestChoosePeople : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void models_keepQtsRules();
    void tree_showsDepartmentsAtThreeLevelsRootFirstAndOpen();
    void selectingADepartment_listsItsPeople();
    void search_findsByPartOfNameJobNumberUseridAndMobile();
    void search_replacesTheListOnlyWhileItHasText();
    void namesakes_areBothListedWithTheirDepartments();
    void multiSelect_thenOk_returnsThemInTheOrganisationsOrder();
    void choice_isKeptAcrossDepartmentsAndSearches();
    void wholeDepartment_withAndWithoutSubdepartments();
    void roomLeft_blocksOkAndSaysWhy();
    void peopleAlreadyInTheList_areShownButNeverReturned();
    void keyboard_searchDownEnterAndTabOrder();
    void keyboard_escapeCancels();
    void chinese_textsAndHeadersFollowTheLanguageSwitch();
    void everyVisibleText_isReReadOnLanguageChange();

private:
    void open(int roomLeft = 1000, const QStringList& present = { QStringLiteral("zhaomin") });
    template <typename T> T* get(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("No %s named %s in Choose people", T::staticMetaObject.className(), name);
        return widget;
    }
    QTreeView* tree() const { return get<QTreeView>("departmentTreeView"); }
    QTableView* table() const { return get<QTableView>("peopleTableView"); }
    QLineEdit* search() const { return get<QLineEdit>("peopleSearchLineEdit"); }
    QAbstractButton* okButton() const { return get<QAbstractButton>("addChosenButton"); }
    QCheckBox* includeSubdepartments() const { return get<QCheckBox>("includeSubdepartmentsCheckBox"); }
    QString text(const char* labelName) const { return get<QLabel>(labelName)->text(); }
    DepartmentTreeModel* departments() const { return static_cast<DepartmentTreeModel*>(tree()->model()); }
    PeopleListModel* people() const { return static_cast<PeopleListModel*>(table()->model()); }
    /** The userids the list shows, top to bottom. */
    QStringList listed() const;
    QString cell(int row, int column) const { return people()->index(row, column).data().toString(); }
    int rowOf(const QString& userid) const;
    void selectDepartment(const QString& path);
    void typeSearch(const QString& text);
    void ctrlClick(const QString& userid);

    Directory m_directory;
    std::unique_ptr<ChoosePeopleDialog> m_dialog;
};

void TestChoosePeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_directory = testDirectory();
}

void TestChoosePeople::init()
{
    open();
}

void TestChoosePeople::cleanup()
{
    m_dialog.reset();
}

void TestChoosePeople::open(int roomLeft, const QStringList& present)
{
    m_dialog = std::make_unique<ChoosePeopleDialog>(m_directory, roomLeft, present);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QStringList TestChoosePeople::listed() const
{
    QStringList userids;
    for (const DirectoryPerson* person : people()->people())
        userids.append(person->userid);
    return userids;
}

int TestChoosePeople::rowOf(const QString& userid) const
{
    return int(listed().indexOf(userid));
}

void TestChoosePeople::selectDepartment(const QString& path)
{
    const QList<const DirectoryDepartment*> found = m_directory.findDepartments(path);
    QVERIFY2(found.size() == 1, qPrintable(path));
    const QModelIndex index = departments()->indexOf(found.first()->id);
    QVERIFY(index.isValid());
    tree()->scrollTo(index);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, Qt::NoModifier, tree()->visualRect(index).center());
    QCOMPARE(tree()->currentIndex(), index);
}

void TestChoosePeople::typeSearch(const QString& text)
{
    search()->selectAll();
    search()->del();
    search()->insert(text); // as an input method would: keyClicks types no Chinese
}

void TestChoosePeople::ctrlClick(const QString& userid)
{
    const int row = rowOf(userid);
    QVERIFY2(row >= 0, qPrintable(userid));
    const QRect rect = table()->visualRect(people()->index(row, PeopleListModel::NameColumn));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
}

void TestChoosePeople::models_keepQtsRules()
{
    // Qt's own checks of index(), parent() and rowCount() agreeing, through a search and a department switch.
    QAbstractItemModelTester treeTester(departments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(people(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeSearch(QString::fromUtf8("张"));
    selectDepartment(QString::fromUtf8("销售部/华东区/上海组"));
    // A department whose parent is not in the copy shows at the top instead of being lost.
    DirectoryDepartment orphan;
    orphan.id = 99;
    orphan.parentId = 98;
    orphan.name = QStringLiteral("Orphan");
    Directory withOrphan({ m_directory.departments().first(), orphan }, {}, QDateTime());
    DepartmentTreeModel model(withOrphan);
    QAbstractItemModelTester orphanTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Orphan"));
    QCOMPARE(model.parent(model.indexOf(99)), QModelIndex());
}

void TestChoosePeople::tree_showsDepartmentsAtThreeLevelsRootFirstAndOpen()
{
    DepartmentTreeModel* model = departments();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(root.data().toString(), QString::fromUtf8("示例科技"));
    QVERIFY(tree()->isExpanded(root));
    QCOMPARE(tree()->currentIndex(), root);
    QCOMPARE(model->rowCount(root), 2);
    const QModelIndex sales = model->index(0, 0, root);
    const QModelIndex marketing = model->index(1, 0, root);
    QCOMPARE(sales.data().toString(), QString::fromUtf8("销售部"));
    QCOMPARE(marketing.data().toString(), QString::fromUtf8("市场部"));
    QVERIFY(!tree()->isExpanded(sales)); // one level open, not all
    const QModelIndex salesEast = model->index(0, 0, sales);
    const QModelIndex shanghai = model->index(0, 0, salesEast);
    QCOMPARE(shanghai.data().toString(), QString::fromUtf8("上海组"));
    QCOMPARE(model->parent(shanghai), salesEast);
    QCOMPARE(model->parent(salesEast), sales);
    // The two 华东区 read the same in the tree and are told apart by their paths.
    const QModelIndex marketingEast = model->index(0, 0, marketing);
    QCOMPARE(salesEast.data().toString(), marketingEast.data().toString());
    QCOMPARE(salesEast.data(Qt::ToolTipRole).toString(), QString::fromUtf8("销售部/华东区"));
    QCOMPARE(marketingEast.data(Qt::ToolTipRole).toString(), QString::fromUtf8("市场部/华东区"));
}

void TestChoosePeople::selectingADepartment_listsItsPeople()
{
    // The organisation, sub-departments included: everyone, 李娜 once.
    QCOMPARE(listed(),
             (QStringList{ "manager4220", "zhangwei1", "lina", "chenchen", "zhaomin", "zhangwei2", "emily" }));
    selectDepartment(QString::fromUtf8("销售部"));
    QCOMPARE(listed(), (QStringList{ "zhangwei1", "lina", "chenchen", "zhaomin" }));
    QCOMPARE(text("peopleListTitleLabel"), QString::fromUtf8("People in 销售部: 4"));
    includeSubdepartments()->click();
    QCOMPARE(listed(), QStringList{ "zhangwei1" });
    selectDepartment(QString::fromUtf8("市场部/华东区"));
    QCOMPARE(listed(), (QStringList{ "lina", "zhangwei2" }));
    QCOMPARE(cell(0, PeopleListModel::NameColumn), QString::fromUtf8("李娜"));
    QCOMPARE(cell(0, PeopleListModel::TitleColumn), QString::fromUtf8("客户经理"));
    QCOMPARE(cell(0, PeopleListModel::DepartmentColumn), QString::fromUtf8("销售部/华东区; 市场部/华东区"));
    QCOMPARE(cell(0, PeopleListModel::JobNumberColumn), QStringLiteral("S002"));
    selectDepartment(QString::fromUtf8("销售部/华东区/上海组"));
    QCOMPARE(listed(), QStringList{ "chenchen" });
    // Someone directly under the organisation has it for a department.
    tree()->setCurrentIndex(departments()->indexOf(DirectoryDepartment::RootId));
    QCOMPARE(listed(), QStringList{ "manager4220" });
    QCOMPARE(cell(0, PeopleListModel::DepartmentColumn), QString::fromUtf8("示例科技"));
}

void TestChoosePeople::search_findsByPartOfNameJobNumberUseridAndMobile()
{
    typeSearch(QString::fromUtf8("建国"));
    QCOMPARE(listed(), QStringList{ "manager4220" });
    typeSearch(QStringLiteral("chen"));
    QCOMPARE(listed(), (QStringList{ "chenchen", "emily" })); // a userid's start, then part of a name
    typeSearch(QStringLiteral("s003"));
    QCOMPARE(listed(), QStringList{ "chenchen" });
    typeSearch(QStringLiteral("zhangwei2"));
    QCOMPARE(listed(), QStringList{ "zhangwei2" });
    typeSearch(QStringLiteral("+86 138-0013-8003"));
    QCOMPARE(listed(), QStringList{ "chenchen" });
    QCOMPARE(text("peopleListTitleLabel"), QStringLiteral("Found in the whole organisation: 1"));
    typeSearch(QStringLiteral("nobody-like-this"));
    QVERIFY(listed().isEmpty());
    QCOMPARE(text("peopleListTitleLabel"), QString::fromUtf8("No one in the organisation matches “nobody-like-this”."));
}

void TestChoosePeople::search_replacesTheListOnlyWhileItHasText()
{
    selectDepartment(QString::fromUtf8("市场部"));
    const QStringList marketing = listed();
    QCOMPARE(marketing, (QStringList{ "lina", "zhangwei2", "emily" }));
    QVERIFY(get<QWidget>("addDepartmentButton")->isEnabled());
    typeSearch(QString::fromUtf8("王"));
    QCOMPARE(listed(), QStringList{ "manager4220" }); // the whole organisation, not only 市场部
    QVERIFY(!get<QWidget>("addDepartmentButton")->isEnabled());
    typeSearch(QString());
    QCOMPARE(listed(), marketing);
    // Picking a department while a search shows means looking at it.
    typeSearch(QString::fromUtf8("王"));
    selectDepartment(QString::fromUtf8("销售部/华东区"));
    QVERIFY(search()->text().isEmpty());
    QCOMPARE(listed(), (QStringList{ "lina", "chenchen", "zhaomin" }));
}

void TestChoosePeople::namesakes_areBothListedWithTheirDepartments()
{
    typeSearch(QString::fromUtf8("张伟"));
    QCOMPARE(listed(), (QStringList{ "zhangwei1", "zhangwei2" }));
    QCOMPARE(cell(0, PeopleListModel::NameColumn), cell(1, PeopleListModel::NameColumn));
    QCOMPARE(cell(0, PeopleListModel::DepartmentColumn), QString::fromUtf8("销售部"));
    QCOMPARE(cell(1, PeopleListModel::DepartmentColumn), QString::fromUtf8("市场部/华东区"));
    QCOMPARE(cell(0, PeopleListModel::TitleColumn), QString::fromUtf8("销售经理"));
    QCOMPARE(people()->index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("User ID: zhangwei2"));
}

void TestChoosePeople::multiSelect_thenOk_returnsThemInTheOrganisationsOrder()
{
    QVERIFY(!okButton()->isEnabled()); // nothing chosen yet
    ctrlClick(QStringLiteral("emily"));
    ctrlClick(QStringLiteral("zhangwei1"));
    ctrlClick(QStringLiteral("chenchen"));
    QCOMPARE(m_dialog->chosenCount(), 3);
    QCOMPARE(text("choiceCountLabel"), QString::fromUtf8("Selected: 3 · Places left in the group: 997"));
    ctrlClick(QStringLiteral("zhangwei1")); // Ctrl+click again: unselected
    QCOMPARE(text("choiceCountLabel"), QString::fromUtf8("Selected: 2 · Places left in the group: 998"));
    QVERIFY(okButton()->isEnabled());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(useridsOf(m_dialog->chosenPeople()), (QStringList{ "chenchen", "emily" }));
    const DirectoryPerson chen = m_dialog->chosenPeople().first();
    QCOMPARE(chen.name, QString::fromUtf8("陈晨"));
    QCOMPARE(chen.departmentPaths, QStringList{ QString::fromUtf8("销售部/华东区/上海组") });
}

void TestChoosePeople::choice_isKeptAcrossDepartmentsAndSearches()
{
    selectDepartment(QString::fromUtf8("市场部"));
    ctrlClick(QStringLiteral("emily"));
    typeSearch(QString::fromUtf8("张伟"));
    ctrlClick(QStringLiteral("zhangwei1"));
    QCOMPARE(m_dialog->chosenCount(), 2);
    // 张伟 of 市场部 is listed there too, and shows unselected; emily, chosen before, shows selected there.
    selectDepartment(QString::fromUtf8("市场部"));
    QItemSelectionModel* selection = table()->selectionModel();
    QVERIFY(selection->isRowSelected(rowOf(QStringLiteral("emily"))));
    QVERIFY(!selection->isRowSelected(rowOf(QStringLiteral("zhangwei2"))));
    // A plain click picks one person in this list; choices made elsewhere stay.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table()->visualRect(people()->index(rowOf(QStringLiteral("lina")), 0)).center());
    QCOMPARE(useridsOf(m_dialog->chosenPeople()), (QStringList{ "zhangwei1", "lina" }));
    get<QAbstractButton>("clearChoiceButton")->click();
    QCOMPARE(m_dialog->chosenCount(), 0);
    QVERIFY(!selection->hasSelection());
    QVERIFY(!okButton()->isEnabled());
}

void TestChoosePeople::wholeDepartment_withAndWithoutSubdepartments()
{
    QVERIFY(includeSubdepartments()->isChecked()); // ticked unless the user unticks it
    selectDepartment(QString::fromUtf8("销售部"));
    get<QAbstractButton>("addDepartmentButton")->click();
    // 赵敏 is in the list already: not chosen again.
    QCOMPARE(useridsOf(m_dialog->chosenPeople()), (QStringList{ "zhangwei1", "lina", "chenchen" }));
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 3);

    get<QAbstractButton>("clearChoiceButton")->click();
    includeSubdepartments()->click();
    get<QAbstractButton>("addDepartmentButton")->click();
    QCOMPARE(useridsOf(m_dialog->chosenPeople()), QStringList{ "zhangwei1" });

    // The whole organisation: 李娜, in two departments, once.
    get<QAbstractButton>("clearChoiceButton")->click();
    includeSubdepartments()->click();
    tree()->setCurrentIndex(departments()->indexOf(DirectoryDepartment::RootId));
    get<QAbstractButton>("addDepartmentButton")->click();
    QCOMPARE(useridsOf(m_dialog->chosenPeople()),
             (QStringList{ "manager4220", "zhangwei1", "lina", "chenchen", "zhangwei2", "emily" }));
    QCOMPARE(text("choiceCountLabel"), QString::fromUtf8("Selected: 6 · Places left in the group: 994"));
}

void TestChoosePeople::roomLeft_blocksOkAndSaysWhy()
{
    open(2);
    selectDepartment(QString::fromUtf8("销售部"));
    get<QAbstractButton>("addDepartmentButton")->click();
    QCOMPARE(m_dialog->chosenCount(), 3);
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(text("choiceCountLabel"),
             QString::fromUtf8("Selected: 3 · The group has room for only 2 more: unselect 1."));
    // Enter does nothing while OK is refused.
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    ctrlClick(QStringLiteral("lina"));
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(text("choiceCountLabel"), QString::fromUtf8("Selected: 2 · Places left in the group: 0"));

    open(0); // a full group: nothing can be chosen into it
    ctrlClick(QStringLiteral("emily"));
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(text("choiceCountLabel"),
             QString::fromUtf8("Selected: 1 · The group has room for only 0 more: unselect 1."));
}

void TestChoosePeople::peopleAlreadyInTheList_areShownButNeverReturned()
{
    open(1000, { QStringLiteral("zhaomin"), QStringLiteral("zhangwei2") });
    const int row = rowOf(QStringLiteral("zhaomin"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, PeopleListModel::NameColumn), QString::fromUtf8("赵敏 (added)"));
    QCOMPARE(people()->index(row, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Already in the members list (user ID: zhaomin)"));
    QVERIFY(!(people()->flags(people()->index(row, 0)) & Qt::ItemIsSelectable));
    ctrlClick(QStringLiteral("zhaomin"));
    QCOMPARE(m_dialog->chosenCount(), 0);
    // Ctrl+A takes everyone else.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(useridsOf(m_dialog->chosenPeople()),
             (QStringList{ "manager4220", "zhangwei1", "lina", "chenchen", "emily" }));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(!useridsOf(m_dialog->chosenPeople()).contains(QStringLiteral("zhaomin")));
}

void TestChoosePeople::keyboard_searchDownEnterAndTabOrder()
{
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(QApplication::focusWidget(), search());
    QTest::keyClicks(search(), QStringLiteral("zhang"));
    QCOMPARE(listed(), (QStringList{ "zhangwei1", "zhangwei2" }));
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), table());
    QCOMPARE(m_dialog->chosenCount(), 1); // the first match, ready for Enter
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(useridsOf(m_dialog->chosenPeople()), (QStringList{ "zhangwei1", "zhangwei2" }));

    // Tab order: tree, search, list, then the buttons; Shift+Tab back.
    tree()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tree(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), search());
    QTest::keyClick(search(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table());
    QTest::keyClick(table(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), includeSubdepartments());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), table());

    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(useridsOf(m_dialog->chosenPeople()), (QStringList{ "zhangwei1", "zhangwei2" }));
}

void TestChoosePeople::keyboard_escapeCancels()
{
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClicks(search(), QStringLiteral("emily"));
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(m_dialog->chosenCount(), 1);
    QTest::keyClick(table(), Qt::Key_Escape);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
}

void TestChoosePeople::chinese_textsAndHeadersFollowTheLanguageSwitch()
{
    ctrlClick(QStringLiteral("emily"));
    selectDepartment(QString::fromUtf8("销售部"));
    const QString englishTitle = m_dialog->windowTitle();
    const QString englishCounts = text("choiceCountLabel");
    const QString englishListTitle = text("peopleListTitleLabel");
    const QString englishName = people()->headerData(PeopleListModel::NameColumn, Qt::Horizontal).toString();
    const QString englishPresent = cell(rowOf(QStringLiteral("zhaomin")), PeopleListModel::NameColumn);
    QCOMPARE(englishTitle, QStringLiteral("Choose people"));

    AppTranslator translator;
    QVERIFY(translator.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(m_dialog->windowTitle(), QString::fromUtf8("选择人员"));
    QCOMPARE(text("choiceCountLabel"), QString::fromUtf8("已选 1 人 · 群内还可加入 999 人"));
    QCOMPARE(text("peopleListTitleLabel"), QString::fromUtf8("销售部：4 人"));
    QCOMPARE(people()->headerData(PeopleListModel::NameColumn, Qt::Horizontal).toString(), QString::fromUtf8("姓名"));
    QCOMPARE(departments()->headerData(0, Qt::Horizontal).toString(), QString::fromUtf8("部门"));
    QCOMPARE(cell(rowOf(QStringLiteral("zhaomin")), PeopleListModel::NameColumn), QString::fromUtf8("赵敏（已添加）"));
    QCOMPARE(includeSubdepartments()->text(), QString::fromUtf8("包括下级部门"));
    QCOMPARE(okButton()->text(), QString::fromUtf8("添加到成员"));
    // Every text of the dialog is Chinese now (the data aside).
    const QStringList texts{ search()->placeholderText(),
                             get<QAbstractButton>("addDepartmentButton")->text(),
                             get<QAbstractButton>("clearChoiceButton")->text(),
                             get<QAbstractButton>("cancelChooseButton")->text(),
                             people()->headerData(PeopleListModel::TitleColumn, Qt::Horizontal).toString(),
                             people()->headerData(PeopleListModel::DepartmentColumn, Qt::Horizontal).toString(),
                             people()->headerData(PeopleListModel::JobNumberColumn, Qt::Horizontal).toString() };
    for (const QString& shown : texts)
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(shown));

    QVERIFY(translator.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(m_dialog->windowTitle(), englishTitle);
    QCOMPARE(text("choiceCountLabel"), englishCounts);
    QCOMPARE(text("peopleListTitleLabel"), englishListTitle);
    QCOMPARE(people()->headerData(PeopleListModel::NameColumn, Qt::Horizontal).toString(), englishName);
    QCOMPARE(cell(rowOf(QStringLiteral("zhaomin")), PeopleListModel::NameColumn), englishPresent);
}

void TestChoosePeople::everyVisibleText_isReReadOnLanguageChange()
{
    open(0);
    ctrlClick(QStringLiteral("emily")); // the over-the-limit message
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QTRY_VERIFY(isPseudo(m_dialog->windowTitle()));
    QStringList untranslated;
    const QList<QWidget*> widgets = m_dialog->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        QString shown;
        if (auto* label = qobject_cast<QLabel*>(widget))
            shown = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            shown = button->text();
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            shown = edit->placeholderText();
        if (!shown.isEmpty() && !isPseudo(shown))
            untranslated.append(widget->objectName() + QLatin1String(": ") + shown);
        if (!widget->toolTip().isEmpty() && !isPseudo(widget->toolTip()))
            untranslated.append(widget->objectName() + QLatin1String(" (tooltip): ") + widget->toolTip());
    }
    for (int column = 0; column < PeopleListModel::ColumnCount; ++column) {
        const QString header = people()->headerData(column, Qt::Horizontal).toString();
        if (!isPseudo(header))
            untranslated.append(QStringLiteral("people header %1: %2").arg(column).arg(header));
    }
    if (!isPseudo(departments()->headerData(0, Qt::Horizontal).toString()))
        untranslated.append(QStringLiteral("departments header"));
    if (!isPseudo(cell(rowOf(QStringLiteral("zhaomin")), PeopleListModel::NameColumn)))
        untranslated.append(QStringLiteral("already in the list"));
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    QTRY_VERIFY(!isPseudo(m_dialog->windowTitle()));
}

QTEST_MAIN(TestChoosePeople)
#include "tst_ChoosePeople.moc"
