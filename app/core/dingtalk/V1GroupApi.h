#pragma once

#include "GroupApi.h"

#include <QUrl>

class LegacyGroupApi;

/**
 * The new server API generation on https://api.dingtalk.com/v1.0: token in the `x-acs-dingtalk-access-token`
 * header, the six settings inside `managementOptions`, errors as an HTTP status with `{code, message, requestid}`.
 * Reading a group, looking up a phone number and reading the contacts directory have no v1.0 form here: they use the
 * legacy host with the same token, as DingTalk's guides do.
 */
class V1GroupApi : public GroupApi
{
    Q_OBJECT

public:
    V1GroupApi(HttpTransport* transport, TokenProvider* tokens, const QUrl& baseUrl, const QUrl& legacyBaseUrl,
               int timeoutMs, QObject* parent = nullptr);

    ApiGeneration generation() const override { return ApiGeneration::V1; }

    OutgoingRequest createGroupRequest(const QString& token, const QString& name, const QString& owner,
                                       const QStringList& memberIds, const GroupSettings& settings) const override;
    OutgoingRequest addMembersRequest(const QString& token, const QString& chatid,
                                      const QStringList& userIds) const override;
    OutgoingRequest getGroupRequest(const QString& token, const QString& chatid) const override;
    OutgoingRequest userIdByMobileRequest(const QString& token, const QString& mobile) const override;
    OutgoingRequest joinLinkRequest(const QString& token, const QString& chatid, const QString& userid) const override;
    OutgoingRequest listSubDepartmentsRequest(const QString& token, qint64 departmentId) const override;
    OutgoingRequest listDepartmentUsersRequest(const QString& token, qint64 departmentId, qint64 cursor,
                                               int size) const override;

    ApiResult interpret(const ServerReply& response, bool mustNotRepeat) const override;
    bool isUnknownMemberError(const ApiError& error) const override;

    static QJsonObject createGroupBody(const QString& name, const QString& owner, const QStringList& memberIds,
                                       const GroupSettings& settings);
    /** The code given to a v1.0 answer `{"success": false}`, which carries none of its own. */
    static QString notSucceededCode() { return QStringLiteral("success.false"); }
    /** Reads a reply of either host: v1.0 errors by HTTP status and `code`, legacy ones by `errcode`. */
    static ApiResult interpretReply(const ServerReply& response, bool mustNotRepeat);

private:
    OutgoingRequest postJson(const QString& path, const QString& token, const QJsonObject& body,
                             bool mustNotRepeat) const;

    QUrl m_baseUrl;
    LegacyGroupApi* m_legacy; // builds the requests that go to the legacy host
};
