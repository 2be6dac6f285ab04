#include "V1GroupApi.h"

#include "LegacyGroupApi.h"

#include <QJsonArray>
#include <QJsonDocument>

V1GroupApi::V1GroupApi(HttpTransport* transport, TokenProvider* tokens, const QUrl& baseUrl, const QUrl& legacyBaseUrl,
                       int timeoutMs, QObject* parent)
    : GroupApi(transport, tokens, timeoutMs, parent)
    , m_baseUrl(baseUrl)
    , m_legacy(new LegacyGroupApi(transport, tokens, legacyBaseUrl, timeoutMs, this))
{
}

QJsonObject V1GroupApi::createGroupBody(const QString& name, const QString& owner, const QStringList& memberIds,
                                        const GroupSettings& settings)
{
    const QJsonObject legacy = LegacyGroupApi::createGroupBody(name, owner, memberIds, settings);
    QJsonObject options;
    for (const char* key : { "showHistoryType", "searchable", "validationType", "mentionAllAuthority", "managementType",
                             "chatBannedType" })
        options.insert(QLatin1String(key), legacy.value(QLatin1String(key)));
    return QJsonObject{
        { QStringLiteral("name"), name },
        { QStringLiteral("owner"), owner },
        { QStringLiteral("useridlist"), QJsonArray::fromStringList(memberIds) },
        { QStringLiteral("managementOptions"), options },
    };
}

OutgoingRequest V1GroupApi::postJson(const QString& path, const QString& token, const QJsonObject& body,
                                     bool mustNotRepeat) const
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = LegacyGroupApi::endpoint(m_baseUrl, path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    // The new generation rejects a token in the query string: it goes in this header only.
    request.headers.append(qMakePair(QByteArray("x-acs-dingtalk-access-token"), token.toUtf8()));
    request.timeoutMs = timeoutMs();
    request.mustNotRepeat = mustNotRepeat;
    return request;
}

OutgoingRequest V1GroupApi::createGroupRequest(const QString& token, const QString& name, const QString& owner,
                                               const QStringList& memberIds, const GroupSettings& settings) const
{
    return postJson(QStringLiteral("/v1.0/im/group/create"), token, createGroupBody(name, owner, memberIds, settings),
                    true);
}

OutgoingRequest V1GroupApi::addMembersRequest(const QString& token, const QString& chatid,
                                              const QStringList& userIds) const
{
    return postJson(QStringLiteral("/v1.0/im/group/update"), token, LegacyGroupApi::addMembersBody(chatid, userIds),
                    false);
}

OutgoingRequest V1GroupApi::getGroupRequest(const QString& token, const QString& chatid) const
{
    return m_legacy->getGroupRequest(token, chatid);
}

OutgoingRequest V1GroupApi::userIdByMobileRequest(const QString& token, const QString& mobile) const
{
    return m_legacy->userIdByMobileRequest(token, mobile);
}

OutgoingRequest V1GroupApi::joinLinkRequest(const QString& token, const QString& chatid, const QString& userid) const
{
    return m_legacy->joinLinkRequest(token, chatid, userid);
}

OutgoingRequest V1GroupApi::listSubDepartmentsRequest(const QString& token, qint64 departmentId) const
{
    return m_legacy->listSubDepartmentsRequest(token, departmentId);
}

OutgoingRequest V1GroupApi::listDepartmentUsersRequest(const QString& token, qint64 departmentId, qint64 cursor,
                                                       int size) const
{
    return m_legacy->listDepartmentUsersRequest(token, departmentId, cursor, size);
}

ApiResult V1GroupApi::interpret(const ServerReply& response, bool mustNotRepeat) const
{
    return interpretReply(response, mustNotRepeat);
}

ApiResult V1GroupApi::interpretReply(const ServerReply& response, bool mustNotRepeat)
{
    if (response.error.isOk() && response.status >= 400) {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        const QJsonObject body = document.object();
        const QString code = body.value(QStringLiteral("code")).toString();
        if (document.isObject() && !code.isEmpty()) {
            ApiResult result;
            result.error = ApiError::api(code, body.value(QStringLiteral("message")).toString(), response.status);
            // A permission refusal may list what is missing; it is shown as DingTalk gives it.
            const QJsonObject detail = body.value(QStringLiteral("accessdenieddetail")).toObject();
            for (const char* key : { "requiredScopes", "requiredPermissions" }) {
                const QJsonArray names = detail.value(QLatin1String(key)).toArray();
                for (const QJsonValue& name : names) {
                    if (name.isString() && !result.error.requiredPermissions.contains(name.toString()))
                        result.error.requiredPermissions.append(name.toString());
                }
            }
            result.body = body;
            return result;
        }
    }
    // Success bodies, transport failures, pages that are not JSON, and replies from the legacy host read alike.
    ApiResult result = LegacyGroupApi::interpretReply(response, mustNotRepeat);
    // im/group/update answers {"success": true}; false is a refusal without a code of its own.
    const QJsonValue success = result.body.value(QStringLiteral("success"));
    if (result.ok() && success.isBool() && !success.toBool() && !result.body.contains(QStringLiteral("errcode"))) {
        const QString message = result.body.value(QStringLiteral("message")).toString();
        result.error = ApiError::api(
            notSucceededCode(),
            message.isEmpty() ? QString::fromUtf8(QJsonDocument(result.body).toJson(QJsonDocument::Compact)) : message,
            response.status);
    }
    return result;
}

bool V1GroupApi::isUnknownMemberError(const ApiError& error) const
{
    // The new generation has no code of its own for it, and DingTalk documents only "输入参数错误": on an add, any
    // parameter error may be one bad id, so the call is split to find it (the halves that are fine go through).
    return error.errcode == QLatin1String("parameter.invalid") || m_legacy->isUnknownMemberError(error);
}
