#include "CliPersonResolution.h"

#include "CliOptions.h"
#include "directory/PersonResolver.h"

#include <QSet>

bool CliPersonResolution::needsDirectory(const CliOptions& options, const MemberList& members)
{
    if (!options.ownerQuery.isEmpty() || !options.memberQueries.isEmpty() || !options.departments.isEmpty()
        || options.refreshDirectory)
        return true;
    for (const Member& member : members) {
        if (member.needsDirectory())
            return true;
    }
    return false;
}

CliPersonResolution::CliPersonResolution(const Directory& directory, const CliOptions& options, bool skipUnknown)
    : m_directory(directory)
    , m_options(options)
    , m_skipUnknown(skipUnknown)
{
}

void CliPersonResolution::addProblem(const QString& code, const QString& query, const QList<DirectoryPerson>& people,
                                     const QStringList& paths)
{
    QString message;
    if (code == QLatin1String("ambiguous-person"))
        message = tr("\"%1\" matches %2 people; give a job number or userid instead.").arg(query).arg(people.size());
    else if (code == QLatin1String("unknown-person"))
        message = tr("Nobody in the directory is \"%1\" (userid, job number, name or mobile number).").arg(query);
    else if (code == QLatin1String("ambiguous-department"))
        message = tr("\"%1\" matches %2 departments; give its path, such as %3.")
                      .arg(query)
                      .arg(paths.size())
                      .arg(paths.value(0));
    else
        message = tr("No department of the directory is \"%1\".").arg(query);
    m_problems.append(Problem{ code, query, people, paths, message });
}

QString CliPersonResolution::userIdFor(const QString& query, PersonField field, bool isOwner, QString* mobile)
{
    const PersonMatch match = PersonResolver(m_directory).resolve(query, field);
    if (match.isResolved())
        return match.userid;
    // A number the copy does not hold may still be an employee's: the phone lookup decides, as without a directory.
    if (match.needsMobileLookup() && !isOwner && mobile) {
        *mobile = match.mobile;
        return QString();
    }
    if (match.kind == PersonMatch::Kind::Ambiguous)
        addProblem(QStringLiteral("ambiguous-person"), query.trimmed(), match.candidates);
    else if (m_skipUnknown && !isOwner)
        m_skipped.append(query.trimmed());
    else
        addProblem(QStringLiteral("unknown-person"), query.trimmed());
    return QString();
}

void CliPersonResolution::resolve(GroupSpec& spec)
{
    if (!m_options.ownerQuery.isEmpty())
        spec.owner = userIdFor(m_options.ownerQuery, PersonField::Any, true, nullptr);

    const auto named = [this](const QString& userid, MemberSource source) {
        Member member = Member::fromUserId(userid, source);
        if (const DirectoryPerson* person = m_directory.person(userid))
            member.name = person->name;
        return member;
    };
    MemberList members;
    members.reserve(spec.members.size());
    for (const Member& member : std::as_const(spec.members)) {
        if (!member.needsDirectory()) {
            members.append(member);
            continue;
        }
        const QString userid = userIdFor(member.query, member.queryField, false, nullptr);
        if (userid.isEmpty())
            continue;
        Member resolved = named(userid, member.source);
        if (!member.name.isEmpty())
            resolved.name = member.name;
        members.append(resolved);
    }
    for (const QString& query : m_options.memberQueries) {
        QString mobile;
        const QString userid = userIdFor(query, PersonField::Any, false, &mobile);
        if (!userid.isEmpty()) {
            members.append(named(userid, MemberSource::CommandLine));
        } else if (!mobile.isEmpty()) {
            Member number;
            number.mobile = mobile;
            number.state = MemberState::Unresolved;
            number.source = MemberSource::CommandLine;
            members.append(number);
        }
    }
    for (const QString& query : m_options.departments) {
        const QList<const DirectoryDepartment*> found = m_directory.findDepartments(query);
        if (found.size() != 1) {
            QStringList paths;
            for (const DirectoryDepartment* department : found)
                paths.append(department->path);
            addProblem(found.isEmpty() ? QStringLiteral("unknown-department") : QStringLiteral("ambiguous-department"),
                       query.trimmed(), {}, paths);
            continue;
        }
        for (const DirectoryPerson* person :
             m_directory.departmentMembers(found.first()->id, m_options.includeSubdepartments))
            members.append(named(person->userid, MemberSource::CommandLine));
    }
    spec.members = members;
}

void CliPersonResolution::applyTo(CreateResult& result) const
{
    if (!result.groupExists() || m_skipped.isEmpty())
        return;
    for (const QString& query : m_skipped)
        result.failedMembers.append(FailedMember{ QString(), QString(), QStringLiteral("unknown-person"),
                                                  tr("Nobody in the directory is \"%1\".").arg(query), query });
    result.outcome = CreateResult::Outcome::CreatedPartially;
}
