// The organisation's directory in the window (issue 14): synced from the Directory menu with progress and Cancel,
// said in the status bar, kept when a sync is cancelled or refused (a refusal names DingTalk's permission), erased
// by Forget; the owner field completes by name and never chooses between namesakes; an id the directory does not
// know is flagged before Create, and the user may create anyway. Each test has a data folder of its own.

#include "WindowFixture.h"

#include "ChoosePeopleDialog.h"
#include "DirectoryController.h"
#include "DirectoryMenu.h"
#include "DirectoryStatusLabel.h"
#include "PersonCompleter.h"
#include "PersonText.h"
#include "ProgressDialog.h"
#include "connections/ProfileStore.h"
#include "dingtalk/ErrorCatalogue.h"
#include "directory/DirectoryStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

class TestDirectoryWindow : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void updatedAgo_countsMinutesHoursAndDays_data();
    void updatedAgo_countsMinutesHoursAndDays();
    void syncFromTheMenu_fillsTheStatus_data();
    void syncFromTheMenu_fillsTheStatus();
    void cancelledSync_keepsTheOldCopy_data();
    void cancelledSync_keepsTheOldCopy();
    void refusedSync_namesThePermissionAndKeepsTheCopy_data();
    void refusedSync_namesThePermissionAndKeepsTheCopy();
    void forget_asksThenErasesTheFile_data();
    void forget_asksThenErasesTheFile();
    void copy_isLoadedAgainOnTheNextConnection();
    void damagedCopy_isSaid_andForgetThenSyncMakesItAnew();
    void ownerCompletion_offersNamesakesWithTheirDepartments_data();
    void ownerCompletion_offersNamesakesWithTheirDepartments();
    void unknownUserid_isFlaggedBeforeCreate_andMayBeCreatedAnyway_data();
    void unknownUserid_isFlaggedBeforeCreate_andMayBeCreatedAnyway();
    void directoryMenu_isDisabledWhileCreating();
    void choosePeople_addsThePeopleChosen_withTheRoomLeftCounted();
    void chooseOwner_putsTheOnePersonChosenInTheOwnerField();

private:
    void setLanguage(const QString& language);
    bool chinese() const { return m_translator->language() == QLatin1String("zh_CN"); }
    DirectoryController* controller() const { return m_window->directoryController(); }
    QAction* action(const char* name) const { return m_driver->get<QMenu>("directoryMenu")->findChild<QAction*>(name); }
    QString status() const { return m_driver->text("directoryStatusLabel"); }
    ProgressDialog* progressDialog() const
    {
        return m_window->findChild<ProgressDialog*>(QStringLiteral("directorySyncProgressDialog"));
    }
    PersonCompleter* completer() const
    {
        return m_window->findChild<PersonCompleter*>(QStringLiteral("personCompleter"));
    }
    /** The suggestions shown, top to bottom. */
    QStringList suggestions() const;

    AppTranslator* m_translator = nullptr;
};

void TestDirectoryWindow::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestDirectoryWindow::init()
{
    // A connection chosen in an earlier test would be connected again by the next window, away from the emulator.
    QFile::remove(ProfileStore::defaultFilePath());
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
    QVERIFY(controller()->dataFolder().startsWith(m_dir->path())); // a folder of the test's own
    QTRY_VERIFY(!controller()->isBusy());
}

void TestDirectoryWindow::cleanup()
{
    closeWindow();
}

void TestDirectoryWindow::setLanguage(const QString& language)
{
    switchLanguage(language);
    QCOMPARE(m_translator->language(), language);
}

QStringList TestDirectoryWindow::suggestions() const
{
    QStringList shown;
    QAbstractItemModel* model = completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, 0).data().toString());
    return shown;
}

void TestDirectoryWindow::updatedAgo_countsMinutesHoursAndDays_data()
{
    addLanguages();
}

