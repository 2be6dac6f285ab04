#pragma once

#include <QString>

/**
 * The command line's own error codes, by name. Their texts stand in `errcode` of its JSON object when DingTalk did not
 * answer with a code of its own: part of its contract with scripts (README), never respelt.
 */
enum class CliErrorCode
{
    Usage, // a command line that cannot be used
    InvalidInput, // the group asked for does not pass validation
    MissingCredentials, // no token, no app key, or an app key without its secret
    InsecureServer, // plain http to another computer
    MembersFile, // a member file that cannot be read
    MembersColumn, // a member file whose columns do not fit the options
    UnresolvedMobiles, // phone numbers that belong to no employee
};

/** The code's stable text, such as "missing-credentials". */
QString errcodeText(CliErrorCode code);
