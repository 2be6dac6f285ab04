#pragma once

// Plain values shared by the emulator's public API and its internals (kept together: they are data, not classes).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

/** One person in the emulated organisation. */
struct EmulatedEmployee
{
    QString userid;
    QString name;
    QString mobile; // mainland: 11 digits; elsewhere DingTalk's "+852-xxxxxxxx" (country code, a dash, the number)
    bool active = true; // false: has left the company (getbymobile 60121, chat calls 40031, not in user/list)
    QString jobNumber; // 工号, DingTalk's job_number: its own field, empty for some people
    QString title; // 职位
    QList<qint64> departmentIds; // the departments the person belongs to directly (DingTalk's dept_id_list)
    bool activated = true; // DingTalk's `active` in user/list: the person has activated the DingTalk account
};

/** One department of the emulated organisation; 1 is the root (the organisation itself). */
struct EmulatedDepartment
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0 for the root
};

/** One group chat as the emulator stores it. */
struct EmulatedGroup
{
    QString chatid;
    QString openConversationId;
    int conversationTag = 2;
    QString name;
    QString owner;
    QStringList members;
    int showHistoryType = 0, searchable = 0, validationType = 0, mentionAllAuthority = 0, managementType = 0,
        chatBannedType = 0;
};

/** One HTTP request as it reached the emulator (faulted ones included). */
struct RecordedRequest
{
    QByteArray method;
    QString path; // without the query string
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

/** A misbehaviour to play on the next requests of one path (see DingTalkEmulator::injectFault). */
struct EmulatorFault
{
    enum Kind
    {
        Hang, // read the request, never answer
        ResetBeforeProcessing, // drop the connection without acting
        ResetAfterProcessing, // act, then drop the connection without replying: "outcome unknown"
        Http500Html, // HTTP 500 text/html page, without acting
        MalformedJson, // act, then answer HTTP 200 with the real reply cut in half (invalid JSON)
        HalfWrittenReply, // act, send headers and half the body, then drop the connection
        ApiError, // answer errcode/errmsg (HTTP 200 on legacy paths) without acting
        Latency, // act normally, but deliver the reply delayMs later
        // DingTalk's documentation never says that -1, system.busy, system.error or 400001 mean the call had no
        // effect, so the emulator can answer them after acting: a client must not take them as "nothing was done".
        ApiErrorAfterActing, // act, then answer errcode/errmsg as ApiError does
        IpBanPage, // the five-minute IP ban as an HTML page (HTTP 200: DingTalk documents no status), without acting
        IpBanStatus, // the five-minute IP ban as {"status":1111,...} (HTTP 200), without acting
        SuccessWithoutIds, // act, then answer success without the ids or the token the call returns
        SuccessFalse // v1.0: answer HTTP 200 {"success":false} without acting
    };
    Kind kind = ApiError;
    int errcode = 0;
    QString errmsg; // empty: the usual DingTalk message for errcode
    int delayMs = 0;

    static EmulatorFault apiError(int errcode, const QString& errmsg = QString())
    {
        return EmulatorFault{ ApiError, errcode, errmsg, 0 };
    }
    /** Acts on the request, then answers errcode as apiError() does: an answer that does not prove inaction. */
    static EmulatorFault apiErrorAfterActing(int errcode, const QString& errmsg = QString())
    {
        return EmulatorFault{ ApiErrorAfterActing, errcode, errmsg, 0 };
    }
    static EmulatorFault latency(int delayMs) { return EmulatorFault{ Latency, 0, QString(), delayMs }; }
    static EmulatorFault of(Kind kind) { return EmulatorFault{ kind, 0, QString(), 0 }; }
};
