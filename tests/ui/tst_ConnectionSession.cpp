// The window's one connection: replaced whole, secrets named for masking, and a sandbox wish given up when the user
// connects elsewhere while it starts.

#include "ConnectionSession.h"
#include "DingTalkEmulator.h"

#include <QSignalSpy>
#include <QTest>

class TestConnectionSession : public QObject
{
    Q_OBJECT

private slots:
    void connectTo_replacesTheConnection()
    {
        ConnectionSession session;
        QSignalSpy changed(&session, &ConnectionSession::changed);
        QVERIFY(!session.isConnected());
        QVERIFY(!session.api());

        ConnectionSettings settings;
        settings.appKey = QStringLiteral("dingkey");
        settings.appSecret = QStringLiteral("secret-1");
        session.connectTo(ConnectionSummary::Kind::DingTalk, settings);
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.isConnected());
        QVERIFY(session.api());
        QCOMPARE(session.kind(), ConnectionSummary::Kind::DingTalk);
        QCOMPARE(session.secrets(), QStringList{ QStringLiteral("secret-1") });
        QCOMPARE(session.describe(), ConnectionSummary::describe(ConnectionSummary::Kind::DingTalk, settings));

        session.connectTo(ConnectionSummary::Kind::None, ConnectionSettings());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!session.isConnected());
        QVERIFY(session.secrets().isEmpty());
    }

    void sandbox_startsOffTheGuiThread_andIsReadyOnce()
    {
        ConnectionSession session;
        QSignalSpy ready(&session, &ConnectionSession::sandboxReady);
        DingTalkEmulator* announced = nullptr;
        connect(&session, &ConnectionSession::sandboxReady, this,
                [&announced](DingTalkEmulator* emulator) { announced = emulator; });
        session.startSandbox();
        QVERIFY(session.isSandboxPending());
        QVERIFY(!session.isConnected()); // nothing goes to the connection before while it starts
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        QVERIFY(!session.isSandboxPending());
        QVERIFY(session.sandboxEmulator());
        QCOMPARE(announced, session.sandboxEmulator());
        // Once it runs, asking again answers at once.
        session.startSandbox();
        QCOMPARE(ready.size(), 2);
    }

    void sandbox_givenUp_whenAnotherConnectionIsChosenWhileItStarts()
    {
        ConnectionSession session;
        QSignalSpy ready(&session, &ConnectionSession::sandboxReady);
        QSignalSpy state(&session, &ConnectionSession::sandboxStateChanged);
        session.startSandbox();
        ConnectionSettings settings;
        settings.appKey = QStringLiteral("dingkey");
        settings.appSecret = QStringLiteral("secret");
        session.connectTo(ConnectionSummary::Kind::DingTalk, settings);
        QVERIFY(!session.isSandboxPending());
        QTRY_VERIFY_WITH_TIMEOUT(session.sandboxEmulator() != nullptr, 20000);
        QTRY_VERIFY(state.size() >= 3); // asked, given up, started
        QCOMPARE(ready.size(), 0);
        QCOMPARE(session.kind(), ConnectionSummary::Kind::DingTalk);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSession)
#include "tst_ConnectionSession.moc"
