#include "ProxySettings.h"

std::optional<QNetworkProxy> ProxySettings::toNetworkProxy(const QString& password) const
{
    switch (mode) {
    case Mode::System:
        return std::nullopt;
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, user, password);
    case Mode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, host, port, user, password);
    }
    return std::nullopt;
}

QStringList ProxySettings::validate() const
{
    QStringList problems;
    if (mode != Mode::Http && mode != Mode::Socks5)
        return problems;
    if (host.trimmed().isEmpty())
        problems.append(tr("Enter the proxy's host name or address."));
    if (port == 0)
        problems.append(tr("Enter the proxy's port (1 to 65535)."));
    return problems;
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Http:
        return QStringLiteral("http");
    case Mode::Socks5:
        return QStringLiteral("socks5");
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromName(const QString& name)
{
    if (name == QLatin1String("none"))
        return Mode::None;
    if (name == QLatin1String("http"))
        return Mode::Http;
    if (name == QLatin1String("socks5"))
        return Mode::Socks5;
    return Mode::System;
}
