#pragma once

#include "DingTalkEmulator.h"
#include "dingtalk/ConnectionSettings.h"

#include <QStringList>

/** What integration tests need again and again from the emulator: a connection to it and real employees. */
namespace EmulatorFixture {

/** A connection to the emulator with the demo app's key and secret. */
ConnectionSettings connection(const DingTalkEmulator& emulator, ApiGeneration generation = ApiGeneration::Legacy,
                              int timeoutSeconds = 10);
/** The first `count` active employees of the demo organisation. */
QList<EmulatedEmployee> activeEmployees(const DingTalkEmulator& emulator, int count);
/** `count` userids of active employees, the demo owner first. */
QStringList memberIds(const DingTalkEmulator& emulator, int count);

} // namespace EmulatorFixture
