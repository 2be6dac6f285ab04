// Background work runs on the app's WorkPool, never on Qt's global pool: Qt 6.4 paints large areas on the global
// pool and makes the GUI thread wait for it, so work holding it froze the window while a 100,000-row file was read.

#include "BackgroundTask.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void longWork_leavesQtsGlobalPoolFree()
    {
        // As much long work as the machine has cores, the way an import's parse and count fill them.
        const int cores = QThread::idealThreadCount();
        QSemaphore started;
        QSemaphore finish;
        QList<BackgroundTask*> tasks;
        int delivered = 0;
        for (int i = 0; i < cores; ++i) {
            auto* task = new BackgroundTask(BackgroundTask::Waiting::InOrder, this);
            task->run<bool>(
                [&] {
                    started.release();
                    finish.acquire();
                    return QThreadPool::globalInstance()->contains(QThread::currentThread());
                },
                [&](const bool& onGlobalPool) {
                    QVERIFY(!onGlobalPool);
                    ++delivered;
                });
            tasks.append(task);
        }
        QVERIFY(started.tryAcquire(cores, 10000));

        // What the raster engine does for a big fill: a part on the global pool, waited for at once.
        QSemaphore filled;
        QElapsedTimer clock;
        clock.start();
        QThreadPool::globalInstance()->start([&filled] { filled.release(); });
        const bool ran = filled.tryAcquire(1, 5000);
        const qint64 waitedMs = clock.elapsed();
        finish.release(cores);
        QVERIFY2(ran, "Qt's global pool had no thread free while the app's work ran");
        QVERIFY2(waitedMs < 1000, qPrintable(QStringLiteral("the global pool answered after %1 ms").arg(waitedMs)));
        QTRY_COMPARE(delivered, cores);
        qDeleteAll(tasks);
    }
};

QTEST_MAIN(TestBackgroundTask)
#include "tst_BackgroundTask.moc"
