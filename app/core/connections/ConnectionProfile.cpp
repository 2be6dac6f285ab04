#include "ConnectionProfile.h"

#include "TrustedCertificates.h"
#include "dingtalk/ServerAddress.h"

QString ConnectionProfile::secretKey() const
{
    return id + QLatin1Char('/') + appKey;
}

QString ConnectionProfile::proxyPasswordKey() const
{
    return id + QLatin1String("/proxy/") + proxy.user;
}

ConnectionSettings ConnectionProfile::toConnectionSettings(const QString& appSecret, const QString& proxyPassword,
                                                           const QString& pastedAccessToken) const
{
    ConnectionSettings settings;
    settings.generation = generation;
    settings.legacyBaseUrl = legacyBaseUrl;
    settings.v1BaseUrl = v1BaseUrl;
    settings.appKey = appKey;
    settings.appSecret = appSecret;
    settings.accessToken = pastedAccessToken;
    settings.timeoutSeconds = qBound(MinTimeoutSeconds, timeoutSeconds, MaxTimeoutSeconds);
    settings.transport.proxy = proxy.toNetworkProxy(proxyPassword);
    settings.transport.extraCaCertificates = TrustedCertificates::load(caCertificate);
    return settings;
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(tr("Give the connection a name."));
    if (!isSandbox && appKey.trimmed().isEmpty())
        problems.append(tr("Enter the AppKey from the app's page in the DingTalk developer console."));
    // The new generation still reads groups through the legacy host, so both must be safe then.
    QList<QUrl> urls{ legacyBaseUrl };
    if (generation == ApiGeneration::V1)
        urls.append(v1BaseUrl);
    for (const QUrl& url : urls) {
        if (!url.isValid() || url.host().isEmpty()) {
            problems.append(tr("The server address %1 is not a valid URL.").arg(url.toString()));
            break;
        }
        if (!ServerAddress::isAllowed(url)) {
            problems.append(
                tr("The server address %1 must start with https:// (plain http is only allowed to this computer).")
                    .arg(url.toString()));
            break;
        }
    }
    if (timeoutSeconds < MinTimeoutSeconds || timeoutSeconds > MaxTimeoutSeconds)
        problems.append(
            tr("The timeout must be between %1 and %2 seconds.").arg(MinTimeoutSeconds).arg(MaxTimeoutSeconds));
    problems.append(proxy.validate());
    QString caError;
    TrustedCertificates::load(caCertificate, &caError);
    if (!caError.isEmpty())
        problems.append(caError);
    return problems;
}

bool ConnectionProfile::operator==(const ConnectionProfile& other) const
{
    return id == other.id && name == other.name && generation == other.generation && appKey == other.appKey
        && legacyBaseUrl == other.legacyBaseUrl && v1BaseUrl == other.v1BaseUrl
        && timeoutSeconds == other.timeoutSeconds && proxy == other.proxy && caCertificate == other.caCertificate
        && isSandbox == other.isSandbox;
}
