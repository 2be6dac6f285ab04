// Members imported by phone number: shown as unresolved, counted towards the 1000 limit before any lookup, looked up
// through MobileResolver against the emulator before Create sends, and numbers without a user left out only when
// the user agrees.

#include "WindowFixture.h"

class TestPhoneLookup : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void phoneColumn_membersWaitUnresolved_createLooksThemUpAndSendsUserids();
    void unknownNumber_userDeclines_nothingIsSentAndTheReasonIsShown();
    void unknownAndLeftNumbers_userAgrees_groupIsCreatedWithoutThem();
    void lookUpAction_resolvesWithoutCreating();
    void tooManyWithPhoneNumbers_refusedBeforeAnyLookup();

private:
    QList<EmulatedEmployee> activeEmployees(int count, int skip = 0) const;
    /** Imports 姓名,手机号 rows (no userid column, so every member is looked up). */
    void importPhones(const QList<QPair<QString, QString>>& nameAndMobile);
    int lookups() const { return m_emulator.requestCount(QStringLiteral("/topapi/v2/user/getbymobile")); }
    int creates() const { return m_emulator.requestCount(QStringLiteral("/chat/create")); }
};

void TestPhoneLookup::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestPhoneLookup::init()
{
    // Also forgets the numbers looked up before: every test counts its own lookups.
    QVERIFY(openWindow());
}

void TestPhoneLookup::cleanup()
{
    closeWindow();
}

QList<EmulatedEmployee> TestPhoneLookup::activeEmployees(int count, int skip) const
{
    QList<EmulatedEmployee> result;
    for (const EmulatedEmployee& employee : m_emulator.employees()) {
        if (result.size() == count)
            break;
        if (!employee.active || employee.userid == m_owner || employee.mobile.isEmpty())
            continue;
        if (skip-- > 0)
            continue;
        result.append(employee);
    }
    return result;
}

void TestPhoneLookup::importPhones(const QList<QPair<QString, QString>>& nameAndMobile)
{
    QList<QStringList> rows{ { QStringLiteral("姓名"), QStringLiteral("手机号") } };
    for (const auto& [name, mobile] : nameAndMobile)
        rows.append({ name, mobile });
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("phones.csv"), ImportDriver::csv(rows)));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(ImportDriver::combo(dialog, "phoneColumnComboBox")->currentData().toInt(), 1);
    ImportDriver::clickImport(dialog);
    QTRY_VERIFY(!m_window->findChild<ImportDialog*>());
}

void TestPhoneLookup::phoneColumn_membersWaitUnresolved_createLooksThemUpAndSendsUserids()
{
    const QList<EmulatedEmployee> people = activeEmployees(3);
    // Written as HR files hold them: with +86 and dashes.
    importPhones({ { people.at(0).name, QStringLiteral("+86 ") + people.at(0).mobile },
                   { people.at(1).name, people.at(1).mobile.left(3) + QLatin1Char('-') + people.at(1).mobile.mid(3) },
                   { people.at(2).name, people.at(2).mobile } });
    MemberListModel* members = m_driver->members();
    QCOMPARE(int(members->members().size()), 3);
    for (const Member& member : members->members())
        QCOMPARE(member.state, MemberState::Unresolved);
    QCOMPARE(members->index(0, MemberListModel::StateColumn).data().toString(),
             QStringLiteral("Phone number not looked up yet"));
    QCOMPARE(lookups(), 0);

    m_driver->setName(QStringLiteral("By phone"));
    m_driver->setOwner(m_owner);
    QTRY_VERIFY2(m_driver->createButton()->isEnabled(),
                 qPrintable(m_driver->text("createHintLabel") + m_driver->text("membersErrorLabel")));
    QVERIFY(m_driver->text("createHintLabel").contains(QStringLiteral("3 phone numbers")));
    m_driver->clickCreate();

    QTRY_COMPARE(m_emulator.groups().size(), 1);
    QCOMPARE(lookups(), 3);
    const EmulatedGroup group = m_emulator.groups().first();
    QStringList expected{ m_owner };
    for (const EmulatedEmployee& e : people)
        expected.append(e.userid);
    QCOMPARE(group.members, expected);
    for (int i = 0; i < 3; ++i) {
        const Member& member = members->members().at(i);
        QCOMPARE(member.userid, people.at(i).userid);
        QCOMPARE(member.name, people.at(i).name);
        QCOMPARE(member.source, MemberSource::PhoneLookup);
    }
}

