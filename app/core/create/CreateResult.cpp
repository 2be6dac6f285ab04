#include "CreateResult.h"

QString CreateResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::CreatedPartially:
        return QStringLiteral("created-partially");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::NotCreated:
        return QStringLiteral("not-created");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}
