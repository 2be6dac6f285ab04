#include "ConnectionTester.h"

#include "dingtalk/ApiCall.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "dingtalk/TokenCache.h"

#include <QTimer>

namespace {
using Outcome = ConnectionTestResult::Outcome;

bool isPermissionDenied(const ApiError& error)
{
    const int code = error.reasonCode();
    return error.isApi() && (code == 60011 || error.errcode.contains(QLatin1String("AccessTokenPermissionDenied")));
}

bool isChatNotFound(const ApiError& error)
{
    if (error.hasCode(40016) || error.hasCode(34001))
        return true;
    // The new generation names it in words; "not found" is what the probe hopes for.
    const QString code = error.errcode.toLower();
    return code.contains(QLatin1String("notfound")) || code.contains(QLatin1String("notexist"));
}

Outcome apiOutcome(const ApiError& error, bool pastedToken)
{
    const int code = error.reasonCode();
    const QString& name = error.errcode;
    if (code == 40096 || code == 40089 || name == QLatin1String("invalidClientIdOrSecret"))
        return Outcome::WrongCredentials;
    if (code == 60020 || name.contains(QLatin1String("IpNotInWhiteList")))
        return Outcome::IpNotAllowed;
    if (code == 60011 || name.contains(QLatin1String("AccessTokenPermissionDenied")))
        return Outcome::PermissionMissing;
    const bool tokenCode = code == 40014 || code == 42001 || code == 40001 || code == 33001 || code == 43007
        || name == QLatin1String("InvalidAuthentication") || name.startsWith(QLatin1String("AuthenticationFailed"))
        || error.httpStatus == 401;
    if (tokenCode)
        return pastedToken ? Outcome::TokenRejected : Outcome::UnexpectedAnswer;
    return Outcome::UnexpectedAnswer;
}

Outcome transportOutcome(const ApiError& error, bool ownProxy)
{
    if (ownProxy
        && (error.failure == TransportFailure::ConnectionRefused || error.failure == TransportFailure::HostNotFound))
        return Outcome::Proxy; // through a proxy, only the proxy itself can refuse or be unknown
    switch (error.failure) {
    case TransportFailure::InsecureUrl:
        return Outcome::InsecureUrl;
    case TransportFailure::HostNotFound:
        return Outcome::HostNotFound;
    case TransportFailure::ConnectionRefused:
        return Outcome::ConnectionRefused;
    case TransportFailure::Timeout:
        return Outcome::Timeout;
    case TransportFailure::Tls:
        return Outcome::Tls;
    case TransportFailure::Redirect:
        return Outcome::Redirect;
    case TransportFailure::Cancelled:
        return Outcome::Cancelled;
    case TransportFailure::Other:
    case TransportFailure::ConnectionReset:
        // Qt reports a proxy that is down, unknown or refuses the password as a generic network error.
        return ownProxy ? Outcome::Proxy : Outcome::UnexpectedAnswer;
    case TransportFailure::None:
    case TransportFailure::HttpStatus:
    case TransportFailure::NotJson:
    case TransportFailure::IncompleteAnswer:
    case TransportFailure::ReplyTooLarge:
        break;
    }
    return Outcome::UnexpectedAnswer;
}
} // namespace

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    if (m_call)
        m_call->abort();
}

void ConnectionTester::start(const ConnectionSettings& settings)
{
    cancel();
    if (!settings.hasCredentials()) {
        QTimer::singleShot(0, this, [this] { finish(ConnectionTestResult::make(Outcome::MissingCredentials)); });
        return;
    }
    // A cache of its own: a token cached from an earlier secret must not make a wrong secret look right.
    m_tokens = std::make_unique<TokenCache>();
    m_client = new DingTalkClient(settings, m_tokens.get(), this);
    m_checks.clear();
    m_call = m_client->api()->getGroup(probeChatId());
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call, settings] { onReadChecked(call, settings); });
}

