// "Test connection" against the emulator: success on both API generations, and each thing that can be wrong named
// exactly: key or secret, IP allow-list, permission, a pasted token, network, TLS.
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "ScriptedServer.h"
#include "connections/ConnectionProfile.h"
#include "connections/ConnectionTester.h"
#include "dingtalk/ErrorCatalogue.h"

#include <QSignalSpy>
#include <QTest>

using EmulatorFixture::testConnection;
using Outcome = ConnectionTestResult::Outcome;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    ConnectionSettings settings(ApiGeneration generation = ApiGeneration::Legacy) const
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.generation = generation;
        profile.appKey = DingTalkEmulator::demoAppKey();
        profile.legacyBaseUrl = m_emulator.baseUrl();
        profile.v1BaseUrl = m_emulator.baseUrl();
        profile.timeoutSeconds = 5;
        return profile.toConnectionSettings(DingTalkEmulator::demoAppSecret());
    }

    static void verifyExplained(const ConnectionTestResult& result)
    {
        QVERIFY(!result.title.isEmpty());
        QVERIFY(!result.explanation.isEmpty());
        if (!result.ok())
            QVERIFY(!result.nextStep.isEmpty());
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void success_bothGenerations_data()
    {
        QTest::addColumn<ApiGeneration>("generation");
        QTest::addColumn<QString>("tokenPath");
        QTest::newRow("legacy") << ApiGeneration::Legacy << QStringLiteral("/gettoken");
        QTest::newRow("v1.0") << ApiGeneration::V1 << QStringLiteral("/v1.0/oauth2/accessToken");
    }

    void success_bothGenerations()
    {
        QFETCH(ApiGeneration, generation);
        QFETCH(QString, tokenPath);
        const ConnectionTestResult result = testConnection(settings(generation));
        QCOMPARE(result.outcome, Outcome::Success);
        QVERIFY(result.tokenIssued);
        verifyExplained(result);
        QCOMPARE(m_emulator.requestCount(tokenPath), 1);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/get")), 1);
        // Harmless: nothing was created or changed.
        QVERIFY(m_emulator.groups().isEmpty());
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 0);
    }

    void success_alwaysFetchesAFreshToken()
    {
        QCOMPARE(testConnection(settings()).outcome, Outcome::Success);
        QCOMPARE(testConnection(settings()).outcome, Outcome::Success);
        // Even with a token cached for this key in the process, the secret is checked again.
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 2);
    }

    void wrongSecret_isNamed_data()
    {
        QTest::addColumn<ApiGeneration>("generation");
        QTest::newRow("legacy 40096") << ApiGeneration::Legacy;
        QTest::newRow("v1.0 invalidClientIdOrSecret") << ApiGeneration::V1;
    }

    void wrongSecret_isNamed()
    {
        QFETCH(ApiGeneration, generation);
        ConnectionSettings connection = settings(generation);
        connection.appSecret = QStringLiteral("wrong-secret");
        const ConnectionTestResult result = testConnection(connection);
        QCOMPARE(result.outcome, Outcome::WrongCredentials);
        QVERIFY(!result.tokenIssued);
        QVERIFY(result.error.isApi());
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/get")), 0);
        verifyExplained(result);
    }

    void ipAllowList_isNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("on the token") << QStringLiteral("/gettoken");
        QTest::newRow("on the read") << QStringLiteral("/chat/get");
    }

    void ipAllowList_isNamed()
    {
        QFETCH(QString, path);
        m_emulator.injectFault(path, EmulatorFault::apiError(60020));
        const ConnectionTestResult result = testConnection(settings());
        QCOMPARE(result.outcome, Outcome::IpNotAllowed);
        QVERIFY(result.explanation.contains(QLatin1String("IP")));
        verifyExplained(result);
    }

    void missingPermission_isNamed_data()
    {
        QTest::addColumn<ApiGeneration>("generation");
        QTest::newRow("legacy") << ApiGeneration::Legacy;
        QTest::newRow("v1.0") << ApiGeneration::V1;
    }

    void missingPermission_isNamed()
    {
        QFETCH(ApiGeneration, generation);
        // An app with only qyapi_chat_manage: chat/get is refused. That is the read permission missing, nothing
        // about creating, so no advice about the create API is given.
        m_emulator.injectFault(QStringLiteral("/chat/get"), EmulatorFault::apiError(60011));
        const ConnectionTestResult result = testConnection(settings(generation));
        QCOMPARE(result.outcome, Outcome::PermissionMissing);
        QVERIFY(result.tokenIssued); // the key and secret are right
        verifyExplained(result);
        QVERIFY2(result.nextStep.contains(QLatin1String("qyapi_chat_read")), qPrintable(result.nextStep));
        QVERIFY(!result.nextStep.contains(QLatin1String("newer")));
        QVERIFY(result.explanation.contains(QLatin1String("Reading groups (qyapi_chat_read")));
        QVERIFY(result.explanation.contains(QLatin1String("qyapi_get_member_by_mobile): allowed.")));
        QVERIFY(result.explanation.contains(QLatin1String("cannot be checked without creating a group")));
        // The lookup was still checked; nothing was created.
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/topapi/v2/user/getbymobile")), 1);
        QVERIFY(m_emulator.groups().isEmpty());
    }

    void eachStep_saysWhatItProved()
    {
        const ConnectionTestResult passed = testConnection(settings());
        QCOMPARE(passed.outcome, Outcome::Success);
        const QStringList lines = passed.explanation.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.at(0).startsWith(QLatin1String("Access token: issued")));
        for (int i = 1; i <= 4; ++i)
            QVERIFY2(lines.at(i).endsWith(QLatin1String(": allowed.")), qPrintable(lines.at(i)));
        QVERIFY(lines.at(3).contains(QLatin1String("(qyapi_get_department_list)")));
        QVERIFY(lines.at(4).contains(QLatin1String("(qyapi_get_department_member)")));
        QCOMPARE(lines.at(5),
                 QStringLiteral("Creating groups (qyapi_chat_manage): cannot be checked without creating a group."));
        QCOMPARE(passed.permissions.size(), 4);

        EmulatorFixture::reset(m_emulator);
        m_emulator.injectFault(QStringLiteral("/topapi/v2/user/getbymobile"), EmulatorFault::apiError(60011));
        const ConnectionTestResult lookupMissing = testConnection(settings());
        QCOMPARE(lookupMissing.outcome, Outcome::PermissionMissing);
        QVERIFY(lookupMissing.explanation.contains(QLatin1String("qyapi_get_member_by_mobile): not allowed.")));
        QVERIFY(lookupMissing.explanation.contains(QLatin1String("qyapi_chat_read, for checking a group and its "
                                                                 "join link): allowed.")));
        QVERIFY(lookupMissing.nextStep.contains(QLatin1String("qyapi_get_member_by_mobile")));
    }

    void directoryPermissions_eachChecked_data()
    {
        QTest::addColumn<ApiGeneration>("generation");
        QTest::addColumn<QString>("permission");
        for (const char* permission : { "qyapi_get_department_list", "qyapi_get_department_member" }) {
            QTest::addRow("legacy %s", permission) << ApiGeneration::Legacy << QString::fromLatin1(permission);
            QTest::addRow("v1.0 %s", permission) << ApiGeneration::V1 << QString::fromLatin1(permission);
        }
    }

    void directoryPermissions_eachChecked()
    {
        QFETCH(ApiGeneration, generation);
        QFETCH(QString, permission);
        // An app that may create groups but not read the directory: finding people by name will not work.
        m_emulator.setPermissionGranted(permission, false);
        const ConnectionTestResult result = testConnection(settings(generation));
        QCOMPARE(result.outcome, Outcome::PermissionMissing);
        QVERIFY(result.tokenIssued);
        verifyExplained(result);
        QVERIFY2(result.explanation.contains(QStringLiteral("(%1): not allowed.").arg(permission)),
                 qPrintable(result.explanation));
        QVERIFY(result.nextStep.contains(permission));
        // The other steps were still made and said what they proved; nothing was created.
        QVERIFY(result.explanation.contains(QLatin1String("qyapi_get_member_by_mobile): allowed.")));
        QCOMPARE(result.permissions.size(), 4);
        QVERIFY(m_emulator.groups().isEmpty());
    }

    void missingPermission_onV1_isNeverAdvisedToSwitchToTheNewerApi()
    {
        ConnectionSettings v1;
        v1.generation = ApiGeneration::V1;
        const ApiError legacyCode = ApiError::api(QStringLiteral("60011"), QStringLiteral("no permission"));
        const ApiError v1Code
            = ApiError::api(QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"), QString(), 403);
        for (const ApiError& error : { legacyCode, v1Code }) {
            const ConnectionTestResult result = ConnectionTester::interpret(error, true, v1);
            QCOMPARE(result.outcome, Outcome::PermissionMissing);
            QVERIFY2(!result.nextStep.contains(QLatin1String("newer")), qPrintable(result.nextStep));
            QVERIFY2(!result.explanation.contains(QLatin1String("newer")), qPrintable(result.explanation));
            QVERIFY(!result.nextStep.isEmpty());
        }
        // A refused create on a legacy profile still gets the advice: new apps cannot be granted the old permission.
        QVERIFY(ErrorCatalogue::missingPermission(ApiGeneration::Legacy, ApiOperation::Create)
                    .nextStep.contains(QLatin1String("newer")));
    }

    void newApiErrors_meanTheSameThings()
    {
        using T = ConnectionTester;
        QCOMPARE(T::interpret(ApiError::api(QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"),
                                            QString(), 403),
                              true, ConnectionSettings())
                     .outcome,
                 Outcome::PermissionMissing);
        QCOMPARE(T::interpret(ApiError::api(QStringLiteral("Forbidden.AccessDenied.IpNotInWhiteList"), QString(), 403),
                              false, ConnectionSettings())
                     .outcome,
                 Outcome::IpNotAllowed);
        QCOMPARE(T::interpret(ApiError::api(QStringLiteral("invalidClientIdOrSecret"), QString(), 400), false,
                              ConnectionSettings())
                     .outcome,
                 Outcome::WrongCredentials);
        QCOMPARE(
            T::interpret(ApiError::api(QStringLiteral("chat.notFound"), QString(), 404), true, ConnectionSettings())
                .outcome,
            Outcome::Success);
        QCOMPARE(T::interpret(ApiError::api(QStringLiteral("34001"), QString()), true, ConnectionSettings()).outcome,
                 Outcome::Success);
        QCOMPARE(T::interpret(ApiError::api(QStringLiteral("90020"), QString()), true, ConnectionSettings()).outcome,
                 Outcome::UnexpectedAnswer);
    }

    void pastedToken_rejectedIsNamed()
    {
        ConnectionSettings connection = settings();
        connection.appSecret.clear();
        connection.accessToken = QStringLiteral("pasted-but-unknown");
        const ConnectionTestResult result = testConnection(connection);
        QCOMPARE(result.outcome, Outcome::TokenRejected);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 0);
        verifyExplained(result);
    }

    void pastedToken_validSucceeds()
    {
        QCOMPARE(testConnection(settings()).outcome, Outcome::Success);
        ConnectionSettings connection = settings();
        connection.appSecret.clear();
        connection.accessToken = m_emulator.issuedTokens().last();
        QCOMPARE(testConnection(connection).outcome, Outcome::Success);
    }

    void missingCredentials_sendsNothing()
    {
        ConnectionSettings connection = settings();
        connection.appSecret.clear();
        QCOMPARE(testConnection(connection).outcome, Outcome::MissingCredentials);
        QVERIFY(m_emulator.requests().isEmpty());
    }

    void refusedPort_isNamed()
    {
        ConnectionSettings connection = settings();
        connection.setServer(EmulatorFixture::refusedUrl());
        const ConnectionTestResult result = testConnection(connection);
        QCOMPARE(result.outcome, Outcome::ConnectionRefused);
        verifyExplained(result);
    }

    void unknownHost_isNamed()
    {
        ConnectionSettings connection = settings();
        connection.setServer(QUrl(QStringLiteral("https://oapi.dingtalk.invalid")));
        QCOMPARE(testConnection(connection).outcome, Outcome::HostNotFound);
    }

    void timeout_isNamed()
    {
        m_emulator.injectFault(QStringLiteral("/gettoken"), EmulatorFault::of(EmulatorFault::Hang));
        ConnectionSettings connection = settings();
        connection.timeoutSeconds = 1;
        const ConnectionTestResult result = testConnection(connection);
        QCOMPARE(result.outcome, Outcome::Timeout);
        verifyExplained(result);
    }

    void tlsHandshakeFailure_suggestsTheCompanyCaSetting()
    {
        // https to a server that speaks plain HTTP: the handshake fails, as it does behind a broken inspection box.
        ScriptedServer plain(nullptr);
        plain.setGreeting("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(plain.listenOnLoopback());
        ConnectionSettings connection = settings();
        connection.setServer(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())));
        const ConnectionTestResult result = testConnection(connection);
        QVERIFY2(result.outcome == Outcome::Tls, qPrintable(result.error.summary()));
        QVERIFY(result.nextStep.contains(QLatin1String("CA certificate")));
        QVERIFY(plain.heads().isEmpty());
    }

    void cancel_reportsCancelled()
    {
        m_emulator.injectFault(QStringLiteral("/gettoken"), EmulatorFault::of(EmulatorFault::Hang));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(settings());
        QVERIFY(tester.isRunning());
        QTest::qWait(100);
        tester.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(tester.result().outcome, Outcome::Cancelled);
    }

    void everyOutcome_hasAStableNameAndWords()
    {
        for (int i = int(Outcome::Success); i <= int(Outcome::Cancelled); ++i) {
            const auto outcome = Outcome(i);
            const ConnectionTestResult result
                = ConnectionTestResult::make(outcome, ApiError::transport(TransportFailure::Other));
            QVERIFY(!ConnectionTestResult::outcomeName(outcome).isEmpty());
            QVERIFY2(!result.title.isEmpty(), qPrintable(ConnectionTestResult::outcomeName(outcome)));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_ConnectionTester.moc"
