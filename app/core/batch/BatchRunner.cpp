#include "BatchRunner.h"

#include "BatchJournal.h"
#include "create/CreateJob.h"
#include "history/HistoryStore.h"
#include "threads/WorkPool.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

BatchRunner::BatchRunner(GroupApi* api, const QList<BatchItem>& items, BatchJournal* journal,
                         const BatchDuplicateGuard& guard, const Options& options, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_items(items)
    , m_journal(journal)
    , m_options(options)
{
    connect(&m_recording, &QFutureWatcher<QString>::finished, this, &BatchRunner::onRecorded);
    m_results.reserve(items.size());
    for (int index = 0; index < int(items.size()); ++index) {
        const BatchItem& item = items.at(index);
        BatchRowResult row;
        row.sheetRow = item.row.sheetRow;
        row.name = item.validation.name.isEmpty() ? item.row.name.trimmed() : item.validation.name;
        row.owner = item.validation.owner.isEmpty() ? item.row.owner.trimmed() : item.validation.owner;
        if (!item.isValid()) {
            row.status = BatchRowStatus::Invalid;
            row.issues = item.issues;
            m_results.append(row);
            continue;
        }
        const BatchJournal::Row earlier = journal->row(row.sheetRow);
        if (!BatchRowStatusName::needsSending(earlier.status, options.retryUnknown)) {
            row.status = earlier.status == BatchRowStatus::Sending ? BatchRowStatus::Unknown : earlier.status;
            row.result = BatchJournal::resultOf(earlier);
            row.fromJournal = true;
        } else {
            const BatchDuplicateGuard::Match match = guard.match(row.name, row.owner);
            const bool guarded = (match == BatchDuplicateGuard::Match::Created && !options.allowDuplicates)
                || (match == BatchDuplicateGuard::Match::Unknown && !options.retryUnknown);
            // A row this batch sent itself is judged by its journal, not by the history it wrote.
            if (guarded && earlier.status != BatchRowStatus::Unknown && earlier.status != BatchRowStatus::Sending) {
                row.status = BatchRowStatus::Skipped;
                row.duplicateTime = guard.matchTime(row.name, row.owner);
            } else {
                row.status = BatchRowStatus::Planned;
                m_queue.append(index);
            }
        }
        m_results.append(row);
    }
}

BatchRunner::~BatchRunner()
{
    // A history write still under way finishes: it holds no pointer to this runner.
    m_recording.waitForFinished();
}

void BatchRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &BatchRunner::next);
}

void BatchRunner::pause()
{
    if (m_running && !m_paused)
        m_pauseRequested = true;
}

void BatchRunner::resume()
{
    m_pauseRequested = false;
    if (!m_paused)
        return;
    m_paused = false;
    emit pausedChanged(false);
    next();
}

void BatchRunner::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_paused) {
        m_paused = false;
        emit pausedChanged(false);
        stop(BatchStopRule::Reason::Cancelled);
        return;
    }
    // Never abort a create in flight: its outcome would be unknown. Once it answered, the adds stop after theirs.
    if (m_job && m_createAnswered)
        m_job->cancel();
}

void BatchRunner::next()
{
    if (!m_running)
        return;
    if (m_cancelRequested) {
        stop(BatchStopRule::Reason::Cancelled);
        return;
    }
    if (m_nextInQueue >= m_queue.size()) {
        finish();
        return;
    }
    if (m_pauseRequested) {
        m_pauseRequested = false;
        m_paused = true;
        emit pausedChanged(true);
        return;
    }
    m_current = m_queue.at(m_nextInQueue);
    const BatchItem& item = m_items.at(m_current);
    BatchRowResult& row = m_results[m_current];
    // On the disk before the create leaves: a crash from here on leaves "sending", which means "may exist".
    if (!m_journal->markSending(row.sheetRow, row.name, row.owner)) {
        stop(BatchStopRule::Reason::Journal);
        return;
    }
    row.status = BatchRowStatus::Sending;
    row.fromJournal = false;
    emit rowStarted(m_current);

    m_createAnswered = false;
    m_job = new CreateJob(m_api, item.validation.name, item.validation.owner, item.validation.memberIds,
                          item.spec.settings, this);
    connect(m_job, &CreateJob::progress, this, [this](const CreateProgress& progress) {
        if (progress.stage != CreateProgress::Stage::Creating) {
            m_createAnswered = true;
            if (m_cancelRequested && m_job)
                m_job->cancel();
        }
        emit rowProgress(m_current, progress);
    });
    connect(m_job, &CreateJob::finished, this, &BatchRunner::onJobFinished);
    m_job->start();
}

