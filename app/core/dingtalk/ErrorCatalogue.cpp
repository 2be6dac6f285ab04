#include "ErrorCatalogue.h"
#include "HttpTransport.h"

#include "RetryPolicy.h"
#include "V1GroupApi.h"
#include "group/GroupLimits.h"

QList<int> ErrorCatalogue::knownCodes()
{
    return { -1,    88,    33001, 33012, 40003, 40014, 42001, 40001, 40031,  40035,  40096, 40089, 43001, 43002, 43005,
             43009, 71010, 43007, 60011, 34001, 40016, 49000, 49004, 49005,  49006,  49007, 1002,  49010, 49013, 49011,
             49015, 49018, 49009, 49016, 49020, 49021, 49022, 49023, 49024,  49025,  49026, 34013, 70001, 60003, 40069,
             50002, 50004, 60020, 60121, 40104, 60124, 90018, 90002, 90005,  90006,  90007, 90008, 90001, 90003, 90004,
             90009, 90010, 90011, 90012, 90013, 90014, 90017, 90020, 400001, 400002, 1111 };
}

int ErrorCatalogue::legacyEquivalent(const ApiError& error)
{
    // The new generation's codes, mapped to the legacy code whose explanation fits. Which of them may be repeated
    // is RetryPolicy's to say, not this table's.
    const QString& code = error.errcode;
    if (code == QLatin1String("InvalidAuthentication") || error.httpStatus == 401)
        return 40014;
    if (code.startsWith(QLatin1String("AuthenticationFailed")))
        return 43007;
    if (code == QLatin1String("invalidClientIdOrSecret"))
        return 40096;
    if (code.contains(QLatin1String("IpNotInWhiteList")))
        return 60020;
    if (code.contains(QLatin1String("QpsLimit")))
        return 90018;
    if (code.contains(QLatin1String("ApiCountLimitForOrg")))
        return 90020;
    if (code == QLatin1String("system.busy"))
        return -1;
    if (code == QLatin1String("system.error"))
        return 400001;
    if (code == QLatin1String("permession.checkFailed") || code == QLatin1String("permission.checkFailed"))
        return 50002;
    if (code == QLatin1String("parameter.invalid"))
        return 400002;
    return 0;
}

ErrorExplanation ErrorCatalogue::explain(const ApiError& error, Operation operation)
{
    if (error.isApi())
        return explainApi(error, operation);
    if (error.isTransport())
        return explainTransport(error, operation);
    return { tr("Done"), QString(), QString() };
}

QString ErrorCatalogue::permissionFor(Operation operation)
{
    // Reference "Permissions each call needs" and the directory table.
    switch (operation) {
    case Operation::Token:
        return QString();
    case Operation::Create:
    case Operation::AddMembers:
        return QStringLiteral("qyapi_chat_manage");
    case Operation::ReadGroup:
        return QStringLiteral("qyapi_chat_read");
    case Operation::JoinLink:
        return QStringLiteral("qyapi_chat_base_read");
    case Operation::LookUpMobile:
        return QStringLiteral("qyapi_get_member_by_mobile");
    case Operation::ListDepartments:
        return QStringLiteral("qyapi_get_department_list");
    case Operation::ListDepartmentMembers:
        return QStringLiteral("qyapi_get_department_member");
    case Operation::ReadMember:
        return QStringLiteral("qyapi_get_member");
    case Operation::SearchUsers:
        return QStringLiteral("qyapi_addresslist_search");
    }
    return QString();
}

QString ErrorCatalogue::purposeOf(Operation operation)
{
    switch (operation) {
    case Operation::Token:
        return tr("getting an access token");
    case Operation::Create:
        return tr("creating groups");
    case Operation::AddMembers:
        return tr("adding members to groups");
    case Operation::ReadGroup:
        return tr("reading groups");
    case Operation::JoinLink:
        return tr("getting a group's join link");
    case Operation::LookUpMobile:
        return tr("looking people up by phone number");
    case Operation::ListDepartments:
        return tr("reading the organisation's departments");
    case Operation::ListDepartmentMembers:
        return tr("reading the people of a department");
    case Operation::ReadMember:
        return tr("reading a person's details");
    case Operation::SearchUsers:
        return tr("searching people by name");
    }
    return QString();
}

