#include "dingtalk/FixedTokenProvider.h"
#include "dingtalk/HttpTransport.h"
#include "dingtalk/LegacyGroupApi.h"
#include "dingtalk/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace {
ServerReply jsonReply(const QByteArray& body, int status = 200)
{
    return ServerReply{ status, "application/json", body, {} };
}
} // namespace

class TestLegacyGroupApi : public QObject
{
    Q_OBJECT

public:
    TestLegacyGroupApi()
        : m_tokens(QStringLiteral("tok"))
        , m_api(&m_transport, &m_tokens, QUrl(QStringLiteral("https://oapi.dingtalk.com/")), 5000)
    {
    }

private slots:
    void createBody_carriesNameOwnerMembersAndAllSixSettings()
    {
        GroupSettings settings;
        settings.showHistory = true;
        settings.mentionAllOwnerOnly = true;
        settings.chatBanned = true;
        const QJsonObject body
            = LegacyGroupApi::createGroupBody(QStringLiteral("全员群"), QStringLiteral("manager4220"),
                                              { QStringLiteral("manager4220"), QStringLiteral("userid1") }, settings);
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("全员群"));
        QCOMPARE(body.value(QStringLiteral("owner")).toString(), QStringLiteral("manager4220"));
        QCOMPARE(body.value(QStringLiteral("useridlist")).toArray().size(), 2);
        QCOMPARE(body.value(QStringLiteral("showHistoryType")).toInt(-1), 1);
        QCOMPARE(body.value(QStringLiteral("searchable")).toInt(-1), 0);
        QCOMPARE(body.value(QStringLiteral("validationType")).toInt(-1), 0);
        QCOMPARE(body.value(QStringLiteral("mentionAllAuthority")).toInt(-1), 1);
        QCOMPARE(body.value(QStringLiteral("managementType")).toInt(-1), 0);
        QCOMPARE(body.value(QStringLiteral("chatBannedType")).toInt(-1), 1);
        QCOMPARE(body.size(), 9);
    }

    void addMembersBody_sendsOnlyChatIdAndAddList()
    {
        const QJsonObject body = LegacyGroupApi::addMembersBody(QStringLiteral("chat1"), { QStringLiteral("a") });
        QCOMPARE(body.keys(), QStringList({ QStringLiteral("add_useridlist"), QStringLiteral("chatid") }));
    }

    void createRequest_isAPostWithTokenInQueryAndNeverRepeated()
    {
        const OutgoingRequest request = m_api.createGroupRequest(QStringLiteral("tok"), QStringLiteral("n"),
                                                                 QStringLiteral("o"), { QStringLiteral("o") }, {});
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.path(), QStringLiteral("/chat/create"));
        QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("access_token")), QStringLiteral("tok"));
        QVERIFY(request.mustNotRepeat);
        QCOMPARE(request.timeoutMs, 5000);
        QVERIFY(request.headers.contains(qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))));
        QVERIFY(QJsonDocument::fromJson(request.body).isObject());
    }

    void otherRequests_mayBeRepeatedByTheTransport()
    {
        QVERIFY(!m_api.addMembersRequest(QStringLiteral("t"), QStringLiteral("c"), {}).mustNotRepeat);
        const OutgoingRequest get = m_api.getGroupRequest(QStringLiteral("t"), QStringLiteral("chat 1"));
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(QUrlQuery(get.url).queryItemValue(QStringLiteral("chatid")), QStringLiteral("chat 1"));
        QCOMPARE(m_api.userIdByMobileRequest(QStringLiteral("t"), QStringLiteral("138")).url.path(),
                 QStringLiteral("/topapi/v2/user/getbymobile"));
    }

    void baseUrlWithPath_keepsThePath()
    {
        QCOMPARE(
            LegacyGroupApi::endpoint(QUrl(QStringLiteral("http://127.0.0.1:8080/dt/")), QStringLiteral("/chat/get"))
                .toString(),
            QStringLiteral("http://127.0.0.1:8080/dt/chat/get"));
    }

    void success_isRead()
    {
        const ApiResult result = LegacyGroupApi::interpretReply(
            jsonReply(
                R"({"errcode":0,"errmsg":"ok","chatid":"chatX","openConversationId":"cidX","conversationTag":2})"),
            true);
        QVERIFY(result.ok());
        QCOMPARE(result.body.value(QStringLiteral("chatid")).toString(), QStringLiteral("chatX"));
    }

    void errcodeAsString_isRead()
    {
        QVERIFY(LegacyGroupApi::interpretReply(jsonReply(R"({"errcode":"0","errmsg":"ok"})"), false).ok());
        const ApiResult failed
            = LegacyGroupApi::interpretReply(jsonReply(R"({"errcode":"60011","errmsg":"no permission"})"), false);
        QVERIFY(failed.error.hasCode(60011));
        QCOMPARE(failed.error.errmsg, QStringLiteral("no permission"));
    }

    void errcodeOutOfRange_isAnErrorShowingTheNumberSent()
    {
        // Cast to an integer, 1e300 was undefined behaviour (the release build read -9223372036854775808).
        const ApiResult result = LegacyGroupApi::interpretReply(jsonReply(R"({"errcode":1e300,"errmsg":"odd"})"), true);
        QVERIFY(result.error.isApi());
        QCOMPARE(result.error.errcode, QStringLiteral("1e+300"));
        QVERIFY(!result.error.outcomeUnknown);
        const ApiResult banned = LegacyGroupApi::interpretReply(jsonReply(R"({"status":-1e300})"), false);
        QCOMPARE(banned.error.errcode, QStringLiteral("-1e+300"));
    }

    void missingErrcode_meansSuccess()
    {
        QVERIFY(LegacyGroupApi::interpretReply(jsonReply(R"({"chatid":"c"})"), true).ok());
    }

    void apiError_keepsDingTalksCodeAndMessage()
    {
        const ApiResult result
            = LegacyGroupApi::interpretReply(jsonReply(R"({"errcode":49006,"errmsg":"群主不在成员列表中"})"), true);
        QVERIFY(result.error.isApi());
        QCOMPARE(result.error.errcode, QStringLiteral("49006"));
        QCOMPARE(result.error.errmsg, QStringLiteral("群主不在成员列表中"));
        // DingTalk answered: it certainly did not create anything.
        QVERIFY(!result.error.outcomeUnknown);
    }

    void htmlErrorPage_isSummarisedAndTheCreateOutcomeUnknown()
    {
        const ServerReply reply{ 500, "text/html; charset=utf-8", "<html><body>Internal error</body></html>", {} };
        const ApiResult result = LegacyGroupApi::interpretReply(reply, true);
        QCOMPARE(result.error.failure, TransportFailure::HttpStatus);
        QCOMPARE(result.error.httpStatus, 500);
        QCOMPARE(result.error.contentType, QStringLiteral("text/html; charset=utf-8"));
        QVERIFY(result.error.outcomeUnknown);
        QVERIFY(!result.error.summary().contains(QStringLiteral("<html>")));
        // The same page on a call that may be repeated is not "unknown".
        QVERIFY(!LegacyGroupApi::interpretReply(reply, false).error.outcomeUnknown);
    }

    void malformedJson_isNotJson()
    {
        const ApiResult result = LegacyGroupApi::interpretReply(jsonReply(R"({"errcode":0,"chatid":)"), true);
        QCOMPARE(result.error.failure, TransportFailure::NotJson);
        QVERIFY(result.error.outcomeUnknown);
    }

    void clientErrorPage_meansNothingWasCreated()
    {
        const ApiResult result
            = LegacyGroupApi::interpretReply(ServerReply{ 404, "text/html", "<h1>404</h1>", {} }, true);
        QCOMPARE(result.error.failure, TransportFailure::HttpStatus);
        QVERIFY(!result.error.outcomeUnknown);
    }

    void redirect_isRefused()
    {
        const ApiResult result = LegacyGroupApi::interpretReply(ServerReply{ 302, "text/html", "", {} }, true);
        QCOMPARE(result.error.failure, TransportFailure::Redirect);
    }

    void ipBan_isReadFromStatus()
    {
        const ApiResult result
            = LegacyGroupApi::interpretReply(jsonReply(R"({"status":1111,"message":"blocked"})", 200), false);
        QVERIFY(result.error.hasCode(1111));
    }

    void tokenErrors_areRecognised_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("40014") << QByteArray(R"({"errcode":40014,"errmsg":"invalid"})") << true;
        QTest::newRow("42001") << QByteArray(R"({"errcode":42001,"errmsg":"expired"})") << true;
        QTest::newRow("40001") << QByteArray(R"({"errcode":40001,"errmsg":"x"})") << true;
        QTest::newRow("33001") << QByteArray(R"({"errcode":"33001","errmsg":"x"})") << true;
        QTest::newRow("topapi 88/40014") << QByteArray(R"({"errcode":88,"errmsg":"x","sub_code":"40014"})") << true;
        QTest::newRow("topapi 88/42001") << QByteArray(R"({"errcode":88,"errmsg":"x","sub_code":"42001"})") << true;
        QTest::newRow("topapi 88/other") << QByteArray(R"({"errcode":88,"errmsg":"x","sub_code":"60011"})") << false;
        QTest::newRow("permission") << QByteArray(R"({"errcode":60011,"errmsg":"x"})") << false;
        QTest::newRow("ok") << QByteArray(R"({"errcode":0,"errmsg":"ok"})") << false;
    }

    void tokenErrors_areRecognised()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, rejected);
        QCOMPARE(RetryPolicy::classify(LegacyGroupApi::interpretReply(jsonReply(body), false).error)
                     == RetryPolicy::Answer::TokenRejected,
                 rejected);
    }

private:
    HttpTransport m_transport;
    FixedTokenProvider m_tokens;
    LegacyGroupApi m_api;
};

QTEST_GUILESS_MAIN(TestLegacyGroupApi)
#include "tst_LegacyGroupApi.moc"
