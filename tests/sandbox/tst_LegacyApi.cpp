#include "DingTalkEmulator.h"
#include "SandboxClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

/** The legacy (oapi) endpoints as a client sees them over HTTP: replies, validation codes, stored state. */
class TestLegacyApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void gettokenWithDemoCredentials_returnsTokenAndRecordsIt();
    void gettokenWithWrongSecretOrKey_answers40096();
    void gettokenAgainWhileValid_returnsSameToken();
    void gettokenForAddedApp_isAccepted();

    void createWithValidSpec_createsGroupAndStoresSettings();
    void createWithDocumentationExample_succeeds();
    void createWithTwentyCodePointName_succeeds();
    void createWithInvalidSpec_isRejectedWithoutCreating_data();
    void createWithInvalidSpec_isRejectedWithoutCreating();
    void createWithoutJsonContentType_answers43005();
    void createWithGet_answers43002();
    void createWithMalformedBody_answers43009();
    void createWithDuplicateIds_storesEachMemberOnce();

    void callWithoutToken_answers43007();
    void callWithUnknownToken_answers40014();
    void callWithExpiredToken_answers42001();
    void topapiWithUnknownToken_answers88WithSubCode40014();
    void topapiWithExpiredToken_answers88WithSubCode42001();

    void updateAddingMembers_addsThemAndIgnoresExisting();
    void updateWithOneUnknownOrInactiveId_rejectsWholeCall40031();
    void updateWithMoreThan40_answers49011();
    void updateBeyond1000Members_answers49005();
    void updateWithoutChatid_answers49000();
    void updateOfUnknownChat_answers40016();
    void updateWithOverlappingAddAndDelete_answers49004();
    void updateOfNameOnly_keepsSettingsAndMembers();
    void updateWithSettingsAndDeletions_appliesOnlyThose();

    void chatGet_returnsChatInfo();
    void chatGetOfUnknownChat_answers40016();

    void getbymobileOfActiveEmployee_returnsUserid();
    void getbymobileOfFormerOrUnknownEmployee_answers60121();
    void getbymobileWithMalformedMobile_answers40104();

    void qrcodeForMember_returnsJoinUrl();
    void qrcodeForNonMember_answers60124();

    void unknownPath_answersHttp404Json();

private:
    QJsonObject createBody(const QString& name, const QString& owner, const QStringList& members) const;
    QString createGroup(const QStringList& members);
    QStringList activeIds(int count, int skip = 0) const;
    QStringList inactiveIds() const;

    DingTalkEmulator m_emulator;
    std::unique_ptr<SandboxClient> m_client;
    QString m_token;
};

void TestLegacyApi::initTestCase()
{
    QVERIFY(m_emulator.start());
    m_client = std::make_unique<SandboxClient>(m_emulator);
}

void TestLegacyApi::init()
{
    m_emulator.reset();
    m_token = m_client->token();
    QVERIFY(!m_token.isEmpty());
}

QJsonObject TestLegacyApi::createBody(const QString& name, const QString& owner, const QStringList& members) const
{
    return QJsonObject{ { "name", name }, { "owner", owner }, { "useridlist", QJsonArray::fromStringList(members) } };
}

QStringList TestLegacyApi::activeIds(int count, int skip) const
{
    QStringList ids;
    const auto employees = m_emulator.employees();
    for (const EmulatedEmployee& person : employees) {
        if (!person.active || person.userid == m_emulator.demoOwnerId())
            continue;
        if (skip-- > 0)
            continue;
        ids.append(person.userid);
        if (ids.size() == count)
            break;
    }
    return ids;
}

QStringList TestLegacyApi::inactiveIds() const
{
    QStringList ids;
    const auto employees = m_emulator.employees();
    for (const EmulatedEmployee& person : employees) {
        if (!person.active)
            ids.append(person.userid);
    }
    return ids;
}

QString TestLegacyApi::createGroup(const QStringList& members)
{
    const QString owner = m_emulator.demoOwnerId();
    const ClientReply reply
        = m_client->post("/chat/create", createBody("测试群", owner, QStringList{ owner } + members), m_token);
    return reply.json().value("chatid").toString();
}

