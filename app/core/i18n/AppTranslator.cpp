#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

AppTranslator::AppTranslator(QObject* parent)
    : QObject(parent)
{
}

AppTranslator::~AppTranslator()
{
    removeTranslators();
}

QString AppTranslator::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList AppTranslator::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString AppTranslator::normalise(const QString& language)
{
    const QString lower = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (lower.startsWith(QLatin1String("en")) || lower == QLatin1String("c") || lower == QLatin1String("posix"))
        return QStringLiteral("en");
    return QString();
}

bool AppTranslator::setLanguage(const QString& language)
{
    const QString code = normalise(language);
    if (code.isEmpty())
        return false;
    removeTranslators();
    m_language = code;
    if (code == QLatin1String("en"))
        return true;

    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(QStringLiteral(":/i18n/dingtalk-group-creator_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_appTranslator);
    // Qt's own strings (standard buttons, file dialogs); missing when qt6-translations-l10n is not installed.
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    return true;
}

void AppTranslator::removeTranslators()
{
    for (QTranslator** translator : { &m_appTranslator, &m_qtTranslator }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}
