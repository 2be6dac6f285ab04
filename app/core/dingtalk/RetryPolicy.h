#pragma once

#include "ApiError.h"
#include "ApiOperation.h"

/**
 * The one place that says what DingTalk's answers prove, and so which failed call may be sent again, after how long,
 * and which leaves its outcome unknown. A create is repeated only where the answer proves it was not acted on:
 * a token rejected (with a new token, once) and the gateway's rate-limit refusals. "Busy" (-1, system.busy), a
 * system error (system.error, 400001) and the five-minute IP ban do not prove that: a create that got one may have
 * made the group. Adds, lookups, reads and token requests change nothing when repeated, so "busy" is retried there.
 * Sources: /work/shared/reference/dingtalk-api.md ("Error codes", "Rate limits and quotas"), docs/ERROR-CODES.md.
 */
class RetryPolicy
{
public:
    /** What an answer proves about the call that got it, whichever call it was. */
    enum class Answer
    {
        Accepted, // no error
        TokenRejected, // 40014, 42001, 40001, 33001, topapi 88/40014, v1 401 InvalidAuthentication: not acted on
        RateLimited, // 90018, 90002, 90005-90008, topapi 88/90018, v1 403 *QpsLimit*: the gateway refused first
        MinuteLimited, // v1 403 Forbidden.AccessDenied.QpmLimitForAppkeyAndApi: refused first, wait at least 60 s
        Busy, // -1, v1 system.busy (any status), HTTP 429: DingTalk does not say whether it acted
        SystemError, // 400001, v1 system.error: does not say whether it acted (on a create: maybe the group quota)
        IpBanned, // {"status":1111}: the address is banned for five minutes; does not say whether it acted
        Refused, // every other answer of DingTalk: a definite refusal, nothing was done
        NotSent, // a failure before the request left (refused connection, unknown host, TLS, plain http)
        Unanswered, // sent, but no readable answer (timeout, dropped connection, a page that is not DingTalk's)
    };

    /** Why a call is sent again. */
    enum class Reason
    {
        None,
        Busy,
        RateLimit,
        MinuteLimit
    };

    /** What to do with a failed call. */
    struct Verdict
    {
        Reason retry = Reason::None; // wait and send it again
        bool newToken = false; // fetch a new token and send it again, once
        bool outcomeUnknown = false; // it may have been acted on: never send it again, report "may exist"
    };

    struct Timing
    {
        int busyFirstMs = 500; // then doubled: 0.5 s, 1 s, 2 s
        int busyRetries = 3; // DingTalk: retry at most three times
        int rateLimitFirstMs = 1000; // DingTalk: wait one second, then back off exponentially
        int rateLimitRetries = 4;
        int minuteLimitMs = 60000; // a per-minute limit: at least 60 s
        int minuteLimitRetries = 1;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Timing& timing);

    /** Milliseconds to wait before retry number `attempt` (1 for the first retry), or -1 for no retry. */
    int delayBeforeRetry(Reason reason, int attempt) const;

    /** What DingTalk's answer (or its absence) proves, for codes of both API generations. */
    static Answer classify(const ApiError& error);
    /** What to do after `error` answered a call of `operation`. */
    static Verdict judge(ApiOperation operation, const ApiError& error);
    /** The answer a legacy numeric code gives (88 is read through its sub_code by classify()). */
    static Answer answerForCode(int code);
    /** The numbered codes classify() treats alike, for tests and the table in docs/ERROR-CODES.md. */
    static QList<int> codesOf(Answer answer);

private:
    Timing m_timing;
};
