#pragma once

#include <QString>
#include <QStringList>

/** How a column says its people are given: 成员 (any form, by the one rule), userid, 姓名, 工号 or 手机号. */
enum class PersonKind
{
    Any,
    UserId,
    Name,
    JobNumber,
    Mobile,
};

/** What the directory says about one person's text. */
struct BatchPersonMatch
{
    enum class Kind
    {
        UserId, // `userid` is the person
        Mobile, // a phone number still to be looked up at DingTalk (`mobile`)
        Unknown,
        Ambiguous, // `candidates`: one line each, such as "王建国 · 总经办 · manager4220"
        NeedsDirectory, // a name or job number, and no directory to read it with
    };
    Kind kind = Kind::Unknown;
    QString userid;
    QString mobile;
    QString name; // the person's name where the directory knows it
    QStringList candidates;
};

/** What the directory says about one department's name or path. */
struct BatchDepartmentMatch
{
    enum class Kind
    {
        Found, // `userids`: everyone in it, sub-departments included
        Unknown,
        Ambiguous, // `candidates`: the paths it could be
        NeedsDirectory,
    };
    Kind kind = Kind::Unknown;
    QStringList userids;
    QStringList candidates;
};

/**
 * Where the batch reads people and departments: the organisation's directory by the one rule for reading a person
 * (a userid it knows, a job number, an exact name, a mobile number), or, without a directory, userids and mobile
 * numbers alone. Lookups are local and quick: the whole sheet is read before anything is sent.
 */
class BatchPeople
{
public:
    virtual ~BatchPeople() = default;

    /** `text` is trimmed and not empty. */
    virtual BatchPersonMatch findPerson(const QString& text, PersonKind kind) const = 0;
    virtual BatchDepartmentMatch findDepartment(const QString& path) const = 0;
};
