#include "SandboxSession.h"

#include "DingTalkEmulator.h"
#include "threads/WorkPool.h"

#include <QThread>
#include <QtConcurrentRun>

SandboxSession::SandboxSession(QObject* parent)
    : QObject(parent)
{
    connect(&m_start, &QFutureWatcherBase::finished, this, &SandboxSession::onStartFinished);
}

SandboxSession::~SandboxSession()
{
    // A future whose result was taken is reset to one that never finishes: waiting on it would hang.
    if (m_start.future().isValid())
        m_start.waitForFinished();
    // Made, but its start was not heard of yet: it goes with the rest.
    if (!m_emulator && m_start.future().resultCount() > 0)
        m_emulator.reset(m_start.future().takeResult());
}

void SandboxSession::start()
{
    if (m_starting || m_emulator)
        return;
    m_starting = true;
    m_start.setFuture(QtConcurrent::run(WorkPool::instance(), [target = thread()]() -> DingTalkEmulator* {
        auto emulator = std::make_unique<DingTalkEmulator>();
        if (!emulator->start())
            return nullptr;
        // Handed to the thread with the event loop that its notifications are queued to, where it is also deleted.
        emulator->moveToThread(target);
        return emulator.release();
    }));
}

void SandboxSession::onStartFinished()
{
    m_starting = false;
    m_emulator.reset(m_start.future().takeResult());
    if (!m_emulator) {
        emit failed();
        return;
    }
    emit started();
}
