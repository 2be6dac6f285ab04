#pragma once

#include "ProxySettings.h"
#include "dingtalk/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * One way to reach one DingTalk organisation, as the user names it ("Head office", "Sandbox"). A plain value: the
 * ProfileStore keeps it in the settings file, without any secret. The AppSecret and the proxy password live in the
 * SecretStore under secretKey() and proxyPasswordKey().
 */
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString id; // stable, assigned by the ProfileStore; part of the keychain key
    QString name;
    ApiGeneration generation = ApiGeneration::Legacy;
    QString appKey;
    QUrl legacyBaseUrl = ConnectionSettings::defaultLegacyBaseUrl();
    QUrl v1BaseUrl = ConnectionSettings::defaultV1BaseUrl();
    int timeoutSeconds = 30;
    ProxySettings proxy;
    QString caCertificate; // extra trusted CA: a PEM file path or PEM text; empty for none
    bool isSandbox = false; // the built-in emulator: not deletable, URLs set at run time

    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;

    /** The id of the built-in sandbox profile. */
    static QString sandboxId() { return QStringLiteral("sandbox"); }

    /** The key of the AppSecret in the secret store: profile id and app key, so a changed key needs its secret. */
    QString secretKey() const;
    /** The key of the proxy password in the secret store. */
    QString proxyPasswordKey() const;

    /**
     * The core's connection settings for this profile, with secrets handed in from the secret store (or typed for
     * this session). A pasted access token replaces the AppSecret and is never stored. An extra CA that cannot be
     * read is left out here: validate() reports it, and without it the server is simply not trusted.
     */
    ConnectionSettings toConnectionSettings(const QString& appSecret, const QString& proxyPassword = QString(),
                                            const QString& pastedAccessToken = QString()) const;

    /** Every problem that stops this profile from connecting, as sentences for the user; empty when usable. */
    QStringList validate() const;

    bool operator==(const ConnectionProfile& other) const;
    bool operator!=(const ConnectionProfile& other) const { return !(*this == other); }
};
