#pragma once

#include "TokenProvider.h"

#include <QUrl>

/** What an app needs to ask for tokens: where, with which key and secret, and how long to wait. */
struct AppCredentials
{
    QUrl baseUrl;
    QString appKey;
    QString appSecret;
    int timeoutMs = 30000;
};

/**
 * Tokens fetched with an app's key and secret. The generations differ only in the request and the reply, which the
 * subclasses give; the cache key (generation, server, app key) keeps two organisations from sharing a token.
 */
class AppTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    AppTokenProvider(HttpTransport* transport, TokenCache* cache, const AppCredentials& app,
                     const QString& generationTag, QObject* parent = nullptr);

protected:
    QString cacheKey() const override;
    const AppCredentials& app() const { return m_app; }

private:
    AppCredentials m_app;
    QString m_generationTag;
};
