#pragma once

#include "import/ColumnChoice.h"
#include "import/ImportResult.h"

#include <QFutureWatcher>
#include <QObject>

template <typename T> class QPromise;

/** A file read by ImportReader: the importer's result and its guess of the columns. */
struct ImportReading
{
    QString path;
    ImportResult result;
    ColumnChoice guess;
};

/**
 * Reads a member file with MemberImporter on the app's WorkPool (QtConcurrent::run with a QPromise), so a staff list
 * of 100,000 rows never freezes the window. Progress and the result arrive as signals on the reader's own (GUI)
 * thread, through a QFutureWatcher.
 */
class ImportReader : public QObject
{
    Q_OBJECT

public:
    explicit ImportReader(QObject* parent = nullptr);
    /** Cancels a read still running and waits for it (the importer stops at its next progress call). */
    ~ImportReader() override;

    /** Starts reading; ignored while a read runs. */
    void read(const QString& path);
    /** The read stops soon and finishes with ImportError::Cancelled. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** The scale of progress(): `done` counts thousandths of the importer's work. */
    static constexpr int ProgressScale = 1000;

signals:
    /** `done` of `total` parts of the importer's work; sent at most 25 times a second. */
    void progress(qint64 done, qint64 total);
    void finished(const ImportReading& reading);

private:
    /** The work on the pool thread. */
    static void readFile(QPromise<ImportReading>& promise, const QString& path);
    void onFinished();

    QFutureWatcher<ImportReading> m_watcher;
    QString m_path;
    bool m_running = false; // until finished() is sent, which comes after the work has ended
};
