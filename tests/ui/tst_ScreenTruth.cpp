// What the window says must be true (issue 16, points 8 to 11): the connection marked "(in use)" is the one in use,
// the members of the group just made say they are in it, a new import puts the old group's result aside, an id the
// sandbox's organisation does not have is not called ready, the history's search finds any member, a refused create
// names the id DingTalk refused (or says which request carried it), a blank typed inside an id is flagged, and an
// owner missing from the list is shown there, marked as the owner.

#include "AfterCreateDriver.h"

#include "ImportDialog.h"
#include "ProfileController.h"
#include "ProfilesDialog.h"
#include "ResultPanel.h"
#include "connections/ConnectionProfile.h"
#include "connections/ProfileStore.h"
#include "i18n/AppTranslator.h"

#include <QListWidget>
#include <QTableWidget>

class TestScreenTruth : public QObject, protected AfterCreateFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inUse_marksTheConnectionReallyInUse();
    void members_ofTheGroupJustMade_sayTheyAreInIt_data();
    void members_ofTheGroupJustMade_sayTheyAreInIt();
    void newImport_putsTheOldGroupsResultAside();
    void idOutsideTheSandboxOrganisation_isNotCalledReady_data();
    void idOutsideTheSandboxOrganisation_isNotCalledReady();
    void historySearch_findsAnyMember();
    void refusedCreate_namesTheIdDingTalkNamed_data();
    void refusedCreate_namesTheIdDingTalkNamed();
    void refusedCreate_withoutAName_saysWhichRequestCarriedIt_data();
    void refusedCreate_withoutAName_saysWhichRequestCarriedIt();
    void typedIdWithABlank_isFlaggedNotSplit();
    void ownerMissingFromTheList_isShownThereAsTheOwner_data();
    void ownerMissingFromTheList_isShownThereAsTheOwner();

private:
    void setLanguage(const QString& language);
    bool chinese() const { return m_translator->language() == QLatin1String("zh_CN"); }
    /** The state column of the first row with this userid. */
    QString stateOf(const QString& userid) const;
    QAbstractButton* addButton() const { return m_driver->get<QAbstractButton>("retryMissingMembersButton"); }

    AppTranslator* m_translator = nullptr;
};

void TestScreenTruth::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestScreenTruth::init()
{
    // A connection chosen in an earlier test would be connected again by the next window, away from the emulator.
    QFile::remove(ProfileStore::defaultFilePath());
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
}

void TestScreenTruth::cleanup()
{
    closeWindow();
}

void TestScreenTruth::setLanguage(const QString& language)
{
    switchLanguage(language);
    QCOMPARE(m_translator->language(), language);
}

QString TestScreenTruth::stateOf(const QString& userid) const
{
    MemberListModel* model = m_driver->members();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MemberListModel::UserIdColumn).data().toString() == userid)
            return model->index(row, MemberListModel::StateColumn).data().toString();
    }
    return QStringLiteral("(no row for %1)").arg(userid);
}

void TestScreenTruth::inUse_marksTheConnectionReallyInUse()
{
    ProfilesDialog* dialog = m_window->profiles()->openDialog();
    QVERIFY(dialog);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("profilesListWidget"));
    QVERIFY(list);
    const auto marked = [list] {
        const QString mark = ProfilesDialog::tr("%1 (in use)").arg(QString());
        QStringList ids;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().endsWith(mark))
                ids.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return ids;
    };
    // The window is on a connection of its own (the test's emulator): no profile is in use.
    QCOMPARE(marked(), QStringList());

    m_window->startSandbox();
    QCOMPARE(marked(), QStringList{ ConnectionProfile::sandboxId() });

    // A one-off connection: the sandbox is not in use any more, whatever the profiles file remembers.
    m_window->setConnection(EmulatorFixture::connection(m_emulator));
    QCOMPARE(marked(), QStringList());
    dialog->close();
}

void TestScreenTruth::members_ofTheGroupJustMade_sayTheyAreInIt_data()
{
    addLanguages();
}

void TestScreenTruth::members_ofTheGroupJustMade_sayTheyAreInIt()
{
    QFETCH(QString, language);
    setLanguage(language);
    const QStringList people = employeeIds(4);
    QCOMPARE(create(QStringLiteral("Truth"), people.mid(0, 3)).outcome, CreateResult::Outcome::Created);
    QCOMPARE(stateOf(people.at(0)), MemberListModel::tr("In the group"));
    QVERIFY(stateOf(people.at(0)) != MemberListModel::tr("Ready"));
    if (chinese())
        QCOMPARE(stateOf(people.at(0)), QStringLiteral("已在群中"));
    // Someone listed after it is what the next send would carry.
    m_driver->typeMembers(people.at(3));
    QCOMPARE(stateOf(people.at(3)), MemberListModel::tr("Ready"));
}

