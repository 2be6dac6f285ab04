#include "EmulatorThread.h"

#include "EmulatorServer.h"

EmulatorThread::EmulatorThread(EmulatorState& state, std::function<void(const QString&)> onRequest, quint16 port,
                               QObject* parent)
    : QThread(parent)
    , m_state(state)
    , m_onRequest(std::move(onRequest))
    , m_requestedPort(port)
{
    setObjectName(QStringLiteral("DingTalkEmulator"));
}

bool EmulatorThread::startAndWait()
{
    start();
    m_ready.acquire();
    if (!m_listening)
        wait();
    return m_listening;
}

void EmulatorThread::run()
{
    EmulatorServer server(m_state, m_onRequest);
    m_listening = server.listen(m_requestedPort);
    m_port = server.port();
    m_errorString = server.errorString();
    // The semaphore orders these writes before the caller's reads.
    m_ready.release();
    if (m_listening)
        exec();
}
