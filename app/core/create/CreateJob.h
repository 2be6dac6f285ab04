#pragma once

#include "CreateResult.h"
#include "group/GroupSettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class AddMembersJob;
class ApiCall;
class GroupApi;

/** Where a running create job is, for progress bars. */
struct CreateProgress
{
    enum class Stage
    {
        Creating,
        AddingMembers,
        Done
    };
    Stage stage = Stage::Creating;
    int membersDone = 0; // members in the group so far
    int membersTotal = 0; // members asked for, owner included
    int callsDone = 0;
    int callsTotal = 0;
};

/**
 * Creates one group: the create call with the owner and up to 39 more members, then the remaining members in chunks
 * of 40 through an AddMembersJob. A create whose outcome is unknown is never sent again; a create DingTalk refused is
 * not split (nothing exists, and the refusal is reported as it is).
 */
class CreateJob : public QObject
{
    Q_OBJECT

public:
    /** `memberIds` as GroupSpec::validate() returns them: trimmed, unique, owner first. */
    CreateJob(GroupApi* api, const QString& name, const QString& owner, const QStringList& memberIds,
              const GroupSettings& settings, QObject* parent = nullptr);

    void start();
    /** Stops at once. Before the create left nothing exists; after it, the result says what does. */
    void cancel();
    bool isRunning() const { return m_running; }
    const CreateResult& result() const { return m_result; }

    /** How the ids are split over calls: first the create (owner first), then adds of 40. */
    static QList<QStringList> planCalls(const QStringList& memberIds);

signals:
    void progress(const CreateProgress& progress);
    void finished(const CreateResult& result);

private:
    void onCreateFinished();
    void onAddsFinished();
    void finish();
    void reportProgress(CreateProgress::Stage stage);

    GroupApi* m_api;
    QString m_name;
    QString m_owner;
    GroupSettings m_settings;
    QList<QStringList> m_calls;
    QPointer<ApiCall> m_call;
    QPointer<AddMembersJob> m_adds;
    CreateResult m_result;
    bool m_running = false;
    bool m_cancelled = false;
    int m_totalMembers = 0;
};

Q_DECLARE_METATYPE(CreateProgress)
