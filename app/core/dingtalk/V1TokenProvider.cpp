#include "V1TokenProvider.h"

#include "LegacyGroupApi.h"
#include "V1GroupApi.h"

#include <QJsonDocument>
#include <QJsonObject>

V1TokenProvider::V1TokenProvider(HttpTransport* transport, TokenCache* cache, const AppCredentials& app,
                                 QObject* parent)
    : AppTokenProvider(transport, cache, app, QStringLiteral("v1"), parent)
{
}

OutgoingRequest V1TokenProvider::tokenRequest() const
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = LegacyGroupApi::endpoint(app().baseUrl, QStringLiteral("/v1.0/oauth2/accessToken"));
    request.body = QJsonDocument(QJsonObject{ { QStringLiteral("appKey"), app().appKey },
                                              { QStringLiteral("appSecret"), app().appSecret } })
                       .toJson(QJsonDocument::Compact);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.timeoutMs = app().timeoutMs;
    return request;
}

bool V1TokenProvider::parseTokenReply(const ServerReply& response, QString& token, int& expiresIn,
                                      ApiError& error) const
{
    const ApiResult result = V1GroupApi::interpretReply(response, false);
    if (!result.ok()) {
        error = result.error;
        return false;
    }
    token = result.body.value(QStringLiteral("accessToken")).toString();
    expiresIn = result.body.value(QStringLiteral("expireIn")).toInt(7200);
    if (token.isEmpty()) {
        error = replyWithoutToken(response, result.body);
        return false;
    }
    return true;
}
