#pragma once

#include "ApiError.h"
#include "ApiOperation.h"
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
    using Operation = ApiOperation;

    /**
     * What `error` means for a call of `operation`. Whether a create's outcome is unknown is RetryPolicy's to say
     * (ApiError::outcomeUnknown); the words for it are here.
     */
    static ErrorExplanation explain(const ApiError& error, Operation operation = Operation::Create);
    /**
     * The app lacks the permission `operation` needs, named from the call (DingTalk's 60011 text often does not
     * name it), with the names DingTalk listed (`required`, from a v1.0 accessdenieddetail) as it gave them. Only a
     * legacy connection that creates or changes groups is told to move to the newer API generation (apps created
     * recently cannot get the old chat/create permission).
     */
    static ErrorExplanation missingPermission(ApiGeneration generation, Operation operation = Operation::Create,
                                              const QStringList& required = {});
    /** The permission (as the developer console names it) a call of `operation` needs; empty for a token. */
    static QString permissionFor(Operation operation);
    /**
     * The app lacks a contacts permission (a directory call): `permission` is DingTalk's exact name
     * (qyapi_get_department_list or qyapi_get_department_member), with what still works without the directory
     * (userids, phone numbers).
     */
    static ErrorExplanation missingDirectoryPermission(const QString& permission);
    /** True for DingTalk's "the app lacks the permission" answers: 60011, v1.0's AccessTokenPermissionDenied. */
    static bool isMissingPermission(const ApiError& error);
    /** Every legacy errcode the catalogue knows (for tests: each must have its own explanation). */
    static QList<int> knownCodes();
    /**
     * The ids of `sent` that DingTalk's message names, in their order (the emulator names the unknown ids of a
     * 40031; DingTalk itself often names none). An id counts only as a whole word, not inside a longer one.
     */
    static QStringList idsNamedIn(const ApiError& error, const QStringList& sent);
    /**
     * Sentences one after the other as the current language writes them: a blank between English ones, none after
     * a Chinese full stop. Empty parts are left out.
     */
    static QString sentences(const QStringList& parts);
    /** The legacy code whose explanation fits a new-generation error (`code` strings), or 0. */
    static int legacyEquivalent(const ApiError& error);

private:
    static ErrorExplanation explainApi(const ApiError& error, Operation operation);
    static ErrorExplanation explainTransport(const ApiError& error, Operation operation);
    /** A create that may have made the group, because of `why`; `quota` adds the organisation's group limit. */
    static ErrorExplanation groupMayExist(const QString& why, bool quota = false);
    /** `answered` false: no answer came at all (a timeout, a dropped connection), so no answer can be quoted. */
    static ErrorExplanation groupMayExist(const QString& why, bool quota, bool answered);
    /** What a call of `operation` does, as a phrase: "creating groups". */
    static QString purposeOf(Operation operation);
};
