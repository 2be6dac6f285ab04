#include "HistoryEntry.h"

#include "dingtalk/SecretMasker.h"
#include "group/GroupSpec.h"
#include "group/SettingFields.h"

#include <QJsonArray>
#include <QUuid>

QString HistoryEntry::errorCode(const ApiError& error)
{
    // The errcode of a transport failure is empty: keep its stable name, so the history still says what happened.
    if (error.isTransport())
        return ApiError::failureName(error.failure);
    return error.errcode;
}

QString HistoryEntry::errorMessage(const ApiError& error)
{
    return error.isTransport() ? error.detail : error.errmsg;
}

QJsonArray HistoryEntry::failedMembersToJson(const QList<FailedMember>& members)
{
    QJsonArray failed;
    for (const FailedMember& member : members) {
        failed.append(QJsonObject{ { QStringLiteral("userid"), member.userid },
                                   { QStringLiteral("mobile"), member.mobile },
                                   { QStringLiteral("errcode"), member.errcode },
                                   { QStringLiteral("errmsg"), member.errmsg } });
    }
    return failed;
}

QList<FailedMember> HistoryEntry::failedMembersFromJson(const QJsonArray& array)
{
    QList<FailedMember> members;
    for (const QJsonValue& value : array) {
        const QJsonObject member = value.toObject();
        members.append(FailedMember{
            member.value(QStringLiteral("userid")).toString(), member.value(QStringLiteral("mobile")).toString(),
            member.value(QStringLiteral("errcode")).toString(), member.value(QStringLiteral("errmsg")).toString() });
    }
    return members;
}

HistoryEntry HistoryEntry::fromResult(const GroupValidation& validation, const GroupSettings& settings,
                                      const CreateResult& result, const QString& profile, ApiGeneration generation,
                                      const QStringList& secrets)
{
    HistoryEntry entry;
    entry.id = createId();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = profile;
    entry.generation = generation;
    entry.name = validation.name;
    entry.owner = validation.owner;
    entry.memberCount = int(validation.memberIds.size());
    entry.memberIds = validation.memberIds;
    entry.membersInGroup = result.memberCount;
    entry.settings = settings;
    entry.openConversationId = result.openConversationId;
    entry.chatid = result.chatid;
    entry.outcome = CreateResult::outcomeName(result.outcome);
    entry.errcode = errorCode(result.error);
    entry.errmsg = errorMessage(result.error);
    entry.failedMembers = result.failedMembers;
    return entry.masked(secrets);
}

QString HistoryEntry::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HistoryEntry HistoryEntry::masked(const QStringList& secrets) const
{
    const auto mask = [&secrets](const QString& text) {
        return SecretMasker::maskText(text, secrets);
    };
    HistoryEntry copy = *this;
    for (QString* text : { &copy.profile, &copy.name, &copy.owner, &copy.openConversationId, &copy.chatid,
                           &copy.errcode, &copy.errmsg })
        *text = mask(*text);
    for (QString& userid : copy.memberIds)
        userid = mask(userid);
    for (FailedMember& member : copy.failedMembers) {
        for (QString* text : { &member.userid, &member.mobile, &member.errcode, &member.errmsg })
            *text = mask(*text);
    }
    return copy;
}

QString HistoryEntry::generationName(ApiGeneration generation)
{
    return generation == ApiGeneration::V1 ? QStringLiteral("v1.0") : QStringLiteral("oapi");
}

ApiGeneration HistoryEntry::generationFromName(const QString& name)
{
    return name == QLatin1String("v1.0") ? ApiGeneration::V1 : ApiGeneration::Legacy;
}

QString HistoryEntry::timeText() const
{
    return time.toUTC().toString(Qt::ISODate);
}

QString HistoryEntry::localTimeText() const
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString HistoryEntry::outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("created"))
        return tr("Created");
    if (outcome == QLatin1String("created-partially"))
        return tr("Created, members missing");
    if (outcome == QLatin1String("rejected"))
        return tr("Refused by DingTalk");
    if (outcome == QLatin1String("not-created"))
        return tr("Not created");
    if (outcome == QLatin1String("unknown"))
        return tr("May exist");
    return outcome;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object{
        { QStringLiteral("id"), id },
        { QStringLiteral("time"), timeText() },
        { QStringLiteral("profile"), profile },
        { QStringLiteral("apiGeneration"), generationName(generation) },
        { QStringLiteral("name"), name },
        { QStringLiteral("owner"), owner },
        { QStringLiteral("memberCount"), memberCount },
        { QStringLiteral("memberIds"), QJsonArray::fromStringList(memberIds) },
        { QStringLiteral("membersInGroup"), membersInGroup },
        { QStringLiteral("settings"), SettingFields::toJson(settings) },
        { QStringLiteral("openConversationId"), openConversationId },
        { QStringLiteral("chatid"), chatid },
        { QStringLiteral("outcome"), outcome },
        { QStringLiteral("errcode"), errcode },
        { QStringLiteral("errmsg"), errmsg },
        { QStringLiteral("failedMembers"), failedMembersToJson(failedMembers) },
    };
    // Only when known, so that an older entry reads back exactly as it was.
    if (!connection.isEmpty())
        object.insert(QStringLiteral("connection"), connection);
    return object;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject& object)
{
    const auto text = [&object](const char* key) {
        return object.value(QLatin1String(key)).toString();
    };
    HistoryEntry entry;
    entry.id = text("id");
    entry.time = QDateTime::fromString(text("time"), Qt::ISODate).toUTC();
    entry.profile = text("profile");
    entry.generation = generationFromName(text("apiGeneration"));
    entry.name = text("name");
    entry.owner = text("owner");
    entry.memberCount = object.value(QStringLiteral("memberCount")).toInt();
    entry.membersInGroup = object.value(QStringLiteral("membersInGroup")).toInt();
    for (const QJsonValue& userid : object.value(QStringLiteral("memberIds")).toArray())
        entry.memberIds.append(userid.toString());
    entry.settings = SettingFields::fromJson(object.value(QStringLiteral("settings")).toObject());
    entry.openConversationId = text("openConversationId");
    entry.chatid = text("chatid");
    entry.outcome = text("outcome");
    entry.errcode = text("errcode");
    entry.errmsg = text("errmsg");
    entry.failedMembers = failedMembersFromJson(object.value(QStringLiteral("failedMembers")).toArray());
    entry.connection = text("connection");
    return entry;
}

bool HistoryEntry::operator==(const HistoryEntry& other) const
{
    // Compared through the file form, so equal means "reads back the same".
    return toJson() == other.toJson();
}
