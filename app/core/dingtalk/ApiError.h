#pragma once

#include "ConnectionSettings.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

/** How a request failed below DingTalk's own answer. */
enum class TransportFailure
{
    None,
    InsecureUrl, // plain http to a host that is not loopback: refused before sending
    HostNotFound, // name lookup failed: nothing was sent
    ConnectionRefused, // nothing was sent
    ConnectionReset, // the connection dropped before the whole reply arrived
    Timeout, // no complete reply within the request timeout
    Tls, // certificate or handshake failure: nothing was sent
    Redirect, // DingTalk never redirects; a redirect is refused so no token goes elsewhere
    HttpStatus, // an HTTP error status without a DingTalk error body
    NotJson, // a body that is not a JSON object (an HTML error page, say)
    IncompleteAnswer, // DingTalk's JSON "success" without what a success holds (a create's ids, a token)
    ReplyTooLarge, // an answer bigger than any DingTalk gives (HttpTransport::MaxReplyBytes): not read on
    Cancelled, // the user cancelled
    Other,
};

/**
 * Everything known about a failed call: DingTalk's own errcode and errmsg where it answered, else the transport
 * failure. Never holds a token or a secret: texts from Qt are masked before they get here.
 */
struct ApiError
{
    enum class Kind
    {
        None,
        Api,
        Transport
    };

    Kind kind = Kind::None;
    QString errcode; // DingTalk's code as text: "60011" (legacy) or "Forbidden.AccessDenied..." (new API)
    QString errmsg; // DingTalk's message, verbatim
    QString subCode; // legacy /topapi paths put the real reason here
    QStringList requiredPermissions; // a v1.0 403's accessdenieddetail (requiredScopes / requiredPermissions)
    TransportFailure failure = TransportFailure::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString contentType; // of a reply that was not what we expected
    QString detail; // Qt's description of a transport failure, masked
    bool outcomeUnknown = false; // the request may have been acted on: never repeat it automatically
    // The generation of the connection that made the call: a v1.0 profile also calls legacy paths (phone lookups,
    // join links), and advice such as "use the newer API" must not be given to one that already does.
    ApiGeneration generation = ApiGeneration::Legacy;

    bool isOk() const { return kind == Kind::None; }
    bool isApi() const { return kind == Kind::Api; }
    bool isTransport() const { return kind == Kind::Transport; }
    /** The legacy numeric code, or 0 when the code is not a number. */
    int numericCode() const { return errcode.toInt(); }
    /** The code that says why: on /topapi paths errcode 88 carries the real reason in sub_code. */
    int reasonCode() const { return numericCode() == 88 && !subCode.isEmpty() ? subCode.toInt() : numericCode(); }
    bool hasCode(int code) const { return isApi() && numericCode() == code && !errcode.isEmpty(); }

    static ApiError api(const QString& errcode, const QString& errmsg, int httpStatus = 200);
    static ApiError transport(TransportFailure failure, const QString& detail = {}, bool outcomeUnknown = false);

    /** A one-line description for logs and debugging, in English, with no secret in it. */
    QString summary() const;
    /**
     * summary() without its "[outcome unknown]" mark: the codes and Qt's words for IT, for a window that says in the
     * user's own language whether the request may have been acted on.
     */
    QString technicalDetails() const;
    /** A stable name for a transport failure, such as "timeout", for JSON output and logs. */
    static QString failureName(TransportFailure failure);
};

Q_DECLARE_METATYPE(ApiError)
