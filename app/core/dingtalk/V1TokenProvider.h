#pragma once

#include "TokenProvider.h"

#include <QUrl>

/** Tokens from the new generation's `POST /v1.0/oauth2/accessToken` with `{appKey, appSecret}` in the body. */
class V1TokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    V1TokenProvider(HttpTransport* transport, TokenCache* cache, const QUrl& baseUrl, const QString& appKey,
                    const QString& appSecret, int timeoutMs, QObject* parent = nullptr);

    OutgoingRequest tokenRequest() const override;

protected:
    QString cacheKey() const override;
    bool parseTokenReply(const ServerReply& response, QString& token, int& expiresIn, ApiError& error) const override;

private:
    QUrl m_baseUrl;
    QString m_appKey;
    QString m_appSecret;
    int m_timeoutMs;
};
