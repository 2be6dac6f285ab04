#pragma once

#include "import/ColumnChoice.h"
#include "import/ImportResult.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

/** A file read by ImportReader: the importer's result and its guess of the columns. */
struct ImportReading
{
    QString path;
    ImportResult result;
    ColumnChoice guess;
};

/**
 * Reads a member file with MemberImporter on a thread of its own, so a staff list of 100,000 rows never freezes the
 * window. Progress and the result arrive as signals on the reader's own (GUI) thread.
 */
class ImportReader : public QObject
{
    Q_OBJECT

public:
    explicit ImportReader(QObject* parent = nullptr);
    /** Cancels a read still running and waits for its thread (the importer stops at its next progress call). */
    ~ImportReader() override;

    /** Starts reading; ignored while a read runs. */
    void read(const QString& path);
    /** The read stops soon and finishes with ImportError::Cancelled. */
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /** `done` of `total` units of the importer's work; sent at most once per permille. */
    void progress(qint64 done, qint64 total);
    void finished(const ImportReading& reading);

private:
    void onRead(const ImportReading& reading);

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
