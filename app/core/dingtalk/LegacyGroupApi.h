#pragma once

#include "GroupApi.h"

#include <QUrl>

/**
 * The legacy server API on https://oapi.dingtalk.com: token in the query string, errors as HTTP 200 with a non-zero
 * `errcode` (which may arrive as a string).
 */
class LegacyGroupApi : public GroupApi
{
    Q_OBJECT

public:
    LegacyGroupApi(HttpTransport* transport, TokenProvider* tokens, const QUrl& baseUrl, int timeoutMs,
                   QObject* parent = nullptr);

    ApiGeneration generation() const override { return ApiGeneration::Legacy; }

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

    /** The body of chat/create: the six settings are always sent, so what is asked is what DingTalk gets. */
    static QJsonObject createGroupBody(const QString& name, const QString& owner, const QStringList& memberIds,
                                       const GroupSettings& settings);
    /** The body of chat/update for adding members: only chatid and add_useridlist, so no setting is reset. */
    static QJsonObject addMembersBody(const QString& chatid, const QStringList& userIds);
    /** Reads a legacy reply; shared with the token request. */
    static ApiResult interpretReply(const ServerReply& response, bool mustNotRepeat);
    static QUrl endpoint(const QUrl& baseUrl, const QString& path);

private:
    OutgoingRequest postJson(const QString& path, const QString& token, const QJsonObject& body,
                             bool mustNotRepeat) const;

    QUrl m_baseUrl;
};
