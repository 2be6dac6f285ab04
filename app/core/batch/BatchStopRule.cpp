#include "BatchStopRule.h"

#include "dingtalk/ErrorCatalogue.h"

namespace {
bool isV1SystemError(const ApiError& error)
{
    return error.isApi() && error.errcode == QLatin1String("system.error");
}

const QList<QPair<BatchStopRule::Reason, QString>>& reasonNames()
{
    using Reason = BatchStopRule::Reason;
    static const QList<QPair<Reason, QString>> names{
        { Reason::GroupLimit, QStringLiteral("group-limit") },
        { Reason::Banned, QStringLiteral("banned") },
        { Reason::Quota, QStringLiteral("quota") },
        { Reason::Credentials, QStringLiteral("credentials") },
        { Reason::Permission, QStringLiteral("permission") },
        { Reason::Network, QStringLiteral("network") },
        { Reason::Cancelled, QStringLiteral("cancelled") },
        { Reason::Journal, QStringLiteral("journal") },
    };
    return names;
}
} // namespace

BatchStopRule::Reason BatchStopRule::reasonFor(const CreateResult& result)
{
    const ApiError& error = result.error;
    if (result.outcome == CreateResult::Outcome::Created || error.isOk())
        return Reason::None;
    if (error.isTransport()) {
        switch (error.failure) {
        case TransportFailure::Cancelled:
            return Reason::Cancelled;
        case TransportFailure::NotJson:
        case TransportFailure::HttpStatus:
            // DingTalk's five-minute ban of an address is an HTML page, not its JSON.
            if (error.contentType.contains(QLatin1String("html"), Qt::CaseInsensitive))
                return Reason::Banned;
            return error.failure == TransportFailure::HttpStatus && error.httpStatus < 500 ? Reason::None
                                                                                           : Reason::Network;
        case TransportFailure::None:
            return Reason::None;
        default:
            return Reason::Network;
        }
    }
    if (isV1SystemError(error) && result.outcome != CreateResult::Outcome::CreatedPartially)
        return Reason::GroupLimit; // what a real organisation met when its groups were used up (see the reference)
    if (error.errcode.contains(QLatin1String("ApiCountLimitForOrg")))
        return Reason::Quota;
    int code = error.numericCode();
    if (code == 88 && !error.subCode.isEmpty())
        code = error.subCode.toInt();
    if (code == 0)
        code = ErrorCatalogue::legacyEquivalent(error);
    switch (code) {
    case 1002:
    case 49007:
        return Reason::GroupLimit;
    case 1111:
        return Reason::Banned;
    case 90020:
        return Reason::Quota;
    case 40096:
    case 40014:
    case 42001:
    case 40001:
    case 43007:
        return Reason::Credentials;
    case 60011:
    case 60020:
        return Reason::Permission;
    default:
        break;
    }
    if (code >= 90001 && code <= 90017)
        return Reason::Banned;
    if (error.errcode.contains(QLatin1String("AccessTokenPermissionDenied")))
        return Reason::Permission;
    return Reason::None;
}

BatchRowStatus BatchStopRule::rowStatus(const CreateResult& result)
{
    if (!result.groupExists() && isV1SystemError(result.error))
        return BatchRowStatus::Unknown;
    return BatchRowStatusName::fromOutcome(result.outcome);
}

QString BatchStopRule::reasonName(Reason reason)
{
    for (const auto& entry : reasonNames()) {
        if (entry.first == reason)
            return entry.second;
    }
    return QString();
}

BatchStopRule::Reason BatchStopRule::reasonFromName(const QString& name)
{
    for (const auto& entry : reasonNames()) {
        if (entry.second == name)
            return entry.first;
    }
    return Reason::None;
}

QString BatchStopRule::explanation(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QString();
    case Reason::GroupLimit:
        return tr("Not sent: the organisation has reached DingTalk's limit on groups (or may have: the last create's "
                  "outcome is unknown). Ordinary groups cannot be dissolved through the API; contact the "
                  "organisation's DingTalk administrator or DingTalk.");
    case Reason::Banned:
        return tr("Not sent: DingTalk has disabled requests from this organisation or address for a while. Wait, "
                  "then run the batch again: it goes on where it stopped.");
    case Reason::Quota:
        return tr("Not sent: the organisation's monthly quota of DingTalk calls is used up. Run the batch again when "
                  "the quota is renewed: it goes on where it stopped.");
    case Reason::Credentials:
        return tr("Not sent: DingTalk did not accept the app's credentials, so every create would fail.");
    case Reason::Permission:
        return tr("Not sent: the app may not create groups (a permission or the server's IP allow-list), so every "
                  "create would fail.");
    case Reason::Network:
        return tr("Not sent: the connection to DingTalk failed. Check it, then run the batch again: it goes on "
                  "where it stopped.");
    case Reason::Cancelled:
        return tr("Not sent: the batch was cancelled.");
    case Reason::Journal:
        return tr("Not sent: the batch's journal could not be written, and no group is created without it.");
    }
    return QString();
}
