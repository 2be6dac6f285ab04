#pragma once

#include "dingtalk/ApiError.h"

#include <QList>
#include <QMetaType>
#include <QString>

/** A member DingTalk did not add, and why. */
struct FailedMember
{
    QString userid;
    QString mobile; // for phone numbers that never became a userid
    QString errcode;
    QString errmsg;
    // A name, job number or other query that matched nobody in the directory. Initialised here, so that the
    // brace-initialised entries of before (four fields) stay complete.
    QString query = {};
};

/** Exactly what exists after a create: the group (or not), and who is missing from it. */
struct CreateResult
{
    enum class Outcome
    {
        Created, // the group exists with every member
        CreatedPartially, // the group exists; failedMembers are not in it
        Rejected, // DingTalk refused the create with an answer that proves nothing was done
        NotCreated, // the request failed before DingTalk could act (or was cancelled before sending)
        Unknown, // the create was sent and the answer does not prove nothing was done: the group may exist
    };

    Outcome outcome = Outcome::NotCreated;
    QString openConversationId;
    QString chatid;
    int conversationTag = 0;
    int memberCount = 0; // members now in the group, owner included
    QList<FailedMember> failedMembers;
    ApiError error; // why the create failed, or why the last failed add failed

    bool groupExists() const { return outcome == Outcome::Created || outcome == Outcome::CreatedPartially; }
    /** A stable name such as "created-partially", for JSON output and history. */
    static QString outcomeName(Outcome outcome);
};

Q_DECLARE_METATYPE(CreateResult)
