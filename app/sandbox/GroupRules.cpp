#include "GroupRules.h"

#include <QJsonArray>
#include <QRandomGenerator>

GroupRules::NameCheck GroupRules::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return NameCheck::Empty;
    if (name.toUcs4().size() > MaxNameLength)
        return NameCheck::TooLong;
    return NameCheck::Ok;
}

const QStringList& GroupRules::settingNames()
{
    static const QStringList names{ QStringLiteral("showHistoryType"), QStringLiteral("searchable"),
                                    QStringLiteral("validationType"),  QStringLiteral("mentionAllAuthority"),
                                    QStringLiteral("managementType"),  QStringLiteral("chatBannedType") };
    return names;
}

namespace {

int* settingField(EmulatedGroup* group, int index)
{
    int* const fields[] = { &group->showHistoryType,     &group->searchable,     &group->validationType,
                            &group->mentionAllAuthority, &group->managementType, &group->chatBannedType };
    return fields[index];
}

} // namespace

bool GroupRules::readSettings(const QJsonObject& source, EmulatedGroup* group, QString* badField)
{
    EmulatedGroup changed = *group;
    const QStringList& names = settingNames();
    for (int i = 0; i < names.size(); ++i) {
        if (!source.contains(names.at(i)))
            continue;
        const QJsonValue value = source.value(names.at(i));
        // Some clients send numbers as strings; DingTalk's Java side is lenient about that too.
        bool ok = value.isDouble();
        int number = value.toInt(-1);
        if (value.isString())
            number = value.toString().toInt(&ok);
        if (!ok || (number != 0 && number != 1) || (value.isDouble() && value.toDouble() != number)) {
            if (badField)
                *badField = names.at(i);
            return false;
        }
        *settingField(&changed, i) = number;
    }
    *group = changed;
    return true;
}

void GroupRules::writeSettings(const EmulatedGroup& group, QJsonObject* target)
{
    EmulatedGroup copy = group;
    const QStringList& names = settingNames();
    for (int i = 0; i < names.size(); ++i)
        target->insert(names.at(i), *settingField(&copy, i));
}

bool GroupRules::readIds(const QJsonValue& value, QStringList* ids)
{
    ids->clear();
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return false;
        ids->append(item.toString().trimmed());
    }
    return true;
}

QString GroupRules::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& byte : raw)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString GroupRules::newChatId()
{
    return QStringLiteral("chat") + randomHex(16);
}

QString GroupRules::newOpenConversationId()
{
    QByteArray raw(16, Qt::Uninitialized);
    for (char& byte : raw)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QStringLiteral("cid") + QString::fromLatin1(raw.toBase64());
}

QString GroupRules::newRequestId()
{
    return randomHex(7);
}
