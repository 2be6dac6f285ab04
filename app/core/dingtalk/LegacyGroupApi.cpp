#include "LegacyGroupApi.h"

#include "JsonNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

LegacyGroupApi::LegacyGroupApi(HttpTransport* transport, TokenProvider* tokens, const QUrl& baseUrl, int timeoutMs,
                               QObject* parent)
    : GroupApi(transport, tokens, timeoutMs, parent)
    , m_baseUrl(baseUrl)
{
}

QUrl LegacyGroupApi::endpoint(const QUrl& baseUrl, const QString& path)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QJsonObject LegacyGroupApi::createGroupBody(const QString& name, const QString& owner, const QStringList& memberIds,
                                            const GroupSettings& settings)
{
    return QJsonObject{
        { QStringLiteral("name"), name },
        { QStringLiteral("owner"), owner },
        { QStringLiteral("useridlist"), QJsonArray::fromStringList(memberIds) },
        { QStringLiteral("showHistoryType"), settings.showHistory ? 1 : 0 },
        { QStringLiteral("searchable"), settings.searchable ? 1 : 0 },
        { QStringLiteral("validationType"), settings.validation ? 1 : 0 },
        { QStringLiteral("mentionAllAuthority"), settings.mentionAllOwnerOnly ? 1 : 0 },
        { QStringLiteral("managementType"), settings.managementOwnerOnly ? 1 : 0 },
        { QStringLiteral("chatBannedType"), settings.chatBanned ? 1 : 0 },
    };
}

QJsonObject LegacyGroupApi::addMembersBody(const QString& chatid, const QStringList& userIds)
{
    return QJsonObject{
        { QStringLiteral("chatid"), chatid },
        { QStringLiteral("add_useridlist"), QJsonArray::fromStringList(userIds) },
    };
}

OutgoingRequest LegacyGroupApi::postJson(const QString& path, const QString& token, const QJsonObject& body,
                                         bool mustNotRepeat) const
{
    QUrl url = endpoint(m_baseUrl, path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    OutgoingRequest request;
    request.method = "POST";
    request.url = url;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.timeoutMs = timeoutMs();
    request.mustNotRepeat = mustNotRepeat;
    return request;
}

OutgoingRequest LegacyGroupApi::createGroupRequest(const QString& token, const QString& name, const QString& owner,
                                                   const QStringList& memberIds, const GroupSettings& settings) const
{
    return postJson(QStringLiteral("/chat/create"), token, createGroupBody(name, owner, memberIds, settings), true);
}

OutgoingRequest LegacyGroupApi::addMembersRequest(const QString& token, const QString& chatid,
                                                  const QStringList& userIds) const
{
    return postJson(QStringLiteral("/chat/update"), token, addMembersBody(chatid, userIds), false);
}

OutgoingRequest LegacyGroupApi::getGroupRequest(const QString& token, const QString& chatid) const
{
    QUrl url = endpoint(m_baseUrl, QStringLiteral("/chat/get"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), token);
    query.addQueryItem(QStringLiteral("chatid"), chatid);
    url.setQuery(query);
    OutgoingRequest request;
    request.method = "GET";
    request.url = url;
    request.timeoutMs = timeoutMs();
    return request;
}

OutgoingRequest LegacyGroupApi::userIdByMobileRequest(const QString& token, const QString& mobile) const
{
    return postJson(QStringLiteral("/topapi/v2/user/getbymobile"), token,
                    QJsonObject{ { QStringLiteral("mobile"), mobile } }, false);
}

OutgoingRequest LegacyGroupApi::joinLinkRequest(const QString& token, const QString& chatid,
                                                const QString& userid) const
{
    return postJson(QStringLiteral("/topapi/chat/qrcode/get"), token,
                    QJsonObject{ { QStringLiteral("chatid"), chatid }, { QStringLiteral("userid"), userid } }, false);
}

OutgoingRequest LegacyGroupApi::listSubDepartmentsRequest(const QString& token, qint64 departmentId) const
{
    return postJson(QStringLiteral("/topapi/v2/department/listsub"), token,
                    QJsonObject{ { QStringLiteral("dept_id"), departmentId } }, false);
}

OutgoingRequest LegacyGroupApi::listDepartmentUsersRequest(const QString& token, qint64 departmentId, qint64 cursor,
                                                           int size) const
{
    return postJson(QStringLiteral("/topapi/v2/user/list"), token,
                    QJsonObject{ { QStringLiteral("dept_id"), departmentId },
                                 { QStringLiteral("cursor"), cursor },
                                 { QStringLiteral("size"), size } },
                    false);
}

ApiResult LegacyGroupApi::interpret(const ServerReply& response, bool mustNotRepeat) const
{
    return interpretReply(response, mustNotRepeat);
}

ApiResult LegacyGroupApi::interpretReply(const ServerReply& response, bool mustNotRepeat)
{
    ApiResult result;
    if (!response.error.isOk()) {
        result.error = response.error;
        return result;
    }
    if (response.status >= 300 && response.status < 400) {
        result.error = ApiError::transport(TransportFailure::Redirect);
        result.error.httpStatus = response.status;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // An HTML error page or a cut-off body: summarised, never shown raw. A server error may have acted first.
        const bool serverSide = response.status >= 500 || (response.status >= 200 && response.status < 300);
        result.error = ApiError::transport(
            response.status >= 200 && response.status < 300 ? TransportFailure::NotJson : TransportFailure::HttpStatus,
            {}, mustNotRepeat && serverSide);
        result.error.httpStatus = response.status;
        result.error.contentType = QString::fromLatin1(response.contentType);
        return result;
    }
    const QJsonObject body = document.object();
    const QString errcode = JsonNumber::toText(body.value(QStringLiteral("errcode")));
    if (!errcode.isEmpty() && errcode != QLatin1String("0")) {
        result.error = ApiError::api(errcode, body.value(QStringLiteral("errmsg")).toString(), response.status);
        result.error.subCode = JsonNumber::toText(body.value(QStringLiteral("sub_code")));
        result.body = body;
        return result;
    }
    // An IP that called too often is banned for five minutes with {"status":1111,...} instead of an errcode.
    const QString status = JsonNumber::toText(body.value(QStringLiteral("status")));
    if (errcode.isEmpty() && !status.isEmpty() && status != QLatin1String("0")) {
        QString message = body.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = body.value(QStringLiteral("msg")).toString();
        result.error = ApiError::api(status, message, response.status);
        return result;
    }
    if (response.status != 200 && errcode.isEmpty()) {
        result.error = ApiError::transport(TransportFailure::HttpStatus, {}, mustNotRepeat && response.status >= 500);
        result.error.httpStatus = response.status;
        result.error.contentType = QString::fromLatin1(response.contentType);
        return result;
    }
    result.body = body;
    return result;
}

bool LegacyGroupApi::isUnknownMemberError(const ApiError& error) const
{
    return error.hasCode(40031) || error.hasCode(33012) || error.hasCode(40003);
}
