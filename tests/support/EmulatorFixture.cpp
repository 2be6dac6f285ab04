#include "EmulatorFixture.h"

namespace EmulatorFixture {

ConnectionSettings connection(const DingTalkEmulator& emulator, ApiGeneration generation, int timeoutSeconds)
{
    ConnectionSettings settings;
    settings.generation = generation;
    settings.setServer(emulator.baseUrl());
    settings.appKey = DingTalkEmulator::demoAppKey();
    settings.appSecret = DingTalkEmulator::demoAppSecret();
    settings.timeoutSeconds = timeoutSeconds;
    return settings;
}

QList<EmulatedEmployee> activeEmployees(const DingTalkEmulator& emulator, int count)
{
    QList<EmulatedEmployee> result;
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (result.size() >= count)
            break;
        if (employee.active)
            result.append(employee);
    }
    return result;
}

QStringList memberIds(const DingTalkEmulator& emulator, int count)
{
    QStringList ids{ emulator.demoOwnerId() };
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (ids.size() >= count)
            break;
        if (employee.active && employee.userid != ids.first())
            ids.append(employee.userid);
    }
    return ids;
}

} // namespace EmulatorFixture
