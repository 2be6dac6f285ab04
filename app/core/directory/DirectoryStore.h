#pragma once

#include "Directory.h"
#include "dingtalk/ConnectionSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/**
 * The local copy of one connection's directory: an SQLite file (Qt SQL's QSQLITE driver) under the user's data
 * location, shared by the window and the command line.
 *
 * - One file per connection (server and app key; with a pasted token and no app key, per server): see
 *   defaultFilePath(). A fresh HOME has none.
 * - Crash-safe: save() replaces the whole copy in one SQLite transaction, which is the swap: until it commits,
 *   every reader sees the previous copy, and a crash before the commit leaves the previous copy as it was.
 * - Readers and a writer at once: the file is in WAL mode (a window reading while the command line syncs, or the
 *   other way round), and a second writer waits for the first (busy timeout) instead of failing.
 * - Readable by the user alone: the file, its -wal and -shm companions (SQLite gives them the file's mode) are 0600,
 *   the folder 0700.
 *
 * Each call opens its own database connection and closes it, so one store may be used from any thread (one thread
 * at a time per store object).
 */
class DirectoryStore
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryStore)

public:
    static constexpr int FormatVersion = 1;

    explicit DirectoryStore(const QString& filePath);
    /** The store of the connection's directory, at defaultFilePath(connection). */
    static DirectoryStore forConnection(const ConnectionSettings& connection);

    /** <AppDataLocation>/directory/<connectionKey()>.sqlite */
    static QString defaultFilePath(const ConnectionSettings& connection);
    /** directory/<connectionKey()>.sqlite in `dataFolder`: the default file of a program whose data location that is.
     */
    static QString filePathIn(const QString& dataFolder, const ConnectionSettings& connection);
    /** A name for the connection that reveals neither the server nor the app key: a hash of both. */
    static QString connectionKey(const ConnectionSettings& connection);

    QString filePath() const { return m_filePath; }
    bool exists() const;

    /** The copy, or a null Directory when there is none (lastError() says why when the file could not be read). */
    Directory load();
    /** When the copy was made, read from the file alone (for "updated 3 hours ago"); invalid without a copy. */
    QDateTime syncedAt();
    /** Replaces the copy with `directory` in one transaction. False (lastError() set) leaves the old copy as it was. */
    bool save(const Directory& directory);
    /** Erases the copy: the file and its -wal and -shm companions. */
    bool forget();

    /** Why the last call failed, in the user's language; empty when it did not. */
    QString lastError() const { return m_lastError; }

private:
    QString m_filePath;
    QString m_lastError;
};
