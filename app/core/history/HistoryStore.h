#pragma once

#include "HistoryEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QLockFile;

/**
 * The local record of every create attempt, shared by the window and the command line.
 *
 * One JSON file (`{"format":1,"retentionDays":N,"entries":[...]}`, oldest entry first), readable by the user alone.
 * Every change is a read-modify-write under a lock file and ends in an atomic replace (QSaveFile), so a crash never
 * leaves a half-written file and two processes writing at once lose nothing. A file that cannot be read is moved
 * aside (`history.json.damaged-<UTC time>`) and reported through lastError(), never silently replaced. Entries
 * older than the retention period are dropped on the next load or write.
 */
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int FormatVersion = 1;
    /** How long a change waits for another program's write to end before it gives up. */
    static constexpr int LockTimeoutMs = 30000;
    /** A lock older than this is taken over: a write holds it for milliseconds, never for this long. */
    static constexpr int StaleLockMs = 10000;
    /** A waiting writer looks again after a random wait in this range. */
    static constexpr int LockPollMinMs = 2;
    static constexpr int LockPollMaxMs = 20;

    /** `filePath` empty: history.json in QStandardPaths::AppDataLocation. */
    explicit HistoryStore(const QString& filePath = QString());

    static QString defaultFilePath();
    /** history.json in `dataFolder`: the default file of a program whose data location that is. */
    static QString filePathIn(const QString& dataFolder);
    QString filePath() const { return m_filePath; }

    // Each change below returns whether it was done. lastError() can say more even when it was: a damaged file found
    // on the way was set aside and a new history begun.

    /** Reads the file (a missing file is an empty history). False when it was damaged or could not be read. */
    bool load();
    /** Adds an entry (masked on the way in); fills in its id and time when they are empty. */
    bool append(const HistoryEntry& entry);
    /** Replaces the entry with the same id, e.g. after the missing members were added later. */
    bool update(const HistoryEntry& entry);
    /** Deletes the entries with these ids. */
    bool remove(const QStringList& ids);
    /** Deletes every entry (the retention setting stays). */
    bool clear();
    /** Keeps entries for `days` days (0 = forever); older ones go at once. */
    bool setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }

    /** The entries as last read or written, oldest first. */
    const QList<HistoryEntry>& entries() const { return m_entries; }
    /** The entry with this id, or an entry with an empty id. */
    HistoryEntry entry(const QString& id) const;

    /** Why the last operation failed, or a damaged file was set aside, in the user's language; empty when fine. */
    QString lastError() const { return m_lastError; }
    /** Where the last damaged file was moved, for the message next to lastError(). */
    QString damagedFilePath() const { return m_damagedFilePath; }

    /** For tests: the clock deciding what retention drops. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    struct Contents
    {
        int retentionDays = 0;
        QList<HistoryEntry> entries;
    };
    using Change = std::function<void(Contents&)>;

    /** Locks, reads, applies `change` and retention, writes if anything changed, unlocks. */
    bool modify(const Change& change);
    /** False (and lastError set) when the file exists but cannot be used as it is. */
    /** Takes the lock file, waiting up to LockTimeoutMs; false (and lastError set) when it cannot be had. */
    bool lockFairly(QLockFile& lock, const QString& folder);
    bool read(Contents& contents, bool& damaged);
    bool write(const Contents& contents);
    bool setAside();
    void dropExpired(Contents& contents) const;
    QJsonObject toJson(const Contents& contents) const;

    QString m_filePath;
    QList<HistoryEntry> m_entries;
    int m_retentionDays = 0;
    QString m_lastError;
    QString m_damagedFilePath;
    std::function<QDateTime()> m_clock;
};
