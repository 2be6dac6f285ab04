#include "MemberTextParser.h"

#include <QRegularExpression>

#include <algorithm>

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

QStringList MemberTextParser::splitTyped(const QString& text)
{
    // Blanks (U+3000, U+00A0 and U+202F too) are decided on below; every other separator splits for certain.
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,;\\t\\x{3001}\\x{FF0C}\\x{FF1B}]+"));
    static const QRegularExpression word(QStringLiteral("[^ \\x{3000}\\x{00A0}\\x{202F}]+"));
    const auto letters = [](QStringView piece) {
        return std::all_of(piece.begin(), piece.end(), [](QChar c) { return c.isLetter(); });
    };
    const auto digits = [](QStringView piece) {
        return std::all_of(piece.begin(), piece.end(), [](QChar c) { return c.isDigit(); });
    };
    QStringList ids;
    const QStringList chunks = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& chunk : chunks) {
        QList<QRegularExpressionMatch> words;
        for (QRegularExpressionMatchIterator it = word.globalMatch(chunk); it.hasNext();)
            words.append(it.next());
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QRegularExpressionMatch& first = words.at(i);
            if (i + 1 < words.size() && letters(first.capturedView()) && digits(words.at(i + 1).capturedView())) {
                const QRegularExpressionMatch& second = words.at(++i);
                ids.append(chunk.mid(first.capturedStart(), second.capturedEnd() - first.capturedStart()));
            } else {
                ids.append(first.captured());
            }
        }
    }
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
