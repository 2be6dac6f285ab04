#pragma once

// Shared by the suites that talk to the emulator: a connection to it and a group created through the real job.
#include "DingTalkEmulator.h"
#include "create/CreateJob.h"
#include "dingtalk/ConnectionSettings.h"

#include <QSignalSpy>
#include <QTest>

namespace EmulatorFixture {

inline ConnectionSettings connection(const DingTalkEmulator& emulator, ApiGeneration generation = ApiGeneration::Legacy)
{
    ConnectionSettings settings;
    settings.generation = generation;
    settings.setServer(emulator.baseUrl());
    settings.appKey = DingTalkEmulator::demoAppKey();
    settings.appSecret = DingTalkEmulator::demoAppSecret();
    settings.timeoutSeconds = 10;
    return settings;
}

/** Active employees of the demo organisation, owner first. */
inline QStringList memberIds(const DingTalkEmulator& emulator, int count)
{
    QStringList ids{ emulator.demoOwnerId() };
    const QList<EmulatedEmployee> employees = emulator.employees();
    for (const EmulatedEmployee& employee : employees) {
        if (ids.size() >= count)
            break;
        if (employee.active && employee.userid != ids.first())
            ids.append(employee.userid);
    }
    return ids;
}

/** Runs a real CreateJob to its end. */
inline CreateResult createGroup(GroupApi* api, const QString& name, const QStringList& ids,
                                const GroupSettings& settings = {})
{
    CreateJob job(api, name, ids.first(), ids, settings);
    QSignalSpy finished(&job, &CreateJob::finished);
    job.start();
    if (!finished.wait(30000))
        qWarning("the create job did not finish");
    return job.result();
}

} // namespace EmulatorFixture