void TestDirectoryWindow::updatedAgo_countsMinutesHoursAndDays()
{
    QFETCH(QString, language);
    setLanguage(language);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString justNow = DirectoryStatusLabel::updatedAgo(now.addSecs(-20), now);
    const QString oneMinute = DirectoryStatusLabel::updatedAgo(now.addSecs(-61), now);
    const QString threeHours = DirectoryStatusLabel::updatedAgo(now.addSecs(-3 * 3600 - 120), now);
    const QString twoDays = DirectoryStatusLabel::updatedAgo(now.addDays(-2), now);
    if (chinese()) {
        QCOMPARE(justNow, QString::fromUtf8("刚刚更新"));
        QCOMPARE(oneMinute, QString::fromUtf8("1 分钟前更新"));
        QCOMPARE(threeHours, QString::fromUtf8("3 小时前更新"));
        QCOMPARE(twoDays, QString::fromUtf8("2 天前更新"));
    } else {
        QCOMPARE(justNow, QStringLiteral("updated just now"));
        QCOMPARE(oneMinute, QStringLiteral("updated 1 minute ago"));
        QCOMPARE(threeHours, QStringLiteral("updated 3 hours ago"));
        QCOMPARE(twoDays, QStringLiteral("updated 2 days ago"));
    }
    // Long ago: the date, not a count of days.
    QVERIFY(!DirectoryStatusLabel::updatedAgo(now.addDays(-90), now).contains(QStringLiteral("90")));
}

void TestDirectoryWindow::syncFromTheMenu_fillsTheStatus_data()
{
    addLanguages();
}

