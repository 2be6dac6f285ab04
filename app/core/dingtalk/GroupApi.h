#pragma once

#include "ApiCall.h"
#include "CallPacer.h"
#include "ConnectionSettings.h"
#include "ReplyDialect.h"
#include "RetryPolicy.h"
#include "group/GroupSettings.h"

#include <QObject>
#include <QStringList>

class HttpTransport;
class TokenProvider;

/**
 * The seam between the create job and one DingTalk API generation. Each generation turns the same operations into
 * its own requests and reads its own replies; the job above never sees the difference.
 */
class GroupApi : public QObject, public ReplyDialect
{
    Q_OBJECT

public:
    ~GroupApi() override;

    /** Creates a group with at most 40 members (owner included). Never re-sent by anyone once it left. */
    ApiCall* createGroup(const QString& name, const QString& owner, const QStringList& memberIds,
                         const GroupSettings& settings);
    /** Adds at most 40 members to an existing group. */
    ApiCall* addMembers(const QString& chatid, const QStringList& userIds);
    /** Reads a group as DingTalk has it. */
    ApiCall* getGroup(const QString& chatid);
    /** Finds the userid of the employee with this mobile number. */
    ApiCall* userIdByMobile(const QString& mobile);
    /** Asks for the group's join link (the URL behind its QR code), shared by `userid`, who must be a member. */
    ApiCall* joinLink(const QString& chatid, const QString& userid);
    /** The direct child departments of `departmentId` (1 is the root): topapi/v2/department/listsub. */
    ApiCall* listSubDepartments(qint64 departmentId);
    /** One page (at most 100) of a department's direct members from `cursor` (0 first): topapi/v2/user/list. */
    ApiCall* listDepartmentUsers(qint64 departmentId, qint64 cursor, int size);

    /** The requests themselves, for tests and the request preview. `token` may be a mask. */
    virtual OutgoingRequest createGroupRequest(const QString& token, const QString& name, const QString& owner,
                                               const QStringList& memberIds, const GroupSettings& settings) const = 0;
    virtual OutgoingRequest addMembersRequest(const QString& token, const QString& chatid,
                                              const QStringList& userIds) const = 0;
    virtual OutgoingRequest getGroupRequest(const QString& token, const QString& chatid) const = 0;
    virtual OutgoingRequest userIdByMobileRequest(const QString& token, const QString& mobile) const = 0;
    /** POST /topapi/chat/qrcode/get on the legacy host, which takes the token of either generation. */
    virtual OutgoingRequest joinLinkRequest(const QString& token, const QString& chatid,
                                            const QString& userid) const = 0;
    /** The contacts directory lives on the legacy host for both generations, with the token in the query string. */
    virtual OutgoingRequest listSubDepartmentsRequest(const QString& token, qint64 departmentId) const = 0;
    virtual OutgoingRequest listDepartmentUsersRequest(const QString& token, qint64 departmentId, qint64 cursor,
                                                       int size) const = 0;

    /** True when DingTalk refused a whole add call because one of its ids is unknown (the call can be split). */
    virtual bool isUnknownMemberError(const ApiError& error) const = 0;

    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    /** For tests: shorter waits (for the token requests too). */
    void setRetryTiming(const RetryPolicy::Timing& timing);
    CallPacer& pacer() { return m_pacer; }

    TokenProvider* tokens() const { return m_tokens; }
    HttpTransport* transport() const { return m_transport; }
    int timeoutMs() const { return m_timeoutMs; }

protected:
    GroupApi(HttpTransport* transport, TokenProvider* tokens, int timeoutMs, QObject* parent);
    ApiCall* startCall(ApiOperation operation, ApiCall::RequestBuilder build);

private:
    HttpTransport* m_transport;
    TokenProvider* m_tokens;
    int m_timeoutMs;
    RetryPolicy m_retryPolicy;
    CallPacer m_pacer;
};
