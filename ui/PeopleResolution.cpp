#include "PeopleResolution.h"

#include "directory/PersonResolver.h"

#include <algorithm>

namespace {
Member resolvedMember(const QString& userid, const Member& given)
{
    Member member = Member::fromUserId(userid, given.source);
    // The list names people by the directory; a file's own name column is kept for someone it may not know.
    member.name = given.name;
    return member;
}
} // namespace

PeopleResolution::PeopleResolution(const MemberList& members, const Directory& directory)
{
    const PersonResolver resolver(directory);
    m_members.reserve(members.size());
    for (const Member& member : members) {
        if (member.needsDirectory()) {
            const PersonMatch match = resolver.resolve(member.query, member.queryField);
            if (match.isResolved()) {
                m_members.append(resolvedMember(match.userid, member));
                continue;
            }
            m_open.append(
                Open{ int(m_members.size()), member.query.trimmed(),
                      match.kind == PersonMatch::Kind::Ambiguous ? match.candidates : QList<DirectoryPerson>() });
        }
        m_members.append(member);
    }
}

PeopleResolution PeopleResolution::fromTyped(const QStringList& values, MemberSource source, const Directory& directory)
{
    const PersonResolver resolver(directory);
    PeopleResolution resolution;
    for (const QString& value : values) {
        if (value.trimmed().isEmpty())
            continue;
        const PersonMatch match = resolver.resolve(value, PersonField::Any);
        const int index = int(resolution.m_members.size());
        resolution.m_members.append(Member::fromUserId(match.isResolved() ? match.userid : value, source));
        if (match.kind == PersonMatch::Kind::Ambiguous)
            resolution.m_open.append(Open{ index, value.trimmed(), match.candidates });
    }
    return resolution;
}

bool PeopleResolution::needsDirectory(const MemberList& members)
{
    return std::any_of(members.cbegin(), members.cend(), [](const Member& member) { return member.needsDirectory(); });
}

int PeopleResolution::unknownCount() const
{
    return int(std::count_if(m_open.cbegin(), m_open.cend(), [](const Open& open) { return !open.isAmbiguous(); }));
}

MemberList PeopleResolution::members(const QHash<int, QString>& chosen) const
{
    QHash<int, const Open*> openAt;
    for (const Open& open : m_open)
        openAt.insert(open.index, &open);
    MemberList members;
    members.reserve(m_members.size());
    for (int i = 0; i < m_members.size(); ++i) {
        if (!openAt.contains(i)) {
            members.append(m_members.at(i));
            continue;
        }
        const QString userid = chosen.value(i);
        if (!userid.isEmpty())
            members.append(resolvedMember(userid, m_members.at(i)));
    }
    return members;
}
