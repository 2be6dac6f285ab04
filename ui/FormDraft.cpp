#include "FormDraft.h"

#include "group/SettingFields.h"

#include <QJsonArray>

namespace {
const QString NameKey = QStringLiteral("name");
const QString OwnerKey = QStringLiteral("owner");
const QString MembersKey = QStringLiteral("members");
const QString SettingsKey = QStringLiteral("settings");
const QString UserIdKey = QStringLiteral("userid");
const QString MemberNameKey = QStringLiteral("name");
const QString MobileKey = QStringLiteral("mobile");
} // namespace

bool FormDraft::isEmpty() const
{
    return name.trimmed().isEmpty() && owner.trimmed().isEmpty() && members.isEmpty();
}

QJsonObject FormDraft::toJson() const
{
    QJsonArray entries;
    for (const Member& member : members) {
        QJsonObject entry{ { UserIdKey, member.userid } };
        if (!member.name.isEmpty())
            entry.insert(MemberNameKey, member.name);
        if (!member.mobile.isEmpty())
            entry.insert(MobileKey, member.mobile);
        entries.append(entry);
    }
    return QJsonObject{ { NameKey, name },
                        { OwnerKey, owner },
                        { MembersKey, entries },
                        { SettingsKey, SettingFields::toJson(settings) } };
}

FormDraft FormDraft::fromJson(const QJsonObject& json)
{
    FormDraft draft;
    draft.name = json.value(NameKey).toString();
    draft.owner = json.value(OwnerKey).toString();
    draft.settings = SettingFields::fromJson(json.value(SettingsKey).toObject());
    MemberList saved;
    const QJsonArray entries = json.value(MembersKey).toArray();
    saved.reserve(entries.size());
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        Member member;
        member.userid = entry.value(UserIdKey).toString();
        member.name = entry.value(MemberNameKey).toString();
        member.mobile = entry.value(MobileKey).toString();
        saved.append(member);
    }
    draft.members = listEntries(saved);
    return draft;
}

MemberList FormDraft::listEntries(const MemberList& saved)
{
    MemberList entries;
    entries.reserve(saved.size());
    for (Member member : saved) {
        if (member.userid.trimmed().isEmpty() && member.mobile.trimmed().isEmpty())
            continue;
        member.state = member.userid.trimmed().isEmpty() ? MemberState::Unresolved : MemberState::Ok;
        member.source = member.state == MemberState::Unresolved ? MemberSource::Imported : MemberSource::Typed;
        entries.append(member);
    }
    return entries;
}
