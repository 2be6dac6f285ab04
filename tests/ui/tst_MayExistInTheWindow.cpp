// The window after a create DingTalk answered with something that does not prove it did nothing: -1, system.busy,
// system.error, 400001 answered after the group was made. It says "may exist", never "nothing exists", and the
// create was sent exactly once, on both API generations.

#include "WindowFixture.h"

#include "dingtalk/ErrorCatalogue.h"

class TestMayExistInTheWindow : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startEmulator()); }
    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }

    void createAnsweredAfterActing_saysMayExistAndSendsOnce_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("title");
        const QString mayExist = QStringLiteral("The group may exist");
        const QString orQuota = QStringLiteral("The group may exist, or the organisation cannot create more groups");
        QTest::newRow("legacy -1") << int(ApiGeneration::Legacy) << -1 << QString() << mayExist;
        QTest::newRow("legacy 400001") << int(ApiGeneration::Legacy) << 400001 << QString() << orQuota;
        QTest::newRow("v1 system.busy") << int(ApiGeneration::V1) << -1 << QString() << mayExist;
        QTest::newRow("v1 500 system.error")
            << int(ApiGeneration::V1) << 500 << QStringLiteral("system.error") << orQuota;
    }

    void createAnsweredAfterActing_saysMayExistAndSendsOnce()
    {
        QFETCH(int, generation);
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        QFETCH(QString, title);
        const auto api = ApiGeneration(generation);
        ConnectionSettings connection;
        connection.generation = api;
        connection.setServer(m_emulator.baseUrl());
        connection.appKey = DingTalkEmulator::demoAppKey();
        connection.appSecret = DingTalkEmulator::demoAppSecret();
        m_window->setConnection(connection);
        const QString createPath
            = api == ApiGeneration::V1 ? QStringLiteral("/v1.0/im/group/create") : QStringLiteral("/chat/create");
        m_emulator.injectFault(createPath, EmulatorFault::apiErrorAfterActing(errcode, errmsg));
        QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
        m_driver->fillIn(QStringLiteral("Busy"), m_owner, employeeIds(50));
        m_driver->clickCreate();

        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<CreateResult>().outcome, CreateResult::Outcome::Unknown);
        QCOMPARE(m_driver->text("resultTitleLabel"), title);
        QVERIFY2(m_driver->text("errorLabel").contains(QStringLiteral("Check DingTalk")),
                 qPrintable(m_driver->text("errorLabel")));
        QVERIFY(!m_driver->visible("openConversationIdLineEdit"));
        QCOMPARE(m_emulator.groups().size(), 1); // DingTalk made it: exactly why the user must check first
        QTest::qWait(200);
        QCOMPARE(m_emulator.requestCount(createPath), 1);
    }
};

QTEST_MAIN(TestMayExistInTheWindow)
#include "tst_MayExistInTheWindow.moc"
