// The main window creating groups against the DingTalk emulator: ids, big groups, errors, faults, cancel and
// double submits.

#include "WindowFixture.h"

#include "dingtalk/ErrorCatalogue.h"

#include <QCheckBox>
#include <QProgressBar>
#include <QTableWidget>

class TestMainWindowCreate : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void create_smallGroup_showsTheIdsOfTheEmulatorsGroup();
    void create_settings_reachDingTalk();
    void create_throughTheCurrentApiGeneration();
    void create_95Members_reportsProgressPerChunkAndAddsEveryone();
    void create_permissionError_showsExplanationBesideDingTalksCode();
    void create_ownerNotInMembers49006_offersOneClickFix();
    void create_connectionResetAfterSending_saysGroupMayExistAndSendsOnce();
    void create_serverHangs_timesOutToMayExistAndSendsOnce();
    void cancel_afterCreateWasSent_saysMayExistAndNeverResends();
    void create_doubleClickAndShortcut_sendOneCreate();
    void create_locksTheFormWhileRunning();
    void create_someoneLeftTheCompany_listsTheMissingMemberWithTheReason();
    void close_whileCreating_asksAndKeepsWorkingWhenTold();

private:
    QString resultTitle() const { return m_driver->text("resultTitleLabel"); }
    static QString mayExistTitle();
};

void TestMainWindowCreate::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestMainWindowCreate::init()
{
    QVERIFY(openWindow());
}

void TestMainWindowCreate::cleanup()
{
    closeWindow();
}

QString TestMainWindowCreate::mayExistTitle()
{
    ApiError unknown = ApiError::transport(TransportFailure::Timeout, QString(), true);
    return ErrorCatalogue::explain(unknown, ErrorCatalogue::Operation::Create).title;
}

