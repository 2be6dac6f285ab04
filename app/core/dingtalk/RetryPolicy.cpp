#include "RetryPolicy.h"

RetryPolicy::RetryPolicy(const Timing& timing)
    : m_timing(timing)
{
}

int RetryPolicy::delayBeforeRetry(Reason reason, int attempt) const
{
    if (attempt < 1)
        return -1;
    switch (reason) {
    case Reason::None:
        return -1;
    case Reason::Busy:
        return attempt <= m_timing.busyRetries ? m_timing.busyFirstMs << (attempt - 1) : -1;
    case Reason::RateLimit:
        return attempt <= m_timing.rateLimitRetries ? m_timing.rateLimitFirstMs << (attempt - 1) : -1;
    }
    return -1;
}

RetryPolicy::Reason RetryPolicy::legacyReason(const ApiError& error)
{
    if (!error.isApi() || error.errcode.isEmpty())
        return Reason::None;
    return reasonForCode(error.numericCode());
}

RetryPolicy::Reason RetryPolicy::reasonForCode(int code)
{
    switch (code) {
    case -1:
        return Reason::Busy;
    case 90018:
    case 90002:
    case 90005:
    case 90006:
    case 90007:
    case 90008:
        return Reason::RateLimit;
    default:
        // 90020 (monthly quota) and 1111 (five-minute IP ban) are not worth waiting for here.
        return Reason::None;
    }
}
