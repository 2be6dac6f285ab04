#include "PlannedCall.h"

QString PlannedCall::shellQuote(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString PlannedCall::curlCommand() const
{
    QStringList parts{ QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(method),
                       shellQuote(url.toString(QUrl::FullyEncoded)) };
    for (const auto& header : headers) {
        parts << QStringLiteral("-H")
              << shellQuote(QString::fromUtf8(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second));
    }
    if (!body.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(body));
    return parts.join(QLatin1Char(' '));
}
