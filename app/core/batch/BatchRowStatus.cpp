#include "BatchRowStatus.h"

#include <QHash>

namespace {
const QHash<BatchRowStatus, QString>& names()
{
    static const QHash<BatchRowStatus, QString> map{
        { BatchRowStatus::Planned, QStringLiteral("planned") },  { BatchRowStatus::Sending, QStringLiteral("sending") },
        { BatchRowStatus::Created, QStringLiteral("created") },  { BatchRowStatus::Partial, QStringLiteral("partial") },
        { BatchRowStatus::Refused, QStringLiteral("refused") },  { BatchRowStatus::Unknown, QStringLiteral("unknown") },
        { BatchRowStatus::NotSent, QStringLiteral("not-sent") }, { BatchRowStatus::Invalid, QStringLiteral("invalid") },
        { BatchRowStatus::Skipped, QStringLiteral("skipped") },
    };
    return map;
}
} // namespace

QString BatchRowStatusName::of(BatchRowStatus status)
{
    return names().value(status);
}

std::optional<BatchRowStatus> BatchRowStatusName::parse(const QString& name)
{
    for (auto it = names().cbegin(); it != names().cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return std::nullopt;
}

BatchRowStatus BatchRowStatusName::fromOutcome(CreateResult::Outcome outcome)
{
    switch (outcome) {
    case CreateResult::Outcome::Created:
        return BatchRowStatus::Created;
    case CreateResult::Outcome::CreatedPartially:
        return BatchRowStatus::Partial;
    case CreateResult::Outcome::Rejected:
        return BatchRowStatus::Refused;
    case CreateResult::Outcome::NotCreated:
        // The request failed before DingTalk could act: nothing exists and the row may be sent again.
        return BatchRowStatus::NotSent;
    case CreateResult::Outcome::Unknown:
        break;
    }
    return BatchRowStatus::Unknown;
}

bool BatchRowStatusName::needsSending(BatchRowStatus status, bool retryUnknown)
{
    switch (status) {
    case BatchRowStatus::Planned:
    case BatchRowStatus::NotSent:
    case BatchRowStatus::Refused:
    case BatchRowStatus::Skipped:
        return true;
    case BatchRowStatus::Sending:
    case BatchRowStatus::Unknown:
        return retryUnknown;
    case BatchRowStatus::Created:
    case BatchRowStatus::Partial:
    case BatchRowStatus::Invalid:
        break;
    }
    return false;
}
