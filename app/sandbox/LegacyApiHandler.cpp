#include "LegacyApiHandler.h"

#include "EmulatorState.h"
#include "GroupRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

struct Endpoint
{
    const char* path;
    const char* method;
    const char* permission; // the app permission DingTalk checks for it (see DingTalkEmulator::setPermissionGranted)
};

const Endpoint kEndpoints[] = {
    { "/gettoken", "GET", "" },
    { "/chat/create", "POST", "qyapi_chat_manage" },
    { "/chat/update", "POST", "qyapi_chat_manage" },
    { "/chat/get", "GET", "qyapi_chat_read" },
    { "/topapi/v2/user/getbymobile", "POST", "qyapi_get_member_by_mobile" },
    { "/topapi/chat/qrcode/get", "POST", "qyapi_chat_base_read" },
    { "/topapi/v2/department/listsub", "POST", "qyapi_get_department_list" },
    { "/topapi/v2/user/list", "POST", "qyapi_get_department_member" },
};

// user/list pages hold at most this many people (DingTalk: size ≤ 100).
constexpr int MaxPageSize = 100;

// A JSON number or a numeric string ("dept_id": "5" is accepted by DingTalk's gateway too); `fallback` when absent.
bool readInteger(const QJsonObject& body, const char* key, qint64 fallback, qint64* value)
{
    const QJsonValue field = body.value(QLatin1String(key));
    if (field.isUndefined() || field.isNull()) {
        *value = fallback;
        return fallback >= 0;
    }
    bool ok = field.isDouble();
    *value = ok ? qint64(field.toDouble()) : field.toString().toLongLong(&ok);
    return ok;
}

const Endpoint* endpointFor(const QString& path)
{
    for (const Endpoint& endpoint : kEndpoints) {
        if (path == QLatin1String(endpoint.path))
            return &endpoint;
    }
    return nullptr;
}

QString joined(const QStringList& ids)
{
    return ids.join(QLatin1Char(','));
}

} // namespace

LegacyApiHandler::LegacyApiHandler(EmulatorState& state)
    : m_state(state)
{
}

bool LegacyApiHandler::handles(const QString& path) const
{
    return endpointFor(path) != nullptr;
}

HttpResponse LegacyApiHandler::apiError(int errcode, const QString& errmsg) const
{
    return HttpResponse::json(
        QJsonObject{ { "errcode", errcode }, { "errmsg", errmsg.isEmpty() ? defaultMessage(errcode) : errmsg } });
}

HttpResponse LegacyApiHandler::ok(QJsonObject fields)
{
    fields.insert(QStringLiteral("errcode"), 0);
    fields.insert(QStringLiteral("errmsg"), QStringLiteral("ok"));
    return HttpResponse::json(fields);
}

