#include "EmulatorServer.h"

#include "EmulatorState.h"
#include "HttpConnection.h"

#include <QTcpSocket>

EmulatorServer::EmulatorServer(EmulatorState& state, std::function<void(const QString&)> onRequest, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_router(state, std::move(onRequest))
{
    connect(&m_server, &QTcpServer::newConnection, this, &EmulatorServer::onNewConnection);
}

EmulatorServer::~EmulatorServer()
{
    m_server.close();
    // Connections are children: delete them now, while the router they use still exists.
    const auto connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (HttpConnection* connection : connections)
        delete connection;
}

bool EmulatorServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void EmulatorServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_state.locked([](EmulatorData& data) { ++data.connectionCount; });
        new HttpConnection(socket, m_router, this);
    }
}
