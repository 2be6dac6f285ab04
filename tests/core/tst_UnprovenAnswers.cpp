// What DingTalk's answers prove, against the emulator, on both API generations: a create answered with something
// that does not prove it did nothing (-1, system.busy, system.error, 400001, the IP ban, "ok" without ids) is made
// exactly once and reported as "may exist"; answers that prove inaction are repeated; token requests retry like reads.
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "create/CreateJob.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "dingtalk/V1GroupApi.h"

#include <QElapsedTimer>
#include <QTest>

class TestUnprovenAnswers : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    static QString createPath(ApiGeneration generation)
    {
        return generation == ApiGeneration::V1 ? QStringLiteral("/v1.0/im/group/create")
                                               : QStringLiteral("/chat/create");
    }
    static QString updatePath(ApiGeneration generation)
    {
        return generation == ApiGeneration::V1 ? QStringLiteral("/v1.0/im/group/update")
                                               : QStringLiteral("/chat/update");
    }
    static QString tokenPath(ApiGeneration generation)
    {
        return generation == ApiGeneration::V1 ? QStringLiteral("/v1.0/oauth2/accessToken")
                                               : QStringLiteral("/gettoken");
    }

    CreateResult runJob(ApiGeneration generation, int members,
                        RetryPolicy::Timing timing = EmulatorFixture::fastRetries())
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator, generation, 5));
        client.api()->setRetryTiming(timing);
        return EmulatorFixture::createGroup(client.api(), QStringLiteral("项目组"),
                                            EmulatorFixture::memberIds(m_emulator, members));
    }

    /** The data of a test that runs once per API generation. */
    static void bothGenerations()
    {
        QTest::addColumn<int>("generation");
        QTest::newRow("legacy") << int(ApiGeneration::Legacy);
        QTest::newRow("v1") << int(ApiGeneration::V1);
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void createAnsweredAfterActing_isMadeOnceAndMayExist_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<bool>("quota");
        const int legacy = int(ApiGeneration::Legacy);
        const int v1 = int(ApiGeneration::V1);
        QTest::newRow("legacy -1") << legacy << -1 << QString() << false;
        QTest::newRow("legacy 400001") << legacy << 400001 << QString() << true;
        QTest::newRow("v1 429 system.busy") << v1 << -1 << QString() << false;
        QTest::newRow("v1 500 system.busy") << v1 << 500 << QStringLiteral("system.busy") << false;
        QTest::newRow("v1 400 system.busy") << v1 << 400 << QStringLiteral("system.busy") << false;
        QTest::newRow("v1 500 system.error") << v1 << 500 << QStringLiteral("system.error") << true;
    }

    void createAnsweredAfterActing_isMadeOnceAndMayExist()
    {
        QFETCH(int, generation);
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        QFETCH(bool, quota);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(createPath(api), EmulatorFault::apiErrorAfterActing(errcode, errmsg));
        const CreateResult result = runJob(api, 60);
        QCOMPARE(result.outcome, CreateResult::Outcome::Unknown);
        QVERIFY(result.error.isApi());
        QVERIFY(result.error.outcomeUnknown);
        // DingTalk made the group; the tool sent the create once and nothing after it.
        QCOMPARE(m_emulator.groups().size(), 1);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 1);
        QCOMPARE(m_emulator.requestCount(updatePath(api)), 0);
        QTest::qWait(200);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 1);
        const ErrorExplanation explanation = ErrorCatalogue::explain(result.error, ErrorCatalogue::Operation::Create);
        QCOMPARE(explanation.title,
                 quota ? QStringLiteral("The group may exist, or the organisation cannot create "
                                        "more groups")
                       : QStringLiteral("The group may exist"));
    }

    void ipBanInAnswerToACreate_isUnknown_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("kind");
        for (ApiGeneration api : { ApiGeneration::Legacy, ApiGeneration::V1 }) {
            const char* name = api == ApiGeneration::V1 ? "v1" : "legacy";
            QTest::addRow("%s page", name) << int(api) << int(EmulatorFault::IpBanPage);
            QTest::addRow("%s status 1111", name) << int(api) << int(EmulatorFault::IpBanStatus);
        }
    }

    void ipBanInAnswerToACreate_isUnknown()
    {
        QFETCH(int, generation);
        QFETCH(int, kind);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(createPath(api), EmulatorFault::of(EmulatorFault::Kind(kind)));
        const CreateResult result = runJob(api, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::Unknown);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 1);
        QCOMPARE(ErrorCatalogue::explain(result.error, ErrorCatalogue::Operation::Create).title,
                 QStringLiteral("The group may exist"));
    }

    void ipBanBeforeTheCreate_createdNothing()
    {
        m_emulator.injectFault(tokenPath(ApiGeneration::Legacy), EmulatorFault::of(EmulatorFault::IpBanStatus));
        const CreateResult result = runJob(ApiGeneration::Legacy, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(result.error.hasCode(1111));
        QCOMPARE(m_emulator.requestCount(createPath(ApiGeneration::Legacy)), 0);
        QCOMPARE(ErrorCatalogue::explain(result.error, ErrorCatalogue::Operation::Token).title,
                 QStringLiteral("This network is blocked for a few minutes"));
    }

    void rateLimitRefusalOfACreate_isRepeatedAndMadeOnce_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        QTest::newRow("legacy 90018") << int(ApiGeneration::Legacy) << 90018 << QString();
        QTest::newRow("legacy 90002") << int(ApiGeneration::Legacy) << 90002 << QString();
        QTest::newRow("v1 403 QpsLimitForAppkeyAndApi") << int(ApiGeneration::V1) << 90018 << QString();
        QTest::newRow("v1 403 QpsLimitForApi")
            << int(ApiGeneration::V1) << 403 << QStringLiteral("Forbidden.AccessDenied.QpsLimitForApi");
    }

    void rateLimitRefusalOfACreate_isRepeatedAndMadeOnce()
    {
        QFETCH(int, generation);
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(createPath(api), EmulatorFault::apiError(errcode, errmsg));
        const CreateResult result = runJob(api, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 2);
        QCOMPARE(m_emulator.groups().size(), 1);
    }

    void perMinuteLimit_isWaitedOutOnce()
    {
        RetryPolicy::Timing timing = EmulatorFixture::fastRetries();
        timing.minuteLimitMs = 300;
        const QString qpm = QStringLiteral("Forbidden.AccessDenied.QpmLimitForAppkeyAndApi");
        m_emulator.injectFault(createPath(ApiGeneration::V1), EmulatorFault::apiError(403, qpm));
        QElapsedTimer clock;
        clock.start();
        CreateResult result = runJob(ApiGeneration::V1, 3, timing);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QVERIFY(clock.elapsed() >= 300);
        // Met again after the wait: stopped and explained, nothing created.
        EmulatorFixture::reset(m_emulator);
        m_emulator.injectFault(createPath(ApiGeneration::V1), EmulatorFault::apiError(403, qpm), 2);
        result = runJob(ApiGeneration::V1, 3, timing);
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QCOMPARE(m_emulator.requestCount(createPath(ApiGeneration::V1)), 2);
        QVERIFY(ErrorCatalogue::explain(result.error).nextStep.contains(QStringLiteral("at least a minute")));
    }

    void definiteRefusal_isRefusedOnce_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("errcode");
        QTest::newRow("legacy 1002") << int(ApiGeneration::Legacy) << 1002;
        QTest::newRow("legacy 49007") << int(ApiGeneration::Legacy) << 49007;
        QTest::newRow("legacy 90001") << int(ApiGeneration::Legacy) << 90001;
        QTest::newRow("v1 403 permission") << int(ApiGeneration::V1) << 60011;
    }

    void definiteRefusal_isRefusedOnce()
    {
        QFETCH(int, generation);
        QFETCH(int, errcode);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(createPath(api), EmulatorFault::apiError(errcode));
        const CreateResult result = runJob(api, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(!result.error.outcomeUnknown);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 1);
        QVERIFY(m_emulator.groups().isEmpty());
    }

    void okWithoutIds_mayExistAndNothingMoreIsSent_data() { bothGenerations(); }

    void okWithoutIds_mayExistAndNothingMoreIsSent()
    {
        QFETCH(int, generation);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(createPath(api), EmulatorFault::of(EmulatorFault::SuccessWithoutIds));
        const CreateResult result = runJob(api, 60);
        QCOMPARE(result.outcome, CreateResult::Outcome::Unknown);
        QCOMPARE(result.error.failure, TransportFailure::IncompleteAnswer);
        QCOMPARE(m_emulator.groups().size(), 1);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 1);
        QCOMPARE(m_emulator.requestCount(updatePath(api)), 0);
        QCOMPARE(ErrorCatalogue::explain(result.error, ErrorCatalogue::Operation::Create).title,
                 QStringLiteral("The group may exist"));
    }

    void busyTokenRequest_isRetriedLikeARead_data() { bothGenerations(); }

    void busyTokenRequest_isRetriedLikeARead()
    {
        QFETCH(int, generation);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(tokenPath(api), EmulatorFault::apiError(-1), 2);
        const CreateResult result = runJob(api, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.requestCount(tokenPath(api)), 3);
        QCOMPARE(m_emulator.requestCount(createPath(api)), 1);
    }

    void tokenReplyWithoutAToken_saysWhatCameBack_data() { bothGenerations(); }

    void tokenReplyWithoutAToken_saysWhatCameBack()
    {
        QFETCH(int, generation);
        const auto api = ApiGeneration(generation);
        m_emulator.injectFault(tokenPath(api), EmulatorFault::of(EmulatorFault::SuccessWithoutIds));
        const CreateResult result = runJob(api, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::NotCreated);
        QCOMPARE(result.error.failure, TransportFailure::IncompleteAnswer);
        QCOMPARE(result.error.httpStatus, 200);
        QVERIFY(result.error.contentType.startsWith(QStringLiteral("application/json")));
        const QString text = ErrorCatalogue::explain(result.error, ErrorCatalogue::Operation::Token).explanation;
        QVERIFY2(text.contains(QStringLiteral("HTTP 200 (application/json")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("HTTP 0")), qPrintable(text));
        QCOMPARE(m_emulator.requestCount(createPath(api)), 0);
    }

    void v1UnknownIdInAnAdd_isFoundWithoutTheWordUserid()
    {
        // DingTalk documents parameter.invalid only as "输入参数错误"; the emulator answers so.
        QStringList ids = EmulatorFixture::memberIds(m_emulator, 70);
        ids[55] = QStringLiteral("nobody-by-this-id");
        DingTalkClient client(EmulatorFixture::connection(m_emulator, ApiGeneration::V1, 5));
        client.api()->setRetryTiming(EmulatorFixture::fastRetries());
        const CreateResult result = EmulatorFixture::createGroup(client.api(), QStringLiteral("项目组"), ids);
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QCOMPARE(result.failedMembers.size(), 1);
        QCOMPARE(result.failedMembers.first().userid, QStringLiteral("nobody-by-this-id"));
        QVERIFY(!result.failedMembers.first().errmsg.contains(QStringLiteral("userid")));
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 69);
    }

    void v1UpdateAnsweredSuccessFalse_isAFailedAdd()
    {
        m_emulator.injectFault(updatePath(ApiGeneration::V1), EmulatorFault::of(EmulatorFault::SuccessFalse));
        const CreateResult result = runJob(ApiGeneration::V1, 50);
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QCOMPARE(result.failedMembers.size(), 10);
        QCOMPARE(result.failedMembers.first().errcode, V1GroupApi::notSucceededCode());
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 40);
    }

    void v1PermissionRefusal_showsTheScopesDingTalkListed()
    {
        m_emulator.injectFault(createPath(ApiGeneration::V1), EmulatorFault::apiError(60011));
        const CreateResult result = runJob(ApiGeneration::V1, 3);
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QCOMPARE(result.error.requiredPermissions, QStringList{ QStringLiteral("qyapi_chat_manage") });
        QVERIFY(ErrorCatalogue::explain(result.error).explanation.contains(QStringLiteral("qyapi_chat_manage")));
    }
};

QTEST_GUILESS_MAIN(TestUnprovenAnswers)
#include "tst_UnprovenAnswers.moc"
