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
    /**
     * Writes the value at once, the file saved whole or not at all (SettingsFile) and the owner's alone. False when
     * it could not be saved (a full disk), the file then as it was; a choice not remembered only costs asking again.
     */
    static bool setValue(Key key, const QVariant& value);
    /** The name the key has in the file, e.g. "ui/language". */
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    static QString language() { return value(Key::Language).toString(); }
    static bool setLanguage(const QString& language) { return setValue(Key::Language, language); }
    static bool sandboxOffered() { return value(Key::SandboxOffered).toBool(); }
    static bool setSandboxOffered(bool offered) { return setValue(Key::SandboxOffered, offered); }

    /** The ini file's path. */
    static QString filePath();
};
