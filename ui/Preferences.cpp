#include "Preferences.h"

#include "config/AppIdentity.h"
#include "files/OwnerOnlyFile.h"
#include "files/SettingsFile.h"

#include <QSettings>

namespace {
struct Entry
{
    Preferences::Key key;
    const char* name;
    QVariant fallback;
};

// Every remembered choice, its name in the file and its default: add a row here, and a Key.
const Entry& entryOf(Preferences::Key key)
{
    static const Entry table[] = {
        { Preferences::Key::Language, "ui/language", QString() },
        { Preferences::Key::SandboxOffered, "ui/sandboxOffered", false },
    };
    for (const Entry& entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

QString Preferences::filePath()
{
    return AppIdentity::configFolder() + QStringLiteral("/settings.ini");
}

QString Preferences::keyName(Key key)
{
    return QString::fromLatin1(entryOf(key).name);
}

QVariant Preferences::defaultValue(Key key)
{
    return entryOf(key).fallback;
}

QVariant Preferences::value(Key key)
{
    return QSettings(filePath(), QSettings::IniFormat).value(keyName(key), defaultValue(key));
}

bool Preferences::setValue(Key key, const QVariant& value)
{
    const QString path = filePath();
    return SettingsFile::save(
               path,
               [&](QSettings& settings) {
                   QSettings current(path, QSettings::IniFormat);
                   SettingsFile::copy(current, settings);
                   settings.setValue(keyName(key), value);
               },
               QSettings::IniFormat, OwnerOnlyFile::Permissions)
        .saved;
}
