#include "TokenProvider.h"

#include "TokenCache.h"

#include <QTimer>
#include <iterator>

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
    if (m_fetching)
        return;
    m_fetching = true;
    std::fill(std::begin(m_retries), std::end(m_retries), 0);
    fetch();
}

void TokenProvider::fetch()
{
    m_fetch = m_transport->send(tokenRequest());
    HttpExchange* exchange = m_fetch;
    connect(exchange, &HttpExchange::finished, this, [this, exchange] {
        exchange->deleteLater();
        m_fetch.clear();
        QString token;
        int expiresIn = 0;
        ApiError error;
        if (parseTokenReply(exchange->response(), token, expiresIn, error)) {
            m_cache->store(cacheKey(), token, expiresIn);
        } else {
            token.clear();
            const RetryPolicy::Reason reason = RetryPolicy::judge(ApiOperation::Token, error).retry;
            const int delay = m_retryPolicy.delayBeforeRetry(reason, ++m_retries[int(reason)]);
            if (reason != RetryPolicy::Reason::None && delay >= 0) {
                QTimer::singleShot(delay, this, &TokenProvider::fetch);
                return;
            }
        }
        // A token request never changes anything at DingTalk, so its outcome is never "unknown".
        error.outcomeUnknown = false;
        finishFetch(token, error);
    });
}

void TokenProvider::invalidate(const QString& token)
{
    m_cache->invalidate(cacheKey(), token);
}

ApiError TokenProvider::replyWithoutToken(const ServerReply& response, const QJsonObject& body)
{
    ApiError error = ApiError::transport(TransportFailure::IncompleteAnswer, body.keys().join(QStringLiteral(", ")));
    error.httpStatus = response.status;
    error.contentType = QString::fromLatin1(response.contentType);
    return error;
}

void TokenProvider::finishFetch(const QString& token, const ApiError& error)
{
    m_fetching = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}
