#pragma once

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>

class QThread;

/**
 * Runs pure work (counting 100,000 imported rows, say) on a thread of its own and hands the result back on this
 * object's thread. One run at a time; while one runs, only the latest request waits, and a result is delivered
 * only when no newer request is waiting, so a user flicking through a combo box sees the answer for what is
 * chosen now. The work must not touch objects of the GUI thread: give it copies (Qt's containers share cheaply).
 * What the work captured, and a result nobody kept (a dropped one, or one `done` did not copy), are freed off the
 * GUI thread: freeing 100,000 rows takes longer than a frame.
 */
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject* parent = nullptr);
    /** Waits for the run in flight (its result is dropped). */
    ~BackgroundTask() override;

    template <typename Result> void run(std::function<Result()> work, std::function<void(const Result&)> done)
    {
        m_next = [this, work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<Result>();
            start([work, result] { *result = work(); }, [done, result] { done(*result); });
        };
        startNext();
    }

    bool isBusy() const { return m_thread || m_next; }

    /**
     * Deletes `thread`, which has nothing left to do but return, once it has. The GUI thread does not wait for it:
     * on a busy machine the thread may not get its last slice of time for a while.
     */
    static void deleteWhenFinished(QThread* thread);

    /** Lets go of `value` on a pool thread, so that the GUI thread never frees a whole company's rows. */
    template <typename T> static void release(T value)
    {
        QThreadPool::globalInstance()->start([value = std::move(value)] { Q_UNUSED(value) });
    }

private:
    void start(std::function<void()> work, std::function<void()> done);
    void startNext();

    std::unique_ptr<QThread> m_thread;
    std::function<void()> m_next;
};
