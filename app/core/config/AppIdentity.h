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
 * The window's QStandardPaths::AppDataLocation, from whichever program asks (the command line carries names of its
 * own): the folder of the files both share, such as the history, the directory copies and the batch journals.
 * Computed without renaming the process, which anything reading the names meanwhile would see.
 */
inline QString dataFolder()
{
    // Qt builds AppDataLocation as one folder per platform followed by "/organisation/application" (each part only
    // when set): take this process's own names off the end, and put the window's in their place.
    QString suffix;
    for (const QString& name : { QCoreApplication::organizationName(), QCoreApplication::applicationName() }) {
        if (!name.isEmpty())
            suffix += QLatin1Char('/') + name;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.endsWith(suffix))
        folder.chop(suffix.size());
    return folder + QLatin1Char('/') + organisationName() + QLatin1Char('/') + applicationName();
}
} // namespace AppIdentity
