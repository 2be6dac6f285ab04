#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

/**
 * The names under which both executables keep their files (QStandardPaths folders follow them), so the window and
 * the command line share one history and one set of settings.
 */
namespace AppIdentity {
inline QString organisationName()
{
    return QStringLiteral("DingTalkGroupCreator");
}
inline QString applicationName()
{
    return QStringLiteral("dingtalk-group-creator");
}

/**
 * The window's folder of this kind (QStandardPaths::AppDataLocation, AppConfigLocation), from whichever program asks
 * (the command line carries names of its own). Computed without renaming the process, which anything reading the
 * names meanwhile would see.
 */
inline QString windowFolder(QStandardPaths::StandardLocation location)
{
    // Qt builds these as one folder per platform followed by "/organisation/application" (each part only when set):
    // take this process's own names off the end, and put the window's in their place.
    QString suffix;
    for (const QString& name : { QCoreApplication::organizationName(), QCoreApplication::applicationName() }) {
        if (!name.isEmpty())
            suffix += QLatin1Char('/') + name;
    }
    QString folder = QStandardPaths::writableLocation(location);
    if (folder.endsWith(suffix))
        folder.chop(suffix.size());
    return folder + QLatin1Char('/') + organisationName() + QLatin1Char('/') + applicationName();
}

/** The files both programs share: the history, the directory copies, the batch journals. */
inline QString dataFolder()
{
    return windowFolder(QStandardPaths::AppDataLocation);
}

/** The one configuration folder: preferences, connections and presets. */
inline QString configFolder()
{
    return windowFolder(QStandardPaths::AppConfigLocation);
}
} // namespace AppIdentity