void TestLegacyApi::gettokenWithDemoCredentials_returnsTokenAndRecordsIt()
{
    const ClientReply reply = m_client->getToken();
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.httpStatus, 200);
    const QJsonObject json = reply.json();
    QVERIFY(json.value("errcode").isDouble());
    QCOMPARE(json.value("errcode").toInt(), 0);
    QCOMPARE(json.value("errmsg").toString(), QString("ok"));
    QCOMPARE(json.value("expires_in").toInt(), 7200);
    const QString token = json.value("access_token").toString();
    QVERIFY(QRegularExpression("^[0-9a-f]{32}$").match(token).hasMatch());
    QVERIFY(m_emulator.issuedTokens().contains(token));
}

void TestLegacyApi::gettokenWithWrongSecretOrKey_answers40096()
{
    QCOMPARE(m_client->getToken(DingTalkEmulator::demoAppKey(), "wrong").errcode(), 40096);
    QCOMPARE(m_client->getToken("dingunknown", DingTalkEmulator::demoAppSecret()).errcode(), 40096);
    QCOMPARE(m_client->get("/gettoken").errcode(), 40096);
    QCOMPARE(m_emulator.issuedTokens().size(), 1); // only init()'s
}

void TestLegacyApi::gettokenAgainWhileValid_returnsSameToken()
{
    QCOMPARE(m_client->token(), m_token);
    QCOMPARE(m_emulator.issuedTokens(), QStringList{ m_token });
}

void TestLegacyApi::gettokenForAddedApp_isAccepted()
{
    m_emulator.addApp("dingotherapp", "other-secret");
    const ClientReply reply = m_client->getToken("dingotherapp", "other-secret");
    QCOMPARE(reply.errcode(), 0);
    QVERIFY(reply.json().value("access_token").toString() != m_token);
}

void TestLegacyApi::createWithValidSpec_createsGroupAndStoresSettings()
{
    const QString owner = m_emulator.demoOwnerId();
    QJsonObject body = createBody("产品周会", owner, QStringList{ owner } + activeIds(3));
    body.insert("showHistoryType", 1);
    body.insert("searchable", 0);
    body.insert("validationType", 1);
    body.insert("mentionAllAuthority", 1);
    body.insert("managementType", 0);
    body.insert("chatBannedType", 1);
    const ClientReply reply = m_client->post("/chat/create", body, m_token);
    QCOMPARE(reply.httpStatus, 200);
    const QJsonObject json = reply.json();
    QVERIFY(json.value("errcode").isDouble());
    QCOMPARE(json.value("errcode").toInt(), 0);
    QCOMPARE(json.value("errmsg").toString(), QString("ok"));
    const QString chatid = json.value("chatid").toString();
    QVERIFY2(QRegularExpression("^chat[0-9a-f]{32}$").match(chatid).hasMatch(), qPrintable(chatid));
    const QString cid = json.value("openConversationId").toString();
    QVERIFY2(QRegularExpression("^cid[A-Za-z0-9+/]{22}==$").match(cid).hasMatch(), qPrintable(cid));
    QCOMPARE(json.value("conversationTag").toInt(), 2);

    const std::optional<EmulatedGroup> group = m_emulator.group(chatid);
    QVERIFY(group);
    QCOMPARE(group->name, QString("产品周会"));
    QCOMPARE(group->owner, owner);
    QCOMPARE(group->members, QStringList{ owner } + activeIds(3));
    QCOMPARE(group->openConversationId, cid);
    QCOMPARE(group->showHistoryType, 1);
    QCOMPARE(group->searchable, 0);
    QCOMPARE(group->validationType, 1);
    QCOMPARE(group->mentionAllAuthority, 1);
    QCOMPARE(group->managementType, 0);
    QCOMPARE(group->chatBannedType, 1);
    QVERIFY(m_emulator.group(cid)); // reachable by openConversationId too
    QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
}

