#pragma once

class CallPacer;
class HttpTransport;
class ReplyDialect;
class RetryPolicy;
class TokenProvider;

/**
 * What one ApiCall works with: the transport that sends it, the tokens it is sent with, the pacer that keeps it under
 * DingTalk's rate limits, the policy that judges its failures, and the dialect that reads its answer. All are owned
 * by the API the call belongs to, which outlives its calls.
 */
struct ApiCallContext
{
    HttpTransport* transport = nullptr;
    TokenProvider* tokens = nullptr;
    CallPacer* pacer = nullptr;
    const RetryPolicy* retryPolicy = nullptr;
    const ReplyDialect* dialect = nullptr;
};
