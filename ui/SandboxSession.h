#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

class DingTalkEmulator;

/**
 * The built-in DingTalk emulator for sandbox mode. It is built and started on a helper thread, so neither
 * generating the demo organisation nor waiting for the server to listen ever delays or freezes the window. Once
 * started, the emulator's public functions (all thread-safe) may be called from the GUI thread.
 */
class SandboxSession : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSession(QObject* parent = nullptr);
    /** Stops the emulator on its own thread and waits for it. */
    ~SandboxSession() override;

    /** Returns at once; started() or failed() follows. A second call does nothing. */
    void start();
    /** Null until started() has been emitted. */
    DingTalkEmulator* emulator() const { return m_emulator; }
    bool isStarting() const { return m_starting; }

signals:
    void started();
    void failed();

private:
    QThread m_thread;
    QObject* m_worker; // lives on m_thread: the context for work done there
    DingTalkEmulator* m_workerEmulator = nullptr; // touched on m_thread only
    DingTalkEmulator* m_emulator = nullptr; // touched on the GUI thread only
    bool m_starting = false;
};
