#include "BackgroundTask.h"

BackgroundTask::BackgroundTask(Waiting waiting, QObject* parent)
    : QObject(parent)
    , m_order(waiting)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundTask::onFinished);
}

BackgroundTask::~BackgroundTask()
{
    m_watcher.waitForFinished();
    if (m_order == Waiting::InOrder) {
        // Nobody is left to hear of them, but what was asked for is done (the history of every create is written).
        for (const Request& request : std::as_const(m_waiting))
            request.work();
    }
    release(std::exchange(m_waiting, {}));
    release(std::exchange(m_done, nullptr));
}

void BackgroundTask::enqueue(Request request)
{
    if (m_order == Waiting::LatestWins)
        m_waiting.clear();
    m_waiting.append(std::move(request));
    startNext();
}

void BackgroundTask::startNext()
{
    if (m_done || m_waiting.isEmpty())
        return;
    Request next = m_waiting.takeFirst();
    m_done = std::move(next.done);
    // The pool thread frees what the work captured once it has run.
    m_watcher.setFuture(QtConcurrent::run(WorkPool::instance(), std::move(next.work)));
}

void BackgroundTask::onFinished()
{
    std::function<void()> done = std::exchange(m_done, nullptr);
    // With LatestWins a request still waiting is newer: this result answers a question nobody asks any more.
    if (m_order == Waiting::InOrder || m_waiting.isEmpty())
        done();
    release(std::move(done)); // with the result in it
    startNext();
}
