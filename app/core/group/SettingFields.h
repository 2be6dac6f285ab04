#pragma once

#include "GroupSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The six group settings under their DingTalk field names (`showHistoryType`, ...). History, exports, presets and
 * the verifier share this one table, so a setting is never spelt or labelled two ways.
 */
class SettingFields
{
    Q_DECLARE_TR_FUNCTIONS(SettingFields)

public:
    struct Field
    {
        QString key; // DingTalk's name, as in chat/create and chat/get
        bool GroupSettings::*member;
        const char* label; // untranslated; see label()
    };

    static const QList<Field>& all();
    /** The setting's name for people, in the current language. */
    static QString label(const Field& field);
    /** `{"showHistoryType": 0/1, ...}`, as DingTalk writes them. */
    static QJsonObject toJson(const GroupSettings& settings);
    /** Reads 0/1, "0"/"1" or true/false; a missing key means off, as in the API. */
    static GroupSettings fromJson(const QJsonObject& object);
    /** Reads one value the way fromJson() does. */
    static bool isOn(const QJsonValue& value);
};
