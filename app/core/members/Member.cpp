#include "Member.h"

Member Member::fromUserId(const QString& userid, MemberSource source)
{
    Member member;
    member.userid = userid.trimmed();
    member.source = source;
    return member;
}

QString Member::trimmedUserId() const
{
    return userid.trimmed();
}

bool Member::operator==(const Member& other) const
{
    return userid == other.userid && name == other.name && mobile == other.mobile && state == other.state
        && source == other.source && note == other.note && query == other.query && queryField == other.queryField;
}
