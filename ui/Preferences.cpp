#include "Preferences.h"

#include <QSettings>
#include <QStandardPaths>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString SandboxOfferedKey = QStringLiteral("ui/sandboxOffered");
} // namespace

QString Preferences::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.ini");
}

QString Preferences::language()
{
    return QSettings(filePath(), QSettings::IniFormat).value(LanguageKey).toString();
}

void Preferences::setLanguage(const QString& language)
{
    QSettings(filePath(), QSettings::IniFormat).setValue(LanguageKey, language);
}

bool Preferences::sandboxOffered()
{
    return QSettings(filePath(), QSettings::IniFormat).value(SandboxOfferedKey, false).toBool();
}

void Preferences::setSandboxOffered(bool offered)
{
    QSettings(filePath(), QSettings::IniFormat).setValue(SandboxOfferedKey, offered);
}
