#include "EmulatorData.h"

#include "DemoOrganisation.h"

#include <QRandomGenerator>

#include <chrono>

EmulatorData::EmulatorData()
{
    apps.insert(DemoOrganisation::appKey(), DemoOrganisation::appSecret());
    reset();
}

void EmulatorData::reset()
{
    useOrganisation(EmulatedOrganisation{ DemoOrganisation::departments(), DemoOrganisation::employees() });
    departmentsOutOfScope.clear();
    revokedPermissions.clear();
    groups.clear();
    groupIndexById.clear();
    tokens.clear();
    currentTokenByApp.clear();
    issuedTokens.clear();
    faults.clear();
    log.clear();
    callTimes.clear();
    tokenLifetimeSeconds = DefaultTokenLifetimeSeconds;
    latencyMs = 0;
    rateLimitEnabled = false;
    callsPerSecond = 20;
    connectionCount = 0;
}

void EmulatorData::useOrganisation(const EmulatedOrganisation& organisation)
{
    employees = organisation.employees;
    departments = organisation.departments;
    employeeIndexById.clear();
    employeeIndexByMobile.clear();
    departmentIndexById.clear();
    childDepartments.clear();
    memberIndexesByDepartment.clear();
    for (qsizetype i = 0; i < employees.size(); ++i) {
        employeeIndexById.insert(employees.at(i).userid, i);
        employeeIndexByMobile.insert(employees.at(i).mobile, i);
        for (const qint64 department : employees.at(i).departmentIds)
            memberIndexesByDepartment[department].append(i);
    }
    for (qsizetype i = 0; i < departments.size(); ++i) {
        departmentIndexById.insert(departments.at(i).id, i);
        if (departments.at(i).parentId != 0)
            childDepartments[departments.at(i).parentId].append(departments.at(i).id);
    }
}

const EmulatedDepartment* EmulatorData::department(qint64 id) const
{
    const auto it = departmentIndexById.constFind(id);
    return it == departmentIndexById.cend() ? nullptr : &departments.at(*it);
}

QList<const EmulatedEmployee*> EmulatorData::departmentMembers(qint64 id) const
{
    QList<const EmulatedEmployee*> members;
    for (const qsizetype index : memberIndexesByDepartment.value(id)) {
        // People who left are no longer in DingTalk's contacts at all.
        if (employees.at(index).active)
            members.append(&employees.at(index));
    }
    return members;
}

qint64 EmulatorData::nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

const EmulatedEmployee* EmulatorData::employee(const QString& userid) const
{
    const auto it = employeeIndexById.constFind(userid);
    return it == employeeIndexById.cend() ? nullptr : &employees.at(*it);
}

const EmulatedEmployee* EmulatorData::employeeByMobile(const QString& mobile) const
{
    const auto it = employeeIndexByMobile.constFind(mobile);
    return it == employeeIndexByMobile.cend() ? nullptr : &employees.at(*it);
}

bool EmulatorData::isActiveEmployee(const QString& userid) const
{
    const EmulatedEmployee* person = employee(userid);
    return person && person->active;
}

EmulatedGroup* EmulatorData::group(const QString& chatidOrOpenConversationId)
{
    const auto it = groupIndexById.constFind(chatidOrOpenConversationId);
    return it == groupIndexById.cend() ? nullptr : &groups[*it];
}

EmulatedGroup& EmulatorData::addGroup(const EmulatedGroup& group)
{
    groups.append(group);
    groupIndexById.insert(group.chatid, groups.size() - 1);
    groupIndexById.insert(group.openConversationId, groups.size() - 1);
    return groups.last();
}

QString EmulatorData::issueToken(const QString& appKey)
{
    const qint64 expiresAt = nowMs() + qint64(tokenLifetimeSeconds) * 1000;
    const QString current = currentTokenByApp.value(appKey);
    if (!current.isEmpty() && tokens.value(current).expiresAtMs > nowMs()) {
        tokens[current].expiresAtMs = expiresAt;
        return current;
    }
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
    tokens.insert(token, Token{ appKey, expiresAt });
    currentTokenByApp.insert(appKey, token);
    issuedTokens.append(token);
    return token;
}

EmulatorData::TokenCheck EmulatorData::checkToken(const QString& token, QString* appKey) const
{
    if (token.isEmpty())
        return TokenCheck::Missing;
    const auto it = tokens.constFind(token);
    if (it == tokens.cend())
        return TokenCheck::Unknown;
    if (appKey)
        *appKey = it->appKey;
    return it->expiresAtMs > nowMs() ? TokenCheck::Valid : TokenCheck::Expired;
}

void EmulatorData::expireAllTokens()
{
    const qint64 past = nowMs() - 1;
    for (Token& token : tokens)
        token.expiresAtMs = past;
    currentTokenByApp.clear();
}

bool EmulatorData::admitCall(const QString& appKey, const QString& path)
{
    if (!rateLimitEnabled)
        return true;
    // A sliding window of the admitted calls: "over N calls in any 1-second window" is refused.
    QList<qint64>& times = callTimes[appKey + QLatin1Char('\n') + path];
    const qint64 now = nowMs();
    while (!times.isEmpty() && times.first() <= now - 1000)
        times.removeFirst();
    if (times.size() >= callsPerSecond)
        return false;
    times.append(now);
    return true;
}

std::optional<EmulatorFault> EmulatorData::takeFault(const QString& path)
{
    auto it = faults.find(path);
    if (it == faults.end() || it->isEmpty())
        return std::nullopt;
    PendingFault& pending = it->first();
    const EmulatorFault fault = pending.fault;
    if (pending.remaining > 0 && --pending.remaining == 0)
        it->removeFirst();
    if (it->isEmpty())
        faults.erase(it);
    return fault;
}
