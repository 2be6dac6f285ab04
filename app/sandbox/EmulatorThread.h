#pragma once

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <functional>

class EmulatorState;

/**
 * The thread the server lives in: run() creates the server, serves until quit(), then destroys it, so every
 * socket is created and deleted on this thread and the caller's thread is never needed to answer.
 */
class EmulatorThread : public QThread
{
    Q_OBJECT

public:
    EmulatorThread(EmulatorState& state, std::function<void(const QString&)> onRequest, quint16 port,
                   QObject* parent = nullptr);

    /** Starts the thread and blocks until the server listens (true) or failed to (false). */
    bool startAndWait();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

protected:
    void run() override;

private:
    EmulatorState& m_state;
    std::function<void(const QString&)> m_onRequest;
    quint16 m_requestedPort;
    quint16 m_port = 0;
    bool m_listening = false;
    QString m_errorString;
    QSemaphore m_ready;
};
