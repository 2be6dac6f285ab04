#include "BatchPreparation.h"

#include "BatchCell.h"
#include "BatchPeople.h"
#include "group/SettingFields.h"

#include <QHash>
#include <QSet>

namespace {

// The issue for a person the directory could not pin down, or none.
std::optional<BatchIssue> issueOf(const BatchPersonMatch& match, const QString& text)
{
    switch (match.kind) {
    case BatchPersonMatch::Kind::UserId:
    case BatchPersonMatch::Kind::Mobile:
        return std::nullopt;
    case BatchPersonMatch::Kind::Unknown:
        return BatchIssue::of(BatchIssue::Code::UnknownPerson, text);
    case BatchPersonMatch::Kind::Ambiguous: {
        BatchIssue issue = BatchIssue::of(BatchIssue::Code::AmbiguousPerson, text);
        issue.candidates = match.candidates;
        return issue;
    }
    case BatchPersonMatch::Kind::NeedsDirectory:
        break;
    }
    return BatchIssue::of(BatchIssue::Code::NeedsDirectory, text);
}

Member memberOf(const BatchPersonMatch& match)
{
    Member member;
    member.source = MemberSource::Imported;
    member.name = match.name;
    if (match.kind == BatchPersonMatch::Kind::Mobile) {
        member.mobile = match.mobile;
        member.state = MemberState::Unresolved;
    } else {
        member.userid = match.userid;
    }
    return member;
}

} // namespace

QList<BatchItem> BatchPreparation::resolve(const BatchSheet& sheet, const BatchPeople& directory,
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
            const BatchPersonMatch owner = directory.findPerson(owners.constFirst(), PersonKind::Any);
            if (const std::optional<BatchIssue> issue = issueOf(owner, owners.constFirst()))
                item.issues.append(*issue);
            else if (owner.kind == BatchPersonMatch::Kind::Mobile)
                item.ownerMobile = owner.mobile;
            else
                item.spec.owner = owner.userid;
        }

        item.spec.members.reserve(row.people.size());
        for (const BatchPerson& person : row.people) {
            const BatchPersonMatch match = directory.findPerson(person.text, person.kind);
            if (const std::optional<BatchIssue> issue = issueOf(match, person.text))
                item.issues.append(*issue);
            else
                item.spec.members.append(memberOf(match));
        }
        for (const QString& path : row.departments) {
            const BatchDepartmentMatch department = directory.findDepartment(path);
            switch (department.kind) {
            case BatchDepartmentMatch::Kind::Found:
                for (const QString& userid : department.userids)
                    item.spec.members.append(Member::fromUserId(userid, MemberSource::Imported));
                break;
            case BatchDepartmentMatch::Kind::Unknown:
                item.issues.append(BatchIssue::of(BatchIssue::Code::UnknownDepartment, path));
                break;
            case BatchDepartmentMatch::Kind::Ambiguous: {
                BatchIssue issue = BatchIssue::of(BatchIssue::Code::AmbiguousDepartment, path);
                issue.candidates = department.candidates;
                item.issues.append(issue);
                break;
            }
            case BatchDepartmentMatch::Kind::NeedsDirectory:
                item.issues.append(BatchIssue::of(BatchIssue::Code::NeedsDirectory, path));
                break;
            }
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
