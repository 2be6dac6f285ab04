#include "ConnectionSession.h"

#include "SandboxSession.h"
#include "dingtalk/DingTalkClient.h"

#include <utility>

ConnectionSession::ConnectionSession(QObject* parent)
    : QObject(parent)
{
}

ConnectionSession::~ConnectionSession() = default;

GroupApi* ConnectionSession::api() const
{
    return m_client ? m_client->api() : nullptr;
}

QStringList ConnectionSession::secrets() const
{
    QStringList secrets;
    for (const QString& secret : { m_settings.appSecret, m_settings.accessToken }) {
        if (!secret.isEmpty())
            secrets.append(secret);
    }
    return secrets;
}

QString ConnectionSession::describe() const
{
    return ConnectionSummary::describe(m_kind, m_settings);
}

void ConnectionSession::connectTo(ConnectionSummary::Kind kind, const ConnectionSettings& settings)
{
    // A sandbox still starting is given up: the user chose this connection since.
    if (std::exchange(m_sandboxPending, false))
        emit sandboxStateChanged();
    if (m_client)
        m_client->deleteLater();
    m_client = kind == ConnectionSummary::Kind::None ? nullptr : new DingTalkClient(settings, this);
    m_kind = kind;
    m_settings = settings;
    emit changed();
}

void ConnectionSession::ensureSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new SandboxSession(this);
    connect(m_sandbox, &SandboxSession::started, this, [this] {
        // The user may have connected elsewhere while it started: then that connection stays.
        if (std::exchange(m_sandboxPending, false))
            emit sandboxReady(m_sandbox->emulator());
        emit sandboxStateChanged();
    });
    connect(m_sandbox, &SandboxSession::failed, this, [this] {
        m_sandboxFailed = std::exchange(m_sandboxPending, false);
        emit sandboxStateChanged();
    });
}

void ConnectionSession::startSandbox()
{
    ensureSandbox();
    if (DingTalkEmulator* emulator = m_sandbox->emulator()) {
        emit sandboxReady(emulator);
        return;
    }
    // Nothing may go to the previous connection while the sandbox starts: the user asked for practice.
    connectTo(ConnectionSummary::Kind::None, ConnectionSettings());
    m_sandboxFailed = false;
    m_sandboxPending = true;
    m_sandbox->start();
    emit sandboxStateChanged();
}

DingTalkEmulator* ConnectionSession::sandboxEmulator() const
{
    return m_sandbox ? m_sandbox->emulator() : nullptr;
}