void TestDirectoryWindow::syncFromTheMenu_fillsTheStatus()
{
    QFETCH(QString, language);
    setLanguage(language);
    QCOMPARE(status(), DirectoryStatusLabel::tr("No directory — Sync to find people by name"));
    QCOMPARE(action("syncDirectoryAction")->text(), DirectoryMenu::tr("&Sync Directory"));
    QVERIFY(!action("forgetDirectoryAction")->isEnabled());
    if (chinese()) {
        QCOMPARE(status(), QString::fromUtf8("没有通讯录 — 同步后即可按姓名查找人员"));
        QVERIFY(action("syncDirectoryAction")->text().contains(QString::fromUtf8("同步通讯录")));
    }

    // Slow enough to see the progress while it runs, and the window keeps serving events meanwhile.
    m_emulator.setLatency(30);
    action("syncDirectoryAction")->trigger();
    QVERIFY(controller()->isSyncing());
    QVERIFY(!action("syncDirectoryAction")->isEnabled());
    QVERIFY(progressDialog() && progressDialog()->isVisible());
    QVERIFY(progressDialog()->windowModality() == Qt::WindowModal);
    QCOMPARE(status(), DirectoryStatusLabel::tr("Syncing the directory…"));
    // The dialog counts departments and people as they come.
    QSignalSpy progress(controller(), &DirectoryController::syncProgress);
    QTRY_VERIFY(!progress.isEmpty());
    if (progressDialog()) {
        const int people = progress.constLast().at(2).toInt();
        const QString message = progressDialog()->findChild<QLabel*>(QStringLiteral("progressMessageLabel"))->text();
        QVERIFY2(message.contains(DirectoryMenu::tr("%n people", nullptr, people)), qPrintable(message));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isSyncing(), 60000);
    QTRY_VERIFY(!progressDialog());

    QVERIFY(controller()->hasDirectory());
    const Directory& directory = controller()->directory();
    int active = 0;
    for (const EmulatedEmployee& employee : m_emulator.employees())
        active += employee.active ? 1 : 0;
    QCOMPARE(int(directory.people().size()), active);
    const QString expected = DirectoryStatusLabel::tr("Directory: %1 · %2")
                                 .arg(DirectoryStatusLabel::tr("%n people", nullptr, active),
                                      DirectoryStatusLabel::tr("updated just now"));
    QCOMPARE(status(), expected);
    if (chinese())
        QCOMPARE(status(), QString::fromUtf8("通讯录：%1 人 · 刚刚更新").arg(active));
    else
        QCOMPARE(status(), QStringLiteral("Directory: %1 people · updated just now").arg(active));
    QCOMPARE(action("syncDirectoryAction")->text(), DirectoryMenu::tr("&Refresh Directory"));
    QVERIFY(action("forgetDirectoryAction")->isEnabled());
    // The copy is on disk, owner-only, where the command line finds it too.
    QVERIFY(QFile::exists(controller()->filePath()));
    QCOMPARE(QFile::permissions(controller()->filePath()) & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(DirectoryStore(controller()->filePath()).load().people().size(), directory.people().size());

    // Switched back, the status speaks the other language at once.
    setLanguage(chinese() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    QCOMPARE(
        status(),
        DirectoryStatusLabel::tr("Directory: %1 · %2")
            .arg(DirectoryStatusLabel::tr("%n people", nullptr, active), DirectoryStatusLabel::tr("updated just now")));
    QVERIFY(status() != expected);
}

void TestDirectoryWindow::cancelledSync_keepsTheOldCopy_data()
{
    addLanguages();
}

void TestDirectoryWindow::cancelledSync_keepsTheOldCopy()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory());
    const QDateTime syncedAt = controller()->directory().syncedAt();
    const int people = int(controller()->directory().people().size());
    // Someone leaves: a sync that completed would drop them.
    const QString leaver = employeeIds(1).constFirst();
    m_emulator.setEmployeeActive(leaver, false);

    m_emulator.setLatency(100);
    action("syncDirectoryAction")->trigger();
    QTRY_VERIFY(progressDialog() && progressDialog()->isVisible());
    QTest::mouseClick(progressDialog()->findChild<QAbstractButton*>(QStringLiteral("progressCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!controller()->isSyncing());
    QTRY_VERIFY(!progressDialog()); // closed, then deleted
    QCOMPARE(m_window->statusBar()->currentMessage(),
             DirectoryMenu::tr("The sync was cancelled: the directory is as it was."));

    // In the window and on disk: the copy from before, the leaver still in it.
    QCOMPARE(controller()->directory().syncedAt(), syncedAt);
    QCOMPARE(int(controller()->directory().people().size()), people);
    QVERIFY(controller()->directory().person(leaver));
    const Directory onDisk = DirectoryStore(controller()->filePath()).load();
    QCOMPARE(onDisk.syncedAt(), syncedAt);
    QVERIFY(onDisk.person(leaver));

    // A sync that runs to its end does drop them.
    m_emulator.setLatency(0);
    QVERIFY(syncDirectory());
    QVERIFY(!controller()->directory().person(leaver));
    QCOMPARE(int(controller()->directory().people().size()), people - 1);
}

void TestDirectoryWindow::refusedSync_namesThePermissionAndKeepsTheCopy_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("permission");
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        for (const QString& permission :
             { QStringLiteral("qyapi_get_department_list"), QStringLiteral("qyapi_get_department_member") }) {
            QTest::newRow(qPrintable(language + QLatin1Char(' ') + permission)) << language << permission;
        }
    }
}

void TestDirectoryWindow::refusedSync_namesThePermissionAndKeepsTheCopy()
{
    QFETCH(QString, language);
    QFETCH(QString, permission);
    setLanguage(language);
    QVERIFY(syncDirectory());
    const QDateTime syncedAt = controller()->directory().syncedAt();

    m_emulator.setPermissionGranted(permission, false);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int asked = MessageBox::answeredInAdvance();
    action("syncDirectoryAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isSyncing(), 60000);
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);

    // ErrorCatalogue's words, naming the permission and what still works, then DingTalk's own (60011).
    const QString said = MessageBox::lastText();
    QVERIFY2(said.contains(permission), qPrintable(said));
    QVERIFY2(said.contains(ErrorCatalogue::missingDirectoryPermission(permission).explanation), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("60011")), qPrintable(said));
    QVERIFY2(said.contains(DirectoryMenu::tr("The directory on this computer is as it was.")), qPrintable(said));
    if (chinese()) {
        QVERIFY2(said.contains(QString::fromUtf8("userid 和手机号仍可使用")), qPrintable(said));
    } else {
        QVERIFY2(said.contains(QStringLiteral("userids and mobile numbers still work")), qPrintable(said));
    }
    // The copy from before stays, in the window and on disk.
    QCOMPARE(controller()->directory().syncedAt(), syncedAt);
    QCOMPARE(DirectoryStore(controller()->filePath()).load().syncedAt(), syncedAt);
    QTRY_VERIFY(!progressDialog());
}