void TestScreenTruth::newImport_putsTheOldGroupsResultAside()
{
    QStringList members = employeeIds(44);
    members[41] = EmulatorFixture::leaverId(m_emulator);
    QCOMPARE(create(QStringLiteral("Old list"), members).outcome, CreateResult::Outcome::CreatedPartially);
    QVERIFY(addButton()->isVisible());
    QVERIFY(m_driver->visible("resultTitleLabel"));

    const QStringList fresh = employeeIds(48).mid(44);
    QList<QStringList> rows{ { QStringLiteral("userid") } };
    for (const QString& id : fresh)
        rows.append({ id });
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("next-group.csv"), ImportDriver::csv(rows)));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    ImportDriver::clickImport(dialog);
    QTRY_VERIFY(m_driver->members()->userIds().contains(fresh.constLast()));

    // The old group's result and its "Add to This Group" are gone; nobody is marked as in it.
    QVERIFY(!addButton()->isVisible());
    QVERIFY(!m_driver->visible("resultTitleLabel"));
    QCOMPARE(stateOf(members.at(0)), MemberListModel::tr("Ready"));
    // A second group of the same name still needs a yes.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const int asked = MessageBox::answeredInAdvance();
    m_driver->clickCreate();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(!m_window->isCreating());
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestScreenTruth::idOutsideTheSandboxOrganisation_isNotCalledReady_data()
{
    addLanguages();
}

void TestScreenTruth::idOutsideTheSandboxOrganisation_isNotCalledReady()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory()); // the sandbox's directory, synced as any organisation's
    const QString outsider = QStringLiteral("nosuchperson9");
    m_driver->setName(QStringLiteral("Outsider"));
    m_driver->setOwner(m_owner);
    m_driver->typeMembers(employeeIds(1).constFirst() + QStringLiteral(", ") + outsider);
    QCOMPARE(stateOf(outsider), MemberListModel::tr("Not in the organisation"));
    QVERIFY(stateOf(outsider) != MemberListModel::tr("Ready"));
    QCOMPARE(stateOf(employeeIds(1).constFirst()), MemberListModel::tr("Ready"));
    QVERIFY(m_driver->text("membersNoticeLabel").contains(outsider));
    QVERIFY2(m_driver->text("createHintLabel")
                 .contains(MainWindow::tr("Not in the organisation: %1, so DingTalk refuses the request that carries "
                                          "them.")
                               .arg(1)),
             qPrintable(m_driver->text("createHintLabel")));
    if (chinese()) {
        QCOMPARE(stateOf(outsider), QStringLiteral("不在组织中"));
        QVERIFY(m_driver->text("membersNoticeLabel").contains(QStringLiteral("不在组织中")));
    }
}

void TestScreenTruth::historySearch_findsAnyMember()
{
    const QStringList people = employeeIds(6);
    QCOMPARE(create(QStringLiteral("Alpha"), people.mid(0, 3)).outcome, CreateResult::Outcome::Created);
    m_driver->members()->clear();
    QCOMPARE(create(QStringLiteral("Beta"), people.mid(3, 3)).outcome, CreateResult::Outcome::Created);
    m_window->afterCreate()->showHistory();
    HistoryDialog* dialog = m_window->afterCreate()->historyDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("historyTableView"));
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("historySearchLineEdit"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    // A member who was added without trouble, not only one who failed.
    search->setText(people.at(1));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Alpha"));
    search->setText(people.at(4));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Beta"));
    dialog->close();
}

void TestScreenTruth::refusedCreate_namesTheIdDingTalkNamed_data()
{
    addLanguages();
}

void TestScreenTruth::refusedCreate_namesTheIdDingTalkNamed()
{
    QFETCH(QString, language);
    setLanguage(language);
    // Among the first 40: the create itself carries it, and the sandbox's 40031 names it, as some answers do.
    QStringList members = employeeIds(10);
    const QString wrong = QStringLiteral("nosuchperson7");
    members[4] = wrong;
    QCOMPARE(create(QStringLiteral("Refused"), members).outcome, CreateResult::Outcome::Rejected);
    const QString error = m_driver->text("errorLabel");
    QVERIFY2(error.contains(ResultPanel::tr("DingTalk named the id it refused: %1. It is marked in the member list: "
                                            "correct or remove it, then create the group again.")
                                .arg(wrong)),
             qPrintable(error));
    QVERIFY2(!error.contains(members.at(3)), qPrintable(error));
    QVERIFY2(stateOf(wrong).contains(QStringLiteral("40031")), qPrintable(stateOf(wrong)));
    if (chinese())
        QVERIFY2(error.contains(QStringLiteral("钉钉指出了被拒绝的 ID")), qPrintable(error));
}

void TestScreenTruth::refusedCreate_withoutAName_saysWhichRequestCarriedIt_data()
{
    addLanguages();
}

