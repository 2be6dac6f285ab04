#pragma once

#include "HttpRequest.h"

/**
 * Incremental HTTP/1.x request parser: feed it bytes as they arrive, take complete requests out.
 * Supports Content-Length bodies and several requests per connection; chunked request bodies are refused (501).
 */
class HttpRequestParser
{
public:
    enum class Status
    {
        NeedMore,
        Ready,
        Error
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

    void feed(const QByteArray& bytes) { m_buffer.append(bytes); }

    /** Takes the next complete request out of the buffer into *request when Ready. Error is final. */
    Status next(HttpRequest* request);

    /** HTTP status to answer a malformed request with (400, 413, 431, 501, 505). */
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    Status fail(int status, const QByteArray& reason);

    QByteArray m_buffer;
    bool m_failed = false;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};
