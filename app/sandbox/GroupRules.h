#pragma once

#include "EmulatorTypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/**
 * The group rules DingTalk applies the same way in every API generation (name length, per-call and per-group
 * member limits, the six 0/1 settings) and the ids it hands out. Shared by the API handlers.
 */
class GroupRules
{
public:
    static constexpr int MaxNameLength = 20; // Unicode code points; a CJK character counts as one
    static constexpr int MaxIdsPerCall = 40;
    static constexpr int MaxMembers = 1000;

    enum class NameCheck
    {
        Ok,
        Empty,
        TooLong
    };
    static NameCheck checkName(const QString& name);

    /** The JSON names of the six 0/1 settings, in DingTalk's order. */
    static const QStringList& settingNames();

    /**
     * Copies the settings present in source into group (absent ones stay as they are). False, with *badField
     * set, when one is not 0 or 1; group is then unchanged.
     */
    static bool readSettings(const QJsonObject& source, EmulatedGroup* group, QString* badField);
    static void writeSettings(const EmulatedGroup& group, QJsonObject* target);

    /** A JSON array of userid strings, trimmed, in order (duplicates kept: limits count them); false when not one. */
    static bool readIds(const QJsonValue& value, QStringList* ids);

    static QString newChatId(); // "chat" + 32 hex
    static QString newOpenConversationId(); // "cid" + base64 of 16 random bytes, ending "=="
    static QString newRequestId();
    static QString randomHex(int bytes);
};
