#include "ImportReader.h"

#include "BackgroundTask.h"
#include "import/MemberImporter.h"

#include <QThread>

ImportReader::ImportReader(QObject* parent)
    : QObject(parent)
{
}

ImportReader::~ImportReader()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportReader::read(const QString& path)
{
    if (m_thread)
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    // The thread touches nothing of this object but its queued calls; the destructor waits for it, and Qt drops
    // calls queued for an object that is gone.
    m_thread.reset(QThread::create([this, path, cancelled] {
        int lastPermille = -1;
        const ImportProgress onProgress = [this, cancelled, &lastPermille](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            if (permille != lastPermille) {
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            }
            return !cancelled->load();
        };
        ImportReading reading;
        reading.path = path;
        reading.result = MemberImporter::readFile(path, onProgress);
        if (reading.result.ok() && cancelled->load()) {
            reading.result = ImportResult();
            reading.result.error = ImportError(ImportError::Cancelled);
        }
        // The guess scans every cell: done here too, so the dialog opens at once.
        if (reading.result.ok())
            reading.guess = MemberImporter::guessColumns(reading.result.table);
        QMetaObject::invokeMethod(
            this, [this, reading] { onRead(reading); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

void ImportReader::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportReader::onRead(const ImportReading& reading)
{
    if (m_thread)
        BackgroundTask::deleteWhenFinished(m_thread.release()); // it has nothing left to do but return
    emit finished(reading);
}
