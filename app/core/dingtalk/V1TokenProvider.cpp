#include "V1TokenProvider.h"

#include "LegacyGroupApi.h"
#include "V1GroupApi.h"

#include <QJsonDocument>
#include <QJsonObject>

V1TokenProvider::V1TokenProvider(HttpTransport* transport, TokenCache* cache, const QUrl& baseUrl,
                                 const QString& appKey, const QString& appSecret, int timeoutMs, QObject* parent)
    : TokenProvider(transport, cache, parent)
    , m_baseUrl(baseUrl)
    , m_appKey(appKey)
    , m_appSecret(appSecret)
    , m_timeoutMs(timeoutMs)
{
}

OutgoingRequest V1TokenProvider::tokenRequest() const
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = LegacyGroupApi::endpoint(m_baseUrl, QStringLiteral("/v1.0/oauth2/accessToken"));
    request.body = QJsonDocument(QJsonObject{ { QStringLiteral("appKey"), m_appKey },
                                              { QStringLiteral("appSecret"), m_appSecret } })
                       .toJson(QJsonDocument::Compact);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.timeoutMs = m_timeoutMs;
    return request;
}

QString V1TokenProvider::cacheKey() const
{
    return QStringLiteral("v1|%1|%2").arg(m_baseUrl.toString(), m_appKey);
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
        error = ApiError::transport(TransportFailure::NotJson, QStringLiteral("no accessToken in the reply"));
        return false;
    }
    return true;
}
