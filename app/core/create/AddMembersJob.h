#pragma once

#include "CreateResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class GroupApi;

/**
 * Adds members to an existing group in calls of at most 40, one after another. DingTalk rejects a whole call when
 * one id in it is unknown (40031/33012); such a call is split in halves until the bad ids are found, so every valid
 * member is added and exactly the bad ones are reported. Used after a create, and for "retry adding the missing
 * members".
 */
class AddMembersJob : public QObject
{
    Q_OBJECT

public:
    AddMembersJob(GroupApi* api, const QString& chatid, const QStringList& userIds, QObject* parent = nullptr);

    void start();
    /** Stops after the call in flight; every member not yet added is reported as missing. */
    void cancel();
    bool isRunning() const { return m_running; }

    int addedCount() const { return m_added; }
    const QList<FailedMember>& failedMembers() const { return m_failed; }
    /** The last error met, for the explanation shown with the failed members. */
    const ApiError& lastError() const { return m_lastError; }
    /** How many add calls were sent so far (split calls included). */
    int callsSent() const { return m_callsSent; }

signals:
    void progress(int membersDone, int membersTotal);
    void finished();

private:
    void next();
    void onCallFinished();
    void fail(const QStringList& ids, const ApiError& error);

    GroupApi* m_api;
    QString m_chatid;
    int m_total;
    QList<QStringList> m_pending; // chunks still to send; split halves go to the front
    QStringList m_inFlight;
    QPointer<ApiCall> m_call;
    QList<FailedMember> m_failed;
    ApiError m_lastError;
    int m_added = 0;
    int m_callsSent = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
