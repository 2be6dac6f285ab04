// "Retry adding the missing members" after a partial create: the panel says the group exists and who is not in it,
// and the retry adds exactly those userids to the same chat.

#include "WindowFixture.h"

#include <QTableWidget>

class TestRetryMissingMembers : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void partialCreate_retry_addsEveryMissingMemberToTheSameGroup();
    void retry_whoStillFails_staysListed();

private:
    QTableWidget* failedTable() const { return m_driver->get<QTableWidget>("failedMembersTableWidget"); }
    QAbstractButton* retryButton() const { return m_driver->get<QAbstractButton>("retryMissingMembersButton"); }
    void createPartially(const QStringList& members);
};

void TestRetryMissingMembers::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestRetryMissingMembers::init()
{
    QVERIFY(openWindow());
}

void TestRetryMissingMembers::cleanup()
{
    closeWindow();
}

void TestRetryMissingMembers::createPartially(const QStringList& members)
{
    m_emulator.injectFault(QStringLiteral("/chat/update"), EmulatorFault::apiError(400001));
    m_driver->fillIn(QStringLiteral("Retry"), m_owner, members);
    QTRY_VERIFY(m_driver->createButton()->isEnabled());
    m_driver->clickCreate();
    QTRY_VERIFY(retryButton()->isVisible());
}

void TestRetryMissingMembers::partialCreate_retry_addsEveryMissingMemberToTheSameGroup()
{
    const QStringList members = employeeIds(89); // 90 with the owner: a create of 40, then adds of 40 and 10
    createPartially(members);

    QCOMPARE(m_emulator.groups().size(), 1);
    const EmulatedGroup partial = m_emulator.groups().first();
    QCOMPARE(partial.members.size(), 50);
    // Exactly who is missing, and that the group exists.
    QStringList missing;
    for (int row = 0; row < failedTable()->rowCount(); ++row)
        missing.append(failedTable()->item(row, 0)->text());
    QCOMPARE(missing, members.mid(39, 40));
    QVERIFY(m_driver->text("failedMembersLabel").contains(QStringLiteral("The group exists")));
    QVERIFY(!m_driver->get<QLineEdit>("chatIdLineEdit")->text().isEmpty());

    const int creates = m_emulator.requestCount(QStringLiteral("/chat/create"));
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QTRY_VERIFY(!retryButton()->isVisible());

    const EmulatedGroup group = m_emulator.groups().first();
    QCOMPARE(m_emulator.groups().size(), 1);
    QCOMPARE(group.chatid, partial.chatid);
    QCOMPARE(group.members.size(), 90);
    QCOMPARE(QSet<QString>(group.members.begin(), group.members.end()),
             QSet<QString>(members.begin(), members.end()) + QSet<QString>{ m_owner });
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), creates);
    QVERIFY(!failedTable()->isVisible());
    QVERIFY(m_driver->text("resultTitleLabel").contains(QStringLiteral("was created.")));
    QCOMPARE(m_driver->text("groupMemberCountLabel"), QStringLiteral("90"));
    for (const Member& member : m_driver->members()->members())
        QVERIFY(member.state != MemberState::Missing);
}

void TestRetryMissingMembers::retry_whoStillFails_staysListed()
{
    const QStringList members = employeeIds(45);
    createPartially(members); // the add of the last 6 fails
    QCOMPARE(failedTable()->rowCount(), 6);

    // One of them leaves the company before the retry: the other five are added, that one stays listed.
    const QString leaver = members.at(42);
    m_emulator.setEmployeeActive(leaver, false);
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QTRY_COMPARE(failedTable()->rowCount(), 1);
    QCOMPARE(failedTable()->item(0, 0)->text(), leaver);
    QVERIFY(retryButton()->isVisible());
    QCOMPARE(m_emulator.groups().first().members.size(), 45);
}

QTEST_MAIN(TestRetryMissingMembers)
#include "tst_RetryMissingMembers.moc"