QStringList ErrorCatalogue::idsNamedIn(const ApiError& error, const QStringList& sent)
{
    const auto partOfAnId = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('@');
    };
    QStringList named;
    const QString& message = error.errmsg;
    for (const QString& id : sent) {
        for (qsizetype at = message.indexOf(id); !id.isEmpty() && at >= 0; at = message.indexOf(id, at + 1)) {
            const qsizetype end = at + id.size();
            if ((at == 0 || !partOfAnId(message.at(at - 1)))
                && (end == message.size() || !partOfAnId(message.at(end)))) {
                named.append(id);
                break;
            }
        }
    }
    return named;
}

QString ErrorCatalogue::sentences(const QStringList& parts)
{
    QString text;
    for (const QString& part : parts) {
        if (part.isEmpty())
            continue;
        text = text.isEmpty() ? part : tr("%1 %2", "two sentences one after the other").arg(text, part);
    }
    return text;
}

ErrorExplanation ErrorCatalogue::groupMayExist(const QString& why, bool quota)
{
    return groupMayExist(why, quota, true);
}

ErrorExplanation ErrorCatalogue::groupMayExist(const QString& why, bool quota, bool answered)
{
    const QString check = tr("Check DingTalk for the group (the owner sees a new group at the top of their chat list) "
                             "before trying again, so that it is not created twice.");
    if (quota)
        return { tr("The group may exist, or the organisation cannot create more groups"),
                 sentences({ why,
                             tr("DingTalk's documentation does not say whether the group was made; DingTalk has "
                                "answered so when an organisation had used up its quota of groups.") }),
                 sentences({ check,
                             tr("If there is no such group and the answer repeats, the organisation may have reached "
                                "DingTalk's limit on groups: contact its DingTalk administrator or DingTalk.") }) };
    if (!answered)
        return { tr("The group may exist"),
                 sentences({ why, tr("The request reached DingTalk, so the group may have been created.") }), check };
    return { tr("The group may exist"),
             sentences({ why,
                         tr("DingTalk's documentation does not say that this answer means nothing was done, so the "
                            "group may have been created.") }),
             check };
}

