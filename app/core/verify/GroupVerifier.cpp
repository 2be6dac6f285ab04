#include "GroupVerifier.h"

#include "dingtalk/ApiCall.h"
#include "dingtalk/GroupApi.h"
#include "group/SettingFields.h"

namespace {
QStringList without(const QStringList& ids, const QStringList& removed)
{
    QStringList rest;
    for (const QString& id : ids) {
        if (!removed.contains(id))
            rest.append(id);
    }
    return rest;
}

QString onOff(bool on)
{
    return on ? GroupVerifier::tr("on") : GroupVerifier::tr("off");
}
} // namespace

GroupVerifier::GroupVerifier(GroupApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

GroupVerifier::~GroupVerifier()
{
    stop();
}

void GroupVerifier::stop()
{
    if (!m_call)
        return;
    // Quietly: an aborted call still emits finished(), which must not reach a verifier that moved on or is gone.
    m_call->disconnect(this);
    m_call->abort();
    m_call->deleteLater();
    m_call = nullptr;
}

void GroupVerifier::verify(const QString& chatid, const GroupState& asked)
{
    stop();
    m_asked = asked;
    m_actual = GroupState();
    m_differences.clear();
    m_error = ApiError();
    m_call = m_api->getGroup(chatid);
    connect(m_call, &ApiCall::finished, this, &GroupVerifier::onReadFinished);
}

void GroupVerifier::onReadFinished()
{
    ApiCall* call = m_call;
    m_call = nullptr;
    call->deleteLater();
    const ApiResult& result = call->result();
    if (!result.ok()) {
        m_error = result.error;
    } else {
        m_actual = GroupState::fromChatInfo(result.body.value(QStringLiteral("chat_info")).toObject());
        m_differences = compare(m_asked, m_actual);
    }
    emit finished();
}

GroupDifferences GroupVerifier::compare(const GroupState& asked, const GroupState& actual)
{
    GroupDifferences differences;
    if (asked.name != actual.name) {
        differences.append({ QStringLiteral("name"), asked.name, actual.name,
                             tr("The group is named “%1”, not “%2” as asked.").arg(actual.name, asked.name) });
    }
    if (asked.owner != actual.owner) {
        differences.append({ QStringLiteral("owner"), asked.owner, actual.owner,
                             tr("The owner is %1, not %2 as asked.").arg(actual.owner, asked.owner) });
    }
    const int askedCount = int(asked.memberIds.size());
    const int actualCount = int(actual.memberIds.size());
    if (askedCount != actualCount) {
        differences.append({ QStringLiteral("memberCount"), QString::number(askedCount), QString::number(actualCount),
                             tr("The group has %1 members; %2 were asked for.").arg(actualCount).arg(askedCount) });
    }
    const QStringList missing = without(asked.memberIds, actual.memberIds);
    if (!missing.isEmpty()) {
        const QString ids = missing.join(QStringLiteral(", "));
        differences.append({ QStringLiteral("missingMembers"), ids, QString(),
                             tr("Asked for but not in the group (%1): %2").arg(missing.size()).arg(ids) });
    }
    const QStringList unexpected = without(actual.memberIds, asked.memberIds);
    if (!unexpected.isEmpty()) {
        const QString ids = unexpected.join(QStringLiteral(", "));
        differences.append({ QStringLiteral("unexpectedMembers"), QString(), ids,
                             tr("In the group but not asked for (%1): %2").arg(unexpected.size()).arg(ids) });
    }
    for (const SettingFields::Field& field : SettingFields::all()) {
        const bool wanted = asked.settings.*field.member;
        const bool has = actual.settings.*field.member;
        if (wanted == has)
            continue;
        differences.append({ field.key, QString::number(wanted ? 1 : 0), QString::number(has ? 1 : 0),
                             tr("“%1” is %2 in DingTalk, but %3 was asked.")
                                 .arg(SettingFields::label(field), onOff(has), onOff(wanted)) });
    }
    return differences;
}