void TestPhoneLookup::unknownNumber_userDeclines_nothingIsSentAndTheReasonIsShown()
{
    const QList<EmulatedEmployee> people = activeEmployees(2);
    const QString unknown = QStringLiteral("13999999999");
    importPhones({ { people.at(0).name, people.at(0).mobile },
                   { QStringLiteral("陌生人"), unknown },
                   { people.at(1).name, people.at(1).mobile } });
    m_driver->setName(QStringLiteral("Declined"));
    m_driver->setOwner(m_owner);
    QTRY_VERIFY(m_driver->createButton()->isEnabled());

    const int asked = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::No);
    m_driver->clickCreate();
    QTRY_COMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(unknown));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("No employee has this phone number")));

    QCOMPARE(creates(), 0);
    QVERIFY(m_emulator.groups().isEmpty());
    // The two found keep their userids; the unknown one stays in the list, with the reason.
    MemberListModel* members = m_driver->members();
    QCOMPARE(int(members->members().size()), 3);
    QCOMPARE(members->members().at(0).userid, people.at(0).userid);
    QCOMPARE(members->members().at(1).state, MemberState::Unresolved);
    QVERIFY(members->index(1, MemberListModel::StateColumn).data().toString().contains(QStringLiteral("60121")));
    QCOMPARE(members->index(1, MemberListModel::UserIdColumn).data().toString(), unknown);
}

void TestPhoneLookup::unknownAndLeftNumbers_userAgrees_groupIsCreatedWithoutThem()
{
    const QList<EmulatedEmployee> people = activeEmployees(3);
    m_emulator.setEmployeeActive(people.at(2).userid, false); // has left the company
    const QString invalid = QStringLiteral("12345");
    importPhones({ { people.at(0).name, people.at(0).mobile },
                   { people.at(1).name, people.at(1).mobile },
                   { people.at(2).name, people.at(2).mobile },
                   { QStringLiteral("打错了"), invalid } });
    m_driver->setName(QStringLiteral("Agreed"));
    m_driver->setOwner(m_owner);
    QTRY_VERIFY(m_driver->createButton()->isEnabled());

    const int asked = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_driver->clickCreate();
    QTRY_COMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("2 phone numbers")));
    QVERIFY(MessageBox::lastText().contains(people.at(2).mobile));
    QVERIFY(MessageBox::lastText().contains(invalid));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not valid")));

    QTRY_COMPARE(m_emulator.groups().size(), 1);
    QCOMPARE(creates(), 1);
    QCOMPARE(m_emulator.groups().first().members, QStringList({ m_owner, people.at(0).userid, people.at(1).userid }));
    QCOMPARE(int(m_driver->members()->members().size()), 2);
    // The invalid number was never sent to DingTalk.
    QCOMPARE(lookups(), 3);
}

void TestPhoneLookup::lookUpAction_resolvesWithoutCreating()
{
    const QList<EmulatedEmployee> people = activeEmployees(2);
    importPhones({ { people.at(0).name, people.at(0).mobile }, { people.at(1).name, people.at(1).mobile } });
    QVERIFY(m_driver->visible("lookUpPhoneNumbersButton"));
    QTest::mouseClick(m_driver->get<QAbstractButton>("lookUpPhoneNumbersButton"), Qt::LeftButton);
    QTRY_COMPARE(m_driver->members()->userIds(), QStringList({ people.at(0).userid, people.at(1).userid }));
    QTRY_VERIFY(!m_driver->visible("lookUpPhoneNumbersButton"));
    QCOMPARE(creates(), 0);

    // Cached for the session: the same numbers again make no new call.
    const int before = lookups();
    importPhones({ { people.at(0).name, people.at(0).mobile } });
    QTest::mouseClick(m_driver->get<QAbstractButton>("lookUpPhoneNumbersButton"), Qt::LeftButton);
    QTRY_COMPARE(m_driver->members()->members().at(2).userid, people.at(0).userid);
    QCOMPARE(lookups(), before);
}

void TestPhoneLookup::tooManyWithPhoneNumbers_refusedBeforeAnyLookup()
{
    const QList<EmulatedEmployee> ids = activeEmployees(997);
    QStringList userids{ m_owner };
    for (const EmulatedEmployee& e : ids)
        userids.append(e.userid);
    m_driver->setName(QStringLiteral("Too many"));
    m_driver->setOwner(m_owner);
    m_driver->paste(userids.join(QLatin1Char('\n'))); // 998 with the owner
    const QList<EmulatedEmployee> more = activeEmployees(3, 997);
    importPhones({ { more.at(0).name, more.at(0).mobile },
                   { more.at(1).name, more.at(1).mobile },
                   { more.at(2).name, more.at(2).mobile } });

    QTRY_COMPARE(m_driver->text("memberCountLabel"), QStringLiteral("1001/1000"));
    QVERIFY(!m_driver->createButton()->isEnabled());
    m_window->create(); // even when forced, nothing is looked up or sent
    QCOMPARE(lookups(), 0);
    QCOMPARE(creates(), 0);
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("phoneLookupProgressDialog")));
}

QTEST_MAIN(TestPhoneLookup)
#include "tst_PhoneLookup.moc"
