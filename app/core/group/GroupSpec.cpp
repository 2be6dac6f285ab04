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
    if (id.isEmpty())
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

    // Views of the members' own ids: checking a whole staff list for repeats copies no string. Ids are counted in
    // batches, which lets the tally fetch its slots for many ids at once.
    StringTally seen;
    ValidationIssue duplicates{ ValidationIssue::DuplicateRemoved, ValidationIssue::Field::Members };
    QStringList others;
    others.reserve(std::min<qsizetype>(members.size() + moreIds.size(), GroupLimits::MaxGroupMembers));
    bool ownerListed = false;
    bool anyEntry = false;
    constexpr int Batch = 1024; // the tally overlaps the loads of a batch: the longer, the better (28 KB of stack)
    QAnyStringView ids[Batch];
    const QString* listed[Batch]; // the member's own string, or null for an id held elsewhere
    int timesBefore[Batch];
    int pending = 0;
    // Every new id is compared with the owner: UTF-8 ids with the owner's UTF-8, without a conversion each time.
    const QByteArray ownerUtf8 = result.owner.toUtf8();
    const auto isOwner = [&](QAnyStringView id) {
        return id.visit([&](auto view) {
            if constexpr (std::is_same_v<decltype(view), QUtf8StringView>)
                return QByteArrayView(view.data(), view.size()) == ownerUtf8;
            else
                return QAnyStringView::equal(view, result.owner);
        });
    };
    const auto countPending = [&] {
        seen.add(ids, pending, timesBefore);
        for (int i = 0; i < pending; ++i) {
            const QAnyStringView id = ids[i];
            if (timesBefore[i] > 0) {
                ++duplicates.removedCount;
                if (timesBefore[i] == 1 && ++duplicates.repeatedIdCount <= ValidationIssue::RepeatedIdsKept)
                    duplicates.repeatedIds.append(id.toString());
            } else if (isOwner(id)) {
                ownerListed = true;
            } else if (others.size() < GroupLimits::MaxGroupMembers) {
                // The member's own string when it needed no trimming: shared, not copied. A list over the limit is
                // refused whole, so its ids past the limit are counted, not kept.
                others.append(listed[i] && id.size() == listed[i]->size() ? *listed[i] : id.toString());
            }
        }
        pending = 0;
    };
    const auto countId = [&](QAnyStringView id, const QString* own) {
        if (id.isEmpty())
            return;
        if (!isValidListedId(id)) {
            add(ValidationIssue::MemberIdInvalid, ValidationIssue::Field::Members, id.toString());
            return;
        }
        ids[pending] = id;
        listed[pending] = own;
        if (++pending == Batch)
            countPending();
    };
    for (const Member& member : members) {
        const QStringView id = QStringView(member.userid).trimmed();
        anyEntry
            = anyEntry || !id.isEmpty() || !QStringView(member.mobile).trimmed().isEmpty() || member.needsDirectory();
        if (member.state == MemberState::Unresolved)
            add(ValidationIssue::MemberUnresolved, ValidationIssue::Field::Members,
                member.needsDirectory() ? member.query : member.mobile);
        else
            countId(id, &member.userid);
    }
    for (const QAnyStringView id : moreIds) {
        anyEntry = anyEntry || !id.isEmpty();
        countId(id, nullptr);
    }
    countPending();

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
