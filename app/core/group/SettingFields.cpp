#include "SettingFields.h"

const QList<SettingFields::Field>& SettingFields::all()
{
    static const QList<Field> fields{
        { QStringLiteral("showHistoryType"), &GroupSettings::showHistory,
          QT_TRANSLATE_NOOP("SettingFields", "New members see history") },
        { QStringLiteral("searchable"), &GroupSettings::searchable, QT_TRANSLATE_NOOP("SettingFields", "Searchable") },
        { QStringLiteral("validationType"), &GroupSettings::validation,
          QT_TRANSLATE_NOOP("SettingFields", "Joining needs approval") },
        { QStringLiteral("mentionAllAuthority"), &GroupSettings::mentionAllOwnerOnly,
          QT_TRANSLATE_NOOP("SettingFields", "Only the owner may @all") },
        { QStringLiteral("managementType"), &GroupSettings::managementOwnerOnly,
          QT_TRANSLATE_NOOP("SettingFields", "Only the owner manages") },
        { QStringLiteral("chatBannedType"), &GroupSettings::chatBanned,
          QT_TRANSLATE_NOOP("SettingFields", "All members muted") },
    };
    return fields;
}

QString SettingFields::label(const Field& field)
{
    return tr(field.label);
}

QJsonObject SettingFields::toJson(const GroupSettings& settings)
{
    QJsonObject object;
    for (const Field& field : all())
        object.insert(field.key, settings.*field.member ? 1 : 0);
    return object;
}

GroupSettings SettingFields::fromJson(const QJsonObject& object)
{
    GroupSettings settings;
    for (const Field& field : all())
        settings.*field.member = isOn(object.value(field.key));
    return settings;
}

bool SettingFields::isOn(const QJsonValue& value)
{
    // DingTalk sends numbers, sometimes as strings; older files may hold booleans.
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().trimmed() == QLatin1String("1");
    return value.toInt() == 1;
}
