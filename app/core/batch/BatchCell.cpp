#include "BatchCell.h"

namespace {
bool isPeopleSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u',':
    case u';':
    case u'\u3001': // 、
    case u'\uFF0C': // ，
    case u'\uFF1B': // ；
        return true;
    default:
        return false;
    }
}
} // namespace

QStringList BatchCell::splitPeople(QStringView cell)
{
    QStringList people;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i < cell.size() && !isPeopleSeparator(cell.at(i)))
            continue;
        const QStringView part = cell.mid(start, i - start).trimmed();
        if (!part.isEmpty())
            people.append(part.toString());
        start = i + 1;
    }
    return people;
}

std::optional<bool> BatchCell::switchValue(QStringView cell, bool* readable)
{
    if (readable)
        *readable = true;
    const QString value = cell.trimmed().toString().toCaseFolded();
    if (value.isEmpty())
        return std::nullopt;
    static const QStringList on{ QStringLiteral("1"),     QStringLiteral("是"),     QStringLiteral("yes"),
                                 QStringLiteral("true"),  QStringLiteral("\u2713"), QStringLiteral("\u2714"),
                                 QStringLiteral("\u221A") };
    static const QStringList off{ QStringLiteral("0"),     QStringLiteral("否"),     QStringLiteral("no"),
                                  QStringLiteral("false"), QStringLiteral("\u2717"), QStringLiteral("\u00D7") };
    if (on.contains(value))
        return true;
    if (off.contains(value))
        return false;
    if (readable)
        *readable = false;
    return std::nullopt;
}
