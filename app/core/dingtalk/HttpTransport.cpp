#include "HttpTransport.h"

#include "SecretMasker.h"
#include "ServerAddress.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QThreadStorage>
#include <QTimer>

#include <mutex>

namespace {

/**
 * A request body that can be read once and never rewound. Qt re-sends a POST after a dropped connection only when it
 * can rewind the body; with this device it fails with ContentReSendError instead, which we report as "outcome unknown".
 */
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray& data, QObject* parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    // Content, protocol and server errors (2xx, 3xx, 4xx codes) come with a real HTTP answer whose body we want to
    // read; network and proxy errors, a refused re-send and a broken protocol stream do not.
    const int code = int(error);
    if (error == QNetworkReply::ContentReSendError || error == QNetworkReply::ProtocolFailure)
        return false;
    return error == QNetworkReply::NoError || code >= 201;
}

TransportFailure classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return TransportFailure::ConnectionReset;
    case QNetworkReply::TimeoutError:
        return TransportFailure::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::Tls;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return TransportFailure::Redirect;
    case QNetworkReply::OperationCanceledError:
        return TransportFailure::Cancelled;
    default:
        return TransportFailure::Other;
    }
}

void useSystemProxyOnce()
{
    // Company networks: honour the system's proxy (environment, desktop settings) unless a profile sets its own.
    static std::once_flag systemProxy;
    std::call_once(systemProxy, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
}

bool nothingWasSent(TransportFailure failure)
{
    return failure == TransportFailure::HostNotFound || failure == TransportFailure::ConnectionRefused
        || failure == TransportFailure::Tls || failure == TransportFailure::InsecureUrl;
}

} // namespace

HttpExchange::HttpExchange(QObject* parent)
    : QObject(parent)
{
}

void HttpExchange::attach(QNetworkReply* reply, int timeoutMs, bool mustNotRepeat)
{
    m_reply = reply;
    m_mustNotRepeat = mustNotRepeat;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    // Qt keeps the whole body in memory until it is read: a server (or whatever the address points to) sending
    // gigabytes would fill it. Refused as soon as the announced or the received size passes the limit.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply) {
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid())
                refuseIfLargerThanAllowed(length.toLongLong());
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { refuseIfLargerThanAllowed(received); });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_timer->start(qMax(1, timeoutMs));
}

void HttpExchange::refuseIfLargerThanAllowed(qint64 bytes)
{
    if (bytes <= HttpTransport::MaxReplyBytes || m_tooLarge || !m_reply)
        return;
    m_tooLarge = true;
    m_reply->abort();
}

void HttpExchange::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    finishWith(ServerReply{ 0, {}, {}, ApiError::transport(TransportFailure::Cancelled) });
}

void HttpExchange::finishWith(const ServerReply& response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = response;
    if (m_timer)
        m_timer->stop();
    emit finished();
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    ServerReply response;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);

    if (m_tooLarge) {
        // Whatever the answer said, it was not read: for a create the outcome is unknown.
        response.error
            = ApiError::transport(TransportFailure::ReplyTooLarge,
                                  QStringLiteral("more than %1 bytes").arg(HttpTransport::MaxReplyBytes), true);
        response.status = status.toInt();
    } else if (!m_timedOut && !m_cancelled && status.isValid() && isHttpLevelError(error)) {
        response.status = status.toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.body = reply->readAll();
    } else {
        TransportFailure failure = classify(error);
        if (m_timedOut)
            failure = TransportFailure::Timeout;
        else if (m_cancelled)
            failure = TransportFailure::Cancelled;
        // Qt's text names the URL, which carries the token on legacy calls. After our own timeout or cancel Qt says
        // "Operation canceled", which is wrong for a timeout and says nothing the failure does not; its bare
        // "Unknown error" says nothing at all (and both come translated when Qt's catalogue is installed).
        const QString qtText = reply->errorString();
        static const char* const unknownError = "Unknown error"; // Qt's own text: not one for our catalogue
        const bool saysNothing = m_timedOut || m_cancelled || qtText == QLatin1String(unknownError)
            || qtText == QCoreApplication::translate("QIODevice", unknownError);
        const QString detail = saysNothing ? QString() : SecretMasker::maskText(qtText);
        response.error = ApiError::transport(failure, detail, !nothingWasSent(failure));
        response.status = status.toInt();
    }
    reply->deleteLater();
    m_reply.clear();
    finishWith(response);
}

HttpTransport::HttpTransport(QObject* parent)
    : HttpTransport(TransportOptions(), parent)
{
}

HttpTransport::HttpTransport(const TransportOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    // Only then: any QSslConfiguration, even an empty one, loads the TLS library, which a window that starts
    // without https (the sandbox) need not wait for.
    if (!options.extraCaCertificates.isEmpty()) {
        m_sslConfiguration = QSslConfiguration::defaultConfiguration();
        // Setting a CA list stops Qt loading the system's on demand: keep them, and add the company's.
        m_sslConfiguration->setCaCertificates(QSslConfiguration::systemCaCertificates() + options.extraCaCertificates);
    }
}

QSslConfiguration HttpTransport::sslConfiguration() const
{
    return m_sslConfiguration ? *m_sslConfiguration : QSslConfiguration::defaultConfiguration();
}

QNetworkAccessManager* HttpTransport::manager()
{
    useSystemProxyOnce();
    if (m_options.usesDefaults())
        return networkManager();
    // A manager of its own: Qt reuses a cached connection whatever the request's proxy or CA list, so a shared one
    // would keep a connection made under other trust (a retest after adding the company CA would still fail).
    if (!m_ownManager) {
        m_ownManager = new QNetworkAccessManager(this);
        if (m_options.proxy)
            m_ownManager->setProxy(*m_options.proxy);
    }
    return m_ownManager;
}

QNetworkAccessManager* HttpTransport::networkManager()
{
    useSystemProxyOnce();
    static QThreadStorage<QNetworkAccessManager*> managers;
    if (!managers.hasLocalData())
        managers.setLocalData(new QNetworkAccessManager);
    return managers.localData();
}

HttpExchange* HttpTransport::send(const OutgoingRequest& request)
{
    auto* exchange = new HttpExchange(this);
    if (!ServerAddress::isAllowed(request.url)) {
        const ServerReply refused{ 0, {}, {}, ApiError::transport(TransportFailure::InsecureUrl, request.url.host()) };
        // Finish on the next turn of the event loop so callers can connect to finished() first.
        QTimer::singleShot(0, exchange, [exchange, refused] { exchange->finishWith(refused); });
        return exchange;
    }

    QNetworkRequest networkRequest(request.url);
    // DingTalk never redirects; following one would hand the token (query or header) to another host.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Idle connections are dropped before a server would drop them, so a create rarely meets a stale connection.
    networkRequest.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 20);
    for (const auto& header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    if (m_sslConfiguration)
        networkRequest.setSslConfiguration(*m_sslConfiguration);

    QNetworkAccessManager* manager = this->manager();
    QNetworkReply* reply = nullptr;
    if (request.method == "GET") {
        reply = manager->get(networkRequest);
    } else if (request.mustNotRepeat) {
        // HTTP/2 takes another path inside Qt; keep creates on the HTTP/1.1 path whose no-resend behaviour is tested.
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto* body = new OneShotBody(request.body, exchange);
        reply = manager->sendCustomRequest(networkRequest, request.method, body);
    } else {
        reply = manager->sendCustomRequest(networkRequest, request.method, request.body);
    }
    exchange->attach(reply, request.timeoutMs, request.mustNotRepeat);
    return exchange;
}