void TestLegacyApi::createWithDocumentationExample_succeeds()
{
    const ClientReply reply
        = m_client->post("/chat/create", createBody("全员群", "manager4220", { "userid1", "userid2" }), m_token);
    QCOMPARE(reply.errcode(), 49006); // the documentation's own example leaves the owner out of useridlist
    const ClientReply fixed = m_client->post(
        "/chat/create", createBody("全员群", "manager4220", { "manager4220", "userid1", "userid2" }), m_token);
    QCOMPARE(fixed.errcode(), 0);
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestLegacyApi::createWithTwentyCodePointName_succeeds()
{
    const QString owner = m_emulator.demoOwnerId();
    const QString cjk = QString("群").repeated(20);
    QCOMPARE(m_client->post("/chat/create", createBody(cjk, owner, { owner }), m_token).errcode(), 0);
    // Twenty emoji are forty UTF-16 units but twenty characters.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(20);
    QCOMPARE(m_client->post("/chat/create", createBody(emoji, owner, { owner }), m_token).errcode(), 0);
}

void TestLegacyApi::createWithInvalidSpec_isRejectedWithoutCreating_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("errcode");
    const QString owner = m_emulator.demoOwnerId();
    const QStringList some = activeIds(2);
    const QStringList former = inactiveIds();
    QVERIFY(!former.isEmpty());

    QJsonObject noName = createBody("", owner, { owner });
    noName.remove("name");
    QTest::newRow("nameMissing_answers40035") << noName << 40035;
    QTest::newRow("nameEmpty_answers40035") << createBody("", owner, { owner }) << 40035;
    QTest::newRow("nameBlank_answers40035") << createBody("   ", owner, { owner }) << 40035;
    QTest::newRow("nameOf21CodePoints_answers400002")
        << createBody(QString("群").repeated(21), owner, { owner }) << 400002;
    QTest::newRow("ownerEmpty_answers49013") << createBody("群", "", some) << 49013;
    QJsonObject noList = createBody("群", owner, {});
    noList.remove("useridlist");
    QTest::newRow("useridlistMissing_answers49010") << noList << 49010;
    QTest::newRow("useridlistEmpty_answers49010") << createBody("群", owner, {}) << 49010;
    QTest::newRow("useridlistOf41_answers49011")
        << createBody("群", owner, QStringList{ owner } + activeIds(40)) << 49011;
    QTest::newRow("ownerNotInUseridlist_answers49006") << createBody("群", owner, some) << 49006;
    QTest::newRow("ownerNotAnEmployee_answers49018")
        << createBody("群", "nobody0000", QStringList{ "nobody0000" } + some) << 49018;
    QTest::newRow("ownerHasLeft_answers49018")
        << createBody("群", former.first(), QStringList{ former.first() } + some) << 49018;
    QTest::newRow("memberNotAnEmployee_answers40031")
        << createBody("群", owner, QStringList{ owner, "nobody0000" } + some) << 40031;
    QTest::newRow("memberHasLeft_answers40031")
        << createBody("群", owner, QStringList{ owner, former.first() } + some) << 40031;
    QJsonObject badSetting = createBody("群", owner, { owner });
    badSetting.insert("searchable", 2);
    QTest::newRow("settingNotZeroOrOne_answers40035") << badSetting << 40035;
}

