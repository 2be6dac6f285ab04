#pragma once

#include "dingtalk/ApiError.h"
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
        Success, // a token was issued and the group-read permission is there
        MissingCredentials, // no AppKey/AppSecret and no pasted token
        WrongCredentials, // 40096 / 40089 / invalidClientIdOrSecret
        TokenRejected, // a pasted access token is wrong or has expired
        IpNotAllowed, // 60020 / IpNotInWhiteList
        PermissionMissing, // 60011 / AccessTokenPermissionDenied
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

    Outcome outcome = Outcome::Success;
    ApiError error; // DingTalk's code and message or the transport failure, for the details pane; never a secret
    bool tokenIssued = false; // the token step passed (the key and secret are right)
    QString title; // one short line
    QString explanation; // why
    QString nextStep; // what to do

    bool ok() const { return outcome == Outcome::Success; }
    /**
     * A result with the texts for `outcome` filled in, worded for a connection of `generation` where the advice
     * differs (a missing permission).
     */
    static ConnectionTestResult make(Outcome outcome, const ApiError& error = ApiError(), bool tokenIssued = false,
                                     ApiGeneration generation = ApiGeneration::Legacy);
    /** A stable name such as "wrong-credentials", for logs and the CLI's JSON. */
    static QString outcomeName(Outcome outcome);
};

Q_DECLARE_METATYPE(ConnectionTestResult)
