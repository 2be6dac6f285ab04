#pragma once

#include "group/GroupSettings.h"
#include "members/Member.h"

#include <QString>

/** Settings saved under a name, and optionally an owner and members, to start a new group from. No secrets. */
struct Preset
{
    QString name;
    GroupSettings settings;
    QString owner; // empty: the preset leaves the owner as it is
    MemberList members; // empty: the preset leaves the members as they are (userid, name and mobile are kept)

    bool operator==(const Preset& other) const;
};
