#include "BackgroundTask.h"

#include <QThread>

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundTask::startNext()
{
    if (m_thread || !m_next)
        return;
    const std::function<void()> next = std::move(m_next);
    m_next = nullptr;
    next();
}

void BackgroundTask::start(std::function<void()> work, std::function<void()> done)
{
    // The thread only queues a call to this object; the destructor waits for it, and Qt drops calls queued for an
    // object that is gone.
    m_thread.reset(QThread::create([this, work = std::move(work), done = std::move(done)]() mutable {
        work();
        work = nullptr; // what it captured goes here, on the worker
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done)]() mutable {
                deleteWhenFinished(m_thread.release());
                if (!m_next)
                    done();
                release(std::move(done)); // with the result in it
                startNext();
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void BackgroundTask::deleteWhenFinished(QThread* thread)
{
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Finished already: the deleteLater it may have queued goes with it.
    if (thread->isFinished())
        delete thread;
}
