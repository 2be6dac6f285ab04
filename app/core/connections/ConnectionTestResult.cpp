#include "ConnectionTestResult.h"

#include "dingtalk/ErrorCatalogue.h"

ConnectionTestResult ConnectionTestResult::make(Outcome outcome, const ApiError& error, bool tokenIssued,
                                                ApiGeneration generation)
{
    ConnectionTestResult result;
    result.outcome = outcome;
    result.error = error;
    result.tokenIssued = tokenIssued;
    ErrorExplanation words = ErrorCatalogue::explain(
        error, tokenIssued ? ErrorCatalogue::Operation::ReadGroup : ErrorCatalogue::Operation::Token);

    // Where the test knows more than a single failed call does, say so in its own words.
    switch (outcome) {
    case Outcome::Success:
        words = { tr("The connection works"),
                  tr("DingTalk issued an access token, and the app may read and manage group chats."), QString() };
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
    case Outcome::PermissionMissing:
        // The catalogue's advice for the profile's own API generation: a v1.0 profile already uses the newer one,
        // whatever code the legacy read answered with.
        words = { tr("The app lacks the permission for group chats"),
                  tr("The key and secret are right, but the app has not been granted the permission to manage "
                     "group chats."),
                  ErrorCatalogue::missingPermission(generation).nextStep };
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
