#include "JsonNumber.h"

#include <QLocale>
#include <cmath>

std::optional<qint64> JsonNumber::toInteger(const QJsonValue& value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // -2^63 is a qint64, 2^63 is not; NaN fails both comparisons.
    if (!(number >= -0x1p63 && number < 0x1p63) || std::trunc(number) != number)
        return std::nullopt;
    // Not qint64(number): past 2^53 the double has lost digits that toInteger() still has.
    return value.toInteger();
}

QString JsonNumber::toText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (!value.isDouble())
        return QString();
    if (const std::optional<qint64> number = toInteger(value))
        return QString::number(*number);
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}