void TestMainWindowCreate::create_smallGroup_showsTheIdsOfTheEmulatorsGroup()
{
    const QStringList members = employeeIds(5);
    m_driver->fillIn(QStringLiteral("Sales kick-off"), m_owner, members);
    QTRY_VERIFY(m_driver->createButton()->isEnabled());
    m_driver->clickCreate();

    QTRY_COMPARE(m_emulator.groups().size(), 1);
    const EmulatedGroup group = m_emulator.groups().first();
    auto* openConversationId = m_driver->get<QLineEdit>("openConversationIdLineEdit");
    auto* chatId = m_driver->get<QLineEdit>("chatIdLineEdit");
    QTRY_COMPARE(openConversationId->text(), group.openConversationId);
    QCOMPARE(chatId->text(), group.chatid);
    QVERIFY(openConversationId->isReadOnly());
    QVERIFY(chatId->isReadOnly());
    QVERIFY(openConversationId->isVisible());
    QCOMPARE(m_driver->text("conversationTagLabel").left(1), QString::number(group.conversationTag));
    QCOMPARE(group.name, QStringLiteral("Sales kick-off"));
    QCOMPARE(group.owner, m_owner);
    QCOMPARE(group.members.size(), 6);
    QVERIFY(!m_driver->visible("errorLabel"));

    QTest::mouseClick(m_driver->get<QAbstractButton>("copyOpenConversationIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), group.openConversationId);
    QTest::mouseClick(m_driver->get<QAbstractButton>("copyChatIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), group.chatid);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
}

void TestMainWindowCreate::create_settings_reachDingTalk()
{
    const QList<const char*> names{ "showHistoryCheckBox",         "searchableCheckBox",
                                    "joinApprovalCheckBox",        "mentionAllOwnerOnlyCheckBox",
                                    "managementOwnerOnlyCheckBox", "allMutedCheckBox" };
    for (const char* name : names)
        QVERIFY2(!m_driver->get<QCheckBox>(name)->isChecked(), name); // all off by default, as in the API
    for (const char* name : names)
        QVERIFY2(!m_driver->get<QCheckBox>(name)->toolTip().isEmpty(), name);
    m_driver->get<QCheckBox>("showHistoryCheckBox")->setChecked(true);
    m_driver->get<QCheckBox>("mentionAllOwnerOnlyCheckBox")->setChecked(true);
    m_driver->get<QCheckBox>("allMutedCheckBox")->setChecked(true);
    m_driver->fillIn(QStringLiteral("Announcements"), m_owner, employeeIds(2));
    m_driver->clickCreate();

    QTRY_COMPARE(m_emulator.groups().size(), 1);
    const EmulatedGroup group = m_emulator.groups().first();
    QCOMPARE(group.showHistoryType, 1);
    QCOMPARE(group.searchable, 0);
    QCOMPARE(group.validationType, 0);
    QCOMPARE(group.mentionAllAuthority, 1);
    QCOMPARE(group.managementType, 0);
    QCOMPARE(group.chatBannedType, 1);
}

void TestMainWindowCreate::create_throughTheCurrentApiGeneration()
{
    ConnectionSettings v1;
    v1.generation = ApiGeneration::V1;
    v1.setServer(m_emulator.baseUrl());
    v1.appKey = DingTalkEmulator::demoAppKey();
    v1.appSecret = DingTalkEmulator::demoAppSecret();
    m_window->setConnection(v1);
    m_driver->get<QCheckBox>("searchableCheckBox")->setChecked(true);
    m_driver->fillIn(QStringLiteral("New API"), m_owner, employeeIds(3));
    m_driver->clickCreate();

    QTRY_COMPARE(m_emulator.groups().size(), 1);
    const EmulatedGroup group = m_emulator.groups().first();
    QTRY_COMPARE(m_driver->get<QLineEdit>("openConversationIdLineEdit")->text(), group.openConversationId);
    QCOMPARE(group.searchable, 1);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 0);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/im/group/create")), 1);
}

void TestMainWindowCreate::create_95Members_reportsProgressPerChunkAndAddsEveryone()
{
    const QStringList members = employeeIds(94);
    m_driver->fillIn(QStringLiteral("All hands"), m_owner, members);
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("95/1000"));
    auto* bar = m_driver->get<QProgressBar>("createProgressBar");
    QList<int> values;
    connect(bar, &QProgressBar::valueChanged, this, [&values](int value) { values.append(value); });
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QVERIFY(bar->isVisible());

    QTRY_COMPARE(finished.size(), 1);
    const CreateResult result = finished.first().first().value<CreateResult>();
    QCOMPARE(result.outcome, CreateResult::Outcome::Created);
    QCOMPARE(result.memberCount, 95);
    // One step per chunk of 40: the create, then two adds.
    QStringList seen;
    for (const int value : std::as_const(values))
        seen.append(QString::number(value));
    QVERIFY2(values.contains(40) && values.contains(80), qPrintable(seen.join(QLatin1Char(' '))));
    QCOMPARE(values.last(), 95);
    QVERIFY(!bar->isVisible());

    QTRY_COMPARE(m_emulator.groups().size(), 1);
    const EmulatedGroup group = m_emulator.groups().first();
    QCOMPARE(group.members.size(), 95);
    for (const QString& id : members)
        QVERIFY2(group.members.contains(id), qPrintable(id));
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 2);
    QCOMPARE(m_driver->get<QLineEdit>("chatIdLineEdit")->text(), group.chatid);
}

void TestMainWindowCreate::create_permissionError_showsExplanationBesideDingTalksCode()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"),
                           EmulatorFault::apiError(60011, QStringLiteral("no permission")));
    m_driver->fillIn(QStringLiteral("Project X"), m_owner, employeeIds(3));
    m_driver->clickCreate();

    const ErrorExplanation expected
        = ErrorCatalogue::explain(ApiError::api(QStringLiteral("60011"), QStringLiteral("no permission")));
    QTRY_COMPARE(resultTitle(), expected.title);
    const QString error = m_driver->text("errorLabel");
    QVERIFY2(error.contains(expected.explanation), qPrintable(error));
    QVERIFY2(error.contains(expected.nextStep), qPrintable(error));
    const QString code = m_driver->text("errorCodeLabel");
    QVERIFY2(code.contains(QStringLiteral("60011")) && code.contains(QStringLiteral("no permission")),
             qPrintable(code));
    QVERIFY(m_driver->visible("errorLabel"));
    QVERIFY(!m_driver->visible("openConversationIdLineEdit"));
    QVERIFY(!m_driver->visible("addOwnerToMembersButton"));
    QVERIFY(m_emulator.groups().isEmpty());
    // The form is usable again, so the user can fix things and retry deliberately.
    QVERIFY(m_driver->createButton()->isEnabled());
    QVERIFY(m_driver->nameEdit()->isEnabled());
}

void TestMainWindowCreate::create_ownerNotInMembers49006_offersOneClickFix()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(49006));
    m_driver->setName(QStringLiteral("Owner check"));
    m_driver->setOwner(m_owner);
    m_driver->paste(employeeIds(3).join(QLatin1Char(',')));
    QVERIFY(!m_driver->members()->userIds().contains(m_owner));
    m_driver->clickCreate();

    auto* fix = m_driver->get<QAbstractButton>("addOwnerToMembersButton");
    QTRY_VERIFY(fix->isVisible());
    const ErrorExplanation expected = ErrorCatalogue::explain(ApiError::api(QStringLiteral("49006"), QString()));
    QCOMPARE(resultTitle(), expected.title);
    QVERIFY(m_driver->text("errorCodeLabel").contains(QStringLiteral("49006")));
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(m_driver->members()->userIds().contains(m_owner));
    QVERIFY(!fix->isVisible());
    // The owner is now listed, so the "owner added" notice is gone.
    QVERIFY(!m_driver->visible("membersNoticeLabel"));

    m_driver->clickCreate();
    QTRY_COMPARE(m_emulator.groups().size(), 1);
    QVERIFY(m_emulator.groups().first().members.contains(m_owner));
}

void TestMainWindowCreate::create_connectionResetAfterSending_saysGroupMayExistAndSendsOnce()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Reset"), m_owner, employeeIds(3));
    m_driver->clickCreate();

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CreateResult>().outcome, CreateResult::Outcome::Unknown);
    QCOMPARE(resultTitle(), mayExistTitle());
    QVERIFY(
        m_driver->text("errorLabel")
            .contains(ErrorCatalogue::explain(ApiError::transport(TransportFailure::ConnectionReset, QString(), true))
                          .nextStep));
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    QCOMPARE(m_emulator.groups().size(), 1); // it was created: exactly why the user must check first
}

