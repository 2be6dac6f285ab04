#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

/**
 * Installs the application's catalogue and Qt's own (for standard dialogs) for one language, and swaps them at run
 * time. English is the source language: choosing it removes every translator instead of installing an empty one.
 */
class AppTranslator : public QObject
{
    Q_OBJECT

public:
    explicit AppTranslator(QObject* parent = nullptr);
    ~AppTranslator() override;

    /** "zh_CN" when the system's language is Chinese, else "en". */
    static QString systemLanguage();
    /** The languages the application ships, as codes: "en", "zh_CN". */
    static QStringList availableLanguages();
    /** Maps user input such as "zh", "zh-CN", "zh_CN.UTF-8" or "en_US" to a code above; empty when unknown. */
    static QString normalise(const QString& language);

    /** Installs the catalogues for `language`; returns false for an unknown language. */
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};
