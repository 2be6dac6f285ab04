#pragma once

#include "dingtalk/ApiError.h"
#include "dingtalk/ApiOperation.h"
#include "dingtalk/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

/** What a connection test found, in words the user can act on. */
struct ConnectionTestResult
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestResult)

public:
    enum class Outcome
    {
        Success, // a token was issued and every permission a harmless call can check is there
        MissingCredentials, // no AppKey/AppSecret and no pasted token
        WrongCredentials, // 40096 / 40089 / invalidClientIdOrSecret
        TokenRejected, // a pasted access token is wrong or has expired
        IpNotAllowed, // 60020 / IpNotInWhiteList
        PermissionMissing, // a token was issued, but a checked call answered 60011 / AccessTokenPermissionDenied
        InsecureUrl, // plain http to another computer: refused before sending
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Tls, // certificate not trusted or handshake failed
        Proxy, // the profile's own proxy failed
        Redirect, // the server redirected; the request was not followed
        UnexpectedAnswer, // DingTalk (or something posing as it) answered in a way the test cannot read
        Cancelled,
    };

    /** What one harmless call proved about one permission. */
    struct PermissionCheck
    {
        enum class Verdict
        {
            Granted, // DingTalk answered the call (a "not found" included)
            Denied, // 60011 / AccessTokenPermissionDenied
            Unchecked // another failure: the call proved nothing about the permission
        };
        ApiOperation operation = ApiOperation::ReadGroup;
        Verdict verdict = Verdict::Unchecked;
        ApiError error; // the answer, when it was not a success
    };

    Outcome outcome = Outcome::Success;
    QList<PermissionCheck> permissions; // in the order the test made them; empty when it stopped before
    ApiError error; // DingTalk's code and message or the transport failure, for the details pane; never a secret
    bool tokenIssued = false; // the token step passed (the key and secret are right)
    QString title; // one short line
    QString explanation; // why
    QString nextStep; // what to do

    bool ok() const { return outcome == Outcome::Success; }
    /** DingTalk (or the form) refused the credentials themselves: using them can only fail. */
    bool credentialsRefused() const;
    /** The title, the explanation (what each step proved) and what to do, one per line, for a dialog. */
    QString text() const;
    /**
     * A result with the texts for `outcome` filled in, worded for a connection of `generation` where the advice
     * differs (a missing permission).
     */
    static ConnectionTestResult make(Outcome outcome, const ApiError& error = ApiError(), bool tokenIssued = false,
                                     ApiGeneration generation = ApiGeneration::Legacy);
    /**
     * A token was issued and `checks` were made: Success when every checked permission is granted, else
     * PermissionMissing. The explanation says what each step proved, and that creating groups cannot be checked
     * without creating one.
     */
    static ConnectionTestResult checked(const QList<PermissionCheck>& checks, ApiGeneration generation);
    /** One line for one check: "Reading groups (qyapi_chat_read): allowed." */
    static QString describe(const PermissionCheck& check);
    /** A stable name such as "wrong-credentials", for logs and the CLI's JSON. */
    static QString outcomeName(Outcome outcome);
};

Q_DECLARE_METATYPE(ConnectionTestResult)
