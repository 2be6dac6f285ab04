#include "AppTokenProvider.h"

AppTokenProvider::AppTokenProvider(HttpTransport* transport, TokenCache* cache, const AppCredentials& app,
                                   const QString& generationTag, QObject* parent)
    : TokenProvider(transport, cache, parent)
    , m_app(app)
    , m_generationTag(generationTag)
{
}

QString AppTokenProvider::cacheKey() const
{
    return QStringLiteral("%1|%2|%3").arg(m_generationTag, m_app.baseUrl.toString(), m_app.appKey);
}
