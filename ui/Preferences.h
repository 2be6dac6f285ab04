#pragma once

#include <QString>

/**
 * The few choices the window remembers between runs (language, whether the sandbox was offered), in an ini file
 * under QStandardPaths::AppConfigLocation, so tests in QStandardPaths test mode never touch real settings.
 * Connection details are deliberately not here: they are held in memory only.
 */
class Preferences
{
public:
    /** "en" or "zh_CN" as chosen in the Language menu; empty when never chosen. */
    static QString language();
    /** The setters save the file whole or not at all (SettingsFile); false when it could not be saved (a full disk),
     * the file then as it was. A choice that is not remembered costs only asking again: callers may ignore it. */
    static bool setLanguage(const QString& language);

    /** True once the first-launch question about the sandbox has been asked. */
    static bool sandboxOffered();
    static bool setSandboxOffered(bool offered);

    /** The ini file's path. */
    static QString filePath();
};
