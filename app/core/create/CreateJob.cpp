#include "CreateJob.h"

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
    if (m_call)
        m_call->abort(); // its finished() arrives and ends the job with the right outcome
}

void CreateJob::onCreateFinished()
{
    ApiCall* call = m_call;
    call->deleteLater();
    m_call.clear();
    const ApiResult& reply = call->result();
    if (!reply.ok()) {
        m_result.error = reply.error;
        if (reply.error.isApi())
            m_result.outcome = CreateResult::Outcome::Rejected;
        else if (reply.error.outcomeUnknown && call->wasSent())
            m_result.outcome = CreateResult::Outcome::Unknown;
        else
            m_result.outcome = CreateResult::Outcome::NotCreated;
        finish();
        return;
    }
    m_result.openConversationId = reply.body.value(QStringLiteral("openConversationId")).toString();
    m_result.chatid = reply.body.value(QStringLiteral("chatid")).toString();
    m_result.conversationTag = reply.body.value(QStringLiteral("conversationTag")).toInt();
    m_result.memberCount = int(m_calls.first().size());
    m_result.outcome = CreateResult::Outcome::Created;
    m_nextCall = 1;
    addNextChunk();
}

void CreateJob::addNextChunk()
{
    if (m_cancelled) {
        // The group exists; everyone not yet added is listed as missing, so the result says exactly who is in it.
        const ApiError cancelled = ApiError::transport(TransportFailure::Cancelled);
        for (; m_nextCall < m_calls.size(); ++m_nextCall)
            markChunkFailed(m_calls.at(m_nextCall), cancelled);
        finish();
        return;
    }
    if (m_nextCall >= m_calls.size()) {
        finish();
        return;
    }
    reportProgress(CreateProgress::Stage::AddingMembers);
    m_call = m_api->addMembers(m_result.chatid, m_calls.at(m_nextCall));
    connect(m_call, &ApiCall::finished, this, &CreateJob::onAddFinished);
}

void CreateJob::onAddFinished()
{
    ApiCall* call = m_call;
    call->deleteLater();
    m_call.clear();
    const QStringList& ids = m_calls.at(m_nextCall);
    if (call->result().ok())
        m_result.memberCount += int(ids.size());
    else
        markChunkFailed(ids, call->result().error);
    ++m_nextCall;
    addNextChunk();
}

void CreateJob::markChunkFailed(const QStringList& ids, const ApiError& error)
{
    m_result.error = error;
    m_result.outcome = CreateResult::Outcome::CreatedPartially;
    const QString code = error.isApi() ? error.errcode : ApiError::failureName(error.failure);
    const QString message = error.isApi() ? error.errmsg : error.summary();
    for (const QString& id : ids)
        m_result.failedMembers.append(FailedMember{ id, QString(), code, message });
}

void CreateJob::reportProgress(CreateProgress::Stage stage)
{
    CreateProgress progress;
    progress.stage = stage;
    progress.membersDone = m_result.memberCount;
    progress.membersTotal = m_totalMembers;
    progress.callsDone = stage == CreateProgress::Stage::Creating ? 0 : m_nextCall;
    progress.callsTotal = int(m_calls.size());
    emit this->progress(progress);
}

void CreateJob::finish()
{
    m_running = false;
    if (m_result.groupExists())
        reportProgress(CreateProgress::Stage::Done);
    emit finished(m_result);
}
