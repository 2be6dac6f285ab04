#include "ConnectionTestResult.h"

#include "dingtalk/ErrorCatalogue.h"

ConnectionTestResult ConnectionTestResult::make(Outcome outcome, const ApiError& error, bool tokenIssued,
                                                ApiGeneration generation)
{
    ConnectionTestResult result;
    result.outcome = outcome;
    result.error = error;
    result.tokenIssued = tokenIssued;
    // Advice that depends on the API generation is given for the profile's own, whatever host answered.
    ApiError asMet = error;
    asMet.generation = generation;
    ErrorExplanation words = ErrorCatalogue::explain(
        asMet, tokenIssued ? ErrorCatalogue::Operation::ReadGroup : ErrorCatalogue::Operation::Token);

    // Where the test knows more than a single failed call does, say so in its own words.
    switch (outcome) {
    case Outcome::Success:
        words = { tr("The connection works"), tr("DingTalk issued an access token."), QString() };
        break;
    case Outcome::MissingCredentials:
        words = { tr("The AppKey or AppSecret is missing"),
                  tr("A connection needs the app's AppKey and AppSecret, or a pasted access token."),
                  tr("Copy the AppKey and AppSecret from the app's page in the DingTalk developer console.") };
        break;
    case Outcome::WrongCredentials:
        words = { tr("The AppKey or AppSecret is wrong"),
                  tr("DingTalk did not accept the app's credentials, so no access token was issued."),
                  tr("Copy the AppKey and AppSecret again from the app's page in the DingTalk developer console; "
                     "check that the connection uses the API generation the app was made for.") };
        break;
    case Outcome::Tls:
        words = { tr("The secure connection failed"),
                  tr("The server's certificate is not trusted, or the secure connection could not be set up. "
                     "Company networks that inspect encrypted traffic present their own certificate."),
                  tr("If your company inspects traffic, ask IT for its CA certificate and add it to this "
                     "connection's trusted certificate setting.") };
        break;
    case Outcome::Proxy:
        words = { tr("The proxy failed"),
                  tr("The proxy set for this connection could not be reached, refused the request or asked for a "
                     "password that was not accepted."),
                  tr("Check the proxy's address, port, user and password, or ask IT for the right proxy.") };
        break;
    case Outcome::PermissionMissing: // the catalogue names the permission of the call that was refused
    case Outcome::TokenRejected:
    case Outcome::IpNotAllowed:
    case Outcome::InsecureUrl:
    case Outcome::HostNotFound:
    case Outcome::ConnectionRefused:
    case Outcome::Timeout:
    case Outcome::Redirect:
    case Outcome::UnexpectedAnswer:
    case Outcome::Cancelled:
        break; // the catalogue's explanation of the failed call fits
    }
    result.title = words.title;
    result.explanation = words.explanation;
    result.nextStep = words.nextStep;
    return result;
}

QString ConnectionTestResult::describe(const PermissionCheck& check)
{
    const QString permission = ErrorCatalogue::permissionFor(check.operation);
    QString what;
    switch (check.operation) {
    case ApiOperation::ReadGroup:
        what = tr("Reading groups (%1, for checking a group and its join link)").arg(permission);
        break;
    case ApiOperation::LookUpMobile:
        what = tr("Looking people up by phone number (%1)").arg(permission);
        break;
    case ApiOperation::JoinLink:
        what = tr("Getting join links (%1)").arg(permission);
        break;
    case ApiOperation::ListDepartments:
        what = tr("Reading the departments (%1)").arg(permission);
        break;
    case ApiOperation::ListDepartmentMembers:
        what = tr("Reading the people of a department (%1)").arg(permission);
        break;
    case ApiOperation::ReadMember:
        what = tr("Reading a person's details (%1)").arg(permission);
        break;
    case ApiOperation::SearchUsers:
        what = tr("Searching people by name (%1)").arg(permission);
        break;
    case ApiOperation::Token:
    case ApiOperation::Create:
    case ApiOperation::AddMembers:
        what = tr("Creating groups and adding members (%1)").arg(permission);
        break;
    }
    switch (check.verdict) {
    case PermissionCheck::Verdict::Granted:
        return tr("%1: allowed.").arg(what);
    case PermissionCheck::Verdict::Denied:
        return tr("%1: not allowed.").arg(what);
    case PermissionCheck::Verdict::Unchecked:
        break;
    }
    return tr("%1: could not be checked (%2).").arg(what, ErrorCatalogue::explain(check.error, check.operation).title);
}

ConnectionTestResult ConnectionTestResult::checked(const QList<PermissionCheck>& checks, ApiGeneration generation)
{
    QStringList lines{ tr("Access token: issued, so the AppKey, the AppSecret and the network are right.") };
    QStringList denied;
    const PermissionCheck* firstDenied = nullptr;
    for (const PermissionCheck& check : checks) {
        lines.append(describe(check));
        if (check.verdict == PermissionCheck::Verdict::Denied) {
            if (!firstDenied)
                firstDenied = &check;
            denied.append(ErrorCatalogue::permissionFor(check.operation));
        }
    }
    // A harmless create does not exist: the only proof of the create permission is a group.
    lines.append(tr("Creating groups (%1): cannot be checked without creating a group.")
                     .arg(ErrorCatalogue::permissionFor(ApiOperation::Create)));

    ConnectionTestResult result;
    result.tokenIssued = true;
    result.permissions = checks;
    result.explanation = lines.join(QLatin1Char('\n'));
    if (!firstDenied) {
        result.outcome = Outcome::Success;
        result.title = tr("The connection works");
        return result;
    }
    result.outcome = Outcome::PermissionMissing;
    result.error = firstDenied->error;
    result.title = tr("The connection works, but the app lacks permissions");
    result.nextStep = ErrorCatalogue::missingPermission(generation, firstDenied->operation, denied).nextStep;
    return result;
}

bool ConnectionTestResult::credentialsRefused() const
{
    return outcome == Outcome::MissingCredentials || outcome == Outcome::WrongCredentials
        || outcome == Outcome::TokenRejected;
}

QString ConnectionTestResult::text() const
{
    QStringList lines{ title, explanation, nextStep };
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString ConnectionTestResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::MissingCredentials:
        return QStringLiteral("missing-credentials");
    case Outcome::WrongCredentials:
        return QStringLiteral("wrong-credentials");
    case Outcome::TokenRejected:
        return QStringLiteral("token-rejected");
    case Outcome::IpNotAllowed:
        return QStringLiteral("ip-not-allowed");
    case Outcome::PermissionMissing:
        return QStringLiteral("permission-missing");
    case Outcome::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Outcome::HostNotFound:
        return QStringLiteral("host-not-found");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Tls:
        return QStringLiteral("tls");
    case Outcome::Proxy:
        return QStringLiteral("proxy");
    case Outcome::Redirect:
        return QStringLiteral("redirect");
    case Outcome::UnexpectedAnswer:
        return QStringLiteral("unexpected-answer");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unexpected-answer");
}
