#include "TokenProvider.h"

#include "TokenCache.h"

TokenProvider::TokenProvider(HttpTransport* transport, TokenCache* cache, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cache(cache)
{
}

TokenProvider::~TokenProvider()
{
    if (m_fetch)
        m_fetch->abort();
}

void TokenProvider::requestToken(QObject* context, Callback callback)
{
    const QString cached = m_cache->validToken(cacheKey());
    if (!cached.isEmpty()) {
        callback(cached, ApiError());
        return;
    }
    m_waiters.append(Waiter{ context, std::move(callback) });
    if (m_fetch)
        return;

    m_fetch = m_transport->send(tokenRequest());
    HttpExchange* fetch = m_fetch;
    connect(fetch, &HttpExchange::finished, this, [this, fetch] {
        fetch->deleteLater();
        m_fetch.clear();
        QString token;
        int expiresIn = 0;
        ApiError error;
        if (parseTokenReply(fetch->response(), token, expiresIn, error))
            m_cache->store(cacheKey(), token, expiresIn);
        else
            token.clear();
        // A token request never changes anything at DingTalk, so its outcome is never "unknown".
        error.outcomeUnknown = false;
        finishFetch(token, error);
    });
}

void TokenProvider::invalidate(const QString& token)
{
    m_cache->invalidate(cacheKey(), token);
}

void TokenProvider::finishFetch(const QString& token, const ApiError& error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}
