#include "RetryPolicy.h"

#include <QList>

namespace {
// Reference "Access token": a token DingTalk rejected; the call was refused before it was processed.
const QList<int> kTokenCodes{ 40014, 42001, 40001, 33001 };
// Reference "Error codes": 90018 (20 calls/s per app and API), 90002 and 90005-90008 (global or organisation
// limits, exponential back-off): the gateway refused before the call reached the API.
const QList<int> kRateLimitCodes{ 90018, 90002, 90005, 90006, 90007, 90008 };
} // namespace

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
    case Reason::MinuteLimit:
        return attempt <= m_timing.minuteLimitRetries ? m_timing.minuteLimitMs : -1;
    }
    return -1;
}

RetryPolicy::Answer RetryPolicy::answerForCode(int code)
{
    if (kTokenCodes.contains(code))
        return Answer::TokenRejected;
    if (kRateLimitCodes.contains(code))
        return Answer::RateLimited;
    switch (code) {
    case -1:
        return Answer::Busy;
    case 400001:
        return Answer::SystemError;
    case 1111:
        return Answer::IpBanned;
    default:
        return Answer::Refused;
    }
}

QList<int> RetryPolicy::codesOf(Answer answer)
{
    switch (answer) {
    case Answer::TokenRejected:
        return kTokenCodes;
    case Answer::RateLimited:
        return kRateLimitCodes;
    case Answer::Busy:
        return { -1 };
    case Answer::SystemError:
        return { 400001 };
    case Answer::IpBanned:
        return { 1111 };
    default:
        return {};
    }
}

RetryPolicy::Answer RetryPolicy::classify(const ApiError& error)
{
    if (error.isOk())
        return Answer::Accepted;
    if (error.isTransport()) {
        switch (error.failure) {
        case TransportFailure::InsecureUrl:
        case TransportFailure::HostNotFound:
        case TransportFailure::ConnectionRefused:
        case TransportFailure::Tls:
            return Answer::NotSent;
        default:
            return error.outcomeUnknown ? Answer::Unanswered : Answer::NotSent;
        }
    }
    const QString& code = error.errcode;
    bool numeric = false;
    code.toInt(&numeric);
    if (numeric)
        return answerForCode(error.reasonCode());
    // The new generation: HTTP status and a `code` string.
    if (error.httpStatus == 401 || code == QLatin1String("InvalidAuthentication"))
        return Answer::TokenRejected;
    if (code.contains(QLatin1String("QpsLimit")))
        return Answer::RateLimited;
    if (code.contains(QLatin1String("QpmLimit")))
        return Answer::MinuteLimited;
    if (code == QLatin1String("system.busy") || error.httpStatus == 429)
        return Answer::Busy;
    if (code == QLatin1String("system.error"))
        return Answer::SystemError;
    return Answer::Refused;
}

RetryPolicy::Verdict RetryPolicy::judge(ApiOperation operation, const ApiError& error)
{
    const bool creating = operation == ApiOperation::Create;
    Verdict verdict;
    switch (classify(error)) {
    case Answer::Accepted:
    case Answer::Refused:
    case Answer::NotSent:
        break;
    case Answer::TokenRejected:
        verdict.newToken = true;
        break;
    case Answer::RateLimited:
        verdict.retry = Reason::RateLimit;
        break;
    case Answer::MinuteLimited:
        verdict.retry = Reason::MinuteLimit;
        break;
    case Answer::Busy:
        // DingTalk: "system busy, retry, at most 3 times" -- but never that the call had no effect.
        if (creating)
            verdict.outcomeUnknown = true;
        else
            verdict.retry = Reason::Busy;
        break;
    case Answer::SystemError:
    case Answer::IpBanned:
    case Answer::Unanswered:
        verdict.outcomeUnknown = creating;
        break;
    }
    return verdict;
}
