#include "ApiCall.h"

#include "CallPacer.h"
#include "ReplyDialect.h"
#include "RetryPolicy.h"
#include "TokenProvider.h"

#include <QTimer>

ApiCall::ApiCall(const ApiCallContext& context, ApiOperation operation, RequestBuilder build, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_operation(operation)
    , m_build(std::move(build))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, and a wait for DingTalk's rate limit cut short meets it again.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::start);
}

void ApiCall::start()
{
    // Deferred, so that whoever started the call can connect to finished() even if the token is cached.
    QTimer::singleShot(0, this, [this] {
        if (m_aborted)
            return;
        m_context.tokens->requestToken(this, [this](const QString& token, const ApiError& error) {
            if (m_aborted || m_finished)
                return;
            if (!error.isOk()) {
                finish(ApiResult{ error, {} });
                return;
            }
            sendWith(token);
        });
    });
}

void ApiCall::sendWith(const QString& token)
{
    m_token = token;
    const OutgoingRequest request = m_build(token);
    const int wait = m_context.pacer->reserve(request.url.path());
    if (wait <= 0) {
        transmit(request);
        return;
    }
    QTimer::singleShot(wait, this, [this, request] {
        if (!m_aborted)
            transmit(request);
    });
}

void ApiCall::transmit(const OutgoingRequest& request)
{
    m_exchange = m_context.transport->send(request);
    m_sent = true;
    const bool mustNotRepeat = request.mustNotRepeat;
    connect(m_exchange, &HttpExchange::finished, this, [this, mustNotRepeat] {
        HttpExchange* exchange = m_exchange;
        exchange->deleteLater();
        m_exchange.clear();
        onReply(m_context.dialect->interpret(exchange->response(), mustNotRepeat));
    });
}

void ApiCall::onReply(const ApiResult& result)
{
    if (m_aborted) {
        finish(result);
        return;
    }
    // Each repeat below is one RetryPolicy allows: for a create, only where the answer proves it was not acted on.
    const RetryPolicy::Verdict verdict = RetryPolicy::judge(m_operation, result.error);
    if (verdict.newToken && !m_tokenRetried && m_context.tokens->canRefresh()) {
        m_tokenRetried = true;
        m_context.tokens->invalidate(m_token);
        m_sent = false;
        start();
        return;
    }
    const RetryPolicy::Reason reason = verdict.retry;
    const int delay = m_context.retryPolicy->delayBeforeRetry(reason, ++m_retries[int(reason)]);
    if (reason != RetryPolicy::Reason::None && delay >= 0) {
        m_sent = false;
        m_retryTimer.start(delay);
        return;
    }
    ApiResult final = result;
    final.error.outcomeUnknown = final.error.outcomeUnknown || verdict.outcomeUnknown;
    finish(final);
}

void ApiCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    if (m_exchange) {
        m_exchange->abort(); // finishes through the reply handler, with the outcome unknown
        return;
    }
    finish(ApiResult{ ApiError::transport(TransportFailure::Cancelled), {} });
}

void ApiCall::finish(const ApiResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_result.error.generation = m_context.dialect->generation();
    emit finished();
}
