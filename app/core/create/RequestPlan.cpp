#include "RequestPlan.h"

#include "CreateJob.h"
#include "dingtalk/GroupApi.h"
#include "dingtalk/HttpTransport.h"
#include "dingtalk/SecretMasker.h"
#include "dingtalk/TokenProvider.h"

namespace {
bool isSecretHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower.contains("token") || lower.contains("secret") || lower == "authorization";
}
} // namespace

PlannedCall RequestPlan::masked(const QString& title, const OutgoingRequest& request, const QStringList& secrets)
{
    PlannedCall call;
    call.title = title;
    call.method = request.method;
    call.url = QUrl(SecretMasker::maskText(SecretMasker::maskUrl(request.url).toString(QUrl::FullyEncoded), secrets));
    for (const auto& header : request.headers) {
        const QByteArray value = isSecretHeader(header.first)
            ? SecretMasker::mask().toUtf8()
            : SecretMasker::maskText(QString::fromUtf8(header.second), secrets).toUtf8();
        call.headers.append(qMakePair(header.first, value));
    }
    call.body = SecretMasker::maskText(QString::fromUtf8(request.body), secrets).toUtf8();
    return call;
}

QList<PlannedCall> RequestPlan::build(GroupApi* api, const QString& name, const QString& owner,
                                      const QStringList& memberIds, const GroupSettings& settings,
                                      const QStringList& secrets)
{
    QList<PlannedCall> plan;
    const OutgoingRequest tokenRequest = api->tokens()->tokenRequest();
    // A pasted token needs no token call: its provider has no request to show.
    if (!tokenRequest.url.isEmpty())
        plan.append(masked(tr("Get an access token"), tokenRequest, secrets));

    const QString token = SecretMasker::mask();
    const QList<QStringList> calls = CreateJob::planCalls(memberIds);
    int first = 1;
    for (int i = 0; i < calls.size(); ++i) {
        const QStringList& ids = calls.at(i);
        const int last = first + int(ids.size()) - 1;
        if (i == 0) {
            plan.append(masked(tr("Create the group with members %1–%2").arg(first).arg(last),
                               api->createGroupRequest(token, name, owner, ids, settings), secrets));
        } else {
            plan.append(masked(tr("Add members %1–%2").arg(first).arg(last),
                               api->addMembersRequest(token, chatIdPlaceholder(), ids), secrets));
        }
        first = last + 1;
    }
    return plan;
}
