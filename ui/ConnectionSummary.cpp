#include "ConnectionSummary.h"

QString ConnectionSummary::hostOf(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) == defaultPort)
        return url.host();
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

QUrl ConnectionSummary::activeBaseUrl(const ConnectionSettings& settings)
{
    return settings.generation == ApiGeneration::V1 ? settings.v1BaseUrl : settings.legacyBaseUrl;
}

QString ConnectionSummary::describe(Kind kind, const ConnectionSettings& settings, const QString& profileName)
{
    switch (kind) {
    case Kind::None:
        return tr("Not connected");
    case Kind::Sandbox:
        return tr("Sandbox (nothing reaches DingTalk)");
    case Kind::DingTalk:
        break;
    }
    const QString host = hostOf(activeBaseUrl(settings));
    if (settings.usesPastedToken())
        return tr("Pasted access token @ %1").arg(host);
    // The app key identifies the app and is not secret; the secret itself is never shown.
    const QString where = tr("AppKey %1 @ %2").arg(settings.appKey, host);
    return profileName.isEmpty() ? where : tr("%1: %2").arg(profileName, where);
}
