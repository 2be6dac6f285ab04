#include "DingTalkEmulator.h"
#include "SandboxClient.h"

#include <QJsonArray>
#include <QtTest>

/** The v1.0 generation (api.dingtalk.com): header token, HTTP-status errors, managementOptions. */
class TestOpenApiV1 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void accessTokenWithDemoCredentials_returnsAccessTokenAndExpireIn();
    void accessTokenWithWrongSecret_answers400InvalidClientIdOrSecret();
    void createWithManagementOptions_createsGroupAndStoresSettings();
    void createWithTokenInQueryString_answers400MissingParameter();
    void createWithUnknownOrExpiredToken_answers401InvalidAuthentication();
    void createBreakingARule_answers400ParameterInvalidWithoutCreating();
    void createWithOwnerOutsideTheOrganisation_answers400PermessionCheckFailed();
    void updateAddingMembers_answersSuccessTrue();
    void updateWithUnknownUserid_rejectsWholeCall();
    void updateWithOnlyTheOpenConversationId_isRefusedAsDingTalkRequiresChatid();
    void errorAfterActing_actsThenAnswersTheError();
    void legacyToken_isAcceptedByTheNewApi();
    void apiErrorFault_answersHttpStatusAndCode();
    void rateLimit_answers403QpsLimit();

private:
    QJsonObject createBody(const QStringList& members) const;

    DingTalkEmulator m_emulator;
    std::unique_ptr<SandboxClient> m_client;
    QString m_token;
};

void TestOpenApiV1::initTestCase()
{
    QVERIFY(m_emulator.start());
    m_client = std::make_unique<SandboxClient>(m_emulator);
}

void TestOpenApiV1::init()
{
    m_emulator.reset();
    const ClientReply reply = m_client->postV1(
        "/v1.0/oauth2/accessToken",
        { { "appKey", DingTalkEmulator::demoAppKey() }, { "appSecret", DingTalkEmulator::demoAppSecret() } },
        QString());
    m_token = reply.json().value("accessToken").toString();
    QVERIFY(!m_token.isEmpty());
}

QJsonObject TestOpenApiV1::createBody(const QStringList& members) const
{
    const QString owner = m_emulator.demoOwnerId();
    return QJsonObject{ { "name", "新版接口群" },
                        { "owner", owner },
                        { "useridlist", QJsonArray::fromStringList(members) } };
}

void TestOpenApiV1::accessTokenWithDemoCredentials_returnsAccessTokenAndExpireIn()
{
    const ClientReply reply = m_client->postV1(
        "/v1.0/oauth2/accessToken",
        { { "appKey", DingTalkEmulator::demoAppKey() }, { "appSecret", DingTalkEmulator::demoAppSecret() } },
        QString());
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.json().value("accessToken").toString(), m_token);
    QCOMPARE(reply.json().value("expireIn").toInt(), 7200);
    QVERIFY(m_emulator.issuedTokens().contains(m_token));
}

void TestOpenApiV1::accessTokenWithWrongSecret_answers400InvalidClientIdOrSecret()
{
    const ClientReply reply
        = m_client->postV1("/v1.0/oauth2/accessToken",
                           { { "appKey", DingTalkEmulator::demoAppKey() }, { "appSecret", "wrong" } }, QString());
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.json().value("code").toString(), QString("invalidClientIdOrSecret"));
    QVERIFY(!reply.json().value("requestid").toString().isEmpty());
}

void TestOpenApiV1::createWithManagementOptions_createsGroupAndStoresSettings()
{
    QJsonObject body = createBody({ "userid1", "userid2" });
    body.insert("managementOptions",
                QJsonObject{ { "searchable", 1 }, { "chatBannedType", 1 }, { "showHistoryType", 1 } });
    const ClientReply reply = m_client->postV1("/v1.0/im/group/create", body, m_token);
    QCOMPARE(reply.httpStatus, 200);
    const QString cid = reply.json().value("openConversationId").toString();
    QVERIFY(cid.startsWith("cid"));
    QVERIFY(reply.json().value("chatid").toString().startsWith("chat"));
    QCOMPARE(reply.json().value("conversationTag").toInt(), 2);
    const EmulatedGroup group = *m_emulator.group(cid);
    QCOMPARE(group.members, (QStringList{ "manager4220", "userid1", "userid2" })); // the owner is added
    QCOMPARE(group.searchable, 1);
    QCOMPARE(group.chatBannedType, 1);
    QCOMPARE(group.showHistoryType, 1);
    QCOMPARE(group.validationType, 0);
}