void TestLegacyApi::createWithInvalidSpec_isRejectedWithoutCreating()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, errcode);
    const ClientReply reply = m_client->post("/chat/create", body, m_token);
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.errcode(), errcode);
    QVERIFY(!reply.errmsg().isEmpty());
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestLegacyApi::createWithoutJsonContentType_answers43005()
{
    const QString owner = m_emulator.demoOwnerId();
    QNetworkReply* reply = m_client->startPost("/chat/create", createBody("群", owner, { owner }), m_token,
                                               "application/x-www-form-urlencoded");
    QCOMPARE(SandboxClient::finish(reply).errcode(), 43005);
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestLegacyApi::createWithGet_answers43002()
{
    QCOMPARE(m_client->get("/chat/create", SandboxClient::tokenQuery(m_token)).errcode(), 43002);
    QCOMPARE(m_client->post("/chat/get", QJsonObject(), m_token).errcode(), 43001);
}

void TestLegacyApi::createWithMalformedBody_answers43009()
{
    QNetworkRequest request(m_client->url("/chat/create", SandboxClient::tokenQuery(m_token)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QCOMPARE(SandboxClient::finish(m_client->nam().post(request, QByteArray("{\"name\":"))).errcode(), 43009);
}

void TestLegacyApi::createWithDuplicateIds_storesEachMemberOnce()
{
    const QString owner = m_emulator.demoOwnerId();
    const QStringList ids = activeIds(2);
    const ClientReply reply
        = m_client->post("/chat/create", createBody("群", owner, QStringList{ owner, owner } + ids + ids), m_token);
    QCOMPARE(reply.errcode(), 0);
    QCOMPARE(m_emulator.group(reply.json().value("chatid").toString())->members, QStringList{ owner } + ids);
}

void TestLegacyApi::callWithoutToken_answers43007()
{
    const QString owner = m_emulator.demoOwnerId();
    const ClientReply reply = m_client->post("/chat/create", createBody("群", owner, { owner }), QString());
    QCOMPARE(reply.errcode(), 43007);
    QCOMPARE(reply.errmsg(), QString("需要授权"));
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestLegacyApi::callWithUnknownToken_answers40014()
{
    const QString owner = m_emulator.demoOwnerId();
    QCOMPARE(m_client->post("/chat/create", createBody("群", owner, { owner }), QString(32, 'a')).errcode(), 40014);
    QCOMPARE(m_client->get("/chat/get", SandboxClient::tokenQuery("nope", "chatid", "x")).errcode(), 40014);
}

void TestLegacyApi::callWithExpiredToken_answers42001()
{
    m_emulator.expireAllTokens();
    const QString owner = m_emulator.demoOwnerId();
    QCOMPARE(m_client->post("/chat/create", createBody("群", owner, { owner }), m_token).errcode(), 42001);
    // A fresh token works again.
    const QString fresh = m_client->token();
    QVERIFY(fresh != m_token);
    QCOMPARE(m_client->post("/chat/create", createBody("群", owner, { owner }), fresh).errcode(), 0);
}

void TestLegacyApi::topapiWithUnknownToken_answers88WithSubCode40014()
{
    const ClientReply reply = m_client->post("/topapi/v2/user/getbymobile", { { "mobile", "13800000000" } }, "bad");
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("errcode").toInt(), 88);
    QCOMPARE(json.value("sub_code").toString(), QString("40014"));
    QVERIFY(!json.value("sub_msg").toString().isEmpty());
    QVERIFY(!json.value("errmsg").toString().isEmpty());
}

void TestLegacyApi::topapiWithExpiredToken_answers88WithSubCode42001()
{
    m_emulator.expireAllTokens();
    const ClientReply reply = m_client->post("/topapi/v2/user/getbymobile", { { "mobile", "13800000000" } }, m_token);
    QCOMPARE(reply.errcode(), 88);
    QCOMPARE(reply.json().value("sub_code").toString(), QString("42001"));
}

void TestLegacyApi::updateAddingMembers_addsThemAndIgnoresExisting()
{
    const QStringList first = activeIds(5);
    const QString chatid = createGroup(first);
    QVERIFY(!chatid.isEmpty());
    const QStringList more = activeIds(3, 5);
    const QJsonObject body{ { "chatid", chatid },
                            { "add_useridlist", QJsonArray::fromStringList(QStringList{ first.first() } + more) } };
    const ClientReply reply = m_client->post("/chat/update", body, m_token);
    QCOMPARE(reply.errcode(), 0);
    QCOMPARE(reply.errmsg(), QString("ok"));
    QCOMPARE(m_emulator.group(chatid)->members, QStringList{ m_emulator.demoOwnerId() } + first + more);
}

void TestLegacyApi::updateWithOneUnknownOrInactiveId_rejectsWholeCall40031()
{
    const QString chatid = createGroup(activeIds(2));
    const QStringList newcomers = activeIds(10, 2);
    for (const QString& bad : { QString("ghost0001"), inactiveIds().first() }) {
        const QJsonObject body{ { "chatid", chatid },
                                { "add_useridlist", QJsonArray::fromStringList(newcomers + QStringList{ bad }) } };
        const ClientReply reply = m_client->post("/chat/update", body, m_token);
        QCOMPARE(reply.errcode(), 40031);
        QCOMPARE(m_emulator.group(chatid)->members.size(), 3); // nobody was added
    }
}

void TestLegacyApi::updateWithMoreThan40_answers49011()
{
    const QString chatid = createGroup({});
    const QJsonObject body{ { "chatid", chatid }, { "add_useridlist", QJsonArray::fromStringList(activeIds(41)) } };
    QCOMPARE(m_client->post("/chat/update", body, m_token).errcode(), 49011);
    const QJsonObject forty{ { "chatid", chatid }, { "add_useridlist", QJsonArray::fromStringList(activeIds(40)) } };
    QCOMPARE(m_client->post("/chat/update", forty, m_token).errcode(), 0);
    QCOMPARE(m_emulator.group(chatid)->members.size(), 41);
}

void TestLegacyApi::updateBeyond1000Members_answers49005()
{
    const QStringList everyone = activeIds(1000);
    QCOMPARE(everyone.size(), 1000);
    const QString chatid = createGroup(everyone.mid(0, 39)); // owner + 39
    for (qsizetype at = 39; at < 999; at += 40) {
        const QJsonObject body{ { "chatid", chatid },
                                { "add_useridlist", QJsonArray::fromStringList(everyone.mid(at, 40)) } };
        QCOMPARE(m_client->post("/chat/update", body, m_token).errcode(), 0);
    }
    QCOMPARE(m_emulator.group(chatid)->members.size(), 1000);
    const QJsonObject full{ { "chatid", chatid }, { "add_useridlist", QJsonArray{ everyone.last() } } };
    QCOMPARE(m_client->post("/chat/update", full, m_token).errcode(), 49005);
    QCOMPARE(m_emulator.group(chatid)->members.size(), 1000);
}

void TestLegacyApi::updateWithoutChatid_answers49000()
{
    const QJsonObject body{ { "add_useridlist", QJsonArray::fromStringList(activeIds(1)) } };
    QCOMPARE(m_client->post("/chat/update", body, m_token).errcode(), 49000);
}

void TestLegacyApi::updateOfUnknownChat_answers40016()
{
    const QJsonObject body{ { "chatid", "chat0000" }, { "add_useridlist", QJsonArray::fromStringList(activeIds(1)) } };
    QCOMPARE(m_client->post("/chat/update", body, m_token).errcode(), 40016);
}

void TestLegacyApi::updateWithOverlappingAddAndDelete_answers49004()
{
    const QString chatid = createGroup(activeIds(2));
    const QJsonArray ids = QJsonArray::fromStringList(activeIds(1, 5));
    QCOMPARE(m_client
                 ->post("/chat/update", { { "chatid", chatid }, { "add_useridlist", ids }, { "del_useridlist", ids } },
                        m_token)
                 .errcode(),
             49004);
}

void TestLegacyApi::updateOfNameOnly_keepsSettingsAndMembers()
{
    const QString owner = m_emulator.demoOwnerId();
    QJsonObject body = createBody("旧名字", owner, QStringList{ owner } + activeIds(2));
    body.insert("chatBannedType", 1);
    body.insert("searchable", 1);
    const QString chatid = m_client->post("/chat/create", body, m_token).json().value("chatid").toString();
    QCOMPARE(m_client->post("/chat/update", { { "chatid", chatid }, { "name", "新名字" } }, m_token).errcode(), 0);
    const EmulatedGroup group = *m_emulator.group(chatid);
    QCOMPARE(group.name, QString("新名字"));
    QCOMPARE(group.chatBannedType, 1);
    QCOMPARE(group.searchable, 1);
    QCOMPARE(group.members.size(), 3);
    QCOMPARE(m_client->post("/chat/update", { { "chatid", chatid }, { "name", QString("长").repeated(21) } }, m_token)
                 .errcode(),
             400002);
}

void TestLegacyApi::updateWithSettingsAndDeletions_appliesOnlyThose()
{
    const QStringList ids = activeIds(3);
    const QString chatid = createGroup(ids);
    const QJsonObject body{ { "chatid", chatid },
                            { "del_useridlist", QJsonArray{ ids.at(1) } },
                            { "validationType", 1 },
                            { "managementType", 1 } };
    QCOMPARE(m_client->post("/chat/update", body, m_token).errcode(), 0);
    const EmulatedGroup group = *m_emulator.group(chatid);
    QCOMPARE(group.members, (QStringList{ m_emulator.demoOwnerId(), ids.at(0), ids.at(2) }));
    QCOMPARE(group.validationType, 1);
    QCOMPARE(group.managementType, 1);
    QCOMPARE(group.showHistoryType, 0);
    QCOMPARE(group.chatBannedType, 0);
    // The owner cannot be removed.
    const QJsonObject dropOwner{ { "chatid", chatid }, { "del_useridlist", QJsonArray{ m_emulator.demoOwnerId() } } };
    QCOMPARE(m_client->post("/chat/update", dropOwner, m_token).errcode(), 49006);
}

void TestLegacyApi::chatGet_returnsChatInfo()
{
    const QStringList ids = activeIds(2);
    const QString chatid = createGroup(ids);
    const ClientReply reply = m_client->get("/chat/get", SandboxClient::tokenQuery(m_token, "chatid", chatid));
    QCOMPARE(reply.errcode(), 0);
    const QJsonObject info = reply.json().value("chat_info").toObject();
    QCOMPARE(info.value("chatid").toString(), chatid);
    QCOMPARE(info.value("name").toString(), QString("测试群"));
    QCOMPARE(info.value("owner").toString(), m_emulator.demoOwnerId());
    QCOMPARE(info.value("useridlist").toArray().size(), 3);
    QCOMPARE(info.value("conversationTag").toInt(), 2);
    QCOMPARE(info.value("status").toInt(), 1);
    for (const char* setting : { "showHistoryType", "searchable", "validationType", "mentionAllAuthority",
                                 "managementType", "chatBannedType" })
        QVERIFY2(info.value(setting).isDouble(), setting);
}

void TestLegacyApi::chatGetOfUnknownChat_answers40016()
{
    QCOMPARE(m_client->get("/chat/get", SandboxClient::tokenQuery(m_token, "chatid", "chatnope")).errcode(), 40016);
    QCOMPARE(m_client->get("/chat/get", SandboxClient::tokenQuery(m_token)).errcode(), 49000);
}

void TestLegacyApi::getbymobileOfActiveEmployee_returnsUserid()
{
    const EmulatedEmployee person = m_emulator.employees().at(10);
    QVERIFY(person.active);
    const ClientReply reply = m_client->post("/topapi/v2/user/getbymobile", { { "mobile", person.mobile } }, m_token);
    QCOMPARE(reply.errcode(), 0);
    QCOMPARE(reply.json().value("result").toObject().value("userid").toString(), person.userid);
    QVERIFY(!reply.json().value("request_id").toString().isEmpty());
}

void TestLegacyApi::getbymobileOfFormerOrUnknownEmployee_answers60121()
{
    EmulatedEmployee former;
    const auto employees = m_emulator.employees();
    for (const EmulatedEmployee& person : employees) {
        if (!person.active)
            former = person;
    }
    QVERIFY(!former.userid.isEmpty());
    QCOMPARE(m_client->post("/topapi/v2/user/getbymobile", { { "mobile", former.mobile } }, m_token).errcode(), 60121);

    const EmulatedEmployee leaving = employees.at(20);
    m_emulator.setEmployeeActive(leaving.userid, false);
    QCOMPARE(m_client->post("/topapi/v2/user/getbymobile", { { "mobile", leaving.mobile } }, m_token).errcode(), 60121);

    QSet<QString> mobiles;
    for (const EmulatedEmployee& person : employees)
        mobiles.insert(person.mobile);
    QString unused = "13000000000";
    while (mobiles.contains(unused))
        unused = QString::number(unused.toLongLong() + 1);
    QCOMPARE(m_client->post("/topapi/v2/user/getbymobile", { { "mobile", unused } }, m_token).errcode(), 60121);
}

void TestLegacyApi::getbymobileWithMalformedMobile_answers40104()
{
    for (const QString& mobile : { QString("12345"), QString("1380000000a"), QString("23800000000"), QString() })
        QCOMPARE(m_client->post("/topapi/v2/user/getbymobile", { { "mobile", mobile } }, m_token).errcode(), 40104);
}

void TestLegacyApi::qrcodeForMember_returnsJoinUrl()
{
    const QString chatid = createGroup(activeIds(1));
    const ClientReply reply = m_client->post("/topapi/chat/qrcode/get",
                                             { { "chatid", chatid }, { "userid", m_emulator.demoOwnerId() } }, m_token);
    QCOMPARE(reply.errcode(), 0);
    QVERIFY(reply.json().value("result").toString().startsWith("https://qr.dingtalk.com/action/joingroup?code="));
}

void TestLegacyApi::qrcodeForNonMember_answers60124()
{
    const QString chatid = createGroup(activeIds(1));
    const QJsonObject body{ { "chatid", chatid }, { "userid", activeIds(1, 5).first() } };
    QCOMPARE(m_client->post("/topapi/chat/qrcode/get", body, m_token).errcode(), 60124);
}

void TestLegacyApi::unknownPath_answersHttp404Json()
{
    const ClientReply reply = m_client->get("/no/such/api", SandboxClient::tokenQuery(m_token));
    QCOMPARE(reply.httpStatus, 404);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QCOMPARE(reply.errcode(), 404);
}

QTEST_GUILESS_MAIN(TestLegacyApi)
#include "tst_LegacyApi.moc"
