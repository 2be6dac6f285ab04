#pragma once

#include "DingTalkEmulator.h"
#include "connections/ConnectionTestResult.h"
#include "create/CreateJob.h"
#include "dingtalk/ConnectionSettings.h"
#include "dingtalk/RetryPolicy.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

class GroupApi;

/** What integration tests need again and again from the emulator: a connection to it, real employees, real jobs. */
namespace EmulatorFixture {

/** A connection to the emulator with the demo app's key and secret. */
ConnectionSettings connection(const DingTalkEmulator& emulator, ApiGeneration generation = ApiGeneration::Legacy,
                              int timeoutSeconds = 10);
/** For each test's init(): the emulator as it started, and no token or phone lookup cached in the process. */
void reset(DingTalkEmulator& emulator);

/** The first `count` active employees of the demo organisation. */
QList<EmulatedEmployee> activeEmployees(const DingTalkEmulator& emulator, int count);
/** Every active employee except the demo owner, in the organisation's order. */
QList<EmulatedEmployee> activeEmployeesExceptOwner(const DingTalkEmulator& emulator);
/** `count` userids of active employees, the demo owner first. */
QStringList memberIds(const DingTalkEmulator& emulator, int count);
/**
 * The `n`-th (from 0) person the demo organisation lists who has left the company: the sandbox knows them, and
 * DingTalk refuses a create or an add that carries them (40031), as it refuses a wrong id.
 */
QString leaverId(const DingTalkEmulator& emulator, int n = 0);
/** The `n`-th (from 0) mainland mobile number that no employee of the demo organisation has. */
QString unknownMobile(const DingTalkEmulator& emulator, int n = 0);

/** An http address on this computer where nothing listens (a port that was just closed): connections are refused. */
QUrl refusedUrl();

/** Retry delays short enough for a test (20 ms when busy, 50 ms when rate limited), doubled as in production. */
RetryPolicy::Timing fastRetries();
/**
 * Runs a real CreateJob to its end, the first id as owner; fails the running test if it has not finished after 30 s.
 * `progress`, when given, collects every progress report.
 */
CreateResult createGroup(GroupApi* api, const QString& name, const QStringList& ids, const GroupSettings& settings = {},
                         QList<CreateProgress>* progress = nullptr);
/**
 * Someone else changes a group: a legacy chat/update with the last token the emulator issued, straight to the
 * emulator. Fails the running test unless DingTalk accepted it.
 */
void changeGroupBehindOurBack(const DingTalkEmulator& emulator, const QString& chatid, const QJsonObject& changes);
/** Runs a connection test to its end; fails the running test unless it finished exactly once. */
ConnectionTestResult testConnection(const ConnectionSettings& settings);

} // namespace EmulatorFixture
