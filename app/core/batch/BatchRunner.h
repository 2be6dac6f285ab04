#pragma once

#include "BatchDuplicateGuard.h"
#include "BatchItem.h"
#include "BatchRowResult.h"
#include "history/HistoryEntry.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class BatchJournal;
class CreateJob;
class GroupApi;
struct CreateProgress;

/**
 * Sends a batch: one row at a time, in the sheet's order, each through the create job a single group goes through
 * (create, then the adds, paced and retried as for one group). A row's answer is in the journal and the history
 * before the next row's create is sent. Stops when the rows after cannot succeed (BatchStopRule), on cancel() after
 * the call in flight, and when the journal cannot be written; the rows left are "not sent", with the reason.
 */
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool retryUnknown = false; // send unknown rows again, and lift the guard for unknown history entries
        bool allowDuplicates = false; // lift the guard for created history entries
        QString historyFile; // empty: record nothing
        QString profile; // the history entries' profile name
        QString connection; // ConnectionSettings::identity()
        ApiGeneration generation = ApiGeneration::Legacy;
        QStringList secrets; // masked in the history
    };

    /**
     * `items` are every row of the sheet, in order; invalid ones are reported "invalid" and never sent. `journal` is
     * open; rows it has settled are reported from it and not sent again. Not owned.
     */
    BatchRunner(GroupApi* api, const QList<BatchItem>& items, BatchJournal* journal, const BatchDuplicateGuard& guard,
                const Options& options, QObject* parent = nullptr);
    ~BatchRunner() override;

    void start();
    /** After the row in flight, waits; resume() goes on. */
    void pause();
    void resume();
    /** The call in flight finishes and is recorded; every row after it is "not sent". */
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    /** One per row of the sheet, in order; complete once finished() was emitted. */
    const QList<BatchRowResult>& results() const { return m_results; }
    /** Rows this run sends (or sent), for overall progress. */
    int rowsToSend() const { return int(m_queue.size()); }
    int rowsSent() const { return m_sentCount; }
    BatchStopRule::Reason stopReason() const { return m_stopReason; }
    /** The last history problem, in the user's language (the batch goes on without it). */
    QString historyProblem() const { return m_historyProblem; }

signals:
    void rowStarted(int index);
    void rowProgress(int index, const CreateProgress& progress);
    void rowFinished(int index);
    void pausedChanged(bool paused);
    void finished();

private:
    void next();
    void onJobFinished();
    void recordNext();
    void onRecorded();
    void onRowDone();
    void stop(BatchStopRule::Reason reason);
    void finish();

    GroupApi* m_api;
    QList<BatchItem> m_items;
    BatchJournal* m_journal;
    Options m_options;
    QList<BatchRowResult> m_results;
    QList<int> m_queue; // indexes of the rows to send, in order
    int m_nextInQueue = 0;
    int m_sentCount = 0;
    int m_current = -1;
    QPointer<CreateJob> m_job;
    bool m_createAnswered = false;
    QFutureWatcher<QString> m_recording;
    QList<HistoryEntry> m_historyQueue; // answered rows waiting for their history write, in order
    bool m_recordingBusy = false; // a history write is under way
    bool m_finishing = false; // finished() waits for the history writes
    bool m_running = false;
    bool m_paused = false;
    bool m_pauseRequested = false;
    bool m_cancelRequested = false;
    BatchStopRule::Reason m_stopReason = BatchStopRule::Reason::None;
    QString m_historyProblem;
};