HttpResponse LegacyApiHandler::handle(const HttpRequest& request)
{
    const Endpoint* endpoint = endpointFor(request.path);
    if (!endpoint)
        return error(404);
    if (request.method != endpoint->method)
        return error(request.method == "GET" ? 43002 : 43001);
    if (request.path == QLatin1String("/gettoken"))
        return getToken(request);

    const bool topApi = request.path.startsWith(QLatin1String("/topapi/"));
    const QString token = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    return m_state.locked([&](EmulatorData& data) -> HttpResponse {
        QString appKey;
        const EmulatorData::TokenCheck check = data.checkToken(token, &appKey);
        if (check != EmulatorData::TokenCheck::Valid) {
            const int code = check == EmulatorData::TokenCheck::Missing ? 43007
                : check == EmulatorData::TokenCheck::Expired            ? 42001
                                                                        : 40014;
            if (!topApi)
                return error(code);
            // /topapi paths wrap token problems in errcode 88; the real reason is in sub_code.
            const QString subMessage = defaultMessage(code);
            return HttpResponse::json(QJsonObject{
                { "errcode", 88 },
                { "errmsg", QStringLiteral("ding talk error[subcode=%1,submsg=%2]").arg(code).arg(subMessage) },
                { "sub_code", QString::number(code) },
                { "sub_msg", subMessage },
                { "request_id", GroupRules::newRequestId() } });
        }
        if (!data.admitCall(appKey, request.path)) {
            if (!topApi)
                return error(90018);
            // Reference: on /topapi paths a rate limit comes as errcode 88 with sub_code "90018".
            const QString subMessage = defaultMessage(90018);
            return HttpResponse::json(
                QJsonObject{ { "errcode", 88 },
                             { "errmsg", QStringLiteral("ding talk error[subcode=90018,submsg=%1]").arg(subMessage) },
                             { "sub_code", QStringLiteral("90018") },
                             { "sub_msg", subMessage },
                             { "request_id", GroupRules::newRequestId() } });
        }
        // DingTalk's text for 60011 does not name the permission: a client must know it from the call it made.
        if (data.revokedPermissions.contains(QLatin1String(endpoint->permission)))
            return error(60011);

        if (request.method == "GET") {
            return getChat(data, request);
        }
        if (!request.header("content-type").toLower().startsWith("application/json"))
            return error(43005);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(43009);
        const QJsonObject body = document.object();
        if (request.path == QLatin1String("/chat/create"))
            return createChat(data, body);
        if (request.path == QLatin1String("/chat/update"))
            return updateChat(data, body);
        if (request.path == QLatin1String("/topapi/v2/user/getbymobile"))
            return getUserByMobile(data, body);
        if (request.path == QLatin1String("/topapi/v2/department/listsub"))
            return listSubDepartments(data, body);
        if (request.path == QLatin1String("/topapi/v2/user/list"))
            return listDepartmentUsers(data, body);
        return getQrCode(data, body);
    });
}

HttpResponse LegacyApiHandler::getToken(const HttpRequest& request) const
{
    const QString appKey = request.query.queryItemValue(QStringLiteral("appkey"), QUrl::FullyDecoded);
    const QString appSecret = request.query.queryItemValue(QStringLiteral("appsecret"), QUrl::FullyDecoded);
    return m_state.locked([&](EmulatorData& data) -> HttpResponse {
        const auto app = data.apps.constFind(appKey);
        if (appKey.isEmpty() || app == data.apps.cend() || *app != appSecret)
            return error(40096);
        const QString token = data.issueToken(appKey);
        return ok(QJsonObject{ { "access_token", token }, { "expires_in", data.tokenLifetimeSeconds } });
    });
}

