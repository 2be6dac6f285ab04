#include "Preferences.h"

#include "files/OwnerOnlyFile.h"

#include <QSettings>
#include <QStandardPaths>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString SandboxOfferedKey = QStringLiteral("ui/sandboxOffered");

void write(const QString& key, const QVariant& value)
{
    QSettings settings(Preferences::filePath(), QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
    OwnerOnlyFile::restrict(settings.fileName());
}
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
    write(LanguageKey, language);
}

bool Preferences::sandboxOffered()
{
    return QSettings(filePath(), QSettings::IniFormat).value(SandboxOfferedKey, false).toBool();
}

void Preferences::setSandboxOffered(bool offered)
{
    write(SandboxOfferedKey, offered);
}
