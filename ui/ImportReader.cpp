#include "ImportReader.h"

#include "BackgroundTask.h"
#include "import/MemberImporter.h"
#include "threads/WorkPool.h"

#include <QtConcurrentRun>

ImportReader::ImportReader(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int done) { emit progress(done, ProgressScale); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportReader::onFinished);
}

ImportReader::~ImportReader()
{
    // Only a read under way has a future to wait for: once its result was taken, the watcher holds an empty future
    // that never finishes, and waiting on it would hang.
    if (!m_running)
        return;
    cancel();
    m_watcher.waitForFinished();
}

void ImportReader::read(const QString& path)
{
    if (m_running)
        return;
    m_running = true;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(WorkPool::instance(), &ImportReader::readFile, path));
}

void ImportReader::cancel()
{
    m_watcher.cancel();
}

void ImportReader::readFile(QPromise<ImportReading>& promise, const QString& path)
{
    promise.setProgressRange(0, ProgressScale);
    const ImportProgress onProgress = [&promise](qint64 done, qint64 total) {
        promise.setProgressValue(total > 0 ? int(done * ProgressScale / total) : 0);
        return !promise.isCanceled();
    };
    ImportReading reading;
    reading.path = path;
    reading.result = MemberImporter::readFile(path, onProgress);
    // The guess scans every cell: done here too, so the dialog opens at once.
    if (reading.result.ok() && !promise.isCanceled())
        reading.guess = MemberImporter::guessColumns(reading.result.table);
    // A cancelled promise drops the result: its rows are freed here, on the worker.
    promise.addResult(std::move(reading));
}

void ImportReader::onFinished()
{
    m_running = false;
    QFuture<ImportReading> future = m_watcher.future();
    const bool cancelled = future.isCanceled(); // asked before takeResult(), which resets the future
    ImportReading reading = future.resultCount() > 0 ? future.takeResult() : ImportReading();
    if (cancelled) {
        BackgroundTask::release(std::exchange(reading, ImportReading()));
        reading.path = m_path;
        reading.result.error = ImportError(ImportError::Cancelled);
    }
    emit finished(reading);
    BackgroundTask::release(std::move(reading)); // a dialog keeps what it shows; the rest goes off the GUI thread
}