void TestScreenTruth::refusedCreate_withoutAName_saysWhichRequestCarriedIt()
{
    QFETCH(QString, language);
    setLanguage(language);
    // DingTalk's own 40031 often names nobody.
    m_emulator.injectFault(QStringLiteral("/chat/create"),
                           EmulatorFault::apiError(40031, QStringLiteral("不合法的员工列表")));
    const QStringList members = employeeIds(50);
    QCOMPARE(create(QStringLiteral("Refused quietly"), members).outcome, CreateResult::Outcome::Rejected);
    const QString error = m_driver->text("errorLabel");
    // The create carried the owner and the first 39: the bad id is one of them, not one of the rest.
    QVERIFY2(error.contains(m_owner), qPrintable(error));
    QVERIFY2(error.contains(members.at(0)) && error.contains(members.at(38)), qPrintable(error));
    QVERIFY2(!error.contains(members.at(39)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("39")), qPrintable(error));
    const QString every = m_driver->get<QLabel>("errorLabel")->toolTip();
    QVERIFY(every.contains(members.at(20)) && !every.contains(members.at(39)));
    if (chinese())
        QVERIFY2(error.contains(QStringLiteral("钉钉没有指出是哪个 ID")), qPrintable(error));
}

void TestScreenTruth::typedIdWithABlank_isFlaggedNotSplit()
{
    m_driver->setName(QStringLiteral("Blank"));
    m_driver->setOwner(m_owner);
    m_driver->typeMembers(QStringLiteral("user 0002"));
    QCOMPARE(m_driver->members()->userIds(), QStringList{ QStringLiteral("user 0002") });
    QVERIFY(m_driver->visible("membersErrorLabel"));
    QVERIFY2(m_driver->text("membersErrorLabel").contains(QStringLiteral("\"user 0002\"")),
             qPrintable(m_driver->text("membersErrorLabel")));
    QVERIFY(!m_driver->createButton()->isEnabled());
    QCOMPARE(stateOf(QStringLiteral("user 0002")), MemberListModel::tr("Not a valid userid"));
    // Two whole ids with a blank between are still two.
    m_driver->typeMembers(QStringLiteral("zhang0001 li0002"));
    QCOMPARE(m_driver->members()->userIds(),
             (QStringList{ QStringLiteral("user 0002"), QStringLiteral("zhang0001"), QStringLiteral("li0002") }));
}

void TestScreenTruth::ownerMissingFromTheList_isShownThereAsTheOwner_data()
{
    addLanguages();
}

void TestScreenTruth::ownerMissingFromTheList_isShownThereAsTheOwner()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory()); // the owner's name comes from the sandbox's directory
    MemberListModel* model = m_driver->members();
    m_driver->setOwner(m_owner);
    QCOMPARE(model->rowCount(), 0); // the owner alone is no list yet
    const QString member = employeeIds(1).constFirst();
    m_driver->typeMembers(member);

    QCOMPARE(model->members().size(), 1);
    QCOMPARE(model->rowCount(), 2);
    // The entry keeps its row; the owner's own row follows it.
    QCOMPARE(model->index(0, MemberListModel::UserIdColumn).data().toString(), member);
    QCOMPARE(model->index(1, MemberListModel::UserIdColumn).data().toString(), m_owner);
    QCOMPARE(model->index(1, MemberListModel::StateColumn).data().toString(),
             MemberListModel::tr("Owner, added to the group"));
    QVERIFY(model->index(1, MemberListModel::NameColumn)
                .data()
                .toString()
                .startsWith(m_window->directoryController()->directory().person(m_owner)->name)); // the owner's name
    QVERIFY(!(model->flags(model->index(1, MemberListModel::UserIdColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("2/1000"));
    if (chinese())
        QCOMPARE(model->index(1, MemberListModel::StateColumn).data().toString(), QStringLiteral("群主（自动加入群）"));

    // Removing the row removes no entry: the owner is in the group whatever the list says.
    m_driver->membersView()->selectRow(1);
    QTest::mouseClick(m_driver->get<QAbstractButton>("removeMembersButton"), Qt::LeftButton);
    QCOMPARE(model->members().size(), 1);
    QCOMPARE(model->rowCount(), 2);

    // Listed after all: one row, the entry's, marked as before.
    m_driver->typeMembers(m_owner);
    QCOMPARE(model->members().size(), 2);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, MemberListModel::StateColumn).data().toString(), MemberListModel::tr("Owner"));
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("2/1000"));
    // Another owner, not listed: that one gets the row of their own.
    m_driver->setOwner(member);
    QCOMPARE(model->rowCount(), 2);
    const QString other = employeeIds(2).at(1);
    m_driver->setOwner(other);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(2, MemberListModel::UserIdColumn).data().toString(), other);
}

QTEST_MAIN(TestScreenTruth)
#include "tst_ScreenTruth.moc"
