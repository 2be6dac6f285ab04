#pragma once

#include <QAnyStringView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** One problem (or notice) found in a group request before anything is sent. */
struct ValidationIssue
{
    Q_DECLARE_TR_FUNCTIONS(ValidationIssue)

public:
    /** Stable codes: the UI places messages by them and scripts may rely on them. Never renumber. */
    enum Code
    {
        NameEmpty = 1,
        NameTooLong = 2,
        OwnerEmpty = 3,
        OwnerInvalid = 4,
        NoMembers = 5,
        TooManyMembers = 6,
        MemberIdInvalid = 7,
        MemberUnresolved = 8,
        OwnerIdTooLong = 9,
        MemberIdTooLong = 10,
        // Notices: the request is still valid, the user is told what was changed.
        DuplicateRemoved = 100,
        OwnerAddedToMembers = 101,
        // An id the organisation's directory (the synced copy) does not have: DingTalk refuses the create or the add
        // that carries it (40031), unless the person joined after the sync. Said before anything is sent.
        NotInDirectory = 102,
    };
    enum class Field
    {
        Name,
        Owner,
        Members
    };

    ValidationIssue(Code code = NameEmpty, Field field = Field::Name, QString subject = {})
        : code(code)
        , field(field)
        , subject(std::move(subject))
    {
    }

    Code code = NameEmpty;
    Field field = Field::Name;
    QString subject; // the offending id (a long one cut, see shortenedId()), or the count, where one applies
    /**
     * DuplicateRemoved comes once for the whole list, however long: the first repeated ids (at most
     * RepeatedIdsKept, the first one also in `subject`), how many different ids were repeated, and how many entries
     * were dropped as repeats. A 100,000-row staff list is not 50,000 notices.
     */
    static constexpr int RepeatedIdsKept = 100;
    /** Ids that cannot be userids (MemberIdInvalid, MemberIdTooLong) each get an issue, up to this many. */
    static constexpr int InvalidIdsKept = 100;
    QStringList repeatedIds;
    int repeatedIdCount = 0;
    int removedCount = 0;

    bool isError() const { return code < DuplicateRemoved; }
    /** An id as a subject: cut after GroupLimits::MaxUserIdLength characters, since it may be megabytes long. */
    static QString shortenedId(QAnyStringView id);
    /** The code as a stable text, such as "name-too-long", for JSON output and logs. */
    QString codeName() const;
    /** A sentence in the current language, for the user. */
    QString message() const;

    bool operator==(const ValidationIssue& other) const
    {
        return code == other.code && field == other.field && subject == other.subject
            && repeatedIds == other.repeatedIds && repeatedIdCount == other.repeatedIdCount
            && removedCount == other.removedCount;
    }
};

using ValidationIssues = QList<ValidationIssue>;
