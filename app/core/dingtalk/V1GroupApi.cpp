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
            result.body = body;
            return result;
        }
    }
    // Success bodies, transport failures, pages that are not JSON, and replies from the legacy host read alike.
    return LegacyGroupApi::interpretReply(response, mustNotRepeat);
}

bool V1GroupApi::isTokenRejected(const ApiError& error) const
{
    if (!error.isApi())
        return false;
    if (error.httpStatus == 401 || error.errcode == QLatin1String("InvalidAuthentication"))
        return true;
    return m_legacy->isTokenRejected(error);
}

RetryPolicy::Reason V1GroupApi::retryReason(const ApiError& error) const
{
    if (!error.isApi())
        return RetryPolicy::Reason::None;
    if (error.errcode == QLatin1String("system.busy") || error.httpStatus == 429)
        return RetryPolicy::Reason::Busy;
    if (error.errcode.contains(QLatin1String("QpsLimit")))
        return RetryPolicy::Reason::RateLimit;
    return RetryPolicy::legacyReason(error);
}

bool V1GroupApi::isUnknownMemberError(const ApiError& error) const
{
    // The new generation has no code of its own for it: a parameter error that names a userid.
    return (error.errcode == QLatin1String("parameter.invalid") && error.errmsg.contains(QLatin1String("userid")))
        || m_legacy->isUnknownMemberError(error);
}
