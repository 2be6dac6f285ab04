#include "SandboxSession.h"

#include "DingTalkEmulator.h"

SandboxSession::SandboxSession(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("SandboxSession"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

SandboxSession::~SandboxSession()
{
    if (!m_thread.isRunning()) {
        delete m_worker;
        return;
    }
    // Runs after the queued start, so the emulator is deleted on the thread that owns it, started or not.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_workerEmulator;
            m_workerEmulator = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxSession::start()
{
    if (m_starting || m_emulator)
        return;
    m_starting = true;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            auto* emulator = new DingTalkEmulator;
            m_workerEmulator = emulator;
            const bool ok = emulator->start();
            QMetaObject::invokeMethod(
                this,
                [this, emulator, ok] {
                    m_starting = false;
                    if (!ok) {
                        emit failed();
                        return;
                    }
                    m_emulator = emulator;
                    emit started();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
