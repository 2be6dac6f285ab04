// A group is never made twice by accident: after a success Create asks before sending the same name again, after
// "the group may exist" it asks before re-sending, "Add to This Group" sends the member list as it stands now to the
// existing group, and "Create a similar group" marks the name as new.

#include "AfterCreateDriver.h"

#include "HistoryDialog.h"
#include "LastCreate.h"
#include "i18n/AppTranslator.h"

#include <QTableView>
#include <QTableWidget>

class TestNoDuplicateGroup : public QObject, protected AfterCreateFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createAgain_afterSuccess_asksAndSendsNothingUnlessTold();
    void createAgain_afterSuccess_inChinese();
    void doubleClick_againstAnInstantServer_makesOneGroup();
    void createAgain_afterMayExist_asksBeforeResending();
    void createAgain_afterMayExist_inChinese();
    void addToGroup_sendsTheCorrectedId_notTheRefusedOne();
    void addToGroup_addsFurtherPeopleToTheExistingGroup();
    void connectionSwitch_dropsTheOldGroupsResult();
    void createSimilar_marksTheNameAsNewAndSelectsIt();
    void similarName_countsUp();

private:
    QAbstractButton* addButton() const { return m_driver->get<QAbstractButton>("retryMissingMembersButton"); }
    QTableWidget* failedTable() const { return m_driver->get<QTableWidget>("failedMembersTableWidget"); }
    void switchToChinese();
    int creates() const { return m_emulator.requestCount(QStringLiteral("/chat/create")); }

    AppTranslator* m_translator = nullptr;
};

void TestNoDuplicateGroup::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestNoDuplicateGroup::init()
{
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
}

void TestNoDuplicateGroup::cleanup()
{
    closeWindow();
}

void TestNoDuplicateGroup::switchToChinese()
{
    switchLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(m_translator->language(), QStringLiteral("zh_CN"));
}

void TestNoDuplicateGroup::createAgain_afterSuccess_asksAndSendsNothingUnlessTold()
{
    QCOMPARE(m_driver->createButton()->text(), QStringLiteral("&Create Group"));
    QCOMPARE(create(QStringLiteral("Twice by accident"), employeeIds(3)).outcome, CreateResult::Outcome::Created);
    QCOMPARE(m_emulator.groups().size(), 1);
    QCOMPARE(m_driver->createButton()->text(), QStringLiteral("&Create Another Group"));
    QVERIFY(m_driver->createButton()->isEnabled());

    // The same form again: a question, and "no" sends nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const int asked = MessageBox::answeredInAdvance();
    m_driver->clickCreate();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("second group")));
    QVERIFY(!m_window->isCreating());
    QTest::qWait(100);
    QCOMPARE(creates(), 1);

    // Only the same name needs the yes: another member list under that name is still a second group.
    m_driver->typeMembers(employeeIds(5).at(4));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_driver->clickCreate();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 2);
    QCOMPARE(creates(), 1);

    // A yes makes the second group; a new name needs none.
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_emulator.groups().size(), 2);
    m_driver->setName(QStringLiteral("Another one"));
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 3);
    QCOMPARE(m_emulator.groups().size(), 3);
}

void TestNoDuplicateGroup::createAgain_afterSuccess_inChinese()
{
    switchToChinese();
    QCOMPARE(m_driver->createButton()->text(), QStringLiteral("创建群(&C)"));
    QCOMPARE(create(QStringLiteral("重复的群"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    QCOMPARE(m_driver->createButton()->text(), QStringLiteral("再建一个群(&C)"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_driver->clickCreate();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("第二个群")));
    QCOMPARE(creates(), 1);
}

void TestNoDuplicateGroup::doubleClick_againstAnInstantServer_makesOneGroup()
{
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Double click"), m_owner, employeeIds(2));
    MessageBox::setNextAnswer(QMessageBox::Cancel); // the answer a user gives to a question they did not expect
    m_driver->clickCreate();
    // The emulator answers at once: the create is over before the second click of a double click arrives.
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(100);
    m_driver->clickCreate();
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(creates(), 1);
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestNoDuplicateGroup::createAgain_afterMayExist_asksBeforeResending()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
    QCOMPARE(create(QStringLiteral("Maybe"), employeeIds(3)).outcome, CreateResult::Outcome::Unknown);
    QCOMPARE(creates(), 1);

    const int asked = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_driver->clickCreate();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    // It says what may happen and how to check.
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("second group")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("open DingTalk")));
    QVERIFY(MessageBox::lastText().contains(m_owner));
    QTest::qWait(100);
    QCOMPARE(creates(), 1);

    // Even with another name: the first group may be there all the same.
    m_driver->setName(QStringLiteral("Maybe again"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 2);
    QCOMPARE(creates(), 2);
}

void TestNoDuplicateGroup::createAgain_afterMayExist_inChinese()
{
    switchToChinese();
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
    QCOMPARE(create(QStringLiteral("也许"), employeeIds(2)).outcome, CreateResult::Outcome::Unknown);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_driver->clickCreate();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("第二个群")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("打开钉钉")));
    QCOMPARE(creates(), 1);
}

