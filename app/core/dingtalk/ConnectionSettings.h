#pragma once

#include "TransportOptions.h"

#include <QString>
#include <QUrl>

/** Which DingTalk server API a connection speaks. */
enum class ApiGeneration
{
    Legacy, // https://oapi.dingtalk.com, token in the query string
    V1, // https://api.dingtalk.com/v1.0, token in a header
};

/**
 * Where and how to reach DingTalk. Held in memory: the secret and a pasted token are never written anywhere by this
 * struct's users (settings files keep the other fields only).
 */
struct ConnectionSettings
{
    ApiGeneration generation = ApiGeneration::Legacy;
    QUrl legacyBaseUrl = defaultLegacyBaseUrl();
    QUrl v1BaseUrl = defaultV1BaseUrl();
    QString appKey;
    QString appSecret; // from the keychain or typed for this session; never stored in settings
    QString accessToken; // a pasted token: used as it is, never refreshed
    int timeoutSeconds = 30;
    TransportOptions transport; // proxy and extra trusted CAs; a proxy password in it is held in memory only

    static QUrl defaultLegacyBaseUrl() { return QUrl(QStringLiteral("https://oapi.dingtalk.com")); }
    static QUrl defaultV1BaseUrl() { return QUrl(QStringLiteral("https://api.dingtalk.com")); }

    /** Points both generations at one server, as `--server URL` and the sandbox do. */
    void setServer(const QUrl& baseUrl)
    {
        legacyBaseUrl = baseUrl;
        v1BaseUrl = baseUrl;
    }
    bool usesPastedToken() const { return !accessToken.isEmpty(); }
    /**
     * Which organisation and app this connection acts for, without any secret: the server and the app key ("token"
     * for a pasted token). Both generations of one app create groups in the same organisation, so the generation is
     * not part of it. A batch's journal and its duplicate guard go by it.
     */
    QString identity() const
    {
        return legacyBaseUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('|')
            + (usesPastedToken() ? QStringLiteral("token") : appKey);
    }
    bool hasCredentials() const { return usesPastedToken() || (!appKey.isEmpty() && !appSecret.isEmpty()); }
};
