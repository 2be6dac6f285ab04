#include "SecretMasker.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QStringList& secretKeys()
{
    static const QStringList keys{ QStringLiteral("access_token"), QStringLiteral("appsecret"),
                                   QStringLiteral("appSecret"), QStringLiteral("accessToken") };
    return keys;
}
} // namespace

QString SecretMasker::mask()
{
    return QStringLiteral("******");
}

QUrl SecretMasker::maskUrl(const QUrl& url)
{
    QUrlQuery query(url);
    for (const QString& key : secretKeys()) {
        if (query.hasQueryItem(key)) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, mask());
        }
    }
    QUrl masked = url;
    masked.setQuery(query);
    return masked;
}

QString SecretMasker::maskText(const QString& text, const QStringList& secrets)
{
    static const QRegularExpression queryValues(
        QStringLiteral("((?:access_token|appsecret|appSecret|accessToken)[\"']?\\s*[=:]\\s*[\"']?)([^&\"'\\s,}]+)"));
    QString result = text;
    result.replace(queryValues, QStringLiteral("\\1") + mask());
    for (const QString& secret : secrets) {
        if (secret.size() >= 4)
            result.replace(secret, mask());
    }
    return result;
}