void TestOpenApiV1::createWithTokenInQueryString_answers400MissingParameter()
{
    QNetworkReply* reply = m_client->startPost("/v1.0/im/group/create", createBody({ "userid1" }), m_token);
    const ClientReply result = SandboxClient::finish(reply);
    QCOMPARE(result.httpStatus, 400);
    QCOMPARE(result.json().value("code").toString(), QString("AuthenticationFailed.MissingParameter"));
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestOpenApiV1::createWithUnknownOrExpiredToken_answers401InvalidAuthentication()
{
    QCOMPARE(m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), "nope").httpStatus, 401);
    m_emulator.expireAllTokens();
    const ClientReply expired = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token);
    QCOMPARE(expired.httpStatus, 401);
    QCOMPARE(expired.json().value("code").toString(), QString("InvalidAuthentication"));
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestOpenApiV1::createBreakingARule_answers400ParameterInvalidWithoutCreating()
{
    QStringList many;
    const auto people = m_emulator.employees();
    for (const EmulatedEmployee& person : people) {
        if (person.active && many.size() < 41)
            many.append(person.userid);
    }
    QJsonObject longName = createBody({ "userid1" });
    longName.insert("name", QString("群").repeated(21));
    QJsonObject badOption = createBody({ "userid1" });
    badOption.insert("managementOptions", QJsonObject{ { "searchable", 3 } });
    const QList<QJsonObject> bodies{ longName, createBody({}), createBody(many), createBody({ "ghost0001" }),
                                     badOption };
    for (const QJsonObject& body : bodies) {
        const ClientReply reply = m_client->postV1("/v1.0/im/group/create", body, m_token);
        QCOMPARE(reply.httpStatus, 400);
        QCOMPARE(reply.json().value("code").toString(), QString("parameter.invalid"));
        QVERIFY(!reply.json().value("message").toString().isEmpty());
    }
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestOpenApiV1::createWithOwnerOutsideTheOrganisation_answers400PermessionCheckFailed()
{
    QJsonObject body = createBody({ "userid1" });
    body.insert("owner", "ghost0001");
    const ClientReply reply = m_client->postV1("/v1.0/im/group/create", body, m_token);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.json().value("code").toString(), QString("permession.checkFailed"));
}

void TestOpenApiV1::updateAddingMembers_answersSuccessTrue()
{
    const QString cid = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token)
                            .json()
                            .value("chatid")
                            .toString();
    const QJsonObject body{ { "chatid", cid },
                            { "add_useridlist", QJsonArray{ "userid2", "userid1" } },
                            { "managementOptions", QJsonObject{ { "validationType", 1 } } } };
    const ClientReply reply = m_client->postV1("/v1.0/im/group/update", body, m_token);
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.json().value("success").toBool(), true);
    const EmulatedGroup group = *m_emulator.group(cid);
    QCOMPARE(group.members, (QStringList{ "manager4220", "userid1", "userid2" }));
    QCOMPARE(group.validationType, 1);
}

void TestOpenApiV1::updateWithUnknownUserid_rejectsWholeCall()
{
    const QString chatid = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token)
                               .json()
                               .value("chatid")
                               .toString();
    const QJsonObject body{ { "chatid", chatid }, { "add_useridlist", QJsonArray{ "userid2", "ghost0001" } } };
    QCOMPARE(m_client->postV1("/v1.0/im/group/update", body, m_token).httpStatus, 400);
    QCOMPARE(m_emulator.group(chatid)->members.size(), 2);
}

void TestOpenApiV1::updateWithOnlyTheOpenConversationId_isRefusedAsDingTalkRequiresChatid()
{
    const QJsonObject created = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token).json();
    const QJsonObject body{ { "openConversationId", created.value("openConversationId").toString() },
                            { "add_useridlist", QJsonArray{ "userid2" } } };
    const ClientReply reply = m_client->postV1("/v1.0/im/group/update", body, m_token);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.json().value("code").toString(), QString("parameter.invalid"));
    QCOMPARE(m_emulator.group(created.value("chatid").toString())->members.size(), 2);
}

void TestOpenApiV1::errorAfterActing_actsThenAnswersTheError()
{
    m_emulator.injectFault("/v1.0/im/group/create", EmulatorFault::apiErrorAfterActing(500, "system.error"));
    const ClientReply reply = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token);
    QCOMPARE(reply.httpStatus, 500);
    QCOMPARE(reply.json().value("code").toString(), QString("system.error"));
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestOpenApiV1::legacyToken_isAcceptedByTheNewApi()
{
    m_emulator.reset();
    const QString legacy = m_client->token();
    QCOMPARE(m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), legacy).httpStatus, 200);
}

void TestOpenApiV1::apiErrorFault_answersHttpStatusAndCode()
{
    m_emulator.injectFault("/v1.0/im/group/create",
                           EmulatorFault::apiError(403, "Forbidden.AccessDenied.IpNotInWhiteList"));
    m_emulator.injectFault("/v1.0/im/group/create", EmulatorFault::apiError(-1));
    const ClientReply denied = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token);
    QCOMPARE(denied.httpStatus, 403);
    QCOMPARE(denied.json().value("code").toString(), QString("Forbidden.AccessDenied.IpNotInWhiteList"));
    const ClientReply busy = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token);
    QCOMPARE(busy.httpStatus, 429);
    QCOMPARE(busy.json().value("code").toString(), QString("system.busy"));
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestOpenApiV1::rateLimit_answers403QpsLimit()
{
    m_emulator.setRateLimit(true, 2);
    QCOMPARE(m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token).httpStatus, 200);
    QCOMPARE(m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token).httpStatus, 200);
    const ClientReply limited = m_client->postV1("/v1.0/im/group/create", createBody({ "userid1" }), m_token);
    QCOMPARE(limited.httpStatus, 403);
    QCOMPARE(limited.json().value("code").toString(), QString("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"));
    QCOMPARE(m_emulator.groups().size(), 2);
}

QTEST_GUILESS_MAIN(TestOpenApiV1)
#include "tst_OpenApiV1.moc"
