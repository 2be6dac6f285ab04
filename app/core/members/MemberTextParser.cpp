#include "MemberTextParser.h"

#include <QRegularExpression>

QStringList MemberTextParser::splitPasted(const QString& text)
{
    // U+3000 ideographic space, U+00A0 and U+202F no-break spaces, U+3001 、, U+FF0C ，, U+FF1B ；
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,;\\t \\x{3000}\\x{00A0}\\x{202F}\\x{3001}"
                                                              "\\x{FF0C}\\x{FF1B}]+"));
    QStringList ids = text.split(separators, Qt::SkipEmptyParts);
    for (QString& id : ids)
        id = id.trimmed();
    ids.removeAll(QString());
    return ids;
}

QStringList MemberTextParser::splitLines(const QString& text)
{
    QStringList ids;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString id = line.trimmed();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}
