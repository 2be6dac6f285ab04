#pragma once

#include "ColumnChoice.h"

#include <QList>
#include <QStringList>
#include <QStringView>

class ImportedTable;

/**
 * Decides whether a table starts with a header and which columns hold userids, phone numbers, names and job numbers.
 *
 * Header titles are matched case-insensitively after removing blanks, '_', '-', '*' and colons, so "User ID",
 * "user_id" and "手机号：" match too. Where the titles say nothing, the cells decide (see guess()).
 */
class ColumnGuesser
{
public:
    enum class Role
    {
        None,
        UserId,
        Phone,
        Name,
        JobNumber,
    };

    /**
     * The role a header title names: userid, UserID, 用户ID, 员工ID, user id → UserId; 工号, 员工工号, 员工编号, job
     * number → JobNumber (DingTalk keeps the job number apart from the userid); 姓名, 名字, name → Name; and so on.
     * 钉钉ID (the DingTalk account's own id) names none: it is neither a userid nor a job number.
     */
    static Role roleOfTitle(QStringView title);

    /**
     * True when the table's first row (header or not) is a header: one of its cells is a known title, or none of its
     * cells looks like an id or phone number while, in some column, at least 80% of the later cells (of the first 50
     * rows) do.
     */
    static bool startsWithHeader(const ImportedTable& table);

    /**
     * Columns by header title first (a job-number column only by its title). Roles the titles do not name are guessed
     * from the cells: a column whose cells
     * (90% of those in the first 200 rows) are mainland mobile numbers is the phone column; then one whose cells are
     * id-like tokens is the id column; a table of one column is a list of ids unless it is a list of mobiles.
     * Without a header, the first remaining column without digits is the name column. The filter is left unset.
     */
    static ColumnChoice guess(const ImportedTable& table);

    /** An ASCII token with at least one digit, as userids, employee numbers and phone numbers are. */
    static bool looksLikeId(QStringView cell);
    /** A mainland mobile number (11 digits starting 13–19, optionally +86), or an international one with '+'. */
    static bool looksLikeMobile(QStringView cell);
};
