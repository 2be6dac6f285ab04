#include "GroupApi.h"

#include "HttpTransport.h"
#include "TokenProvider.h"

GroupApi::GroupApi(HttpTransport* transport, TokenProvider* tokens, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_tokens(tokens)
    , m_timeoutMs(timeoutMs)
{
}

GroupApi::~GroupApi() = default;

void GroupApi::setRetryTiming(const RetryPolicy::Timing& timing)
{
    m_retryPolicy = RetryPolicy(timing);
    m_tokens->setRetryTiming(timing);
}

ApiCall* GroupApi::startCall(ApiOperation operation, ApiCall::RequestBuilder build)
{
    const ApiCallContext context{ m_transport, m_tokens, &m_pacer, &m_retryPolicy, this };
    auto* call = new ApiCall(context, operation, std::move(build), this);
    call->start();
    return call;
}

ApiCall* GroupApi::createGroup(const QString& name, const QString& owner, const QStringList& memberIds,
                               const GroupSettings& settings)
{
    return startCall(ApiOperation::Create,
                     [=](const QString& token) { return createGroupRequest(token, name, owner, memberIds, settings); });
}

ApiCall* GroupApi::addMembers(const QString& chatid, const QStringList& userIds)
{
    return startCall(ApiOperation::AddMembers,
                     [=](const QString& token) { return addMembersRequest(token, chatid, userIds); });
}

ApiCall* GroupApi::getGroup(const QString& chatid)
{
    return startCall(ApiOperation::ReadGroup, [=](const QString& token) { return getGroupRequest(token, chatid); });
}

ApiCall* GroupApi::userIdByMobile(const QString& mobile)
{
    return startCall(ApiOperation::LookUpMobile,
                     [=](const QString& token) { return userIdByMobileRequest(token, mobile); });
}

ApiCall* GroupApi::joinLink(const QString& chatid, const QString& userid)
{
    return startCall(ApiOperation::JoinLink,
                     [=](const QString& token) { return joinLinkRequest(token, chatid, userid); });
}

ApiCall* GroupApi::listSubDepartments(qint64 departmentId)
{
    return startCall(ApiOperation::ListDepartments,
                     [=](const QString& token) { return listSubDepartmentsRequest(token, departmentId); });
}

ApiCall* GroupApi::listDepartmentUsers(qint64 departmentId, qint64 cursor, int size)
{
    return startCall(ApiOperation::ListDepartmentMembers, [=](const QString& token) {
        return listDepartmentUsersRequest(token, departmentId, cursor, size);
    });
}