void TestNoDuplicateGroup::addToGroup_sendsTheCorrectedId_notTheRefusedOne()
{
    QStringList members = employeeIds(44);
    const QString corrected = members.at(41);
    const QString ghost = EmulatorFixture::leaverId(m_emulator);
    members[41] = ghost; // past the first 40: the group is made, the add that carries it fails
    QCOMPARE(create(QStringLiteral("Corrected"), members).outcome, CreateResult::Outcome::CreatedPartially);
    QCOMPARE(failedTable()->rowCount(), 1);
    QCOMPARE(failedTable()->item(0, 0)->text(), ghost);
    QVERIFY(addButton()->isVisible());
    QCOMPARE(addButton()->text(), QStringLiteral("Add to This Group (1)"));

    // The user corrects the id in the list, as the panel tells them to.
    const int row = int(m_driver->members()->userIds().indexOf(ghost));
    QVERIFY(row >= 0);
    QVERIFY(m_driver->members()->setData(m_driver->members()->index(row, MemberListModel::UserIdColumn), corrected));
    QCOMPARE(addButton()->text(), QStringLiteral("Add to This Group (1)"));
    m_emulator.clearRequests();
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QTRY_VERIFY(!addButton()->isVisible());

    QCOMPARE(m_emulator.groups().size(), 1);
    QVERIFY(m_emulator.groups().first().members.contains(corrected));
    QCOMPARE(m_emulator.groups().first().members.size(), 45); // the owner and the 44
    QCOMPARE(creates(), 0);
    for (const RecordedRequest& request : m_emulator.requests())
        QVERIFY2(!request.body.contains(ghost.toUtf8()), request.body.constData());
    QVERIFY(!failedTable()->isVisible());
    QVERIFY(m_driver->text("resultTitleLabel").contains(QStringLiteral("was created.")));
}

void TestNoDuplicateGroup::addToGroup_addsFurtherPeopleToTheExistingGroup()
{
    const QStringList members = employeeIds(6);
    QCOMPARE(create(QStringLiteral("Grows"), members.mid(0, 3)).outcome, CreateResult::Outcome::Created);
    QVERIFY(!addButton()->isVisible());
    m_driver->typeMembers(members.at(3) + QLatin1Char(',') + members.at(4));
    QTRY_VERIFY(addButton()->isVisible());
    QCOMPARE(addButton()->text(), QStringLiteral("Add to This Group (2)"));
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QTRY_VERIFY(!addButton()->isVisible());
    QCOMPARE(m_emulator.groups().size(), 1);
    QCOMPARE(m_emulator.groups().first().members.size(), 6); // the owner, three, and the two added
    QCOMPARE(creates(), 1);
    QCOMPARE(m_driver->text("groupMemberCountLabel"), QStringLiteral("6"));
}

void TestNoDuplicateGroup::connectionSwitch_dropsTheOldGroupsResult()
{
    QStringList members = employeeIds(44);
    members[41] = EmulatorFixture::leaverId(m_emulator, 1);
    QCOMPARE(create(QStringLiteral("Old"), members).outcome, CreateResult::Outcome::CreatedPartially);
    QVERIFY(addButton()->isVisible());
    m_window->useEmulator(&m_emulator); // connected again: another organisation, as far as the window knows
    QVERIFY(!addButton()->isVisible());
    QVERIFY(!m_driver->visible("resultTitleLabel"));
    QCOMPARE(m_driver->createButton()->text(), QStringLiteral("&Create Group"));
}

void TestNoDuplicateGroup::createSimilar_marksTheNameAsNewAndSelectsIt()
{
    QCOMPARE(create(QStringLiteral("Weekly"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    createSimilarFromNewestEntry();
    QCOMPARE(m_driver->nameEdit()->text(), QStringLiteral("Weekly (2)"));
    QCOMPARE(m_driver->nameEdit()->selectedText(), QStringLiteral("Weekly (2)"));
    QCOMPARE(m_window->focusWidget(), m_driver->nameEdit());
    // And Create makes it without a question: the name is new.
    const int asked = MessageBox::answeredInAdvance();
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(MessageBox::answeredInAdvance(), asked);
    QCOMPARE(m_emulator.groups().last().name, QStringLiteral("Weekly (2)"));
}

void TestNoDuplicateGroup::similarName_countsUp()
{
    QCOMPARE(LastCreate::similarName(QStringLiteral("全员群")), QStringLiteral("全员群 (2)"));
    QCOMPARE(LastCreate::similarName(QStringLiteral("Sales (2)")), QStringLiteral("Sales (3)"));
    QCOMPARE(LastCreate::similarName(QStringLiteral("Room (9)")), QStringLiteral("Room (10)"));
}

QTEST_MAIN(TestNoDuplicateGroup)
#include "tst_NoDuplicateGroup.moc"
