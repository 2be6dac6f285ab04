#include "BatchDuplicateGuard.h"

#include "create/CreateResult.h"

namespace {
QString keyOf(const QString& name, const QString& owner)
{
    return name + QLatin1Char('\n') + owner;
}
} // namespace

BatchDuplicateGuard::BatchDuplicateGuard(const QList<HistoryEntry>& entries, const QString& connection,
                                         const QString& profile, const QDateTime& now)
{
    const QDateTime since = now.addDays(-Days);
    const QString created = CreateResult::outcomeName(CreateResult::Outcome::Created);
    const QString partial = CreateResult::outcomeName(CreateResult::Outcome::CreatedPartially);
    const QString unknown = CreateResult::outcomeName(CreateResult::Outcome::Unknown);
    for (const HistoryEntry& entry : entries) {
        if (entry.time.isValid() && entry.time < since)
            continue;
        const bool sameConnection
            = entry.connection.isEmpty() ? entry.profile == profile : entry.connection == connection;
        if (!sameConnection)
            continue;
        Match match = Match::None;
        if (entry.outcome == created || entry.outcome == partial)
            match = Match::Created;
        else if (entry.outcome == unknown)
            match = Match::Unknown;
        if (match == Match::None)
            continue;
        Found& found = m_groups[keyOf(entry.name, entry.owner)];
        // A group that exists outweighs one that may exist.
        if (found.match != Match::Created) {
            found.match = match;
            found.time = entry.time;
        }
    }
}

BatchDuplicateGuard::Match BatchDuplicateGuard::match(const QString& name, const QString& owner) const
{
    return m_groups.value(keyOf(name, owner)).match;
}

QDateTime BatchDuplicateGuard::matchTime(const QString& name, const QString& owner) const
{
    return m_groups.value(keyOf(name, owner)).time;
}