std::optional<ConnectionTestResult::PermissionCheck> ConnectionTester::verdictOf(const ApiCall* call)
{
    using Verdict = ConnectionTestResult::PermissionCheck::Verdict;
    const ApiError& error = call->result().error;
    ConnectionTestResult::PermissionCheck check{ call->operation(), Verdict::Granted, error };
    if (error.isOk() || (error.isApi() && isChatNotFound(error)) || error.hasCode(60121))
        return check;
    if (isPermissionDenied(error)) {
        check.verdict = Verdict::Denied;
        return check;
    }
    return std::nullopt;
}

QList<ConnectionTester::Probe> ConnectionTester::permissionProbes()
{
    // The top department is 1 in every organisation; asking for one person keeps the answer small.
    constexpr qint64 topDepartment = 1;
    return { [](GroupApi* api) { return api->userIdByMobile(probeMobile()); },
             [](GroupApi* api) { return api->listSubDepartments(topDepartment); },
             [](GroupApi* api) {
                 return api->listDepartmentUsers(topDepartment, 0, 1);
             } };
}

void ConnectionTester::onReadChecked(ApiCall* call, const ConnectionSettings& settings)
{
    call->deleteLater();
    m_call.clear();
    const std::optional<ConnectionTestResult::PermissionCheck> check = verdictOf(call);
    if (!check) {
        // The read was sent only once a token was in hand; its failure names what is wrong with the connection.
        m_client->deleteLater();
        m_client = nullptr;
        finish(interpret(call->result().error, call->wasSent(), settings));
        return;
    }
    m_checks.append(*check);
    m_nextProbe = 0;
    startNextProbe(settings);
}

void ConnectionTester::startNextProbe(const ConnectionSettings& settings)
{
    const QList<Probe> probes = permissionProbes();
    if (m_nextProbe >= probes.size()) {
        m_client->deleteLater();
        m_client = nullptr;
        finish(ConnectionTestResult::checked(m_checks, settings.generation));
        return;
    }
    m_call = probes.at(m_nextProbe++)(m_client->api());
    ApiCall* probe = m_call;
    connect(probe, &ApiCall::finished, this, [this, probe, settings] { onProbeChecked(probe, settings); });
}

void ConnectionTester::onProbeChecked(ApiCall* call, const ConnectionSettings& settings)
{
    call->deleteLater();
    m_call.clear();
    const ApiError& error = call->result().error;
    if (error.isTransport() && error.failure == TransportFailure::Cancelled) {
        m_client->deleteLater();
        m_client = nullptr;
        finish(ConnectionTestResult::make(Outcome::Cancelled, error, true, settings.generation));
        return;
    }
    // The connection is proven already: any other failure only leaves this permission unchecked.
    m_checks.append(verdictOf(call).value_or(ConnectionTestResult::PermissionCheck{
        call->operation(), ConnectionTestResult::PermissionCheck::Verdict::Unchecked, error }));
    startNextProbe(settings);
}

bool ConnectionTester::isRunning() const
{
    return !m_call.isNull();
}

void ConnectionTester::cancel()
{
    if (m_call)
        m_call->abort(); // finishes with Cancelled through the handler above
}

ConnectionTestResult ConnectionTester::interpret(const ApiError& error, bool tokenIssued,
                                                 const ConnectionSettings& settings)
{
    if (error.isOk() || (error.isApi() && isChatNotFound(error)))
        return ConnectionTestResult::checked(
            { { ApiOperation::ReadGroup, ConnectionTestResult::PermissionCheck::Verdict::Granted, error } },
            settings.generation);
    const bool ownProxy
        = settings.transport.proxy.has_value() && settings.transport.proxy->type() != QNetworkProxy::NoProxy;
    const Outcome outcome
        = error.isApi() ? apiOutcome(error, settings.usesPastedToken()) : transportOutcome(error, ownProxy);
    return ConnectionTestResult::make(outcome, error, tokenIssued, settings.generation);
}

void ConnectionTester::finish(const ConnectionTestResult& result)
{
    m_result = result;
    emit finished(result);
}
