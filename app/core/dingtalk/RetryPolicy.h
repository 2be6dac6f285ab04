#pragma once

#include "ApiError.h"

/**
 * When a refused call may be sent again, and after how long. Only answers that prove DingTalk did not act qualify:
 * "system busy" (-1) and the rate limits. Everything else, and every failure with an unknown outcome, is final.
 */
class RetryPolicy
{
public:
    enum class Reason
    {
        None,
        Busy,
        RateLimit
    };

    struct Timing
    {
        int busyFirstMs = 500; // then doubled: 0.5 s, 1 s, 2 s
        int busyRetries = 3; // DingTalk: retry at most three times
        int rateLimitFirstMs = 1000; // DingTalk: wait one second, then back off exponentially
        int rateLimitRetries = 4;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Timing& timing);

    /** Milliseconds to wait before retry number `attempt` (1 for the first retry), or -1 for no retry. */
    int delayBeforeRetry(Reason reason, int attempt) const;
    /** The reason a legacy errcode gives for retrying. */
    static Reason legacyReason(const ApiError& error);
    /**
     * The reason a legacy numeric code gives: -1 is "system busy", 90018 and 90002-90008 are rate limits. The one
     * list of these codes: ErrorCatalogue words its explanations by it too.
     */
    static Reason reasonForCode(int code);

private:
    Timing m_timing;
};
