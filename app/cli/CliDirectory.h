#pragma once

#include "dingtalk/ConnectionSettings.h"
#include "directory/Directory.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectorySyncResult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class GroupApi;

/**
 * The command line's use of the organisation's directory: the local copy of the connection (DirectoryStore, shared
 * with the window), synced through DirectorySync on a local event loop when there is none or when asked. Ctrl+C
 * cancels a sync; only a completed sync replaces the copy.
 */
class CliDirectory
{
    Q_DECLARE_TR_FUNCTIONS(CliDirectory)

public:
    using Progress = std::function<void(int departmentsDone, int departmentsFound, int people)>;

    CliDirectory(GroupApi* api, const ConnectionSettings& connection);

    /** The local copy, synced first when there is none or `refresh`. False when that sync did not complete. */
    bool obtain(bool refresh, const Progress& progress = {});
    /** A full sync, saved as the connection's copy when it completes. False when it did not complete. */
    bool sync(const Progress& progress = {});

    const Directory& directory() const { return m_directory; }
    /** The last sync's result (Completed with zero counts when none was needed). */
    const DirectorySyncResult& syncResult() const { return m_syncResult; }
    bool synced() const { return m_synced; }
    /** Why a completed sync could not be saved (the copy is still used for this run), or why the file was unreadable.
     */
    QString storeProblem() const { return m_storeProblem; }

private:
    /** The connection's copy where the window keeps it (AppIdentity::dataFolder()). */
    DirectoryStore store() const;

    GroupApi* m_api;
    ConnectionSettings m_connection;
    Directory m_directory;
    DirectorySyncResult m_syncResult;
    bool m_synced = false;
    QString m_storeProblem;
};
