#include "ExcelNumber.h"

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Exponents beyond this would only write out absurdly long runs of zeros.
constexpr int MaxExponent = 64;

} // namespace

QString ExcelNumber::toText(QStringView number)
{
    const QStringView text = number.trimmed();
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (text[i] == u'-' || text[i] == u'+'))
        negative = text[i++] == u'-';

    QString digits; // integer and fraction digits, without the point
    qsizetype integerDigits = 0;
    for (; i < size && isDigit(text[i]); ++i, ++integerDigits)
        digits.append(text[i]);
    if (i < size && text[i] == u'.') {
        for (++i; i < size && isDigit(text[i]); ++i)
            digits.append(text[i]);
    }
    if (digits.isEmpty())
        return text.toString();

    int exponent = 0;
    if (i < size && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < size && (text[i] == u'-' || text[i] == u'+'))
            negativeExponent = text[i++] == u'-';
        const qsizetype exponentStart = i;
        for (; i < size && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > MaxExponent)
                return text.toString();
        }
        if (i == exponentStart)
            return text.toString();
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != size)
        return text.toString();

    // Where the decimal point falls in `digits` once the exponent is applied.
    const qsizetype point = integerDigits + exponent;
    for (qsizetype d = std::max<qsizetype>(point, 0); d < digits.size(); ++d) {
        if (digits.at(d) != u'0')
            return text.toString(); // a real fraction
    }

    QString integer = point <= 0 ? QString() : digits.left(point);
    if (point > digits.size())
        integer.append(QString(point - digits.size(), u'0'));
    qsizetype firstSignificant = 0;
    while (firstSignificant < integer.size() - 1 && integer.at(firstSignificant) == u'0')
        ++firstSignificant;
    integer.remove(0, firstSignificant);
    if (integer.isEmpty() || integer == QLatin1String("0"))
        return QStringLiteral("0");
    return negative ? QLatin1Char('-') + integer : integer;
}
