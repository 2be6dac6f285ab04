#pragma once

#include "BackgroundTask.h"
#include "batch/BatchItem.h"
#include "batch/BatchJournal.h"
#include "batch/BatchSheet.h"
#include "directory/Directory.h"
#include "directory/DirectorySyncResult.h"
#include "presets/Preset.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class DirectoryController;
class GroupApi;
class MobileResolver;

/**
 * The window's way from a sheet to rows that can be sent, the command line's steps in the window's manner: the sheet
 * read off the GUI thread; people read through the connection's directory (with no local copy it is synced first, as
 * the window's Directory menu syncs it; only a refused sync leaves userids and mobile numbers); phone numbers looked
 * up in DingTalk as the window's phone lookup does; every row validated off the GUI thread (BatchPreparation); and
 * what an earlier run of the same sheet on the same connection recorded in its journal, read without changing it.
 * Nothing here creates anything.
 */
class BatchPreparer : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Idle,
        Reading,
        Directory, // waiting for the directory's copy to load or sync
        Resolving,
        LookingUp,
        Validating,
        Ready,
        Failed,
    };

    /** `syncDirectory` starts the window's sync (with its progress dialog); its end comes through `directory`. */
    BatchPreparer(DirectoryController* directory, std::function<void()> syncDirectory, QObject* parent = nullptr);
    ~BatchPreparer() override;

    /**
     * Prepares the sheet at `path` for `api`'s connection; `journalFolder` is where its journal would be, under
     * the connection's `identity`. Anything under way is dropped.
     */
    void start(const QString& path, GroupApi* api, const QHash<QString, Preset>& presets, const QString& journalFolder,
               const QString& identity);
    /** Drops what is under way (a sync the window started goes on: it is the window's). */
    void cancel();

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage != Stage::Idle && m_stage != Stage::Ready && m_stage != Stage::Failed; }
    QString sheetPath() const { return m_path; }
    const BatchSheet& sheet() const { return m_sheet; }
    const QList<BatchItem>& items() const { return m_items; }
    /** What an earlier run of this sheet on this connection recorded (empty when there was none). */
    const QList<BatchJournal::Row>& earlierRows() const { return m_earlier; }
    /** People were read without the directory (its sync was refused): why, for the user. */
    bool withoutDirectory() const { return m_withoutDirectory; }
    const DirectorySyncResult& refusedSync() const { return m_refusedSync; }
    /** Phone numbers DingTalk gave no userid for (their rows are invalid). */
    int failedLookups() const { return m_failedLookups; }
    /** Lookups done and to do, while looking up. */
    int lookupsDone() const { return m_lookupsDone; }
    int lookupsTotal() const { return m_lookupsTotal; }
    /** Why preparing stopped (Failed), in the current language; made when asked, so it follows a language switch. */
    QString problem() const;

signals:
    void stageChanged();
    void lookupProgress(int done, int total);

private:
    enum class Failure
    {
        None,
        Sheet,
        SyncFailed,
        SyncCancelled,
        SyncUnavailable,
        NotConnected,
    };

    void setStage(Stage stage);
    void fail(Failure failure);
    void obtainDirectory();
    void onSyncFinished(const DirectorySyncResult& result);
    void resolve(const Directory& directory);
    void lookUp(const QStringList& mobiles);
    void onLookupsFinished();
    void validate(const QHash<QString, QString>& userids);

    DirectoryController* m_directory;
    std::function<void()> m_syncDirectory;
    QPointer<GroupApi> m_api;
    QHash<QString, Preset> m_presets;
    QString m_path;
    QString m_journalFolder;
    QString m_identity;
    Stage m_stage = Stage::Idle;
    Failure m_failure = Failure::None;
    BatchSheet m_sheet;
    QList<BatchItem> m_items;
    QList<BatchJournal::Row> m_earlier;
    bool m_withoutDirectory = false;
    DirectorySyncResult m_refusedSync;
    DirectorySyncResult m_failedSync;
    bool m_waitingForSync = false;
    MobileResolver* m_resolver = nullptr;
    int m_failedLookups = 0;
    int m_lookupsDone = 0;
    int m_lookupsTotal = 0;
    // Counts start() and cancel(): an answer for an older request is dropped.
    quint64 m_generation = 0;
    BackgroundTask m_task{ BackgroundTask::Waiting::LatestWins };
};
