#include "ValidationIssue.h"

#include "GroupLimits.h"

#include <algorithm>

namespace {
constexpr int ExamplesShown = 3; // repeated ids named in the sentence; scripts get them all
} // namespace

QString ValidationIssue::shortenedId(QAnyStringView id)
{
    constexpr qsizetype Kept = GroupLimits::MaxUserIdLength;
    // Four code units are at least a character in any encoding: only the start of a huge id is converted.
    const QString head = id.visit([](auto view) {
        return QAnyStringView(view.first(std::min<qsizetype>(view.size(), (Kept + 1) * 4))).toString();
    });
    return head.size() <= Kept ? head : head.left(Kept) + QStringLiteral("…");
}

QString ValidationIssue::codeName() const
{
    switch (code) {
    case NameEmpty:
        return QStringLiteral("name-empty");
    case NameTooLong:
        return QStringLiteral("name-too-long");
    case OwnerEmpty:
        return QStringLiteral("owner-empty");
    case OwnerInvalid:
        return QStringLiteral("owner-invalid");
    case NoMembers:
        return QStringLiteral("no-members");
    case TooManyMembers:
        return QStringLiteral("too-many-members");
    case MemberIdInvalid:
        return QStringLiteral("member-id-invalid");
    case MemberUnresolved:
        return QStringLiteral("member-unresolved");
    case OwnerIdTooLong:
        return QStringLiteral("owner-id-too-long");
    case MemberIdTooLong:
        return QStringLiteral("member-id-too-long");
    case NotInDirectory:
        return QStringLiteral("not-in-directory");
    case DuplicateRemoved:
        return QStringLiteral("duplicate-removed");
    case OwnerAddedToMembers:
        return QStringLiteral("owner-added");
    }
    return QStringLiteral("unknown");
}

QString ValidationIssue::message() const
{
    switch (code) {
    case NameEmpty:
        return tr("Enter a group name.");
    case NameTooLong:
        return tr("The group name has %1 characters; DingTalk allows at most %2.")
            .arg(subject)
            .arg(GroupLimits::MaxNameLength);
    case OwnerEmpty:
        return tr("Enter the userid of the group owner.");
    case OwnerInvalid:
        return tr("The owner id \"%1\" contains a space or a control character; a DingTalk userid has none.")
            .arg(subject);
    case NoMembers:
        return tr("Add at least one member.");
    case TooManyMembers:
        return tr("The group has %1 members; a DingTalk group holds at most %2.")
            .arg(subject)
            .arg(GroupLimits::MaxGroupMembers);
    case MemberIdInvalid:
        return tr("The member id \"%1\" contains a space or a control character; a DingTalk userid has none.")
            .arg(subject);
    case MemberUnresolved:
        return tr("The phone number %1 has not been turned into a DingTalk userid yet.").arg(subject);
    case OwnerIdTooLong:
        return tr("The owner id \"%1\" is longer than %2 characters, which no DingTalk userid is.")
            .arg(subject)
            .arg(GroupLimits::MaxUserIdLength);
    case MemberIdTooLong:
        return tr("The member id \"%1\" is longer than %2 characters, which no DingTalk userid is.")
            .arg(subject)
            .arg(GroupLimits::MaxUserIdLength);
    case NotInDirectory:
        return field == Field::Owner
            ? tr("The owner \"%1\" is not in the organisation: DingTalk refuses the group.").arg(subject)
            : tr("\"%1\" is not in the organisation: DingTalk refuses the request that carries it.").arg(subject);
    case DuplicateRemoved: {
        if (repeatedIdCount <= 1)
            return tr("\"%1\" was listed more than once; it is added once.").arg(subject);
        QStringList examples;
        for (const QString& id : repeatedIds.mid(0, ExamplesShown))
            examples.append(tr("\"%1\"").arg(id));
        if (repeatedIdCount > ExamplesShown)
            examples.append(QStringLiteral("…"));
        return tr("%1 ids were listed more than once (%2); each is added once, %3 repeats were left out.")
            .arg(repeatedIdCount)
            .arg(examples.join(tr(", ")))
            .arg(removedCount);
    }
    case OwnerAddedToMembers:
        return tr("The owner \"%1\" was not among the members and has been added.").arg(subject);
    }
    return QString();
}
