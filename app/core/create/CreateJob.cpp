#include "CreateJob.h"

#include "AddMembersJob.h"
#include "dingtalk/ApiCall.h"
#include "dingtalk/GroupApi.h"
#include "group/GroupLimits.h"

#include <QCoreApplication>

CreateJob::CreateJob(GroupApi* api, const QString& name, const QString& owner, const QStringList& memberIds,
                     const GroupSettings& settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_name(name)
    , m_owner(owner)
    , m_settings(settings)
    , m_calls(planCalls(memberIds))
    , m_totalMembers(int(memberIds.size()))
{
    qRegisterMetaType<CreateProgress>();
    qRegisterMetaType<CreateResult>();
}

QList<QStringList> CreateJob::planCalls(const QStringList& memberIds)
{
    QList<QStringList> calls;
    for (qsizetype start = 0; start < memberIds.size(); start += GroupLimits::MaxMembersPerCall)
        calls.append(memberIds.mid(start, GroupLimits::MaxMembersPerCall));
    return calls;
}

void CreateJob::start()
{
    if (m_running || m_calls.isEmpty())
        return;
    m_running = true;
    reportProgress(CreateProgress::Stage::Creating);
    m_call = m_api->createGroup(m_name, m_owner, m_calls.first(), m_settings);
    connect(m_call, &ApiCall::finished, this, &CreateJob::onCreateFinished);
}

void CreateJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Whatever is in flight finishes with the right outcome and ends the job.
    if (m_call)
        m_call->abort();
    if (m_adds)
        m_adds->cancel();
}

void CreateJob::onCreateFinished()
{
    ApiCall* call = m_call;
    call->deleteLater();
    m_call.clear();
    const ApiResult& reply = call->result();
    if (!reply.ok()) {
        m_result.error = reply.error;
        // RetryPolicy marked the answers that do not prove nothing was done (-1, system.error, a timeout...).
        if (reply.error.outcomeUnknown && call->wasSent())
            m_result.outcome = CreateResult::Outcome::Unknown;
        else if (reply.error.isApi())
            m_result.outcome = CreateResult::Outcome::Rejected;
        else
            m_result.outcome = CreateResult::Outcome::NotCreated;
        finish();
        return;
    }
    m_result.openConversationId = reply.body.value(QStringLiteral("openConversationId")).toString();
    m_result.chatid = reply.body.value(QStringLiteral("chatid")).toString();
    if (m_result.openConversationId.isEmpty() || m_result.chatid.isEmpty()) {
        // "ok" without the ids: the group probably exists but cannot be named, so nothing more can be sent to it.
        m_result.error = ApiError::transport(TransportFailure::IncompleteAnswer,
                                             reply.body.keys().join(QStringLiteral(", ")), true);
        m_result.outcome = CreateResult::Outcome::Unknown;
        finish();
        return;
    }
    m_result.conversationTag = reply.body.value(QStringLiteral("conversationTag")).toInt();
    m_result.memberCount = int(m_calls.first().size());
    m_result.outcome = CreateResult::Outcome::Created;

    QStringList rest;
    for (qsizetype i = 1; i < m_calls.size(); ++i)
        rest.append(m_calls.at(i));
    m_adds = new AddMembersJob(m_api, m_result.chatid, rest, this);
    connect(m_adds, &AddMembersJob::progress, this, [this] { reportProgress(CreateProgress::Stage::AddingMembers); });
    connect(m_adds, &AddMembersJob::finished, this, &CreateJob::onAddsFinished);
    reportProgress(CreateProgress::Stage::AddingMembers);
    m_adds->start();
    if (m_cancelled)
        m_adds->cancel();
}

void CreateJob::onAddsFinished()
{
    m_result.memberCount = int(m_calls.first().size()) + m_adds->addedCount();
    m_result.failedMembers = m_adds->failedMembers();
    if (!m_result.failedMembers.isEmpty()) {
        m_result.outcome = CreateResult::Outcome::CreatedPartially;
        m_result.error = m_adds->lastError();
    }
    m_adds->deleteLater();
    finish();
}

void CreateJob::reportProgress(CreateProgress::Stage stage)
{
    CreateProgress progress;
    progress.stage = stage;
    progress.membersTotal = m_totalMembers;
    progress.callsTotal = int(m_calls.size());
    if (stage == CreateProgress::Stage::Creating) {
        progress.membersDone = 0;
        progress.callsDone = 0;
    } else {
        const int added = m_adds ? m_adds->addedCount() : 0;
        progress.membersDone = m_result.memberCount + added;
        progress.callsDone = 1 + (m_adds ? m_adds->callsSent() : 0);
        if (stage == CreateProgress::Stage::Done)
            progress.membersDone = m_result.memberCount;
    }
    emit this->progress(progress);
}

void CreateJob::finish()
{
    m_running = false;
    if (m_result.groupExists())
        reportProgress(CreateProgress::Stage::Done);
    emit finished(m_result);
}
