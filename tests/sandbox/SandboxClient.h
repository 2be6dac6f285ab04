#pragma once

#include "DingTalkEmulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

/** What a test saw of one reply. */
struct ClientReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    bool timedOut = false; // the test's own timeout fired first
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    int errcode() const { return json().value(QStringLiteral("errcode")).toInt(-12345); }
    QString errmsg() const { return json().value(QStringLiteral("errmsg")).toString(); }
};

/** A QNetworkAccessManager client of the emulator for the tests, waiting on the main thread's event loop. */
class SandboxClient
{
public:
    explicit SandboxClient(const DingTalkEmulator& emulator)
        : m_emulator(emulator)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    QNetworkAccessManager& nam() { return m_nam; }

    QUrl url(const QString& path, const QUrlQuery& query = QUrlQuery()) const
    {
        QUrl url = m_emulator.baseUrl();
        url.setPath(path);
        url.setQuery(query);
        return url;
    }

    QNetworkReply* startGet(const QString& path, const QUrlQuery& query = QUrlQuery())
    {
        return m_nam.get(QNetworkRequest(url(path, query)));
    }

    QNetworkReply* startPost(const QString& path, const QJsonObject& body, const QString& token,
                             const QByteArray& contentType = "application/json")
    {
        QUrlQuery query;
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("access_token"), token);
        QNetworkRequest request(url(path, query));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    /** A v1.0 call: the token goes in the x-acs-dingtalk-access-token header. */
    ClientReply postV1(const QString& path, const QJsonObject& body, const QString& token, int timeoutMs = 10000)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("x-acs-dingtalk-access-token", token.toLatin1());
        return finish(m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), timeoutMs);
    }

    /** Waits for reply (the main thread spins its event loop meanwhile) and releases it. */
    static ClientReply finish(QNetworkReply* reply, int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        ClientReply result;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            result.timedOut = true;
            reply->abort();
        }
        result.elapsedMs = clock.elapsed();
        result.error = reply->error();
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (reply->isOpen())
            result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    ClientReply get(const QString& path, const QUrlQuery& query = QUrlQuery(), int timeoutMs = 10000)
    {
        return finish(startGet(path, query), timeoutMs);
    }

    ClientReply post(const QString& path, const QJsonObject& body, const QString& token, int timeoutMs = 10000)
    {
        return finish(startPost(path, body, token), timeoutMs);
    }

    ClientReply getToken(const QString& appKey = DingTalkEmulator::demoAppKey(),
                         const QString& appSecret = DingTalkEmulator::demoAppSecret())
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("appkey"), appKey);
        query.addQueryItem(QStringLiteral("appsecret"), appSecret);
        return get(QStringLiteral("/gettoken"), query);
    }

    /** A valid token of the demo app. */
    QString token() { return getToken().json().value(QStringLiteral("access_token")).toString(); }

    static QUrlQuery tokenQuery(const QString& token, const QString& name = QString(), const QString& value = QString())
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), token);
        if (!name.isEmpty())
            query.addQueryItem(name, value);
        return query;
    }

private:
    const DingTalkEmulator& m_emulator;
    QNetworkAccessManager m_nam;
};