ErrorExplanation ErrorCatalogue::explainApi(const ApiError& error, Operation operation)
{
    const QString checkConsole
        = tr("Ask your DingTalk administrator to check the app in the DingTalk developer console.");
    const RetryPolicy::Answer answer = RetryPolicy::classify(error);

    // The answers RetryPolicy found not to prove that a create did nothing.
    if (error.outcomeUnknown && operation == Operation::Create) {
        switch (answer) {
        case RetryPolicy::Answer::SystemError:
            return groupMayExist(tr("DingTalk answered with a system error."), true);
        case RetryPolicy::Answer::IpBanned:
            return groupMayExist(tr("DingTalk answered that this network address is blocked for five minutes after "
                                    "too many calls."));
        default:
            return groupMayExist(tr("DingTalk answered that it was busy."));
        }
    }
    // The words for the answers that are waited for (and met again after the last wait).
    switch (answer) {
    case RetryPolicy::Answer::Busy:
        return { tr("DingTalk is busy"), tr("DingTalk's servers could not handle the request just now."),
                 tr("Wait a minute and try again.") };
    case RetryPolicy::Answer::RateLimited:
        return { tr("Too many requests"), tr("DingTalk limits how often an app may call it."),
                 tr("Wait a few seconds and try again.") };
    case RetryPolicy::Answer::MinuteLimited:
        return { tr("The per-minute limit was reached"),
                 tr("DingTalk limits how often an app may call this API in a minute; nothing was done."),
                 tr("Wait at least a minute before trying again; stop a long run of requests and resume it later.") };
    default:
        break;
    }

    int code = error.reasonCode();
    // The directory's calls say what still works without it.
    if (isMissingPermission(error)
        && (operation == Operation::ListDepartments || operation == Operation::ListDepartmentMembers))
        return missingDirectoryPermission(permissionFor(operation));
    if (code == 0 && !error.errcode.isEmpty() && error.errcode != QLatin1String("0")) {
        if (error.errcode.contains(QLatin1String("AccessTokenPermissionDenied")))
            return missingPermission(ApiGeneration::V1, operation, error.requiredPermissions);
        if (error.errcode == V1GroupApi::notSucceededCode())
            return { tr("DingTalk did not make the change"),
                     tr("DingTalk answered \"success: false\" without a reason."),
                     tr("Try again in a few minutes; if it keeps failing, send the details to IT.") };
        if (error.errcode == QLatin1String("parameter.invalid") && operation == Operation::AddMembers)
            return { tr("DingTalk did not accept a member id"),
                     tr("DingTalk answered \"parameter invalid\" when adding these members: most likely an id is "
                        "not a userid of this organisation."),
                     tr("Check the member ids: a userid is not a name or a phone number. Your administrator can look "
                        "ids up in the DingTalk admin console.") };
        code = legacyEquivalent(error);
    }

    switch (code) {
    case 88:
        return { tr("DingTalk refused the app's authorisation"),
                 tr("The app is not authorised for this request: %1").arg(error.errmsg), checkConsole };
    case 33001:
    case 40001:
    case 40014:
    case 42001:
    case 43007:
        return { tr("The access token was not accepted"),
                 tr("The access token is missing, wrong or has expired. Tokens last two hours."),
                 tr("Paste a new access token, or connect with AppKey and AppSecret so tokens are renewed "
                    "automatically.") };
    case 33012:
    case 40003:
        return { tr("A member id is not a valid DingTalk userid"),
                 tr("DingTalk does not recognise one of the ids as a userid."),
                 tr("Check the member ids: a userid is not a name or a phone number. Your administrator can look "
                    "ids up in the DingTalk admin console.") };
    case 40031:
        return { tr("Someone is not in your organisation's contacts"),
                 tr("At least one member id is not an employee of this organisation (or has left it). DingTalk "
                    "rejects the whole request then."),
                 tr("Check the ids in the member list, remove the wrong ones and try again.") };
    case 40035:
        return { tr("A required field is missing or invalid"),
                 tr("DingTalk says a required value is missing or wrong (for a new group: usually the group name)."),
                 tr("Check the group name, the owner and the members.") };
    case 40089:
    case 40096:
        return { tr("The AppKey or AppSecret is wrong"),
                 tr("DingTalk did not accept the app's credentials, so no access token was issued."),
                 tr("Copy the AppKey and AppSecret again from the app's page in the DingTalk developer console.") };
    case 43001:
    case 43002:
    case 43005:
    case 43009:
    case 71010:
        return { tr("DingTalk could not read the request"),
                 tr("The request was not in the form DingTalk expects. This is a fault in this tool, not in your "
                    "input."),
                 tr("Report it to IT with the details below.") };
    case 60011:
        return missingPermission(error.generation, operation, error.requiredPermissions);
    case 34001:
    case 40016:
        return { tr("The group was not found"),
                 tr("DingTalk does not know this group id, or it belongs to another organisation."),
                 tr("Check the group id and that you are connected to the right organisation.") };
    case 49000:
        return { tr("The group id is missing"), tr("DingTalk needs the group id for this request."),
                 tr("Report it to IT with the details below.") };
    case 49004:
        return { tr("A member is both added and removed"),
                 tr("The same person is in the list to add and in the list to remove."),
                 tr("Remove the person from one of the lists.") };
    case 49005:
        return { tr("The group would be too large"),
                 tr("A DingTalk group holds at most %1 members.").arg(GroupLimits::MaxGroupMembers),
                 tr("Split the members over several groups.") };
    case 49006:
        return { tr("The owner is not among the members"), tr("DingTalk requires the group owner in the member list."),
                 tr("Add the owner to the members and create the group again.") };
    case 1002:
    case 49007:
        // DingTalk's page points to its newer group APIs; ordinary groups cannot be dissolved through the API.
        return { tr("The organisation has reached DingTalk's limit on groups"),
                 tr("DingTalk creates no more groups for this organisation; nothing was created. Ordinary groups "
                    "cannot be dissolved through DingTalk's API, and DingTalk's documentation points to its newer "
                    "group APIs."),
                 tr("Contact your organisation's DingTalk administrator or DingTalk about the limit.") };
    case 49010:
        return { tr("The member list is empty"), tr("DingTalk needs at least one member."), tr("Add members.") };
    case 49013:
        return { tr("The owner is missing"), tr("DingTalk needs a group owner."), tr("Enter the owner's userid.") };
    case 49011:
        return { tr("Too many members in one request"),
                 tr("DingTalk takes at most %1 members per request.").arg(GroupLimits::MaxMembersPerCall),
                 tr("Report it to IT: this tool should have split the list.") };
    case 49015:
        return { tr("The group name is not allowed"),
                 tr("DingTalk rejected the group name (1 to %1 characters).").arg(GroupLimits::MaxNameLength),
                 tr("Choose a shorter or plainer name.") };
    case 49018:
        return { tr("The owner is not an employee"), tr("The owner must be an employee of this organisation."),
                 tr("Choose an owner from your organisation.") };
    case 49009:
    case 49016:
    case 49020:
    case 49021:
    case 49022:
    case 49023:
    case 49024:
    case 49025:
    case 49026:
    case 34013:
        // Group-chat refusals this project's reference does not describe one by one: DingTalk's message says which.
        return { tr("DingTalk refused this group-chat request"),
                 tr("DingTalk did not accept the request for a reason of the group chat itself (errcode %1); "
                    "nothing was changed. Its message below names the reason.")
                     .arg(error.numericCode() == 88 ? error.subCode : error.errcode),
                 tr("Correct what DingTalk's message names and try again; if it is unclear, send the details to "
                    "IT.") };
    case 70001:
        return { tr("DingTalk does not know the organisation"),
                 tr("DingTalk answered that the organisation of this app does not exist or was dissolved."),
                 tr("Check that the connection uses the app of the right organisation.") };
    case 60003:
        return { tr("The department was not found"),
                 tr("DingTalk does not know this department, or it is outside the app's contacts range."),
                 tr("Choose the department again from the directory; ask your administrator about the app's "
                    "contacts range.") };
    case 40069:
        return { tr("DingTalk refused the page size"),
                 tr("The request asked for more entries at once than DingTalk allows. This is a fault in this "
                    "tool."),
                 tr("Report it to IT with the details below.") };
    case 400001:
        return { tr("DingTalk had an internal error"), tr("DingTalk's servers reported a system error."),
                 tr("Wait a few minutes and try again; if it keeps failing, DingTalk advises filing a ticket with "
                    "it.") };
    case 400002:
        return { tr("A value is not accepted"),
                 tr("DingTalk rejected a parameter, for example a group name that is too long."),
                 tr("Check the group name and the ids.") };
    case 50002:
    case 50004:
        return { tr("Someone is outside the app's visible range"),
                 tr("A member or department is outside the range of contacts this app may see."),
                 tr("Ask your DingTalk administrator to widen the app's contact range, or remove that member.") };
    case 60020:
        return { tr("This computer's address is not allowed"),
                 tr("The app only accepts calls from IP addresses on its allow-list, and this network's address "
                    "is not on it."),
                 tr("Ask your DingTalk administrator to add this network's public IP address to the app's server "
                    "IP allow-list.") };
    case 60121:
        return { tr("No employee has this phone number"),
                 tr("No current employee of the organisation uses this mobile number (former employees are not "
                    "found)."),
                 tr("Check the number, or add the person by userid.") };
    case 40104:
        return { tr("The phone number is not valid"), tr("DingTalk cannot read this mobile number."),
                 tr("Check the number.") };
    case 60124:
        return { tr("That person is not in the group"), tr("Only a member of the group can share its join link."),
                 tr("Choose a member of the group.") };
    case 90001:
    case 90003:
    case 90004:
    case 90009:
    case 90010:
    case 90011:
    case 90012:
    case 90013:
    case 90014:
    case 90017:
        return { tr("DingTalk has stopped these requests for a while"),
                 tr("DingTalk's gateway refused the request before it reached the API: requests from this "
                    "organisation or this network address are temporarily disabled. Nothing was done."),
                 tr("Do not retry now. If it lasts, ask your DingTalk administrator or DingTalk why the requests "
                    "are disabled.") };
    case 90020:
        return {
            tr("The monthly call quota is used up"),
            tr("The organisation has used all of this month's DingTalk API calls."),
            tr("Wait for next month or ask your administrator to upgrade the DingTalk edition. Do not retry now.")
        };
    case 1111:
        return { tr("This network is blocked for a few minutes"),
                 tr("DingTalk blocks an address for five minutes after too many calls from it."),
                 tr("Wait five minutes, then try again.") };
    default:
        break;
    }
    return { tr("DingTalk refused the request"), tr("DingTalk answered with an error this tool does not know."),
             tr("Read DingTalk's message below; if it does not help, send the details to IT.") };
}

