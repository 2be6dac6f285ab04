// Validation before sending: each message beside its field as the user types, Create enabled only when valid,
// notices kept apart from errors; and the ways members get into the list.

#include "PersonText.h"
#include "WindowFixture.h"

#include "group/GroupLimits.h"

#include <QAction>

class TestMainWindowValidation : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void freshForm_isQuietAndSaysWhatIsNeeded();
    void validForm_enablesCreate();
    void emptyName_isReportedBesideTheName();
    void nameOver20_countsCodePointsNotBytes();
    void chineseTypedByKeyEvents_isCountedPerCharacter();
    void emptyOwner_isReportedBesideTheOwner();
    void noMembers_isReportedBesideTheMembers();
    void memberIdWithSpace_isReportedAndMarkedInTheList();
    void over1000Members_isReported();
    void duplicatesAndMissingOwner_areNoticesNotErrors();
    void paste_splitsOnEverySeparatorPeopleUse();
    void ctrlV_onTheList_pastes();
    void typedIds_areAddedOnReturn();
    void removeAndClear_updateTheCount();
    void ownerCombo_offersTheMembersAndShowsNames();

private:
    void makeValid();
    QString message(ValidationIssue::Code code, ValidationIssue::Field field, const QString& subject = {}) const
    {
        return ValidationIssue{ code, field, subject }.message();
    }
};

void TestMainWindowValidation::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestMainWindowValidation::init()
{
    QVERIFY(openWindow());
}

void TestMainWindowValidation::cleanup()
{
    closeWindow();
}

void TestMainWindowValidation::makeValid()
{
    m_driver->fillIn(QStringLiteral("Team"), QStringLiteral("manager4220"), { QStringLiteral("user0001") });
    QVERIFY(m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::freshForm_isQuietAndSaysWhatIsNeeded()
{
    QVERIFY(!m_driver->createButton()->isEnabled());
    QVERIFY(!m_driver->visible("groupNameErrorLabel"));
    QVERIFY(!m_driver->visible("ownerErrorLabel"));
    QVERIFY(!m_driver->visible("membersErrorLabel"));
    QCOMPARE(m_driver->text("createHintLabel"), message(ValidationIssue::NameEmpty, ValidationIssue::Field::Name));
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("0/20"));
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("0/1000"));
    QVERIFY(!MainWindow::applicationIcon().pixmap(32, 32).isNull()); // compiled in
}

void TestMainWindowValidation::validForm_enablesCreate()
{
    makeValid();
    QVERIFY(!m_driver->visible("groupNameErrorLabel"));
    QVERIFY(!m_driver->visible("ownerErrorLabel"));
    QVERIFY(!m_driver->visible("membersErrorLabel"));
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("2/1000"));
}

