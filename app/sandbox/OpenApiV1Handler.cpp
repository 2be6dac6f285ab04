#include "OpenApiV1Handler.h"

#include "EmulatorState.h"
#include "GroupRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kTokenPath = QStringLiteral("/v1.0/oauth2/accessToken");
const QString kCreatePath = QStringLiteral("/v1.0/im/group/create");
const QString kUpdatePath = QStringLiteral("/v1.0/im/group/update");

QString parameterInvalid(const QString& what)
{
    return QStringLiteral("参数错误: %1").arg(what);
}

// DingTalk documents parameter.invalid only as "输入参数错误": an unknown userid is answered so, without naming it.
const QString kDocumentedParameterError = QStringLiteral("输入参数错误");

} // namespace

OpenApiV1Handler::OpenApiV1Handler(EmulatorState& state)
    : m_state(state)
{
}

bool OpenApiV1Handler::handles(const QString& path) const
{
    return path == kTokenPath || path == kCreatePath || path == kUpdatePath;
}

HttpResponse OpenApiV1Handler::error(int status, const QString& code, const QString& message)
{
    return HttpResponse::json(
        QJsonObject{ { "code", code }, { "message", message }, { "requestid", GroupRules::randomHex(16).toUpper() } },
        status);
}

HttpResponse OpenApiV1Handler::apiError(int errcode, const QString& errmsg) const
{
    if (errcode >= 400 && errcode <= 599)
        return error(errcode, errmsg.isEmpty() ? QStringLiteral("system.error") : errmsg, errmsg);
    switch (errcode) {
    case -1:
        return error(429, QStringLiteral("system.busy"), errmsg.isEmpty() ? QStringLiteral("系统繁忙") : errmsg);
    case 90018:
        return error(403, QStringLiteral("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"),
                     errmsg.isEmpty() ? QStringLiteral("当前应用调用该接口的频率超过限制") : errmsg);
    case 60011:
        // DingTalk's text rarely names the permission; the v1.0 answer may list it under accessdenieddetail. The
        // emulator's v1.0 paths are the group create and update, which need qyapi_chat_manage.
        return HttpResponse::json(
            QJsonObject{ { "code", QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied") },
                         { "message",
                           errmsg.isEmpty()
                               ? QStringLiteral("没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/"
                                                "document/orgapp-server/add-api-permission")
                               : errmsg },
                         { "requestid", GroupRules::randomHex(16).toUpper() },
                         { "accessdenieddetail",
                           QJsonObject{ { "requiredScopes", QJsonArray{ QStringLiteral("qyapi_chat_manage") } } } } },
            403);
    case 60020:
        return error(403, QStringLiteral("Forbidden.AccessDenied.IpNotInWhiteList"),
                     errmsg.isEmpty() ? QStringLiteral("访问ip不在白名单之中") : errmsg);
    case 40014:
    case 42001:
        return error(401, QStringLiteral("InvalidAuthentication"),
                     errmsg.isEmpty() ? QStringLiteral("不合法的access_token") : errmsg);
    default:
        return error(400, QStringLiteral("parameter.invalid"),
                     errmsg.isEmpty() ? parameterInvalid(QString::number(errcode)) : errmsg);
    }
}

HttpResponse OpenApiV1Handler::handle(const HttpRequest& request)
{
    if (request.method != "POST")
        return error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("需要POST请求"));
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("Content-Type")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("body 不是JSON对象")));
    const QJsonObject body = document.object();
    if (request.path == kTokenPath)
        return getAccessToken(body);

    // The new API takes the token from its header only; a token in the query string counts as missing.
    const QString token = QString::fromLatin1(request.header("x-acs-dingtalk-access-token"));
    return m_state.locked([&](EmulatorData& data) -> HttpResponse {
        QString appKey;
        switch (data.checkToken(token, &appKey)) {
        case EmulatorData::TokenCheck::Missing:
            return error(400, QStringLiteral("AuthenticationFailed.MissingParameter"),
                         QStringLiteral("缺少参数 x-acs-dingtalk-access-token"));
        case EmulatorData::TokenCheck::Unknown:
            return error(401, QStringLiteral("InvalidAuthentication"), QStringLiteral("不合法的access_token"));
        case EmulatorData::TokenCheck::Expired:
            return error(401, QStringLiteral("InvalidAuthentication"), QStringLiteral("access_token已过期"));
        case EmulatorData::TokenCheck::Valid:
            break;
        }
        if (!data.admitCall(appKey, request.path))
            return apiError(90018, QString());
        // Both group calls need qyapi_chat_manage; the 403 lists it as DingTalk's v1.0 gateway does.
        if (data.revokedPermissions.contains(QStringLiteral("qyapi_chat_manage")))
            return HttpResponse::json(
                QJsonObject{
                    { "code", QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied") },
                    { "message", QStringLiteral("没有调用该接口的权限") },
                    { "requestid", GroupRules::randomHex(16).toUpper() },
                    { "accessdenieddetail",
                      QJsonObject{ { "requiredScopes", QJsonArray{ QStringLiteral("qyapi_chat_manage") } } } } },
                403);
        if (request.path == kCreatePath)
            return createGroup(data, body);
        return updateGroup(data, body);
    });
}

HttpResponse OpenApiV1Handler::getAccessToken(const QJsonObject& body) const
{
    const QString appKey = body.value(QStringLiteral("appKey")).toString();
    const QString appSecret = body.value(QStringLiteral("appSecret")).toString();
    return m_state.locked([&](EmulatorData& data) -> HttpResponse {
        const auto app = data.apps.constFind(appKey);
        if (appKey.isEmpty() || app == data.apps.cend() || *app != appSecret)
            return error(400, QStringLiteral("invalidClientIdOrSecret"),
                         QStringLiteral("无效的clientId或者clientSecret"));
        const QString token = data.issueToken(appKey);
        return HttpResponse::json(QJsonObject{ { "accessToken", token }, { "expireIn", data.tokenLifetimeSeconds } });
    });
}