ErrorExplanation ErrorCatalogue::missingPermission(ApiGeneration generation, Operation operation,
                                                   const QStringList& required)
{
    const QString title = tr("The app lacks the permission for this");
    const QString permission = permissionFor(operation);
    QString explanation = permission.isEmpty()
        ? tr("The DingTalk app has not been granted the permission for %1.").arg(purposeOf(operation))
        : tr("The DingTalk app has not been granted the permission for %1 (%2).").arg(purposeOf(operation), permission);
    if (!required.isEmpty())
        explanation = sentences(
            { explanation, tr("DingTalk names what is missing: %1.").arg(required.join(QStringLiteral(", "))) });
    const QString named = required.isEmpty() ? permission : required.join(QStringLiteral(", "));
    QString nextStep = named.isEmpty()
        ? tr("Ask your DingTalk administrator to add the permission to the app in the DingTalk developer console.")
        : tr("Ask your DingTalk administrator to add %1 to the app's permissions in the DingTalk developer console.")
              .arg(named);
    const bool changesGroups = operation == Operation::Create || operation == Operation::AddMembers;
    if (generation == ApiGeneration::Legacy && changesGroups)
        nextStep += QLatin1Char(' ')
            + tr("Apps created recently can no longer be granted it for the older chat/create API: for a new app, "
                 "use the newer DingTalk API generation.");
    return { title, explanation, nextStep };
}

