#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

/** One parsed HTTP/1.x request. */
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QByteArray version; // "HTTP/1.1"
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }

    /** HTTP/1.1 keeps the connection unless told "close"; HTTP/1.0 closes unless told "keep-alive". */
    bool keepAlive() const
    {
        const QByteArray connection = header("connection").toLower();
        if (version == "HTTP/1.0")
            return connection.contains("keep-alive");
        return !connection.contains("close");
    }
};
