#include "LegacyTokenProvider.h"

#include "LegacyGroupApi.h"

#include <QUrlQuery>

LegacyTokenProvider::LegacyTokenProvider(HttpTransport* transport, TokenCache* cache, const QUrl& baseUrl,
                                         const QString& appKey, const QString& appSecret, int timeoutMs,
                                         QObject* parent)
    : TokenProvider(transport, cache, parent)
    , m_baseUrl(baseUrl)
    , m_appKey(appKey)
    , m_appSecret(appSecret)
    , m_timeoutMs(timeoutMs)
{
}

OutgoingRequest LegacyTokenProvider::tokenRequest() const
{
    QUrl url = LegacyGroupApi::endpoint(m_baseUrl, QStringLiteral("/gettoken"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("appkey"), m_appKey);
    query.addQueryItem(QStringLiteral("appsecret"), m_appSecret);
    url.setQuery(query);
    OutgoingRequest request;
    request.method = "GET";
    request.url = url;
    request.timeoutMs = m_timeoutMs;
    return request;
}

QString LegacyTokenProvider::cacheKey() const
{
    return QStringLiteral("legacy|%1|%2").arg(m_baseUrl.toString(), m_appKey);
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
        error = ApiError::transport(TransportFailure::NotJson, QStringLiteral("no access_token in the reply"));
        return false;
    }
    return true;
}
