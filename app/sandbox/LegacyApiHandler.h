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

    HttpResponse error(int errcode, const QString& errmsg = QString()) const { return apiError(errcode, errmsg); }
    static HttpResponse ok(QJsonObject fields = QJsonObject());

    EmulatorState& m_state;
};
