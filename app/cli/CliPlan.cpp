#include "CliPlan.h"

#include <QJsonDocument>

namespace {
/** The body as JSON when it is JSON (an object or an array), else as the text it is; null when there is none. */
QJsonValue bodyJson(const QByteArray& body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}
} // namespace

QJsonObject CliPlan::callJson(const PlannedCall& call)
{
    QJsonObject headers;
    for (const auto& header : call.headers)
        headers.insert(QString::fromUtf8(header.first), QString::fromUtf8(header.second));
    return QJsonObject{
        { QStringLiteral("title"), call.title },
        { QStringLiteral("method"), QString::fromLatin1(call.method) },
        { QStringLiteral("url"), call.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("headers"), headers },
        { QStringLiteral("body"), bodyJson(call.body) },
        { QStringLiteral("curl"), call.curlCommand() },
    };
}

QJsonArray CliPlan::toJson(const QList<PlannedCall>& plan)
{
    QJsonArray array;
    for (const PlannedCall& call : plan)
        array.append(callJson(call));
    return array;
}

QString CliPlan::toText(const QList<PlannedCall>& plan)
{
    QStringList blocks;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlannedCall& call = plan.at(i);
        QStringList lines;
        lines.append(tr("Call %1 of %2: %3").arg(i + 1).arg(plan.size()).arg(call.title));
        lines.append(
            QStringLiteral("  %1 %2").arg(QString::fromLatin1(call.method), call.url.toString(QUrl::FullyEncoded)));
        for (const auto& header : call.headers)
            lines.append(
                QStringLiteral("  %1: %2").arg(QString::fromUtf8(header.first), QString::fromUtf8(header.second)));
        if (!call.body.isEmpty()) {
            const QJsonDocument document = QJsonDocument::fromJson(call.body);
            const QString body = document.isNull()
                ? QString::fromUtf8(call.body)
                : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
            for (const QString& line : body.split(QLatin1Char('\n')))
                lines.append(QStringLiteral("  ") + line);
        }
        lines.append(QStringLiteral("  ") + call.curlCommand()); // alone on its line, to copy into a shell
        blocks.append(lines.join(QLatin1Char('\n')));
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}
