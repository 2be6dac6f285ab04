#include "GroupSpec.h"

#include "GroupLimits.h"

#include "members/StringTally.h"

#include <algorithm>
#include <type_traits>

namespace {

// GroupSpec::isValidUserId() for an id of any encoding, without a conversion for the ASCII ids nearly all are.
bool isValidListedId(QAnyStringView id)
{
    return id.visit([&id](auto view) {
        if constexpr (std::is_same_v<decltype(view), QStringView>) {
            return GroupSpec::isValidUserId(view);
        } else {
            for (const char c : view) {
                const uchar byte = uchar(c);
                if (byte >= 0x80) { // the Unicode tables need the characters
                    const QString text = id.toString();
                    return GroupSpec::isValidUserId(text);
                }
                if (byte <= 0x20 || byte == 0x7F)
                    return false;
            }
            return !view.isEmpty();
        }
    });
}

} // namespace

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

bool GroupSpec::isValidUserId(QStringView id)
{
    if (id.isEmpty() || id.size() > GroupLimits::MaxUserIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (u < 0x80) { // nearly every userid is ASCII: no Unicode tables needed
            if (u <= 0x20 || u == 0x7F)
                return false;
            continue;
        }
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

GroupValidation GroupSpec::validate(const QList<QAnyStringView>& moreIds) const
{
    // A list with a million bad ids is refused for the first; a million issues would be a 150 MB report.
    int invalidIds = 0;
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
    else if (result.owner.size() > GroupLimits::MaxUserIdLength)
        add(ValidationIssue::OwnerIdTooLong, ValidationIssue::Field::Owner, ValidationIssue::shortenedId(result.owner));
    else if (!ownerUsable)
        add(ValidationIssue::OwnerInvalid, ValidationIssue::Field::Owner, result.owner);

    // Every usable id first, as views of the members' own ids and of the ids held elsewhere: checking a whole staff
    // list for repeats copies no string. Then the tally counts them in one go, which lets it fetch its slots for many
    // ids at once.
    QList<QAnyStringView> ids;
    QList<const QString*> listed; // the member's own string, or null for an id held elsewhere
    ids.reserve(members.size() + moreIds.size());
    listed.reserve(ids.capacity());
    bool anyEntry = false;
    const auto collect = [&](QAnyStringView id, const QString* own) {
        if (id.isEmpty())
            return;
        // A UTF-8 id has at least as many bytes as characters: only a long one is counted again.
        if (id.size() > GroupLimits::MaxUserIdLength && id.toString().size() > GroupLimits::MaxUserIdLength) {
            if (++invalidIds <= ValidationIssue::InvalidIdsKept)
                add(ValidationIssue::MemberIdTooLong, ValidationIssue::Field::Members,
                    ValidationIssue::shortenedId(id));
            return;
        }
        if (!isValidListedId(id)) {
            if (++invalidIds <= ValidationIssue::InvalidIdsKept)
                add(ValidationIssue::MemberIdInvalid, ValidationIssue::Field::Members,
                    ValidationIssue::shortenedId(id));
            return;
        }
        ids.append(id);
        listed.append(own);
    };
    for (const Member& member : members) {
        const QStringView id = QStringView(member.userid).trimmed();
        anyEntry
            = anyEntry || !id.isEmpty() || !QStringView(member.mobile).trimmed().isEmpty() || member.needsDirectory();
        if (member.state == MemberState::Unresolved)
            add(ValidationIssue::MemberUnresolved, ValidationIssue::Field::Members,
                member.needsDirectory() ? member.query : member.mobile);
        else
            collect(id, &member.userid);
    }
    for (const QAnyStringView id : moreIds) {
        anyEntry = anyEntry || !id.isEmpty();
        collect(id, nullptr);
    }
    StringTally seen;
    QList<int> timesBefore(ids.size());
    seen.add(ids.constData(), ids.size(), timesBefore.data());

    ValidationIssue duplicates{ ValidationIssue::DuplicateRemoved, ValidationIssue::Field::Members };
    QStringList others;
    others.reserve(std::min<qsizetype>(ids.size(), GroupLimits::MaxGroupMembers));
    bool ownerListed = false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QAnyStringView id = ids.at(i);
        if (timesBefore.at(i) > 0) {
            ++duplicates.removedCount;
            if (timesBefore.at(i) == 1 && ++duplicates.repeatedIdCount <= ValidationIssue::RepeatedIdsKept)
                duplicates.repeatedIds.append(id.toString());
        } else if (QAnyStringView::equal(id, result.owner)) {
            ownerListed = true;
        } else if (others.size() < GroupLimits::MaxGroupMembers) {
            // The member's own string when it needed no trimming: shared, not copied. A list over the limit is
            // refused whole, so its ids past the limit are counted, not kept.
            const QString* own = listed.at(i);
            others.append(own && id.size() == own->size() ? *own : id.toString());
        }
    }

    if (duplicates.removedCount > 0) {
        duplicates.subject = duplicates.repeatedIds.constFirst();
        result.issues.append(duplicates);
    }
    if (!anyEntry)
        add(ValidationIssue::NoMembers, ValidationIssue::Field::Members);

    // The owner goes first so that the create call, which takes at most 40 ids, always carries the owner.
    if (ownerUsable) {
        result.memberIds.append(result.owner);
        if (!ownerListed && seen.distinctCount() > 0)
            add(ValidationIssue::OwnerAddedToMembers, ValidationIssue::Field::Members, result.owner);
    }
    result.memberIds.append(others);

    const int total = int(seen.distinctCount()) + (ownerUsable && !ownerListed ? 1 : 0);
    result.memberCount = total;
    if (total > GroupLimits::MaxGroupMembers)
        add(ValidationIssue::TooManyMembers, ValidationIssue::Field::Members, QString::number(total));
    return result;
}