void TestDirectoryWindow::forget_asksThenErasesTheFile_data()
{
    addLanguages();
}

void TestDirectoryWindow::forget_asksThenErasesTheFile()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory());
    const QString path = controller()->filePath();
    QVERIFY(QFile::exists(path));

    // "Keep It": nothing happens.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action("forgetDirectoryAction")->trigger();
    QVERIFY(controller()->hasDirectory());
    QVERIFY(QFile::exists(path));
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(MessageBox::lastText().contains(
        DirectoryMenu::tr("%n people", nullptr, int(controller()->directory().people().size()))));
    if (chinese())
        QVERIFY2(MessageBox::lastText().contains(QString::fromUtf8("将被删除")), qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    const int asked = MessageBox::answeredInAdvance();
    action("forgetDirectoryAction")->trigger();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(!controller()->hasDirectory());
    QTRY_VERIFY(!controller()->isBusy());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(status(), DirectoryStatusLabel::tr("No directory — Sync to find people by name"));
    QCOMPARE(action("syncDirectoryAction")->text(), DirectoryMenu::tr("&Sync Directory"));
    QVERIFY(!action("forgetDirectoryAction")->isEnabled());
}

void TestDirectoryWindow::copy_isLoadedAgainOnTheNextConnection()
{
    QVERIFY(syncDirectory());
    const QDateTime syncedAt = controller()->directory().syncedAt();
    m_window->setConnection(EmulatorFixture::connection(m_emulator));
    // Another connection (the same server as a DingTalk connection): another copy, none yet.
    QVERIFY(!controller()->hasDirectory());
    QTRY_VERIFY(!controller()->isBusy());
    QVERIFY(!controller()->hasDirectory());
    QCOMPARE(status(), DirectoryStatusLabel::tr("No directory — Sync to find people by name"));
    // Back on the sandbox, its copy comes back from disk (off the GUI thread) and the status says its age.
    m_window->useEmulator(&m_emulator);
    QTRY_VERIFY(controller()->hasDirectory());
    QCOMPARE(controller()->directory().syncedAt(), syncedAt);
    QVERIFY(status().contains(DirectoryStatusLabel::updatedAgo(syncedAt, QDateTime::currentDateTimeUtc())));
}

