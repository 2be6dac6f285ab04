#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <functional>

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for what the emulator cannot be: a redirecting server, an HTTP proxy stub, a
 * plain TCP port behind an https URL, a TLS server with a company CA. Records each request's head; answers through
 * a handler, one request per connection. Runs on the test's thread: wait with QTRY_* or QSignalSpy.
 */
class ScriptedServer : public QTcpServer
{
    Q_OBJECT

public:
    /** The request head ("GET /x HTTP/1.1\r\nHost: ...") in, the whole raw response out; empty: close at once. */
    using Handler = std::function<QByteArray(const QByteArray& head)>;

    explicit ScriptedServer(Handler handler, QObject* parent = nullptr);
    /** Serves https with this certificate and key instead of plain http. */
    void useTls(const QSslCertificate& certificate, const QSslKey& key);
    bool listenOnLoopback();
    /** Bytes written as soon as a connection is accepted, before any request (e.g. plain HTTP to a TLS client). */
    void setGreeting(const QByteArray& greeting) { m_greeting = greeting; }
    /** Every request head received, in order. */
    QList<QByteArray> heads() const { return m_heads; }
    int connectionCount() const { return m_connections; }

    /** A raw response with a JSON body. */
    static QByteArray jsonResponse(const QByteArray& json, int status = 200);
    /** The value of a header in a request head (case-insensitive name), or empty. */
    static QByteArray header(const QByteArray& head, const QByteArray& name);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_greeting;
    QList<QByteArray> m_heads;
    int m_connections = 0;
};