bool ErrorCatalogue::isMissingPermission(const ApiError& error)
{
    return error.hasCode(60011)
        || (error.isApi() && error.errcode.contains(QLatin1String("AccessTokenPermissionDenied")));
}

ErrorExplanation ErrorCatalogue::missingDirectoryPermission(const QString& permission)
{
    return { tr("The app may not read the organisation's directory"),
             tr("The DingTalk app has not been granted the permission %1, which reading the organisation's "
                "departments and their people needs. Without it, people cannot be found by name, job number or "
                "department; userids and mobile numbers still work.")
                 .arg(permission),
             tr("Ask your DingTalk administrator to add the permission %1 to the app in the DingTalk developer "
                "console, then sync the directory again.")
                 .arg(permission) };
}

ErrorExplanation ErrorCatalogue::explainTransport(const ApiError& error, Operation operation)
{
    const bool creating = operation == Operation::Create;
    if (creating && error.outcomeUnknown) {
        QString why;
        switch (error.failure) {
        case TransportFailure::Timeout:
            why = tr("DingTalk did not answer in time.");
            break;
        case TransportFailure::Cancelled:
            why = tr("The request was cancelled after it had been sent.");
            break;
        case TransportFailure::ConnectionReset:
            why = tr("The connection broke before DingTalk's answer arrived.");
            break;
        case TransportFailure::ReplyTooLarge:
            why = tr("The answer was larger than %1 MB, far more than DingTalk ever sends, so it was not read.")
                      .arg(HttpTransport::MaxReplyBytes / (1024 * 1024));
            break;
        case TransportFailure::IncompleteAnswer:
            return { tr("The group may exist"),
                     tr("DingTalk answered \"ok\" without the group's ids (the answer held: %1), so the group "
                        "probably exists but this tool cannot name it; nothing more was sent.")
                         .arg(error.detail.isEmpty() ? tr("no fields") : error.detail),
                     tr("Check DingTalk for the group (the owner sees a new group at the top of their chat list) "
                        "before trying again, so that it is not created twice.") };
        default:
            why = tr("DingTalk's answer could not be read.");
            break;
        }
        return groupMayExist(why, false, false);
    }

    switch (error.failure) {
    case TransportFailure::None:
        break;
    case TransportFailure::InsecureUrl:
        return { tr("The server address is not safe"),
                 tr("Plain http is only allowed to this computer; any other server must use https."),
                 tr("Use an https:// address.") };
    case TransportFailure::HostNotFound:
        return { tr("The server was not found"),
                 tr("The server name could not be looked up. The computer may be offline, or the address is "
                    "mistyped."),
                 tr("Check the network connection and the server address, then try again.") };
    case TransportFailure::ConnectionRefused:
        return { tr("The server refused the connection"),
                 tr("Nothing answers at this address and port; nothing was sent."),
                 tr("Check the server address, or whether a proxy or firewall is in the way, then try again.") };
    case TransportFailure::ConnectionReset:
        return { tr("The connection broke"), tr("The connection was cut before DingTalk's answer arrived."),
                 tr("Check the network connection, then try again.") };
    case TransportFailure::Timeout:
        return { tr("DingTalk did not answer in time"), tr("No answer arrived within the time limit."),
                 tr("Check the network connection, then try again.") };
    case TransportFailure::Tls:
        return { tr("The secure connection failed"),
                 tr("The server's certificate was not accepted, so nothing was sent. A company network that "
                    "inspects traffic can cause this."),
                 tr("Ask IT whether the network needs a company certificate; never ignore this warning.") };
    case TransportFailure::Redirect:
        return { tr("The server sent us elsewhere"),
                 tr("DingTalk never redirects; the request was not followed so that no token leaves for another "
                    "server."),
                 tr("Check the server address and any proxy settings.") };
    case TransportFailure::HttpStatus:
        return { tr("The server answered with an error page (HTTP %1)").arg(error.httpStatus),
                 tr("The answer did not come from DingTalk's API, or DingTalk had a problem."),
                 tr("Try again in a few minutes; check the server address and proxy if it persists.") };
    case TransportFailure::NotJson:
        return { tr("DingTalk's answer could not be read"),
                 tr("The answer was not in the form DingTalk uses (HTTP %1, %2).")
                     .arg(error.httpStatus)
                     .arg(error.contentType.isEmpty() ? tr("no content type") : error.contentType),
                 tr("Try again in a few minutes; check the server address and proxy if it persists.") };
    case TransportFailure::Cancelled:
        return { tr("Cancelled"), tr("The request was cancelled before anything was changed."), QString() };
    case TransportFailure::IncompleteAnswer:
        return { tr("DingTalk's answer lacked what was asked for"),
                 tr("DingTalk answered HTTP %1 (%2) without what a success holds; the answer held only: %3.")
                     .arg(error.httpStatus)
                     .arg(error.contentType.isEmpty() ? tr("no content type") : error.contentType,
                          error.detail.isEmpty() ? tr("no fields") : error.detail),
                 tr("Try again in a few minutes; check the server address and proxy if it persists.") };
    case TransportFailure::ReplyTooLarge:
        return { tr("The answer was too large"),
                 tr("The server's answer was larger than %1 MB, far more than DingTalk ever sends, so it was not "
                    "read (it would only fill the memory). The server address may point to something else than "
                    "DingTalk.")
                     .arg(HttpTransport::MaxReplyBytes / (1024 * 1024)),
                 tr("Check the server address and any proxy settings, then try again.") };
    case TransportFailure::Other:
        break;
    }
    return { tr("The request failed"), tr("A network problem stopped the request: %1").arg(error.detail),
             tr("Check the network connection, then try again.") };
}
