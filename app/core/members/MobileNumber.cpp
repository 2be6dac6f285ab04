#include "MobileNumber.h"

namespace {
// Full-width digits and punctuation (U+FF10.., U+FF0B +, U+FF0D -, U+FF08/09 parentheses) as their ASCII forms.
QChar toAscii(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

bool isPhonePunctuation(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')')
        || c == QLatin1Char('.') || c.isSpace();
}
} // namespace

QString MobileNumber::normalise(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    bool plus = false;
    for (const QChar raw : text) {
        const QChar c = toAscii(raw);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty() && !plus)
            plus = true;
        else if (!isPhonePunctuation(c))
            return QString();
    }
    if (plus && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    else if (plus)
        return QString(); // another country code: DingTalk's lookup takes mainland numbers here
    if (digits.size() != 11 || digits.at(0) != QLatin1Char('1') || digits.at(1) < QLatin1Char('3'))
        return QString();
    return digits;
}

bool MobileNumber::looksLikeMobile(const QString& text)
{
    return !normalise(text).isEmpty();
}
