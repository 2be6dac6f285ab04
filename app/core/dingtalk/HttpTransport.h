#pragma once

#include "ApiError.h"
#include "TransportOptions.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/** One HTTP call as the API classes describe it. Also what a request preview shows. */
struct OutgoingRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON for POST
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 30000;
    bool mustNotRepeat = false; // a create: Qt must never re-send it on its own
};

/** What came back: an HTTP answer (status, type, body), or a transport failure in `error`. */
struct ServerReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    ApiError error; // kind Transport when no HTTP answer arrived; None otherwise
};

/** One request in flight. Emits finished() exactly once, also after abort(). */
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    const ServerReply& response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    /** Cancels by the user's wish; the response says Cancelled, with the outcome unknown once the request left. */
    void abort();

signals:
    void finished();

private:
    friend class HttpTransport;
    explicit HttpExchange(QObject* parent);
    void attach(QNetworkReply* reply, int timeoutMs, bool mustNotRepeat);
    void finishWith(const ServerReply& response);
    void onReplyFinished();
    void refuseIfLargerThanAllowed(qint64 bytes);

    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer = nullptr;
    ServerReply m_response;
    bool m_finished = false;
    bool m_timedOut = false; // Qt reports our timeout and a user's abort alike: keep our own flags
    bool m_cancelled = false;
    bool m_tooLarge = false; // the answer passed HttpTransport::MaxReplyBytes and was cut off
    bool m_mustNotRepeat = false;
};

/**
 * The only place that talks HTTP. Applies the rules every DingTalk call needs: https unless loopback, no redirects
 * (a token must not follow one to another host), a timeout per request, and for creates a body that Qt cannot
 * re-send (Qt 6.4 silently repeats a POST when the connection drops before the reply).
 */
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    /** The largest answer read: DingTalk's are a few KB to a few hundred KB; a bigger one is refused (and never held
     * whole in memory) with TransportFailure::ReplyTooLarge. */
    static constexpr qint64 MaxReplyBytes = 16 * 1024 * 1024;

    explicit HttpTransport(QObject* parent = nullptr);
    /** A transport with its own proxy and extra trusted CAs (see TransportOptions). */
    explicit HttpTransport(const TransportOptions& options, QObject* parent = nullptr);

    const TransportOptions& options() const { return m_options; }
    /** The TLS settings https requests get: the system's CAs plus the extra ones, verification always on. */
    QSslConfiguration sslConfiguration() const;

    /** Starts the request; the caller owns the returned exchange (delete it with deleteLater()). */
    HttpExchange* send(const OutgoingRequest& request);

    /**
     * One QNetworkAccessManager per thread, created on first use and shared by every transport on that thread.
     * The first call also turns on the system's proxy settings for the whole process.
     */
    static QNetworkAccessManager* networkManager();

private:
    QNetworkAccessManager* manager();

    TransportOptions m_options;
    std::optional<QSslConfiguration> m_sslConfiguration; // only with extra CAs
    QNetworkAccessManager* m_ownManager = nullptr; // only for non-default options
};
