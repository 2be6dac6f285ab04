#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <memory>

class DingTalkEmulator;

/**
 * The built-in DingTalk emulator for sandbox mode. It is built and started on the app's WorkPool (QtConcurrent::run),
 * so neither generating the demo organisation nor waiting for the server to listen ever delays or freezes the
 * window; then it belongs to this object's (GUI) thread. Its public functions are thread-safe.
 */
class SandboxSession : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSession(QObject* parent = nullptr);
    /** Waits for a start under way, then stops the emulator (it waits for its server's thread). */
    ~SandboxSession() override;

    /** Returns at once; started() or failed() follows. A second call does nothing. */
    void start();
    /** Null until started() has been emitted. */
    DingTalkEmulator* emulator() const { return m_emulator.get(); }
    bool isStarting() const { return m_starting; }

signals:
    void started();
    void failed();

private:
    void onStartFinished();

    QFutureWatcher<DingTalkEmulator*> m_start; // the emulator it made, or null when it could not listen
    std::unique_ptr<DingTalkEmulator> m_emulator;
    bool m_starting = false; // until started() or failed() is sent
};
