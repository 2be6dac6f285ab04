// The new API generation (api.dingtalk.com/v1.0) against the emulator: the same create job, another wire.
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "create/CreateJob.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "dingtalk/V1GroupApi.h"
#include "lookup/MobileResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestV1GroupApi : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    ConnectionSettings settings(int timeoutSeconds = 10) const
    {
        return EmulatorFixture::connection(m_emulator, ApiGeneration::V1, timeoutSeconds);
    }

    QStringList memberIds(int count) const { return EmulatorFixture::memberIds(m_emulator, count); }

    CreateResult runJob(const ConnectionSettings& connection, const QStringList& ids, const GroupSettings& group = {})
    {
        DingTalkClient client(connection);
        client.api()->setRetryTiming(EmulatorFixture::fastRetries());
        return EmulatorFixture::createGroup(client.api(), QStringLiteral("新版接口群"), ids, group);
    }

    QList<RecordedRequest> requestsTo(const QString& path) const
    {
        QList<RecordedRequest> result;
        for (const RecordedRequest& request : m_emulator.requests()) {
            if (request.path == path)
                result.append(request);
        }
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void largeGroup_isCreatedWithTheTokenInTheHeaderAndSettingsInManagementOptions()
    {
        GroupSettings group;
        group.validation = true;
        group.managementOwnerOnly = true;
        const CreateResult result = runJob(settings(), memberIds(95), group);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QVERIFY(!result.openConversationId.isEmpty());
        const auto created = m_emulator.group(result.openConversationId);
        QVERIFY(created.has_value());
        QCOMPARE(created->members.size(), 95);
        QCOMPARE(created->validationType, 1);
        QCOMPARE(created->managementType, 1);
        QCOMPARE(created->searchable, 0);

        QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/oauth2/accessToken")), 1);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 0);
        const QList<RecordedRequest> creates = requestsTo(QStringLiteral("/v1.0/im/group/create"));
        QCOMPARE(creates.size(), 1);
        QVERIFY(!creates.first().query.hasQueryItem(QStringLiteral("access_token")));
        QVERIFY(m_emulator.issuedTokens().contains(
            QString::fromUtf8(creates.first().headers.value("x-acs-dingtalk-access-token"))));
        const QJsonObject body = QJsonDocument::fromJson(creates.first().body).object();
        QCOMPARE(
            body.value(QStringLiteral("managementOptions")).toObject().value(QStringLiteral("validationType")).toInt(),
            1);
        QVERIFY(!body.contains(QStringLiteral("validationType")));
        QCOMPARE(requestsTo(QStringLiteral("/v1.0/im/group/update")).size(), 2);
    }

    void wrongSecret_isExplainedAsWrongCredentials()
    {
        ConnectionSettings connection = settings();
        connection.appSecret = QStringLiteral("wrong");
        const CreateResult result = runJob(connection, memberIds(3));
        QVERIFY2(result.outcome == CreateResult::Outcome::Rejected, qPrintable(result.error.summary()));
        QCOMPARE(result.error.errcode, QStringLiteral("invalidClientIdOrSecret"));
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(ErrorCatalogue::explain(result.error).title,
                 ErrorCatalogue::explain(ApiError::api(QStringLiteral("40096"), {})).title);
    }

    void errorClasses_areExplained_data()
    {
        QTest::addColumn<int>("injected");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("equivalent");
        QTest::newRow("permission") << 60011 << "Forbidden.AccessDenied.AccessTokenPermissionDenied" << 0;
        QTest::newRow("ip allow-list") << 60020 << "Forbidden.AccessDenied.IpNotInWhiteList" << 60020;
    }

    void errorClasses_areExplained()
    {
        QFETCH(int, injected);
        QFETCH(QString, code);
        QFETCH(int, equivalent);
        m_emulator.injectFault(QStringLiteral("/v1.0/im/group/create"), EmulatorFault::apiError(injected));
        const CreateResult result = runJob(settings(), memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QCOMPARE(result.error.errcode, code);
        QCOMPARE(result.error.httpStatus, 403);
        const ErrorExplanation explanation = ErrorCatalogue::explain(result.error);
        const ErrorExplanation fallback = ErrorCatalogue::explain(ApiError::api(QStringLiteral("unheard.of"), {}));
        QVERIFY(explanation.title != fallback.title);
        if (equivalent)
            QCOMPARE(explanation.title, ErrorCatalogue::explain(ApiError::api(QString::number(equivalent), {})).title);
        else // a v1.0 app is already on the new generation: no advice to move to it
            QVERIFY(!explanation.nextStep.contains(QStringLiteral("newer")));
    }

    void missingPermissionOnALegacyPath_isNotAdvisedToSwitchToTheNewerApi()
    {
        // Phone lookups go to the legacy host whatever the generation; a v1.0 connection is already on the newer API.
        m_emulator.injectFault(QStringLiteral("/topapi/v2/user/getbymobile"), EmulatorFault::apiError(60011));
        DingTalkClient client(settings());
        ApiCall* call = client.api()->userIdByMobile(QStringLiteral("13800000000"));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        const ApiError error = call->result().error;
        QCOMPARE(error.errcode, QStringLiteral("60011"));
        QCOMPARE(error.generation, ApiGeneration::V1);
        QVERIFY(!ErrorCatalogue::explain(error, ErrorCatalogue::Operation::LookUpMobile)
                     .nextStep.contains(QStringLiteral("newer")));
        call->deleteLater();
    }

    void rateLimitOnTheCreate_andBusyOnAnAdd_areRetried()
    {
        // The gateway's rate-limit refusals prove the create was not acted on; "busy" proves that only for an add.
        m_emulator.injectFault(QStringLiteral("/v1.0/im/group/create"), EmulatorFault::apiError(90018));
        m_emulator.injectFault(QStringLiteral("/v1.0/im/group/create"),
                               EmulatorFault::apiError(403, QStringLiteral("Forbidden.AccessDenied.QpsLimitForApi")));
        m_emulator.injectFault(QStringLiteral("/v1.0/im/group/update"), EmulatorFault::apiError(-1));
        const CreateResult result = runJob(settings(), memberIds(50));
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/im/group/create")), 3);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/im/group/update")), 2);
        QCOMPARE(m_emulator.groups().size(), 1);
    }

    void expiredToken_isRefreshedOnce()
    {
        runJob(settings(), memberIds(3));
        m_emulator.expireAllTokens();
        const CreateResult result = runJob(settings(), memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/oauth2/accessToken")), 2);
    }

    void unknownMemberInAnAdd_isFoundByHalving()
    {
        QStringList ids = memberIds(70);
        ids[60] = QStringLiteral("nobody-by-this-id");
        const CreateResult result = runJob(settings(), ids);
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QVERIFY2(result.failedMembers.size() == 1, qPrintable(result.error.summary()));
        QCOMPARE(result.failedMembers.first().userid, QStringLiteral("nobody-by-this-id"));
        QCOMPARE(result.failedMembers.first().errcode, QStringLiteral("parameter.invalid"));
        QCOMPARE(m_emulator.group(result.openConversationId)->members.size(), 69);
    }

    void resetAfterTheCreate_isUnknownAndNotRepeated()
    {
        m_emulator.injectFault(QStringLiteral("/v1.0/im/group/create"),
                               EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
        const CreateResult result = runJob(settings(2), memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Unknown);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/im/group/create")), 1);
        QCOMPARE(m_emulator.groups().size(), 1);
    }

    void phoneLookup_usesTheLegacyHostWithTheSameToken()
    {
        const EmulatedEmployee person = EmulatorFixture::activeEmployees(m_emulator, 1).first();
        DingTalkClient client(settings());
        MobileResolver resolver(client.api(), { person.mobile });
        QSignalSpy finished(&resolver, &MobileResolver::finished);
        resolver.start();
        QVERIFY(finished.wait());
        QCOMPARE(resolver.results().first().userid, person.userid);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/v1.0/oauth2/accessToken")), 1);
    }

    void createBody_nestsTheSixSettings()
    {
        GroupSettings group;
        group.chatBanned = true;
        const QJsonObject body
            = V1GroupApi::createGroupBody(QStringLiteral("n"), QStringLiteral("o"), { QStringLiteral("o") }, group);
        QCOMPARE(body.keys(),
                 QStringList({ QStringLiteral("managementOptions"), QStringLiteral("name"), QStringLiteral("owner"),
                               QStringLiteral("useridlist") }));
        const QJsonObject options = body.value(QStringLiteral("managementOptions")).toObject();
        QCOMPARE(options.size(), 6);
        QCOMPARE(options.value(QStringLiteral("chatBannedType")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestV1GroupApi)
#include "tst_V1GroupApi.moc"
