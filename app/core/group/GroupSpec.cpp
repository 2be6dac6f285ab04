#include "GroupSpec.h"

#include "GroupLimits.h"

#include <QSet>

bool GroupValidation::isValid() const
{
    return errors().isEmpty();
}

ValidationIssues GroupValidation::errors() const
{
    ValidationIssues result;
    for (const ValidationIssue& issue : issues) {
        if (issue.isError())
            result.append(issue);
    }
    return result;
}

ValidationIssues GroupValidation::notices() const
{
    ValidationIssues result;
    for (const ValidationIssue& issue : issues) {
        if (!issue.isError())
            result.append(issue);
    }
    return result;
}

bool GroupValidation::hasIssue(ValidationIssue::Code code) const
{
    for (const ValidationIssue& issue : issues) {
        if (issue.code == code)
            return true;
    }
    return false;
}

int GroupSpec::nameLength(const QString& name)
{
    return name.toUcs4().size();
}

bool GroupSpec::isValidUserId(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

GroupValidation GroupSpec::validate() const
{
    GroupValidation result;
    auto add = [&result](ValidationIssue::Code code, ValidationIssue::Field field, const QString& subject = {}) {
        result.issues.append(ValidationIssue{ code, field, subject });
    };

    result.name = name.trimmed();
    if (result.name.isEmpty())
        add(ValidationIssue::NameEmpty, ValidationIssue::Field::Name);
    else if (nameLength(result.name) > GroupLimits::MaxNameLength)
        add(ValidationIssue::NameTooLong, ValidationIssue::Field::Name, QString::number(nameLength(result.name)));

    result.owner = owner.trimmed();
    const bool ownerUsable = !result.owner.isEmpty() && isValidUserId(result.owner);
    if (result.owner.isEmpty())
        add(ValidationIssue::OwnerEmpty, ValidationIssue::Field::Owner);
    else if (!ownerUsable)
        add(ValidationIssue::OwnerInvalid, ValidationIssue::Field::Owner, result.owner);

    QSet<QString> seen;
    QStringList others;
    bool ownerListed = false;
    bool anyEntry = false;
    for (const Member& member : members) {
        anyEntry = anyEntry || !member.trimmedUserId().isEmpty() || !member.mobile.trimmed().isEmpty();
        if (member.state == MemberState::Unresolved) {
            add(ValidationIssue::MemberUnresolved, ValidationIssue::Field::Members, member.mobile);
            continue;
        }
        const QString id = member.trimmedUserId();
        if (id.isEmpty())
            continue;
        if (!isValidUserId(id)) {
            add(ValidationIssue::MemberIdInvalid, ValidationIssue::Field::Members, id);
            continue;
        }
        if (seen.contains(id)) {
            add(ValidationIssue::DuplicateRemoved, ValidationIssue::Field::Members, id);
            continue;
        }
        seen.insert(id);
        if (id == result.owner)
            ownerListed = true;
        else
            others.append(id);
    }

    if (!anyEntry)
        add(ValidationIssue::NoMembers, ValidationIssue::Field::Members);

    // The owner goes first so that the create call, which takes at most 40 ids, always carries the owner.
    if (ownerUsable) {
        result.memberIds.append(result.owner);
        if (!ownerListed && !seen.isEmpty())
            add(ValidationIssue::OwnerAddedToMembers, ValidationIssue::Field::Members, result.owner);
    }
    result.memberIds.append(others);

    const int total = int(seen.size()) + (ownerUsable && !ownerListed ? 1 : 0);
    if (total > GroupLimits::MaxGroupMembers)
        add(ValidationIssue::TooManyMembers, ValidationIssue::Field::Members, QString::number(total));
    return result;
}
