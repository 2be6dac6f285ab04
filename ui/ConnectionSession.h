#pragma once

#include "ConnectionSummary.h"
#include "dingtalk/ConnectionSettings.h"

#include <QObject>
#include <QStringList>

class DingTalkClient;
class DingTalkEmulator;
class GroupApi;
class SandboxSession;

/**
 * The window's one connection: which kind it is (none, DingTalk, the sandbox), its settings, the client that talks
 * through it, and the built-in sandbox while it starts and once it runs. The main window and everything after a
 * create read the connection here, and hear changed() when it is replaced.
 */
class ConnectionSession : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionSession(QObject* parent = nullptr);
    ~ConnectionSession() override;

    ConnectionSummary::Kind kind() const { return m_kind; }
    const ConnectionSettings& settings() const { return m_settings; }
    bool isConnected() const { return m_client != nullptr; }
    /** The API of the current connection, or null when there is none. */
    GroupApi* api() const;
    /** The AppSecret and pasted token of the connection, to be masked wherever its requests are shown or kept. */
    QStringList secrets() const;
    /** One line naming the connection, as the status bar and the history say it. */
    QString describe() const;

    /** Replaces the connection (Kind::None drops it): the old client goes once its calls are done. */
    void connectTo(ConnectionSummary::Kind kind, const ConnectionSettings& settings);

    /**
     * Starts the built-in emulator off the GUI thread; sandboxReady() follows unless another connection is chosen
     * first (connectTo() forgets the wish). Until then the session has no connection, so nothing reaches the one
     * before. When the emulator already runs, sandboxReady() is emitted at once.
     */
    void startSandbox();
    /** The built-in emulator once started, else null. */
    DingTalkEmulator* sandboxEmulator() const;
    bool isSandboxPending() const { return m_sandboxPending; }
    /** The last sandbox asked for could not start. */
    bool hasSandboxFailed() const { return m_sandboxFailed; }

signals:
    /** A new connection, or none. */
    void changed();
    /** The sandbox asked for listens: connect to it. */
    void sandboxReady(DingTalkEmulator* emulator);
    /** The sandbox started, failed, or was given up while starting: the status line changes. */
    void sandboxStateChanged();

private:
    void ensureSandbox();

    ConnectionSummary::Kind m_kind = ConnectionSummary::Kind::None;
    ConnectionSettings m_settings;
    DingTalkClient* m_client = nullptr;
    SandboxSession* m_sandbox = nullptr;
    bool m_sandboxPending = false; // asked for, still starting
    bool m_sandboxFailed = false;
};
