#pragma once

#include "group/GroupSettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/** A group as asked for, or as DingTalk's chat/get reports it: the fields the verifier compares. */
struct GroupState
{
    QString chatid;
    QString openConversationId;
    QString name;
    QString owner;
    QStringList memberIds;
    GroupSettings settings;

    /** Reads `chat_info` of GET /chat/get. */
    static GroupState fromChatInfo(const QJsonObject& chatInfo);
};
