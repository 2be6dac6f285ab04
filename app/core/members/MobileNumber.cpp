#include "MobileNumber.h"

#include <QStringList>

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

// The length of the country code `digits` starts with. ITU country codes are prefix-free: 1 and 7 are one digit,
// these are two, every other code is three.
int countryCodeLength(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    static const QStringList twoDigits{
        QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"), QStringLiteral("31"), QStringLiteral("32"),
        QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("36"), QStringLiteral("39"), QStringLiteral("40"),
        QStringLiteral("41"), QStringLiteral("43"), QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"),
        QStringLiteral("47"), QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"), QStringLiteral("57"),
        QStringLiteral("58"), QStringLiteral("60"), QStringLiteral("61"), QStringLiteral("62"), QStringLiteral("63"),
        QStringLiteral("64"), QStringLiteral("65"), QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"),
        QStringLiteral("84"), QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"), QStringLiteral("92"),
        QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"), QStringLiteral("98")
    };
    return twoDigits.contains(digits.left(2)) ? 2 : 3;
}

bool isMainland(const QString& digits)
{
    return digits.size() == 11 && digits.at(0) == QLatin1Char('1') && digits.at(1) >= QLatin1Char('3');
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
    if (plus && !digits.startsWith(QLatin1String("86"))) {
        // Outside mainland China DingTalk stores "+852-xxxxxxxx": the country code, a dash, the number.
        const int codeLength = countryCodeLength(digits);
        const qsizetype national = digits.size() - codeLength;
        if (digits.startsWith(QLatin1Char('0')) || national < 4 || digits.size() > 15)
            return QString();
        return QLatin1Char('+') + digits.left(codeLength) + QLatin1Char('-') + digits.mid(codeLength);
    }
    if (plus)
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return isMainland(digits) ? digits : QString();
}

bool MobileNumber::looksLikeMobile(const QString& text)
{
    return !normalise(text).isEmpty();
}

QString MobileNumber::lookupKey(const QString& text)
{
    const QString normalised = normalise(text);
    return normalised.isEmpty() ? text.trimmed() : normalised;
}
