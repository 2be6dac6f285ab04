#include "ScriptedServer.h"

#include <QHostAddress>
#include <QSslSocket>

ScriptedServer::ScriptedServer(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
}

void ScriptedServer::useTls(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

bool ScriptedServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedServer::jsonResponse(const QByteArray& json, int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

QByteArray ScriptedServer::header(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    QTcpSocket* socket = nullptr;
    if (!m_certificate.isNull()) {
        auto* tls = new QSslSocket(this);
        tls->setSocketDescriptor(descriptor);
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        tls->startServerEncryption();
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    if (!m_greeting.isEmpty())
        socket->write(m_greeting);
    auto* buffer = new QByteArray;
    connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
        delete buffer;
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const int end = int(buffer->indexOf("\r\n\r\n"));
        if (end < 0)
            return;
        const QByteArray head = buffer->left(end);
        buffer->clear();
        m_heads.append(head);
        const QByteArray response = m_handler ? m_handler(head) : QByteArray();
        if (!response.isEmpty())
            socket->write(response);
        socket->disconnectFromHost();
    });
}
