#pragma once

#include "DemoOrganisation.h"
#include "EmulatorTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

/**
 * Everything the emulator knows: apps, organisation, groups, tokens, fault plan, request log, limits.
 * A plain value without locking: reach it only through EmulatorState::locked().
 */
struct EmulatorData
{
    struct Token
    {
        QString appKey;
        qint64 expiresAtMs = 0;
    };
    struct PendingFault
    {
        EmulatorFault fault;
        int remaining = 1; // -1: until cleared
    };
    enum class TokenCheck
    {
        Valid,
        Missing,
        Unknown,
        Expired
    };

    static constexpr int DefaultTokenLifetimeSeconds = 7200;
    static constexpr int MaxGroupMembers = 1000;

    EmulatorData();

    /** Back to a fresh organisation, no groups, tokens, faults, log or limits; registered apps stay. */
    void reset();
    /** Serves `organisation` instead of the demo one (until reset()), with its indexes rebuilt. */
    void useOrganisation(const EmulatedOrganisation& organisation);

    /** Monotonic milliseconds, for token expiry and the rate limiter. */
    static qint64 nowMs();

    const EmulatedEmployee* employee(const QString& userid) const;
    const EmulatedEmployee* employeeByMobile(const QString& mobile) const;
    bool isActiveEmployee(const QString& userid) const;

    const EmulatedDepartment* department(qint64 id) const;
    /** The department's direct members who have not left, in the organisation's order. */
    QList<const EmulatedEmployee*> departmentMembers(qint64 id) const;

    EmulatedGroup* group(const QString& chatidOrOpenConversationId);
    EmulatedGroup& addGroup(const EmulatedGroup& group);

    /** The app's live token with its life extended (as DingTalk does), or a new one. */
    QString issueToken(const QString& appKey);
    TokenCheck checkToken(const QString& token, QString* appKey) const;
    void expireAllTokens();

    /** Counts one call of appKey on path; false when it is over the per-second limit (DingTalk's 90018). */
    bool admitCall(const QString& appKey, const QString& path);

    /** The fault planned for the next request on path, consuming one use of it. */
    std::optional<EmulatorFault> takeFault(const QString& path);

    QHash<QString, QString> apps; // appKey -> appSecret
    QList<EmulatedEmployee> employees;
    QHash<QString, qsizetype> employeeIndexById;
    QHash<QString, qsizetype> employeeIndexByMobile;
    QList<EmulatedDepartment> departments; // root (1) first
    QHash<qint64, qsizetype> departmentIndexById;
    QHash<qint64, QList<qint64>> childDepartments; // parent id -> children, in the organisation's order
    QHash<qint64, QList<qsizetype>> memberIndexesByDepartment; // department id -> its direct members
    QSet<qint64> departmentsOutOfScope; // answered 50004: outside the app's contacts scope
    QSet<QString> revokedPermissions; // e.g. "qyapi_get_department_list": calls needing it answer 60011
    QList<EmulatedGroup> groups; // in creation order
    QHash<QString, qsizetype> groupIndexById; // chatid and openConversationId both map here
    QHash<QString, Token> tokens;
    QHash<QString, QString> currentTokenByApp;
    QStringList issuedTokens;
    QHash<QString, QList<PendingFault>> faults;
    QList<RecordedRequest> log;
    QHash<QString, QList<qint64>> callTimes; // appKey + '\n' + path -> admitted calls in the last second
    int tokenLifetimeSeconds = DefaultTokenLifetimeSeconds;
    int latencyMs = 0;
    bool rateLimitEnabled = false;
    int callsPerSecond = 20;
    int connectionCount = 0;
};
