#pragma once

#include "HttpRequestParser.h"
#include "RequestRouter.h"

#include <QObject>

class QTcpSocket;

/**
 * One client connection on the server thread: parses requests as bytes arrive, answers them one at a time in
 * order (keep-alive, pipelining), and plays the router's delivery faults (hang, reset, half-written reply).
 * Deletes itself when the connection ends.
 */
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, RequestRouter& router, QObject* parent = nullptr);

private:
    void onReadyRead();
    void processPending();
    /** Delivers one outcome; false when the connection is finished with (closed, reset or hanging). */
    bool deliver(const RequestRouter::Outcome& outcome, bool keepAlive);
    void reset();
    void abortWhenFlushed();
    void closeWhenFlushed();

    QTcpSocket* m_socket;
    RequestRouter& m_router;
    HttpRequestParser m_parser;
    bool m_busy = false; // a reply is pending (delayed or hanging): later requests wait in the parser
    bool m_done = false; // no more requests are read or answered on this connection
};
