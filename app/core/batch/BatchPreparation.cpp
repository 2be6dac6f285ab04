#include "BatchPreparation.h"

#include "BatchCell.h"
#include "directory/PersonResolver.h"
#include "group/SettingFields.h"

#include <QHash>
#include <QSet>

namespace {

// The issue for a person the one rule could not pin down, or none.
std::optional<BatchIssue> issueOf(const PersonMatch& match, const BatchPerson& person, const PersonResolver& people)
{
    // Without a directory a name or job number cannot even be looked for: say so, rather than "nobody matches".
    if (!people.hasDirectory() && (person.field == PersonField::Name || person.field == PersonField::JobNumber))
        return BatchIssue::of(BatchIssue::Code::NeedsDirectory, person.text);
    switch (match.kind) {
    case PersonMatch::Kind::Ambiguous: {
        BatchIssue issue = BatchIssue::of(BatchIssue::Code::AmbiguousPerson, person.text);
        issue.people = match.candidates;
        return issue;
    }
    case PersonMatch::Kind::Unknown:
        return BatchIssue::of(BatchIssue::Code::UnknownPerson, person.text);
    case PersonMatch::Kind::UserId:
    case PersonMatch::Kind::JobNumber:
    case PersonMatch::Kind::Name:
    case PersonMatch::Kind::Mobile:
        break;
    }
    return std::nullopt;
}

Member memberOf(const PersonMatch& match)
{
    Member member;
    member.source = MemberSource::Imported;
    if (match.needsMobileLookup()) {
        member.mobile = match.mobile;
        member.state = MemberState::Unresolved;
        return member;
    }
    member.userid = match.userid;
    if (!match.candidates.isEmpty())
        member.name = match.candidates.constFirst().name;
    return member;
}

Member memberOf(const DirectoryPerson& person)
{
    Member member = Member::fromUserId(person.userid, MemberSource::Imported);
    member.name = person.name;
    return member;
}

// Everyone in the department a cell names, sub-departments included; or the issue that stops the row.
std::optional<BatchIssue> addDepartment(const QString& path, const PersonResolver& people, MemberList& members)
{
    if (!people.hasDirectory())
        return BatchIssue::of(BatchIssue::Code::NeedsDirectory, path);
    const Directory& directory = people.directory();
    const QList<const DirectoryDepartment*> found = directory.findDepartments(path);
    if (found.isEmpty())
        return BatchIssue::of(BatchIssue::Code::UnknownDepartment, path);
    if (found.size() > 1) {
        BatchIssue issue = BatchIssue::of(BatchIssue::Code::AmbiguousDepartment, path);
        for (const DirectoryDepartment* department : found)
            issue.paths.append(department->path);
        return issue;
    }
    for (const DirectoryPerson* person : directory.departmentMembers(found.constFirst()->id, true))
        members.append(memberOf(*person));
    return std::nullopt;
}

} // namespace

QList<BatchItem> BatchPreparation::resolve(const BatchSheet& sheet, const PersonResolver& people,
                                           const PresetLookup& presets)
{
    QList<BatchItem> items;
    items.reserve(sheet.rows.size());
    QHash<QString, std::optional<Preset>> presetCache;
    for (const BatchRow& row : sheet.rows) {
        BatchItem item;
        item.row = row;
        item.issues = row.issues;
        item.spec.name = row.name;

        const QStringList owners = BatchCell::splitPeople(row.owner);
        if (owners.size() > 1) {
            item.issues.append(BatchIssue::of(BatchIssue::Code::OwnerNotOne, row.owner));
        } else if (owners.size() == 1) {
            const BatchPerson owner{ owners.constFirst(), PersonField::Any };
            const PersonMatch match = people.resolve(owner.text, owner.field);
            if (const std::optional<BatchIssue> issue = issueOf(match, owner, people))
                item.issues.append(*issue);
            else if (match.needsMobileLookup())
                item.ownerMobile = match.mobile;
            else
                item.spec.owner = match.userid;
        }

        item.spec.members.reserve(row.people.size());
        for (const BatchPerson& person : row.people) {
            const PersonMatch match = people.resolve(person.text, person.field);
            if (const std::optional<BatchIssue> issue = issueOf(match, person, people))
                item.issues.append(*issue);
            else
                item.spec.members.append(memberOf(match));
        }
        for (const QString& path : row.departments) {
            if (const std::optional<BatchIssue> issue = addDepartment(path, people, item.spec.members))
                item.issues.append(*issue);
        }

        // The preset gives the switches; a switch column overrides it, an empty cell keeps it.
        if (!row.preset.isEmpty()) {
            auto cached = presetCache.find(row.preset);
            if (cached == presetCache.end())
                cached = presetCache.insert(row.preset, presets ? presets(row.preset) : std::nullopt);
            if (*cached)
                item.spec.settings = (*cached)->settings;
            else
                item.issues.append(BatchIssue::of(BatchIssue::Code::UnknownPreset, row.preset));
        }
        const QList<SettingFields::Field>& fields = SettingFields::all();
        for (int i = 0; i < int(fields.size()); ++i) {
            if (row.switches[i])
                item.spec.settings.*fields.at(i).member = *row.switches[i];
        }
        items.append(item);
    }
    return items;
}

QStringList BatchPreparation::mobiles(const QList<BatchItem>& items)
{
    QStringList numbers;
    QSet<QString> seen;
    const auto add = [&](const QString& number) {
        if (!number.isEmpty() && !seen.contains(number)) {
            seen.insert(number);
            numbers.append(number);
        }
    };
    for (const BatchItem& item : items) {
        add(item.ownerMobile);
        for (const Member& member : item.spec.members) {
            if (member.state == MemberState::Unresolved)
                add(member.mobile);
        }
    }
    return numbers;
}

void BatchPreparation::validate(QList<BatchItem>& items, const MobileLookup& userids)
{
    for (BatchItem& item : items) {
        if (!item.ownerMobile.isEmpty()) {
            const QString owner = userids ? userids(item.ownerMobile) : QString();
            if (owner.isEmpty())
                item.issues.append(BatchIssue::of(BatchIssue::Code::UnknownPerson, item.ownerMobile));
            else
                item.spec.owner = owner;
        }
        for (Member& member : item.spec.members) {
            if (member.state != MemberState::Unresolved || !userids)
                continue;
            const QString userid = userids(member.mobile);
            if (!userid.isEmpty()) {
                member.userid = userid;
                member.state = MemberState::Ok;
                member.source = MemberSource::PhoneLookup;
            }
        }
        item.validation = item.spec.validate();
        for (const ValidationIssue& error : item.validation.errors())
            item.issues.append(BatchIssue::fromValidation(error));
    }
}

int BatchPreparation::validCount(const QList<BatchItem>& items)
{
    int count = 0;
    for (const BatchItem& item : items)
        count += item.isValid() ? 1 : 0;
    return count;
}
