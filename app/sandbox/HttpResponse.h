#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/** One HTTP reply before it is written: status, extra headers, body. */
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection, which serialize adds
    QByteArray body;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse html(int status, const QByteArray& page);

    void setHeader(const QByteArray& name, const QByteArray& value);

    /** Status line and headers announcing contentLength bytes of body. */
    QByteArray head(bool keepAlive, qsizetype contentLength) const;
    /** The whole reply as it goes on the wire. */
    QByteArray serialize(bool keepAlive) const { return head(keepAlive, body.size()) + body; }

    static QByteArray reasonPhrase(int status);
};
