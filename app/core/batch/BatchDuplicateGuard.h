#pragma once

#include "history/HistoryEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

/**
 * "Never a group twice", across batches and single creates: a row whose name and owner match a history entry of the
 * last 30 days, made on the same connection, that created a group (or may have: unknown) is not sent again unless the
 * user lifts the guard for that kind of entry. Entries older than the history's connection field are matched by the
 * connection's profile name.
 */
class BatchDuplicateGuard
{
public:
    static constexpr int Days = 30;

    enum class Match
    {
        None,
        Created, // a group with this name and owner was created
        Unknown, // one may have been
    };

    BatchDuplicateGuard() = default;
    BatchDuplicateGuard(const QList<HistoryEntry>& entries, const QString& connection, const QString& profile,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());

    Match match(const QString& name, const QString& owner) const;
    /** The matching entry's time, for telling the user when it was made. */
    QDateTime matchTime(const QString& name, const QString& owner) const;

private:
    struct Found
    {
        Match match = Match::None;
        QDateTime time;
    };
    QHash<QString, Found> m_groups; // name + '\n' + owner
};
