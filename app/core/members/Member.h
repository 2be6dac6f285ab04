#pragma once

#include "PersonField.h"

#include <QList>
#include <QMetaType>
#include <QString>

/** Where a member entry came from: shown in the list and kept in history, so users can trace a wrong id. */
enum class MemberSource
{
    Typed,
    Pasted,
    Imported,
    PhoneLookup,
    OwnerAdded,
    CommandLine,
    Chosen, // picked from the directory in Choose People
};

/** What we know about a member entry before anything is sent. */
enum class MemberState
{
    Ok,
    Duplicate, // the same userid appears earlier in the list: it is sent once
    Invalid, // the id cannot be a DingTalk userid (blank inside, control character)
    Unresolved, // a phone number, or a name or job number (`query`), that has not been turned into a userid (yet)
    Missing, // DingTalk refused to add this member to the group
};

/** One person in a group request: a DingTalk userid, or a phone number still to be resolved. */
struct Member
{
    QString userid;
    QString name;
    QString mobile;
    MemberState state = MemberState::Ok;
    MemberSource source = MemberSource::Typed;
    QString note; // why the state is what it is, in the user's language (for example DingTalk's reason)
    // A name or job number to look up in the organisation's directory (state Unresolved), read as `queryField`.
    QString query;
    PersonField queryField = PersonField::Any;

    /** True for an entry that needs the directory (a name or job number), not a phone lookup. */
    bool needsDirectory() const { return state == MemberState::Unresolved && !query.isEmpty(); }

    static Member fromUserId(const QString& userid, MemberSource source = MemberSource::Typed);

    /** The id as it will be sent: surrounding blanks removed. */
    QString trimmedUserId() const;

    bool operator==(const Member& other) const;
};

using MemberList = QList<Member>;

Q_DECLARE_METATYPE(Member)