void TestMainWindowCreate::create_serverHangs_timesOutToMayExistAndSendsOnce()
{
    m_window->useEmulator(&m_emulator, 1);
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::Hang));
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Hang"), m_owner, employeeIds(2));
    m_driver->clickCreate();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().first().value<CreateResult>().outcome, CreateResult::Outcome::Unknown);
    QCOMPARE(resultTitle(), mayExistTitle());
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
}

void TestMainWindowCreate::cancel_afterCreateWasSent_saysMayExistAndNeverResends()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::latency(1500));
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Cancelled"), m_owner, employeeIds(2));
    m_driver->clickCreate();

    QTRY_COMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    QVERIFY(m_driver->cancelButton()->isVisible());
    QTest::mouseClick(m_driver->cancelButton(), Qt::LeftButton);

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CreateResult>().outcome, CreateResult::Outcome::Unknown);
    QCOMPARE(resultTitle(), mayExistTitle());
    QVERIFY(!m_driver->cancelButton()->isVisible());
    // The emulator acts before its delayed reply: the group exists, and nothing was sent again.
    QTRY_COMPARE(m_emulator.groups().size(), 1);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    QCOMPARE(finished.size(), 1);
    // Only a deliberate second Create sends again: it asks first, as the group may exist.
    QVERIFY(m_driver->createButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 2);
}

void TestMainWindowCreate::create_doubleClickAndShortcut_sendOneCreate()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::latency(300));
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Twice"), m_owner, employeeIds(2));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    m_driver->clickCreate();
    m_driver->clickCreate();
    QTest::mouseDClick(m_driver->createButton(), Qt::LeftButton);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    // Past the button's state: a click already queued, and the slot itself.
    emit m_driver->createButton()->clicked();
    m_window->create();

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    QCOMPARE(m_emulator.groups().size(), 1);

    // And the shortcut alone creates, when nothing is running.
    m_driver->setName(QStringLiteral("By keyboard"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 2);
}

void TestMainWindowCreate::create_locksTheFormWhileRunning()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::latency(500));
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Locked"), m_owner, employeeIds(2));
    m_driver->clickCreate();

    QVERIFY(m_window->isCreating());
    QVERIFY(!m_driver->nameEdit()->isEnabled());
    QVERIFY(!m_driver->ownerCombo()->isEnabled());
    QVERIFY(!m_driver->membersView()->isEnabled());
    QVERIFY(!m_driver->get<QCheckBox>("allMutedCheckBox")->isEnabled());
    QVERIFY(!m_driver->createButton()->isEnabled());
    QVERIFY(m_driver->cancelButton()->isVisible());
    QVERIFY(m_driver->visible("progressLabel"));

    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(m_driver->nameEdit()->isEnabled());
    QVERIFY(m_driver->membersView()->isEnabled());
    QVERIFY(!m_driver->cancelButton()->isVisible());
}

void TestMainWindowCreate::create_someoneLeftTheCompany_listsTheMissingMemberWithTheReason()
{
    const QStringList members = employeeIds(44);
    const QString leaver = members.at(41); // in the first add call, after the create
    m_emulator.setEmployeeActive(leaver, false);
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Partial"), m_owner, members);
    m_driver->clickCreate();

    QTRY_COMPARE(finished.size(), 1);
    const CreateResult result = finished.first().first().value<CreateResult>();
    QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
    // The group exists: its ids are shown, with who is missing and why.
    QCOMPARE(m_driver->get<QLineEdit>("chatIdLineEdit")->text(), m_emulator.groups().first().chatid);
    auto* failed = m_driver->get<QTableWidget>("failedMembersTableWidget");
    QVERIFY(failed->isVisible());
    QCOMPARE(failed->rowCount(), 1);
    QCOMPARE(failed->item(0, 0)->text(), leaver);
    QVERIFY2(failed->item(0, 1)->text().contains(result.failedMembers.first().errcode),
             qPrintable(failed->item(0, 1)->text()));
    // And the member list marks that entry.
    const int row = int(m_driver->members()->userIds().indexOf(leaver));
    QCOMPARE(m_driver->members()->members().at(row).state, MemberState::Missing);
    QCOMPARE(m_emulator.groups().first().members.size(), 44);
}

void TestMainWindowCreate::close_whileCreating_asksAndKeepsWorkingWhenTold()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::latency(500));
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->fillIn(QStringLiteral("Closing"), m_owner, employeeIds(2));
    m_driver->clickCreate();
    QVERIFY(m_window->isCreating());

    const int asked = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->close());
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(m_window->isVisible());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CreateResult>().outcome, CreateResult::Outcome::Created);
    // Nothing running: closes without a question.
    QVERIFY(m_window->close());
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
}

QTEST_MAIN(TestMainWindowCreate)
#include "tst_MainWindowCreate.moc"
