#include "AddMembersJob.h"

#include "dingtalk/ApiCall.h"
#include "dingtalk/GroupApi.h"
#include "group/GroupLimits.h"

AddMembersJob::AddMembersJob(GroupApi* api, const QString& chatid, const QStringList& userIds, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_chatid(chatid)
    , m_total(int(userIds.size()))
{
    for (qsizetype start = 0; start < userIds.size(); start += GroupLimits::MaxMembersPerCall)
        m_pending.append(userIds.mid(start, GroupLimits::MaxMembersPerCall));
}

void AddMembersJob::start()
{
    if (m_running)
        return;
    m_running = true;
    next();
}

void AddMembersJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void AddMembersJob::next()
{
    if (m_cancelled) {
        const ApiError cancelled = ApiError::transport(TransportFailure::Cancelled);
        for (const QStringList& chunk : std::as_const(m_pending))
            fail(chunk, cancelled);
        m_pending.clear();
    }
    if (m_pending.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    m_inFlight = m_pending.takeFirst();
    ++m_callsSent;
    m_call = m_api->addMembers(m_chatid, m_inFlight);
    connect(m_call, &ApiCall::finished, this, &AddMembersJob::onCallFinished);
}

void AddMembersJob::onCallFinished()
{
    ApiCall* call = m_call;
    call->deleteLater();
    m_call.clear();
    const ApiResult& result = call->result();
    if (result.ok()) {
        m_added += int(m_inFlight.size());
    } else if (m_api->isUnknownMemberError(result.error) && m_inFlight.size() > 1 && !m_cancelled) {
        // One bad id spoils the whole call: try each half on its own, before the chunks that follow.
        const qsizetype half = m_inFlight.size() / 2;
        m_pending.prepend(m_inFlight.mid(half));
        m_pending.prepend(m_inFlight.first(half));
    } else {
        fail(m_inFlight, result.error);
    }
    emit progress(m_added + int(m_failed.size()), m_total);
    next();
}

void AddMembersJob::fail(const QStringList& ids, const ApiError& error)
{
    m_lastError = error;
    const QString code = error.isApi() ? error.errcode : ApiError::failureName(error.failure);
    const QString message = error.isApi() ? error.errmsg : error.summary();
    for (const QString& id : ids)
        m_failed.append(FailedMember{ id, QString(), code, message });
}
