#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

/** What an error means for the user and what to do next, in the current language. */
struct ErrorExplanation
{
    QString title; // one short line: what happened
    QString explanation; // why, in plain words
    QString nextStep; // what to do now
};

/**
 * Turns DingTalk's codes and transport failures into explanations a non-programmer can act on. DingTalk's own
 * errcode and errmsg stay in the ApiError and are shown beside the explanation, for IT.
 */
class ErrorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalogue)

public:
    /** What the failed call was doing: the same code can mean different things on different calls. */
    enum class Operation
    {
        Token,
        Create,
        AddMembers,
        ReadGroup,
        LookUpMobile,
        ListDepartments, // the directory's topapi/v2/department/listsub
        ListDepartmentMembers // the directory's topapi/v2/user/list
    };

    static ErrorExplanation explain(const ApiError& error, Operation operation = Operation::Create);
    /**
     * The app lacks the group-chat permission, in the words for a connection of `generation`: only a legacy
     * connection is told to move to the newer API generation (apps created recently cannot get the old permission).
     * explain() words 60011 for the generation of the connection that met it (ApiError::generation) and
     * AccessTokenPermissionDenied, which only the newer API answers, in the newer words.
     */
    static ErrorExplanation missingPermission(ApiGeneration generation);
    /**
     * The app lacks a contacts permission: `permission` is DingTalk's exact name (qyapi_get_department_list or
     * qyapi_get_department_member), with what still works without the directory (userids, phone numbers).
     */
    static ErrorExplanation missingDirectoryPermission(const QString& permission);
    /** The permission a directory call needs, by its operation; empty for the others. */
    static QString permissionFor(Operation operation);
    /** True for DingTalk's "the app lacks the permission" answers: 60011, v1.0's AccessTokenPermissionDenied. */
    static bool isMissingPermission(const ApiError& error);
    /** Every legacy errcode the catalogue knows (for tests: each must have its own explanation). */
    static QList<int> knownCodes();
    /** The legacy code whose explanation fits a new-generation error (`code` strings), or 0. */
    static int legacyEquivalent(const ApiError& error);

private:
    static ErrorExplanation explainApi(const ApiError& error, Operation operation);
    static ErrorExplanation explainTransport(const ApiError& error, Operation operation);
};