void TestDirectoryWindow::damagedCopy_isSaid_andForgetThenSyncMakesItAnew()
{
    const QString path = controller()->filePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    m_window->useEmulator(&m_emulator); // the copy is read again at a change of connection
    QTRY_VERIFY(!controller()->isLoading());
    QVERIFY(!controller()->hasDirectory());
    QVERIFY(!controller()->loadProblem().isEmpty());
    QCOMPARE(status(), DirectoryStatusLabel::tr("The directory could not be read — Forget it, then sync again"));
    QCOMPARE(m_driver->get<QLabel>("directoryStatusLabel")->toolTip(), controller()->loadProblem());

    QVERIFY(action("forgetDirectoryAction")->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    action("forgetDirectoryAction")->trigger();
    QTRY_VERIFY(!QFile::exists(path));
    QCOMPARE(status(), DirectoryStatusLabel::tr("No directory — Sync to find people by name"));
    QVERIFY(syncDirectory());
    QCOMPARE(DirectoryStore(path).load().people().size(), controller()->directory().people().size());
}

void TestDirectoryWindow::ownerCompletion_offersNamesakesWithTheirDepartments_data()
{
    addLanguages();
}

void TestDirectoryWindow::ownerCompletion_offersNamesakesWithTheirDepartments()
{
    QFETCH(QString, language);
    setLanguage(language);
    // Without a directory, nothing is offered.
    m_driver->setOwner(QString::fromUtf8("王建"));
    QVERIFY(!completer()->popup()->isVisible());
    m_driver->setOwner(QString());

    QVERIFY(syncDirectory());
    const Directory& directory = controller()->directory();
    const DirectoryPerson* manager = directory.person(m_owner);
    QVERIFY(manager);
    QCOMPARE(manager->name, QString::fromUtf8("王建国"));
    m_driver->ownerCombo()->lineEdit()->setFocus();
    m_driver->setOwner(QString::fromUtf8("王建"));
    QTRY_VERIFY(completer()->popup()->isVisible());
    const QString managerText
        = manager->name + PersonText::tr(" · ") + manager->departmentPaths.value(0) + PersonText::tr(" · ") + m_owner;
    QVERIFY2(suggestions().contains(managerText), qPrintable(suggestions().join(QLatin1Char('\n'))));
    QVERIFY(!manager->departmentPaths.value(0).isEmpty());
    // The whole name of one person: still only offered, and the field says it holds a name, not a userid.
    m_driver->setOwner(manager->name);
    QTRY_VERIFY(completer()->popup()->isVisible());
    QCOMPARE(suggestions().value(0), managerText);
    QCOMPARE(m_driver->ownerCombo()->currentText(), manager->name);
    QCOMPARE(m_driver->text("ownerNameLabel"),
             PersonCompleter::tr("A name, not a userid: choose the person from the list."));

    // Two people called 张伟: both offered, told apart by department and title; typing the name chooses neither.
    const QStringList namesakes = DemoOrganisation::namesakes();
    m_driver->setOwner(DemoOrganisation::namesakeName());
    QTRY_VERIFY(completer()->popup()->isVisible());
    QStringList expected;
    for (const QString& userid : namesakes) {
        const DirectoryPerson* person = directory.person(userid);
        QVERIFY(person);
        QVERIFY(!person->title.isEmpty());
        expected.append(PersonText::suggestion(*person, true));
        QVERIFY(expected.constLast().contains(person->departmentPaths.value(0)));
        QVERIFY(expected.constLast().contains(person->title));
    }
    QVERIFY(expected.at(0) != expected.at(1));
    const QStringList shown = suggestions();
    for (const QString& suggestion : std::as_const(expected))
        QVERIFY2(shown.contains(suggestion), qPrintable(shown.join(QLatin1Char('\n'))));
    QCOMPARE(m_driver->ownerCombo()->currentText(), DemoOrganisation::namesakeName());
    const int named = int(directory.peopleNamed(DemoOrganisation::namesakeName()).size());
    QVERIFY(named >= 2);
    QCOMPARE(m_driver->text("ownerNameLabel"),
             PersonCompleter::tr("%n people have this name: choose one from the list.", nullptr, named));

    // Choosing the second namesake puts that person's userid in the field, and their name beside it.
    QAbstractItemView* popup = completer()->popup();
    popup->setCurrentIndex(completer()->completionModel()->index(int(shown.indexOf(expected.at(1))), 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_driver->ownerCombo()->currentText(), namesakes.at(1));
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_driver->text("ownerNameLabel"), PersonText::nameAndDepartment(*directory.person(namesakes.at(1))));
    QVERIFY(m_window->currentSpec().owner == namesakes.at(1));
    if (chinese())
        QVERIFY(PersonCompleter::tr("%n people have this name: choose one from the list.", nullptr, 2)
                    .contains(QString::fromUtf8("同名")));
}

void TestDirectoryWindow::unknownUserid_isFlaggedBeforeCreate_andMayBeCreatedAnyway_data()
{
    addLanguages();
}

void TestDirectoryWindow::unknownUserid_isFlaggedBeforeCreate_andMayBeCreatedAnyway()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory());
    // A newcomer who joined after the sync: the directory does not know them yet, DingTalk does.
    EmulatedOrganisation organisation;
    organisation.departments = m_emulator.departments();
    organisation.employees = m_emulator.employees();
    EmulatedEmployee newcomer;
    newcomer.userid = QStringLiteral("newcomer2026");
    newcomer.name = QString::fromUtf8("新同事");
    newcomer.mobile = EmulatorFixture::unknownMobile(m_emulator);
    newcomer.departmentIds = { organisation.departments.at(1).id };
    organisation.employees.append(newcomer);
    m_emulator.useOrganisation(organisation);

    const QStringList members = employeeIds(2);
    m_driver->fillIn(QStringLiteral("Newcomers"), m_owner, members + QStringList{ newcomer.userid });
    // Flagged before anything is sent, as a warning: Create stays enabled.
    QVERIFY2(m_driver->text("membersNoticeLabel").contains(newcomer.userid),
             qPrintable(m_driver->text("membersNoticeLabel")));
    QVERIFY(m_driver->createButton()->isEnabled());
    QCOMPARE(m_driver->members()->index(3, MemberListModel::NameColumn).data().toString(),
             MemberListModel::tr("Not in the directory"));
    // Members the directory knows show their name and department.
    const DirectoryPerson* known = controller()->directory().person(members.at(0));
    QCOMPARE(m_driver->members()->index(1, MemberListModel::NameColumn).data().toString(),
             PersonText::nameAndDepartment(*known));

    // Create asks first; "Check the Ids" sends nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    int asked = MessageBox::answeredInAdvance();
    m_driver->clickCreate();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(newcomer.userid));
    QVERIFY(MessageBox::lastText().contains(
        DirectoryStatusLabel::updatedAgo(controller()->directory().syncedAt(), QDateTime::currentDateTimeUtc())));
    if (chinese())
        QVERIFY2(MessageBox::lastText().contains(QString::fromUtf8("仍然创建群")), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->isCreating());
    QCOMPARE(m_emulator.groups().size(), 0);

    // "Create Anyway": the group is made, the newcomer in it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    asked = MessageBox::answeredInAdvance();
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).value<CreateResult>().outcome, CreateResult::Outcome::Created);
    QCOMPARE(m_emulator.groups().size(), 1);
    QVERIFY(m_emulator.groups().constFirst().members.contains(newcomer.userid));
}

