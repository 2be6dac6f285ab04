#pragma once

#include <QList>
#include <QString>

/** One way the group DingTalk has differs from the group that was asked for. */
struct GroupDifference
{
    QString field; // "name", "owner", "memberCount", "missingMembers", "unexpectedMembers" or a setting's key
    QString asked;
    QString actual;
    QString description; // for the user, in the current language
};

using GroupDifferences = QList<GroupDifference>;