void TestMainWindowValidation::emptyName_isReportedBesideTheName()
{
    makeValid();
    m_driver->setName(QString());
    QVERIFY(m_driver->visible("groupNameErrorLabel"));
    QCOMPARE(m_driver->text("groupNameErrorLabel"), message(ValidationIssue::NameEmpty, ValidationIssue::Field::Name));
    QVERIFY(!m_driver->createButton()->isEnabled());
    // Blanks only are no name either.
    m_driver->setName(QStringLiteral("   "));
    QVERIFY(m_driver->visible("groupNameErrorLabel"));
    QVERIFY(!m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::nameOver20_countsCodePointsNotBytes()
{
    makeValid();
    const QString twentyChinese = QString::fromUtf8("全员群全员群全员群全员群全员群全员群全员");
    QCOMPARE(twentyChinese.size(), 20);
    m_driver->setName(twentyChinese);
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("20/20"));
    QVERIFY(!m_driver->visible("groupNameErrorLabel"));
    QVERIFY(m_driver->createButton()->isEnabled());

    m_driver->setName(twentyChinese + QString::fromUtf8("群"));
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("21/20"));
    QCOMPARE(m_driver->text("groupNameErrorLabel"),
             message(ValidationIssue::NameTooLong, ValidationIssue::Field::Name, QStringLiteral("21")));
    QVERIFY(!m_driver->createButton()->isEnabled());

    // Twenty emoji are 40 UTF-16 units but 20 characters.
    QString emoji;
    for (int i = 0; i < 20; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x8E\x89"); // 🎉
    m_driver->setName(emoji);
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("20/20"));
    QVERIFY(m_driver->createButton()->isEnabled());

    m_driver->setName(QStringLiteral("abcdefghijklmnopqrstu"));
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("21/20"));
    QVERIFY(!m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::chineseTypedByKeyEvents_isCountedPerCharacter()
{
    makeValid();
    QLineEdit* name = m_driver->nameEdit();
    name->setFocus();
    name->selectAll();
    name->del();
    // An input method delivers committed text: key events that carry Chinese text.
    const QString text = QString::fromUtf8("销售部二〇二五年度春季全员大会通知群组啊");
    QCOMPARE(text.size(), 20);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QCOMPARE(name->text(), text);
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("20/20"));
    QVERIFY(m_driver->createButton()->isEnabled());
    QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString::fromUtf8("群"), Qt::NoModifier);
    QCOMPARE(m_driver->text("groupNameCountLabel"), QStringLiteral("21/20"));
    QCOMPARE(m_driver->text("groupNameErrorLabel"),
             message(ValidationIssue::NameTooLong, ValidationIssue::Field::Name, QStringLiteral("21")));
    QVERIFY(!m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::emptyOwner_isReportedBesideTheOwner()
{
    makeValid();
    m_driver->setOwner(QString());
    QVERIFY(m_driver->visible("ownerErrorLabel"));
    QCOMPARE(m_driver->text("ownerErrorLabel"), message(ValidationIssue::OwnerEmpty, ValidationIssue::Field::Owner));
    QVERIFY(!m_driver->createButton()->isEnabled());

    m_driver->setOwner(QStringLiteral("manager 4220"));
    QCOMPARE(m_driver->text("ownerErrorLabel"),
             message(ValidationIssue::OwnerInvalid, ValidationIssue::Field::Owner, QStringLiteral("manager 4220")));
    QVERIFY(!m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::noMembers_isReportedBesideTheMembers()
{
    makeValid();
    QTest::mouseClick(m_driver->get<QAbstractButton>("clearMembersButton"), Qt::LeftButton);
    QCOMPARE(int(m_driver->members()->members().size()), 0);
    QVERIFY(m_driver->visible("membersErrorLabel"));
    QCOMPARE(m_driver->text("membersErrorLabel"), message(ValidationIssue::NoMembers, ValidationIssue::Field::Members));
    QVERIFY(!m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::memberIdWithSpace_isReportedAndMarkedInTheList()
{
    makeValid();
    // A cell holds one id as typed; pasting would have split it.
    MemberListModel* model = m_driver->members();
    const QModelIndex cell = model->index(1, MemberListModel::UserIdColumn);
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(model->setData(cell, QStringLiteral("zhang san")));
    QCOMPARE(m_driver->text("membersErrorLabel"),
             message(ValidationIssue::MemberIdInvalid, ValidationIssue::Field::Members, QStringLiteral("zhang san")));
    QVERIFY(!m_driver->createButton()->isEnabled());
    QCOMPARE(model->members().at(1).state, MemberState::Invalid);
    QVERIFY(!model->index(1, MemberListModel::StateColumn).data().toString().isEmpty());

    QVERIFY(model->setData(cell, QStringLiteral("zhangsan")));
    QVERIFY(!m_driver->visible("membersErrorLabel"));
    QVERIFY(m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::over1000Members_isReported()
{
    makeValid();
    QStringList ids;
    for (int i = 0; i < GroupLimits::MaxGroupMembers; ++i)
        ids.append(QStringLiteral("bulk%1").arg(i, 4, 10, QLatin1Char('0')));
    m_driver->paste(ids.join(QLatin1Char('\n')));
    // manager4220, user0001 and the thousand.
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("1002/1000"));
    QCOMPARE(m_driver->text("membersErrorLabel"),
             message(ValidationIssue::TooManyMembers, ValidationIssue::Field::Members, QStringLiteral("1002")));
    QVERIFY(!m_driver->createButton()->isEnabled());

    // Down to exactly 1000: allowed.
    m_driver->membersView()->selectRow(2);
    m_driver->membersView()->selectionModel()->select(m_driver->members()->index(3, 0),
                                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(m_driver->get<QAbstractButton>("removeMembersButton"), Qt::LeftButton);
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("1000/1000"));
    QVERIFY(!m_driver->visible("membersErrorLabel"));
    QVERIFY(m_driver->createButton()->isEnabled());
}

void TestMainWindowValidation::duplicatesAndMissingOwner_areNoticesNotErrors()
{
    m_driver->setName(QStringLiteral("Notices"));
    m_driver->setOwner(QStringLiteral("manager4220"));
    m_driver->paste(QStringLiteral("user0001 user0002 user0001"));
    QVERIFY(m_driver->createButton()->isEnabled());
    QVERIFY(!m_driver->visible("membersErrorLabel"));
    QVERIFY(m_driver->visible("membersNoticeLabel"));
    const QString notices = m_driver->text("membersNoticeLabel");
    QVERIFY2(notices.contains(message(ValidationIssue::DuplicateRemoved, ValidationIssue::Field::Members,
                                      QStringLiteral("user0001"))),
             qPrintable(notices));
    QVERIFY2(notices.contains(message(ValidationIssue::OwnerAddedToMembers, ValidationIssue::Field::Members,
                                      QStringLiteral("manager4220"))),
             qPrintable(notices));
    // Sent once each, owner included.
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("3/1000"));
    QCOMPARE(m_driver->members()->members().at(2).state, MemberState::Duplicate);
}

void TestMainWindowValidation::paste_splitsOnEverySeparatorPeopleUse()
{
    const QString text = QString::fromUtf8("a1,a2;a3\ta4 a5\r\na6、a7，a8；a9\u3000a10\u00A0a11\n\n");
    m_driver->paste(text);
    QStringList expected;
    for (int i = 1; i <= 11; ++i)
        expected.append(QStringLiteral("a%1").arg(i));
    QCOMPARE(m_driver->members()->userIds(), expected);
    QCOMPARE(m_driver->members()->members().first().source, MemberSource::Pasted);
}

void TestMainWindowValidation::ctrlV_onTheList_pastes()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QGuiApplication::clipboard()->setText(QStringLiteral("p1\np2\np3"));
    m_driver->membersView()->setFocus();
    QTest::keyClick(m_driver->membersView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_driver->members()->userIds(), (QStringList{ "p1", "p2", "p3" }));

    // A column pasted into the add field goes straight into the list.
    QGuiApplication::clipboard()->setText(QStringLiteral("q1\nq2"));
    auto* add = m_driver->get<QLineEdit>("memberIdLineEdit");
    add->setFocus();
    QTest::keyClick(add, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(int(m_driver->members()->members().size()), 5);
    QVERIFY(add->text().isEmpty());
}

void TestMainWindowValidation::typedIds_areAddedOnReturn()
{
    m_driver->typeMembers(QStringLiteral("t1 t2，t3"));
    QCOMPARE(m_driver->members()->userIds(), (QStringList{ "t1", "t2", "t3" }));
    QCOMPARE(m_driver->members()->members().first().source, MemberSource::Typed);
    QVERIFY(m_driver->get<QLineEdit>("memberIdLineEdit")->text().isEmpty());
}

void TestMainWindowValidation::removeAndClear_updateTheCount()
{
    m_driver->setOwner(QStringLiteral("manager4220"));
    m_driver->paste(QStringLiteral("manager4220 r1 r2 r3"));
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("4/1000"));
    auto* remove = m_driver->get<QAbstractButton>("removeMembersButton");
    QVERIFY(!remove->isEnabled());
    m_driver->membersView()->selectRow(1);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_driver->members()->userIds(), (QStringList{ "manager4220", "r2", "r3" }));
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("3/1000"));
    QTest::mouseClick(m_driver->get<QAbstractButton>("clearMembersButton"), Qt::LeftButton);
    QCOMPARE(int(m_driver->members()->members().size()), 0);
}

void TestMainWindowValidation::ownerCombo_offersTheMembersAndShowsNames()
{
    QVERIFY(syncDirectory()); // names come from the sandbox's directory, synced as any organisation's
    const QList<EmulatedEmployee> employees = m_emulator.employees();
    m_driver->paste(employees.at(0).userid + QLatin1Char(' ') + employees.at(1).userid);
    QComboBox* owner = m_driver->ownerCombo();
    QVERIFY(owner->isEditable());
    QCOMPARE(owner->count(), 2);
    QCOMPARE(owner->itemText(1), employees.at(1).userid);
    owner->setCurrentIndex(1);
    QCOMPARE(owner->currentText(), employees.at(1).userid);
    const DirectoryPerson* person = m_window->directoryController()->directory().person(employees.at(1).userid);
    QVERIFY(person);
    QCOMPARE(person->name, employees.at(1).name);
    QCOMPARE(m_driver->text("ownerNameLabel"), PersonText::nameAndDepartment(*person));
    // The list shows names and departments from the directory, and marks the owner.
    const QModelIndex name = m_driver->members()->index(1, MemberListModel::NameColumn);
    QCOMPARE(name.data().toString(), PersonText::nameAndDepartment(*person));
    QCOMPARE(m_driver->members()->index(1, MemberListModel::StateColumn).data().toString(),
             MemberListModel::tr("Owner"));
}

QTEST_MAIN(TestMainWindowValidation)
#include "tst_MainWindowValidation.moc"
