#include "HttpConnection.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

HttpConnection::HttpConnection(QTcpSocket* socket, RequestRouter& router, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Bytes may have arrived before we connected to readyRead.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_done)
        return;
    m_parser.feed(bytes);
    processPending();
}

void HttpConnection::processPending()
{
    while (!m_busy && !m_done) {
        HttpRequest request;
        const HttpRequestParser::Status status = m_parser.next(&request);
        if (status == HttpRequestParser::Status::NeedMore)
            return;
        if (status == HttpRequestParser::Status::Error) {
            const HttpResponse response
                = HttpResponse::json(QJsonObject{ { "errcode", m_parser.errorStatus() },
                                                  { "errmsg", QString::fromLatin1(m_parser.errorReason()) } },
                                     m_parser.errorStatus());
            m_socket->write(response.serialize(false));
            closeWhenFlushed();
            return;
        }

        const bool keepAlive = request.keepAlive();
        const RequestRouter::Outcome outcome = m_router.route(request);
        if (outcome.delivery == RequestRouter::Outcome::Delivery::Hang) {
            // Never answer; the client's own timeout (or the emulator stopping) ends this connection.
            m_busy = true;
            return;
        }
        if (outcome.delayMs > 0) {
            // A timer, not a sleep: other connections keep being served meanwhile.
            m_busy = true;
            QTimer::singleShot(outcome.delayMs, this, [this, outcome, keepAlive] {
                m_busy = false;
                if (deliver(outcome, keepAlive))
                    processPending();
            });
            return;
        }
        if (!deliver(outcome, keepAlive))
            return;
    }
}

bool HttpConnection::deliver(const RequestRouter::Outcome& outcome, bool keepAlive)
{
    switch (outcome.delivery) {
    case RequestRouter::Outcome::Delivery::Hang:
        m_busy = true;
        return false;
    case RequestRouter::Outcome::Delivery::Reset:
        reset();
        return false;
    case RequestRouter::Outcome::Delivery::HalfWriteThenAbort: {
        // Announce the whole body, send half of it, then drop the line: the client sees a truncated reply.
        const QByteArray& body = outcome.response.body;
        m_socket->write(outcome.response.head(keepAlive, body.size()) + body.left(body.size() / 2));
        abortWhenFlushed();
        return false;
    }
    case RequestRouter::Outcome::Delivery::Send:
        m_socket->write(outcome.response.serialize(keepAlive));
        if (!keepAlive) {
            closeWhenFlushed();
            return false;
        }
        return true;
    }
    return false;
}

void HttpConnection::reset()
{
    m_done = true;
    // A plain abort: the request was read completely, so the kernel closes with FIN and the client sees
    // RemoteHostClosedError. Deliberately no SO_LINGER-0 RST: on an RST before any reply byte QNAM silently
    // re-sends the request (POST included), which would hide the fault and act twice.
    m_socket->abort();
    deleteLater();
}

void HttpConnection::abortWhenFlushed()
{
    m_done = true;
    // abort() discards unwritten bytes, so wait until the partial reply is in the kernel's hands.
    auto abortNow = [this] {
        m_socket->abort();
        deleteLater();
    };
    if (m_socket->bytesToWrite() == 0) {
        abortNow();
        return;
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this, abortNow] {
        if (m_socket->bytesToWrite() == 0)
            abortNow();
    });
}

void HttpConnection::closeWhenFlushed()
{
    m_done = true;
    // disconnectFromHost() writes what is pending, then closes; "disconnected" deletes this connection.
    m_socket->disconnectFromHost();
}