void TestDirectoryWindow::directoryMenu_isDisabledWhileCreating()
{
    QVERIFY(syncDirectory());
    QVERIFY(action("syncDirectoryAction")->isEnabled());
    m_emulator.setLatency(300);
    m_driver->fillIn(QStringLiteral("Busy"), m_owner, employeeIds(2));
    m_driver->clickCreate();
    QVERIFY(m_window->isCreating());
    QVERIFY(!action("syncDirectoryAction")->isEnabled());
    QVERIFY(!action("forgetDirectoryAction")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isCreating(), 30000);
    QVERIFY(action("syncDirectoryAction")->isEnabled());
    QVERIFY(action("forgetDirectoryAction")->isEnabled());

    // A window with no connection has nothing to sync from.
    MainWindow unconnected;
    QVERIFY(!unconnected.isConnected());
    QVERIFY(!unconnected.findChild<QAction*>(QStringLiteral("syncDirectoryAction"))->isEnabled());
    QVERIFY(!unconnected.findChild<QAction*>(QStringLiteral("forgetDirectoryAction"))->isEnabled());
    QVERIFY(unconnected.findChild<QLabel*>(QStringLiteral("directoryStatusLabel"))->text().isEmpty());
}

namespace {
/** The Choose People dialog the window opened, once it is on screen. */
ChoosePeopleDialog* openedChooser(QWidget* window)
{
    ChoosePeopleDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window->findChild<ChoosePeopleDialog*>()) && dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

/** Types `text` into the dialog's search box and selects the first person found. */
void searchAndSelectFirst(ChoosePeopleDialog* dialog, const QString& text)
{
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("peopleSearchLineEdit"));
    search->setText(text);
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("peopleTableView"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}
} // namespace

