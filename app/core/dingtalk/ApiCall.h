#pragma once

#include "ApiCallContext.h"
#include "ApiError.h"
#include "ApiOperation.h"
#include "ApiResult.h"
#include "HttpTransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

/**
 * One DingTalk call with everything around it: getting a token, sending, reading the answer, and doing what
 * RetryPolicy says DingTalk's answer allows for this operation: a new token and one repeat, a wait and a repeat, or
 * none -- and marking the outcome unknown where the answer does not prove the call was not acted on.
 * Emits finished() exactly once. Delete it with deleteLater() after finished(). GroupApi makes them, each with the
 * narrow context it needs; start() sends it.
 */
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using RequestBuilder = std::function<OutgoingRequest(const QString& token)>;

    ApiCall(const ApiCallContext& context, ApiOperation operation, RequestBuilder build, QObject* parent);
    /** Gets a token and sends the request, after the caller could connect to finished(). */
    void start();

    const ApiResult& result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    /** True once the request itself (not only the token request) has been handed to the network. */
    bool wasSent() const { return m_sent; }
    ApiOperation operation() const { return m_operation; }
    /** Cancels: before sending nothing happened; after sending the outcome is unknown. */
    void abort();

signals:
    void finished();

private:
    void sendWith(const QString& token);
    void transmit(const OutgoingRequest& request);
    void onReply(const ApiResult& result);
    void finish(const ApiResult& result);

    ApiCallContext m_context;
    ApiOperation m_operation;
    RequestBuilder m_build;
    QString m_token;
    QPointer<HttpExchange> m_exchange;
    ApiResult m_result;
    QTimer m_retryTimer;
    int m_retries[4] = { 0, 0, 0, 0 }; // per RetryPolicy::Reason
    bool m_tokenRetried = false;
    bool m_sent = false;
    bool m_aborted = false;
    bool m_finished = false;
};
