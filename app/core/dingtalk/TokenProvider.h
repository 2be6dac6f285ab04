#pragma once

#include "ApiError.h"
#include "HttpTransport.h"
#include "RetryPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class TokenCache;

/**
 * Hands out access tokens to API calls. Fetches one when the cache has none, and only one at a time: calls that
 * ask while a fetch is under way wait for that fetch. A token request changes nothing at DingTalk, so "busy" and
 * rate-limit answers are retried as RetryPolicy says for a read.
 */
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString& token, const ApiError& error)>;

    TokenProvider(HttpTransport* transport, TokenCache* cache, QObject* parent = nullptr);
    ~TokenProvider() override;

    /** Calls back (asynchronously or at once) with a token or the reason there is none; never after `context` died. */
    virtual void requestToken(QObject* context, Callback callback);
    /** A call answered "token invalid or expired": forget `token` so that the next request fetches a new one. */
    virtual void invalidate(const QString& token);
    /** False for a pasted token, which cannot be renewed. */
    virtual bool canRefresh() const { return true; }
    /** The request that fetches a token (for the preview; it carries the secret, so it is masked there). */
    virtual OutgoingRequest tokenRequest() const = 0;
    /** For tests: shorter waits between retries. */
    void setRetryTiming(const RetryPolicy::Timing& timing) { m_retryPolicy = RetryPolicy(timing); }

protected:
    /** The cache key: server and app key, so two organisations never share a token. */
    virtual QString cacheKey() const = 0;
    /** Reads the token reply; returns false and fills `error` when it holds no token. */
    virtual bool parseTokenReply(const ServerReply& response, QString& token, int& expiresIn,
                                 ApiError& error) const = 0;

    /**
     * The error for a reply that is DingTalk's JSON without a token: it says what came back (status, content type,
     * the names of the fields present), never a value.
     */
    static ApiError replyWithoutToken(const ServerReply& response, const QJsonObject& body);

private:
    void fetch();
    void finishFetch(const QString& token, const ApiError& error);

    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    HttpTransport* m_transport;
    TokenCache* m_cache;
    QPointer<HttpExchange> m_fetch;
    bool m_fetching = false; // a fetch is under way, or waiting to be retried
    QList<Waiter> m_waiters;
    RetryPolicy m_retryPolicy;
    int m_retries[4] = { 0, 0, 0, 0 }; // per RetryPolicy::Reason, for the fetch under way
};
