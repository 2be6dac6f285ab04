#include "Preferences.h"

#include "files/OwnerOnlyFile.h"
#include "files/SettingsFile.h"

#include <QSettings>
#include <QStandardPaths>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString SandboxOfferedKey = QStringLiteral("ui/sandboxOffered");

bool write(const QString& key, const QVariant& value)
{
    const QString path = Preferences::filePath();
    return SettingsFile::save(
               path,
               [&](QSettings& settings) {
                   QSettings current(path, QSettings::IniFormat);
                   SettingsFile::copy(current, settings);
                   settings.setValue(key, value);
               },
               QSettings::IniFormat, OwnerOnlyFile::Permissions)
        .saved;
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

bool Preferences::setLanguage(const QString& language)
{
    return write(LanguageKey, language);
}

bool Preferences::sandboxOffered()
{
    return QSettings(filePath(), QSettings::IniFormat).value(SandboxOfferedKey, false).toBool();
}

bool Preferences::setSandboxOffered(bool offered)
{
    return write(SandboxOfferedKey, offered);
}
