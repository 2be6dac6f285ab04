#pragma once

#include <QString>
#include <QVariant>

/**
 * The choices the window remembers between runs, in settings.ini in the application's configuration folder (tests
 * in QStandardPaths test mode never touch a user's). Every key and its default is in one table (Preferences.cpp);
 * the typed functions below read and write through it. Connections, presets and the history keep files of their
 * own beside it (ProfileStore, PresetStore, HistoryStore).
 */
class Preferences
{
public:
    /** One remembered choice: its row in the table of keys and defaults. */
    enum class Key
    {
        Language, // "en" or "zh_CN" as chosen in the Language menu; empty when never chosen
        SandboxOffered, // the first-launch question about the sandbox has been asked
    };

    /** The key's value, or its default when it was never written. */
    static QVariant value(Key key);
    /** Writes the value at once; the file stays the owner's alone. Returns whether it was written. */
    static bool setValue(Key key, const QVariant& value);
    /** The name the key has in the file, e.g. "ui/language". */
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    static QString language() { return value(Key::Language).toString(); }
    static void setLanguage(const QString& language) { setValue(Key::Language, language); }
    static bool sandboxOffered() { return value(Key::SandboxOffered).toBool(); }
    static void setSandboxOffered(bool offered) { setValue(Key::SandboxOffered, offered); }

    /** The ini file's path. */
    static QString filePath();
};
