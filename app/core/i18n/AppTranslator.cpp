#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// Qt 6.4's file dialog names file types through the context QAbstractFileIconProvider, which Debian's Qt catalogue
// (qt6-translations-l10n 6.4.2) does not have yet (it still files these words under QFileDialog): the dialog said
// "Folder" in a Chinese window. The application's own catalogue carries them under the context Qt asks for.
[[maybe_unused]] constexpr struct
{
    const char* source;
    const char* comment;
} kQtFileTypeNames[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

// Dates and numbers follow the language of the window, not the system's: a Chinese system's dates in an English
// window read as a mistake, and the other way round. A system locale of the chosen language keeps its country.
void useLocaleFor(const QString& code)
{
    const QLocale::Language language = code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English;
    const QLocale system = QLocale::system();
    if (system.language() == language)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(language == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates));
}
} // namespace

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
    useLocaleFor(code);
    // English's catalogue holds only its plural forms ("1 person"): the source text is English already.
    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(QStringLiteral(":/i18n/dingtalk-group-creator_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_appTranslator);
    if (code == QLatin1String("en"))
        return true;
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
