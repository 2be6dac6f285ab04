#include "GroupState.h"

#include "group/SettingFields.h"

#include <QJsonArray>

GroupState GroupState::fromChatInfo(const QJsonObject& chatInfo)
{
    GroupState state;
    state.chatid = chatInfo.value(QStringLiteral("chatid")).toString();
    state.openConversationId = chatInfo.value(QStringLiteral("openConversationId")).toString();
    state.name = chatInfo.value(QStringLiteral("name")).toString();
    state.owner = chatInfo.value(QStringLiteral("owner")).toString();
    const QJsonArray members = chatInfo.value(QStringLiteral("useridlist")).toArray();
    for (const QJsonValue& member : members)
        state.memberIds.append(member.toString());
    state.settings = SettingFields::fromJson(chatInfo);
    return state;
}
