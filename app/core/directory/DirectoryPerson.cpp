#include "DirectoryPerson.h"

#include "members/MobileNumber.h"

QString DirectoryPerson::mobileKey(const QString& text)
{
    const QString mainland = MobileNumber::normalise(text);
    if (!mainland.isEmpty())
        return mainland;
    // Outside the mainland: a country code after '+', digits and phone punctuation only.
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+')))
        return QString();
    QString key = QStringLiteral("+");
    for (const QChar c : trimmed.mid(1)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            key.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' ') && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return QString();
    }
    return key.size() >= 8 ? key : QString();
}
