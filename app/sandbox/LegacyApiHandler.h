#pragma once

#include "ApiHandler.h"

#include <QJsonObject>

class EmulatorState;
struct EmulatorData;

/**
 * The legacy API of https://oapi.dingtalk.com: token in the query string, errors as HTTP 200 with errcode/errmsg
 * (errcode 88 with sub_code on /topapi paths for token problems).
 *
 * Choice where DingTalk's documentation leaves one: a group name over 20 code points answers 400002 "参数长度超限"
 * (the reference ties 400002 to over-long create parameters; 49015 stays for names DingTalk calls invalid).
 *
 * The contacts directory (department/listsub, user/list) follows the reference's directory section; where DingTalk's
 * documentation is silent (a child department outside the scope, the cursor's meaning, empty job numbers, the check
 * order token → rate limit → permission) the choice is marked at the code. Each endpoint checks its permission
 * (qyapi_chat_manage, qyapi_get_department_list, …); a revoked one answers 60011 with DingTalk's usual text, which
 * does not name the permission.
 */
class LegacyApiHandler : public ApiHandler
{
public:
    explicit LegacyApiHandler(EmulatorState& state);

    bool handles(const QString& path) const override;
    HttpResponse handle(const HttpRequest& request) override;
    HttpResponse apiError(int errcode, const QString& errmsg) const override;
    HttpResponse bareSuccess() const override { return ok(); }

    /** DingTalk's usual errmsg for errcode (used when a fault or a check gives none). */
    static QString defaultMessage(int errcode);

private:
    HttpResponse getToken(const HttpRequest& request) const;
    HttpResponse createChat(EmulatorData& data, const QJsonObject& body) const;
    HttpResponse updateChat(EmulatorData& data, const QJsonObject& body) const;
    HttpResponse getChat(EmulatorData& data, const HttpRequest& request) const;
    HttpResponse getUserByMobile(EmulatorData& data, const QJsonObject& body) const;
    HttpResponse getQrCode(EmulatorData& data, const QJsonObject& body) const;
    HttpResponse listSubDepartments(EmulatorData& data, const QJsonObject& body) const;
    HttpResponse listDepartmentUsers(EmulatorData& data, const QJsonObject& body) const;

    HttpResponse error(int errcode, const QString& errmsg = QString()) const { return apiError(errcode, errmsg); }
    static HttpResponse ok(QJsonObject fields = QJsonObject());

    EmulatorState& m_state;
};
