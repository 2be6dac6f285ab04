#pragma once

#include "threads/WorkPool.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrentRun>
#include <functional>
#include <memory>

/**
 * Runs pure work (counting 100,000 imported rows, writing the history file) on the app's WorkPool with
 * QtConcurrent::run, and hands its result to `done` on this object's thread through a QFutureWatcher. One run at a
 * time; requests made meanwhile wait. With LatestWins only the latest request waits, and a result is delivered only
 * when no newer request waits, so a user flicking through a combo box sees the answer for what is chosen now. With
 * InOrder every request runs and is delivered, in the order made.
 *
 * The work must not touch objects of the GUI thread: give it copies (Qt's containers share cheaply). What the work
 * captured, and a result nobody kept (a dropped one, or one `done` did not copy), are freed off the GUI thread:
 * freeing 100,000 rows takes longer than a frame.
 */
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    enum class Waiting
    {
        LatestWins,
        InOrder
    };

    explicit BackgroundTask(Waiting waiting, QObject* parent = nullptr);
    /** Waits for the run in flight (its result is dropped); InOrder also does the work of the requests waiting. */
    ~BackgroundTask() override;

    template <typename Result> void run(std::function<Result()> work, std::function<void(const Result&)> done)
    {
        auto result = std::make_shared<Result>();
        enqueue({ [work = std::move(work), result] { *result = work(); },
                  [done = std::move(done), result] {
                      done(*result);
                  } });
    }

    bool isBusy() const { return m_done || !m_waiting.isEmpty(); }

    /** Lets go of `value` on a pool thread, so that the GUI thread never frees a whole company's rows. */
    template <typename T> static void release(T value)
    {
        static_cast<void>(QtConcurrent::run(WorkPool::instance(), [value = std::move(value)] { Q_UNUSED(value) }));
    }

private:
    struct Request
    {
        std::function<void()> work; // on the pool
        std::function<void()> done; // on this object's thread
    };

    void enqueue(Request request);
    void startNext();
    void onFinished();

    const Waiting m_order;
    QFutureWatcher<void> m_watcher;
    std::function<void()> m_done; // of the run in flight
    QList<Request> m_waiting;
};