void BatchRunner::onJobFinished()
{
    CreateJob* job = m_job;
    m_job.clear();
    job->deleteLater();
    BatchRowResult& row = m_results[m_current];
    row.result = job->result();
    row.status = BatchStopRule::rowStatus(row.result);
    if (!m_journal->markFinished(row.sheetRow, row.status, row.result))
        m_stopReason = BatchStopRule::Reason::Journal;

    if (!m_options.historyFile.isEmpty()) {
        const BatchItem& item = m_items.at(m_current);
        HistoryEntry entry = HistoryEntry::fromResult(item.validation, item.spec.settings, row.result,
                                                      m_options.profile, m_options.generation, m_options.secrets);
        entry.connection = m_options.connection;
        m_historyQueue.append(entry);
        recordNext();
    }
    onRowDone();
}

void BatchRunner::recordNext()
{
    if (m_recordingBusy || m_historyQueue.isEmpty())
        return;
    m_recordingBusy = true;
    // Off the event loop, and beside the next row's create: a long history takes a while to rewrite (read, parse,
    // write, fsync), which would otherwise add its time to every row's, past the pace DingTalk allows. The journal
    // already has the answer on the disk, so the batch never depends on the history to know what exists. One write
    // at a time, in the order the rows were answered; finished() waits for the last.
    const HistoryEntry entry = m_historyQueue.takeFirst();
    const QString path = m_options.historyFile;
    m_recording.setFuture(QtConcurrent::run(WorkPool::instance(), [path, entry] {
        HistoryStore store(path);
        const bool written = store.append(entry);
        return written ? store.lastError()
                       : tr("This create was not recorded in the history: %1").arg(store.lastError());
    }));
}

void BatchRunner::onRecorded()
{
    if (!m_recordingBusy || !m_recording.isFinished())
        return; // not a write's end: the watcher also signals when a future is replaced
    m_recordingBusy = false;
    const QString problem = m_recording.result();
    if (!problem.isEmpty())
        m_historyProblem = problem;
    recordNext();
    if (m_finishing && !m_recordingBusy && m_historyQueue.isEmpty())
        finish();
}

void BatchRunner::onRowDone()
{
    BatchRowResult& row = m_results[m_current];
    ++m_nextInQueue;
    ++m_sentCount;
    BatchStopRule::Reason reason = m_stopReason;
    if (reason == BatchStopRule::Reason::None) {
        reason = BatchStopRule::reasonFor(row.result);
        if (reason == BatchStopRule::Reason::Cancelled)
            reason = BatchStopRule::Reason::None; // the user's cancel: next() stops with it
    }
    if (row.status == BatchRowStatus::NotSent)
        row.reason = reason == BatchStopRule::Reason::None ? BatchStopRule::Reason::Network : reason;
    emit rowFinished(m_current);
    if (reason != BatchStopRule::Reason::None) {
        stop(reason);
        return;
    }
    // Through the event loop: a long batch never holds it, and pause() or cancel() are seen between rows.
    QTimer::singleShot(0, this, &BatchRunner::next);
}

void BatchRunner::stop(BatchStopRule::Reason reason)
{
    m_stopReason = reason;
    for (int i = m_nextInQueue; i < int(m_queue.size()); ++i) {
        BatchRowResult& row = m_results[m_queue.at(i)];
        row.status = BatchRowStatus::NotSent;
        row.reason = reason;
        if (reason != BatchStopRule::Reason::Journal)
            m_journal->markNotSent(row.sheetRow, reason);
    }
    m_nextInQueue = int(m_queue.size());
    finish();
}

void BatchRunner::finish()
{
    if (!m_running)
        return;
    // The history has every row that was answered before the batch says it is done.
    if (m_recordingBusy || !m_historyQueue.isEmpty()) {
        m_finishing = true;
        return;
    }
    m_finishing = false;
    m_running = false;
    emit finished();
}
