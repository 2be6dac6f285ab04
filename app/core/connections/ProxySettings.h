#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>

#include <optional>

/** The proxy one connection profile uses. The password is not here: it lives in the secret store. */
struct ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)

public:
    enum class Mode
    {
        System, // the system's proxy settings (the default)
        None, // connect directly
        Http,
        Socks5,
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user; // empty: no authentication

    /** The proxy for TransportOptions, or nothing when the system's settings apply. */
    std::optional<QNetworkProxy> toNetworkProxy(const QString& password = QString()) const;
    /** Every problem with the fields, as sentences for the user; empty when usable. */
    QStringList validate() const;
    bool needsPassword() const { return (mode == Mode::Http || mode == Mode::Socks5) && !user.isEmpty(); }

    /** "system", "none", "http", "socks5": the names written to the settings file. */
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString& name);

    bool operator==(const ProxySettings& other) const
    {
        return mode == other.mode && host == other.host && port == other.port && user == other.user;
    }
    bool operator!=(const ProxySettings& other) const { return !(*this == other); }
};
