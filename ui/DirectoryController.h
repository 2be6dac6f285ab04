#pragma once

#include "BackgroundTask.h"
#include "directory/Directory.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectorySyncResult.h"

#include <QObject>
#include <QPointer>

class ConnectionSession;
class DirectorySync;

/**
 * The organisation's directory of the window's connection: its local copy (DirectoryStore), loaded off the GUI
 * thread whenever the connection changes, a sync that replaces it (DirectorySync, saved off the GUI thread), and
 * Forget. The window, the owner field's completer and the member list read directory() and hear directoryChanged().
 *
 * The copy belongs to the connection it was made for: a change of connection cancels a running sync, and a load or
 * save that finishes after the user moved on to another connection is dropped. A sync that does not complete keeps
 * the copy there was.
 */
class DirectoryController : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryController(ConnectionSession* session, QObject* parent = nullptr);
    ~DirectoryController() override;

    /** The folder the copies live in (AppIdentity::dataFolder(), the command line's too); tests give a fresh one. */
    void setDataFolder(const QString& folder);
    QString dataFolder() const { return m_dataFolder; }

    /** The current connection's copy; null while there is none (never synced, forgotten, still loading). */
    const Directory& directory() const { return m_directory; }
    bool hasDirectory() const { return !m_directory.isNull(); }
    /** The file of the current connection's copy (whether it exists or not); empty when not connected. */
    QString filePath() const;

    /** A sync runs, or its copy is being saved. */
    bool isSyncing() const;
    /** Why the connection's copy on disk could not be read (a damaged file, say); empty when it could. */
    QString loadProblem() const { return m_loadProblem; }
    /** Reading the connection's copy from disk (directory() is null until it is read). */
    bool isLoading() const { return m_loader.isBusy(); }
    /** Reading or writing the copy off the GUI thread. */
    bool isBusy() const { return m_loader.isBusy() || m_writer.isBusy(); }
    /** Whether a sync may start now: connected, none running, and not held back by the window (a create runs). */
    bool canSync() const;
    /** Whether Forget may run now: a copy to forget (or one that cannot be read), and no sync running. */
    bool canForget() const;
    /** The window holds the directory back while a create runs: nothing starts then. */
    void setHeldBack(bool heldBack);

    /** Reads the organisation's directory from DingTalk through the session's API; syncFinished() follows. */
    void sync();
    /** Stops the running sync: the copy stays as it was. */
    void cancelSync();
    /** Erases the current connection's copy (the file too); directoryChanged() follows. */
    void forget();

    /** The copy's file for this connection in `dataFolder`. The sandbox's copy is one file whatever its port. */
    static QString filePathFor(const QString& dataFolder, const ConnectionSettings& settings, bool sandbox);

signals:
    /** A new copy, or none (after a connection change, a sync, Forget). */
    void directoryChanged();
    /** A sync or a load started or ended, a create began or ended: what may run now changed. */
    void stateChanged();
    /** Departments whose people are all read, departments found so far, people so far. */
    void syncProgress(int departmentsDone, int departmentsFound, int people);
    /**
     * A sync ended. Completed: the new copy is directory() (directoryChanged() came first); `saveProblem` says why
     * it could not be kept on disk (it is used all the same until the window closes). Otherwise the copy is as before.
     */
    void syncFinished(const DirectorySyncResult& result, const QString& saveProblem);
    /** Forget could not erase the file: why, in the user's language. */
    void forgetFailed(const QString& problem);

private:
    void onConnectionChanged();
    void onSyncFinished();
    void setDirectory(const Directory& directory);
    void load();

    ConnectionSession* m_session;
    QString m_dataFolder;
    Directory m_directory;
    QString m_loadProblem;
    QPointer<DirectorySync> m_sync;
    QString m_syncFilePath; // where the running sync's copy goes: the connection's when it started
    bool m_saving = false; // a completed sync's copy on its way to disk
    bool m_heldBack = false;
    // Counts every change of what directory() should be: a load or a write that answers an older one is dropped.
    quint64 m_generation = 0;
    BackgroundTask m_loader{ BackgroundTask::Waiting::LatestWins };
    BackgroundTask m_writer{ BackgroundTask::Waiting::InOrder };
};