HttpResponse OpenApiV1Handler::createGroup(EmulatorData& data, const QJsonObject& body) const
{
    const QString name = body.value(QStringLiteral("name")).toString();
    if (GroupRules::checkName(name) != GroupRules::NameCheck::Ok)
        return error(400, QStringLiteral("parameter.invalid"),
                     parameterInvalid(QStringLiteral("name 长度须为1~%1个字符").arg(GroupRules::MaxNameLength)));
    const QString owner = body.value(QStringLiteral("owner")).toString().trimmed();
    if (owner.isEmpty())
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("owner 不能为空")));
    const int tag = body.value(QStringLiteral("conversationTag")).toInt(2);
    if (tag != 2)
        return error(403, QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"),
                     QStringLiteral("conversationTag %1 需要申请白名单").arg(tag));
    QStringList members;
    if (!GroupRules::readIds(body.value(QStringLiteral("useridlist")), &members) || members.isEmpty())
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("useridlist 不能为空")));
    // Assumption (DingTalk's documentation is silent for v1.0): the legacy limit of 40 ids per call holds here too.
    if (members.size() > GroupRules::MaxIdsPerCall)
        return error(400, QStringLiteral("parameter.invalid"),
                     parameterInvalid(QStringLiteral("useridlist 最多%1个").arg(GroupRules::MaxIdsPerCall)));
    members.removeDuplicates();
    if (!data.isActiveEmployee(owner))
        return error(400, QStringLiteral("permession.checkFailed"), QStringLiteral("群主不在应用可见范围内"));
    // Assumption (DingTalk's documentation is silent): the new API adds an owner missing from useridlist itself,
    // where the legacy one answers 49006. The client always sends the owner first, so it never depends on this.
    if (!members.contains(owner))
        members.prepend(owner);
    QStringList unknown;
    for (const QString& id : std::as_const(members)) {
        if (!data.isActiveEmployee(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty())
        return error(400, QStringLiteral("parameter.invalid"), kDocumentedParameterError);

    EmulatedGroup group;
    QString badField;
    if (!GroupRules::readSettings(body.value(QStringLiteral("managementOptions")).toObject(), &group, &badField))
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(badField));
    group.chatid = GroupRules::newChatId();
    group.openConversationId = GroupRules::newOpenConversationId();
    group.conversationTag = tag;
    group.name = name;
    group.owner = owner;
    group.members = members;
    data.addGroup(group);
    return HttpResponse::json(QJsonObject{ { "openConversationId", group.openConversationId },
                                           { "chatid", group.chatid },
                                           { "conversationTag", group.conversationTag } });
}

HttpResponse OpenApiV1Handler::updateGroup(EmulatorData& data, const QJsonObject& body) const
{
    // The official SDKs' UpdateGroup requires `chatid`; an openConversationId alone is not enough.
    const QString id = body.value(QStringLiteral("chatid")).toString().trimmed();
    if (id.isEmpty())
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("chatid 不能为空")));
    EmulatedGroup* group = data.group(id);
    if (!group)
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("群会话不存在")));

    QStringList added;
    QStringList removed;
    if (body.contains(QStringLiteral("add_useridlist"))
        && !GroupRules::readIds(body.value(QStringLiteral("add_useridlist")), &added))
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("add_useridlist")));
    if (body.contains(QStringLiteral("del_useridlist"))
        && !GroupRules::readIds(body.value(QStringLiteral("del_useridlist")), &removed))
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("del_useridlist")));
    if (added.size() > GroupRules::MaxIdsPerCall || removed.size() > GroupRules::MaxIdsPerCall)
        return error(400, QStringLiteral("parameter.invalid"),
                     parameterInvalid(QStringLiteral("一次最多%1个成员").arg(GroupRules::MaxIdsPerCall)));
    for (const QString& userid : std::as_const(added)) {
        if (!data.isActiveEmployee(userid))
            return error(400, QStringLiteral("parameter.invalid"), kDocumentedParameterError);
        if (removed.contains(userid))
            return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("增删成员重复")));
    }

    EmulatedGroup changed = *group;
    if (body.contains(QStringLiteral("name"))) {
        changed.name = body.value(QStringLiteral("name")).toString();
        if (GroupRules::checkName(changed.name) != GroupRules::NameCheck::Ok)
            return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("name")));
    }
    if (body.contains(QStringLiteral("owner"))) {
        changed.owner = body.value(QStringLiteral("owner")).toString().trimmed();
        if (!data.isActiveEmployee(changed.owner))
            return error(400, QStringLiteral("permession.checkFailed"), QStringLiteral("群主不在应用可见范围内"));
    }
    QString badField;
    if (!GroupRules::readSettings(body.value(QStringLiteral("managementOptions")).toObject(), &changed, &badField))
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(badField));
    for (const QString& userid : std::as_const(added)) {
        if (!changed.members.contains(userid))
            changed.members.append(userid);
    }
    for (const QString& userid : std::as_const(removed))
        changed.members.removeAll(userid);
    if (!changed.members.contains(changed.owner))
        return error(400, QStringLiteral("parameter.invalid"), parameterInvalid(QStringLiteral("群主必须在群中")));
    if (changed.members.size() > GroupRules::MaxMembers)
        return error(400, QStringLiteral("parameter.invalid"),
                     parameterInvalid(QStringLiteral("群人数超过上限%1").arg(GroupRules::MaxMembers)));
    *group = changed;
    return HttpResponse::json(QJsonObject{ { "success", true } });
}
