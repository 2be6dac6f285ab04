#pragma once

#include "RequestRouter.h"

#include <QObject>
#include <QTcpServer>

#include <functional>

class EmulatorState;

/** The listening socket and its connections; lives and dies on the emulator's thread. */
class EmulatorServer : public QObject
{
    Q_OBJECT

public:
    EmulatorServer(EmulatorState& state, std::function<void(const QString&)> onRequest, QObject* parent = nullptr);
    ~EmulatorServer() override;

    /** Listens on 127.0.0.1:port (0 = any free port). */
    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    void onNewConnection();

    EmulatorState& m_state;
    RequestRouter m_router;
    QTcpServer m_server;
};
