#pragma once

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
} // namespace AppIdentity
