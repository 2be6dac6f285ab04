#pragma once

#include "ApiHandler.h"

#include <QJsonObject>

class EmulatorState;
struct EmulatorData;

/**
 * The current API generation of https://api.dingtalk.com/v1.0: token in the x-acs-dingtalk-access-token header
 * (never the query string), errors as HTTP 4xx/5xx with {code, message, requestid}, the six group settings inside
 * managementOptions. Shares organisation, groups, tokens and limits with the legacy API.
 *
 * Choices where DingTalk documents none: every rule break answers 400 parameter.invalid, except an owner who is
 * not an active employee (400 permession.checkFailed, DingTalk's spelling); an unknown or expired token 401
 * InvalidAuthentication; the rate limit 403 Forbidden.AccessDenied.QpsLimitForAppkeyAndApi; at most 40 ids per
 * call (the legacy limit; v1.0's is unverified); an owner missing from useridlist is added (not documented either
 * way). Followed where documented: im/group/update requires `chatid` and answers {"success": true}; unknown userids
 * answer parameter.invalid "输入参数错误".
 */
class OpenApiV1Handler : public ApiHandler
{
public:
    explicit OpenApiV1Handler(EmulatorState& state);

    bool handles(const QString& path) const override;
    HttpResponse handle(const HttpRequest& request) override;
    /** errcode 400..599 is used as the HTTP status with errmsg as `code`; legacy errcodes map to their v1.0 twin. */
    HttpResponse apiError(int errcode, const QString& errmsg) const override;
    HttpResponse bareSuccess() const override { return HttpResponse::json(QJsonObject()); }

private:
    HttpResponse getAccessToken(const QJsonObject& body) const;
    HttpResponse createGroup(EmulatorData& data, const QJsonObject& body) const;
    HttpResponse updateGroup(EmulatorData& data, const QJsonObject& body) const;

    static HttpResponse error(int status, const QString& code, const QString& message);

    EmulatorState& m_state;
};
