#include "HttpRequestParser.h"

#include <QList>
#include <QUrl>

HttpRequestParser::Status HttpRequestParser::next(HttpRequest* request)
{
    if (m_failed)
        return Status::Error;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            return fail(431, "request header too large");
        return Status::NeedMore;
    }
    if (headEnd > MaxHeaderBytes)
        return fail(431, "request header too large");

    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(1).startsWith('/'))
        return fail(400, "malformed request line");
    if (!requestLine.at(2).startsWith("HTTP/1."))
        return fail(505, "HTTP version not supported");

    HttpRequest parsed;
    parsed.method = requestLine.at(0);
    parsed.target = requestLine.at(1);
    parsed.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header line");
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Repeated headers fold into one comma-separated value (RFC 9110 5.3).
        if (parsed.headers.contains(name))
            parsed.headers[name] += ", " + value;
        else
            parsed.headers.insert(name, value);
    }

    const QByteArray transferEncoding = parsed.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty() && transferEncoding != "identity")
        return fail(501, "chunked request bodies are not supported");

    qsizetype contentLength = 0;
    if (parsed.headers.contains("content-length")) {
        bool ok = false;
        contentLength = parsed.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0)
            return fail(400, "malformed Content-Length");
        if (contentLength > MaxBodyBytes)
            return fail(413, "request body too large");
    }
    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() - bodyStart < contentLength)
        return Status::NeedMore;

    parsed.body = m_buffer.mid(bodyStart, contentLength);
    m_buffer.remove(0, bodyStart + contentLength);

    const qsizetype question = parsed.target.indexOf('?');
    parsed.path = QUrl::fromPercentEncoding(question < 0 ? parsed.target : parsed.target.left(question));
    if (question >= 0)
        parsed.query.setQuery(QString::fromUtf8(parsed.target.mid(question + 1)));
    *request = parsed;
    return Status::Ready;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QByteArray& reason)
{
    m_failed = true;
    m_errorStatus = status;
    m_errorReason = reason;
    return Status::Error;
}
