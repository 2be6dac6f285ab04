#include "LegacyTokenProvider.h"

#include "LegacyGroupApi.h"

#include <QUrlQuery>

LegacyTokenProvider::LegacyTokenProvider(HttpTransport* transport, TokenCache* cache, const AppCredentials& app,
                                         QObject* parent)
    : AppTokenProvider(transport, cache, app, QStringLiteral("legacy"), parent)
{
}

OutgoingRequest LegacyTokenProvider::tokenRequest() const
{
    QUrl url = LegacyGroupApi::endpoint(app().baseUrl, QStringLiteral("/gettoken"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("appkey"), app().appKey);
    query.addQueryItem(QStringLiteral("appsecret"), app().appSecret);
    url.setQuery(query);
    OutgoingRequest request;
    request.method = "GET";
    request.url = url;
    request.timeoutMs = app().timeoutMs;
    return request;
}

bool LegacyTokenProvider::parseTokenReply(const ServerReply& response, QString& token, int& expiresIn,
                                          ApiError& error) const
{
    const ApiResult result = LegacyGroupApi::interpretReply(response, false);
    if (!result.ok()) {
        error = result.error;
        return false;
    }
    token = result.body.value(QStringLiteral("access_token")).toString();
    expiresIn = result.body.value(QStringLiteral("expires_in")).toInt(7200);
    if (token.isEmpty()) {
        error = replyWithoutToken(response, result.body);
        return false;
    }
    return true;
}
