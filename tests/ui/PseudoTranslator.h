#pragma once

// A translator that wraps every string in ⟦…⟧: once it is installed, any text on screen without the brackets was not
// re-read on the language change.

#include <QByteArray>
#include <QString>
#include <QTranslator>

class PseudoTranslator : public QTranslator
{
public:
    /** With `onlyContext`, only that class's strings are wrapped; the others stay as they are. */
    explicit PseudoTranslator(const char* onlyContext = nullptr)
        : m_onlyContext(onlyContext)
    {
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!m_onlyContext.isNull() && m_onlyContext != context)
            return QString();
        return QStringLiteral("\u27E6%1\u27E7").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }

private:
    const QByteArray m_onlyContext;
};

/** Whether `text` went through a PseudoTranslator. */
inline bool isPseudo(const QString& text)
{
    return text.contains(QChar(0x27E6)) && text.contains(QChar(0x27E7));
}