HttpResponse LegacyApiHandler::createChat(EmulatorData& data, const QJsonObject& body) const
{
    const QJsonValue nameValue = body.value(QStringLiteral("name"));
    const QString name = nameValue.toString();
    switch (GroupRules::checkName(name)) {
    case GroupRules::NameCheck::Empty:
        return error(40035, QStringLiteral("缺少参数 name"));
    case GroupRules::NameCheck::TooLong:
        return error(400002, QStringLiteral("参数长度超限: name 最多 %1 个字符").arg(GroupRules::MaxNameLength));
    case GroupRules::NameCheck::Ok:
        break;
    }
    const QString owner = body.value(QStringLiteral("owner")).toString().trimmed();
    if (owner.isEmpty())
        return error(49013);

    QStringList members;
    if (!body.contains(QStringLiteral("useridlist")))
        return error(49010);
    if (!GroupRules::readIds(body.value(QStringLiteral("useridlist")), &members))
        return error(40035, QStringLiteral("不合法的参数 useridlist"));
    if (members.isEmpty())
        return error(49010);
    if (members.size() > GroupRules::MaxIdsPerCall)
        return error(49011);
    members.removeDuplicates();
    if (!members.contains(owner))
        return error(49006);
    if (!data.isActiveEmployee(owner))
        return error(49018);
    QStringList unknown;
    for (const QString& id : std::as_const(members)) {
        if (!data.isActiveEmployee(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty())
        return error(40031, defaultMessage(40031) + QStringLiteral(": ") + joined(unknown));

    EmulatedGroup group;
    QString badField;
    if (!GroupRules::readSettings(body, &group, &badField))
        return error(40035, QStringLiteral("不合法的参数 %1").arg(badField));
    group.chatid = GroupRules::newChatId();
    group.openConversationId = GroupRules::newOpenConversationId();
    group.conversationTag = 2;
    group.name = name;
    group.owner = owner;
    group.members = members;
    data.addGroup(group);
    return ok(QJsonObject{ { "chatid", group.chatid },
                           { "openConversationId", group.openConversationId },
                           { "conversationTag", group.conversationTag } });
}

HttpResponse LegacyApiHandler::updateChat(EmulatorData& data, const QJsonObject& body) const
{
    const QString chatid = body.value(QStringLiteral("chatid")).toString().trimmed();
    if (chatid.isEmpty())
        return error(49000);
    EmulatedGroup* group = data.group(chatid);
    if (!group)
        return error(40016);

    QStringList added;
    QStringList removed;
    if (body.contains(QStringLiteral("add_useridlist"))
        && !GroupRules::readIds(body.value(QStringLiteral("add_useridlist")), &added))
        return error(40035, QStringLiteral("不合法的参数 add_useridlist"));
    if (body.contains(QStringLiteral("del_useridlist"))
        && !GroupRules::readIds(body.value(QStringLiteral("del_useridlist")), &removed))
        return error(40035, QStringLiteral("不合法的参数 del_useridlist"));
    if (added.size() > GroupRules::MaxIdsPerCall || removed.size() > GroupRules::MaxIdsPerCall)
        return error(49011);
    added.removeDuplicates();
    removed.removeDuplicates();
    for (const QString& id : std::as_const(added)) {
        if (removed.contains(id))
            return error(49004);
    }
    // One unknown or departed userid rejects the whole call: nobody is added.
    QStringList unknown;
    for (const QString& id : std::as_const(added)) {
        if (!data.isActiveEmployee(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty())
        return error(40031, defaultMessage(40031) + QStringLiteral(": ") + joined(unknown));

    EmulatedGroup changed = *group;
    if (body.contains(QStringLiteral("name"))) {
        changed.name = body.value(QStringLiteral("name")).toString();
        switch (GroupRules::checkName(changed.name)) {
        case GroupRules::NameCheck::Empty:
            return error(40035, QStringLiteral("不合法的参数 name"));
        case GroupRules::NameCheck::TooLong:
            return error(400002, QStringLiteral("参数长度超限: name 最多 %1 个字符").arg(GroupRules::MaxNameLength));
        case GroupRules::NameCheck::Ok:
            break;
        }
    }
    if (body.contains(QStringLiteral("owner"))) {
        changed.owner = body.value(QStringLiteral("owner")).toString().trimmed();
        if (!data.isActiveEmployee(changed.owner))
            return error(49018);
    }
    QString badField;
    if (!GroupRules::readSettings(body, &changed, &badField))
        return error(40035, QStringLiteral("不合法的参数 %1").arg(badField));

    // Ids already in the group are ignored, as DingTalk does.
    for (const QString& id : std::as_const(added)) {
        if (!changed.members.contains(id))
            changed.members.append(id);
    }
    for (const QString& id : std::as_const(removed))
        changed.members.removeAll(id);
    if (!changed.members.contains(changed.owner))
        return error(49006);
    if (changed.members.size() > GroupRules::MaxMembers)
        return error(49005);
    *group = changed;
    return ok();
}

HttpResponse LegacyApiHandler::getChat(EmulatorData& data, const HttpRequest& request) const
{
    const QString chatid = request.query.queryItemValue(QStringLiteral("chatid"), QUrl::FullyDecoded).trimmed();
    if (chatid.isEmpty())
        return error(49000);
    const EmulatedGroup* group = data.group(chatid);
    if (!group)
        return error(40016);
    QJsonObject info{ { "chatid", group->chatid },
                      { "openConversationId", group->openConversationId },
                      { "name", group->name },
                      { "owner", group->owner },
                      { "useridlist", QJsonArray::fromStringList(group->members) },
                      { "conversationTag", group->conversationTag },
                      { "icon", QString() },
                      { "status", 1 } };
    GroupRules::writeSettings(*group, &info);
    return ok(QJsonObject{ { "chat_info", info } });
}

HttpResponse LegacyApiHandler::getUserByMobile(EmulatorData& data, const QJsonObject& body) const
{
    // Mainland numbers as 11 digits; numbers elsewhere as DingTalk stores them, "+852-xxxxxxxx" (an organisation
    // registered abroad stores mainland ones as "+86-1xxxxxxxxxx").
    static const QRegularExpression mobilePattern(QStringLiteral("^(1[3-9][0-9]{9}|\\+[1-9][0-9]{0,3}-[0-9]{4,14})$"));
    const QString mobile = body.value(QStringLiteral("mobile")).toString().trimmed();
    if (!mobilePattern.match(mobile).hasMatch())
        return error(40104);
    const EmulatedEmployee* person = data.employeeByMobile(mobile);
    // Former employees are not found, as on DingTalk.
    if (!person || !person->active)
        return error(60121);
    QJsonObject reply{ { "result", QJsonObject{ { "userid", person->userid } } },
                       { "request_id", GroupRules::newRequestId() } };
    return ok(reply);
}

HttpResponse LegacyApiHandler::listSubDepartments(EmulatorData& data, const QJsonObject& body) const
{
    // DingTalk: "dept_id" may be left out for the root (1).
    qint64 id = 0;
    if (!readInteger(body, "dept_id", 1, &id))
        return error(400002, QStringLiteral("参数错误: dept_id"));
    if (!data.department(id))
        return error(60003);
    if (data.departmentsOutOfScope.contains(id))
        return error(50004);
    // Assumption (DingTalk's documentation is silent): a child outside the app's scope is still listed by its
    // parent; only asking for its own children or members answers 50004.
    QJsonArray children;
    for (const qint64 childId : data.childDepartments.value(id)) {
        const EmulatedDepartment* child = data.department(childId);
        children.append(QJsonObject{ { "dept_id", child->id },
                                     { "name", child->name },
                                     { "parent_id", child->parentId },
                                     { "create_dept_group", false },
                                     { "auto_add_user", true } });
    }
    return ok(QJsonObject{ { "result", children }, { "request_id", GroupRules::newRequestId() } });
}

HttpResponse LegacyApiHandler::listDepartmentUsers(EmulatorData& data, const QJsonObject& body) const
{
    qint64 id = 0;
    qint64 cursor = 0;
    qint64 size = 0;
    if (!readInteger(body, "dept_id", -1, &id))
        return error(400002, QStringLiteral("缺少参数 dept_id"));
    if (!readInteger(body, "cursor", -1, &cursor) || cursor < 0)
        return error(400002, QStringLiteral("缺少参数 cursor"));
    if (!readInteger(body, "size", -1, &size))
        return error(400002, QStringLiteral("缺少参数 size"));
    if (size < 1 || size > MaxPageSize)
        return error(40069);
    if (!data.department(id))
        return error(60003);
    if (data.departmentsOutOfScope.contains(id))
        return error(50004);
    // Assumption (undocumented): the cursor is an offset into the department's member list in a stable order, and
    // next_cursor is sent only while has_more is true.
    const QList<const EmulatedEmployee*> members = data.departmentMembers(id);
    QJsonArray list;
    const qint64 end = qMin<qint64>(members.size(), cursor + size);
    for (qint64 i = cursor; i < end; ++i) {
        const EmulatedEmployee& person = *members.at(i);
        QJsonArray departmentIds;
        for (const qint64 department : person.departmentIds)
            departmentIds.append(department);
        QJsonObject entry{ { "userid", person.userid },
                           { "unionid", QStringLiteral("union") + person.userid },
                           { "name", person.name },
                           // "+852-xxxxxxxx" outside the mainland (reference): its country code is the state code.
                           { "state_code",
                             person.mobile.startsWith(QLatin1Char('+'))
                                 ? person.mobile.mid(1).section(QLatin1Char('-'), 0, 0)
                                 : QStringLiteral("86") },
                           { "mobile", person.mobile },
                           { "title", person.title },
                           { "dept_id_list", departmentIds },
                           { "active", person.activated },
                           { "admin", false },
                           { "boss", false },
                           { "leader", false } };
        // Assumption: an empty job number is left out, as DingTalk leaves out other empty optional fields.
        if (!person.jobNumber.isEmpty())
            entry.insert(QStringLiteral("job_number"), person.jobNumber);
        list.append(entry);
    }
    QJsonObject result{ { "has_more", end < members.size() }, { "list", list } };
    if (end < members.size())
        result.insert(QStringLiteral("next_cursor"), end);
    return ok(QJsonObject{ { "result", result }, { "request_id", GroupRules::newRequestId() } });
}

HttpResponse LegacyApiHandler::getQrCode(EmulatorData& data, const QJsonObject& body) const
{
    const QString chatid = body.value(QStringLiteral("chatid")).toString().trimmed();
    if (chatid.isEmpty())
        return error(49000);
    const EmulatedGroup* group = data.group(chatid);
    if (!group)
        return error(40016);
    const QString userid = body.value(QStringLiteral("userid")).toString().trimmed();
    if (!group->members.contains(userid))
        return error(60124);
    const QString url
        = QStringLiteral("https://qr.dingtalk.com/action/joingroup?code=v1,k1,%1&_dt_no_comment=1&origin=11")
              .arg(GroupRules::randomHex(16));
    return ok(QJsonObject{ { "result", url }, { "request_id", GroupRules::newRequestId() } });
}

QString LegacyApiHandler::defaultMessage(int errcode)
{
    switch (errcode) {
    case -1:
        return QStringLiteral("系统繁忙");
    case 88:
        return QStringLiteral("鉴权异常");
    case 404:
        return QStringLiteral("请求的URL不存在");
    case 33012:
        return QStringLiteral("无效的USERID");
    case 34001:
        return QStringLiteral("无效的会话id");
    case 40014:
        return QStringLiteral("不合法的access_token");
    case 40016:
        return QStringLiteral("不合法的会话ID");
    case 40031:
        return QStringLiteral("不合法的员工列表");
    case 40035:
        return QStringLiteral("不合法的参数");
    case 40096:
        return QStringLiteral("不合法的appKey或appSecret");
    case 40104:
        return QStringLiteral("无效的手机号码");
    case 42001:
        return QStringLiteral("access_token超时");
    case 43001:
        return QStringLiteral("需要GET请求");
    case 43002:
        return QStringLiteral("需要POST请求");
    case 43005:
        return QStringLiteral("需要POST请求,且Content-Type为application/json");
    case 43007:
        return QStringLiteral("需要授权");
    case 43009:
        return QStringLiteral("post参数需要json类型");
    case 49000:
        return QStringLiteral("chatid不能为空");
    case 49004:
        return QStringLiteral("添加和删除的成员列表有重复");
    case 49005:
        return QStringLiteral("群人数超过上限1000");
    case 49006:
        return QStringLiteral("群主必须在群成员列表中");
    case 49007:
        return QStringLiteral("创建群数量超过限制");
    case 49010:
        return QStringLiteral("群成员列表不能为空");
    case 49011:
        return QStringLiteral("一次最多只能添加40个群成员");
    case 49013:
        return QStringLiteral("群主不能为空");
    case 49015:
        return QStringLiteral("群名称不合法");
    case 49018:
        return QStringLiteral("群主不是企业员工");
    case 50002:
        return QStringLiteral("员工不在授权范围");
    case 50004:
        return QStringLiteral("部门不在授权范围");
    case 60003:
        return QStringLiteral("部门不存在");
    case 40069:
        return QStringLiteral("分页大小不合法");
    case 60011:
        return QStringLiteral(
            "没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/document/orgapp/add-api-permission");
    case 60020:
        return QStringLiteral("访问ip不在白名单之中");
    case 60121:
        return QStringLiteral("找不到该用户");
    case 60124:
        return QStringLiteral("用户不在群中");
    case 90018:
        return QStringLiteral("当前应用调用该接口的频率超过限制,请稍后重试");
    case 90020:
        return QStringLiteral("接口调用次数已达月度上限");
    case 400001:
        return QStringLiteral("系统错误");
    case 400002:
        return QStringLiteral("参数长度超限");
    default:
        return QStringLiteral("错误 %1").arg(errcode);
    }
}