void TestDirectoryWindow::choosePeople_addsThePeopleChosen_withTheRoomLeftCounted()
{
    auto* choose = m_window->findChild<QPushButton*>(QStringLiteral("choosePeopleButton"));
    QVERIFY(choose);
    QVERIFY(!choose->isEnabled()); // nothing to choose from before a sync
    QVERIFY(syncDirectory());
    QTRY_VERIFY(choose->isEnabled());

    const Directory& directory = controller()->directory();
    const DirectoryPerson* withJobNumber = nullptr;
    for (const DirectoryPerson& person : directory.people()) {
        if (!person.jobNumber.isEmpty() && directory.peopleWithJobNumber(person.jobNumber).size() == 1
            && person.userid != m_owner) {
            withJobNumber = &person;
            break;
        }
    }
    QVERIFY(withJobNumber);
    m_driver->fillIn(QStringLiteral("Chosen"), m_owner, { QStringLiteral("userid1") });

    QTest::mouseClick(choose, Qt::LeftButton);
    ChoosePeopleDialog* dialog = openedChooser(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->purpose(), ChoosePeopleDialog::Purpose::Members);
    // The owner and userid1 are in the group already: 998 places are left.
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("choiceCountLabel"))->text().contains(QStringLiteral("998")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("choiceCountLabel"))->text()));
    searchAndSelectFirst(dialog, withJobNumber->jobNumber);
    QCOMPARE(dialog->chosenCount(), 1);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addChosenButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ChoosePeopleDialog*>());

    // fillIn() pastes the owner with the members.
    QCOMPARE(m_driver->members()->userIds(),
             (QStringList{ m_owner, QStringLiteral("userid1"), withJobNumber->userid }));
    QCOMPARE(m_driver->members()->members().constLast().source, MemberSource::Chosen);
    // Named in the list as the directory knows them.
    const QModelIndex row = m_driver->members()->index(2, 0);
    bool named = false;
    for (int column = 0; column < m_driver->members()->columnCount(); ++column)
        named = named || row.siblingAtColumn(column).data().toString().contains(withJobNumber->name);
    QVERIFY(named);

    // A second look offers the same person as already added, and Cancel adds nothing.
    QTest::mouseClick(choose, Qt::LeftButton);
    dialog = openedChooser(m_window.get());
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ChoosePeopleDialog*>());
    QCOMPARE(m_driver->members()->rowCount(), 3);
}

void TestDirectoryWindow::chooseOwner_putsTheOnePersonChosenInTheOwnerField()
{
    auto* choose = m_window->findChild<QToolButton*>(QStringLiteral("chooseOwnerButton"));
    QVERIFY(choose);
    QVERIFY(!choose->isEnabled());
    QVERIFY(syncDirectory());
    QTRY_VERIFY(choose->isEnabled());
    const Directory& directory = controller()->directory();
    const QList<const DirectoryPerson*> found = directory.search(QStringLiteral("userid2"), 1);
    QVERIFY(!found.isEmpty());

    QTest::mouseClick(choose, Qt::LeftButton);
    ChoosePeopleDialog* dialog = openedChooser(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->purpose(), ChoosePeopleDialog::Purpose::Owner);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("addDepartmentButton"))->isVisible());
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("addChosenButton"));
    QVERIFY(!ok->isEnabled());
    // A second person chosen replaces the first: an owner is one person.
    searchAndSelectFirst(dialog, directory.people().constFirst().userid);
    searchAndSelectFirst(dialog, found.constFirst()->userid);
    QCOMPARE(dialog->chosenCount(), 1);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ChoosePeopleDialog*>());
    QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("ownerComboBox"))->currentText(),
             found.constFirst()->userid);
}

QTEST_MAIN(TestDirectoryWindow)
#include "tst_DirectoryWindow.moc"
