#pragma once

#include "dingtalk/ApiError.h"
#include "dingtalk/ErrorCatalogue.h"

#include <QDateTime>
#include <QString>

/** How a directory sync ended; only a Completed sync has a new copy (DirectorySync::directory()). */
struct DirectorySyncResult
{
    enum class Outcome
    {
        Completed,
        Cancelled, // the user stopped it: nothing changed
        Refused, // DingTalk refused a call (a missing permission, say): error and operation say which
        Failed, // a call got no usable answer even after its retries (network, server error)
    };

    Outcome outcome = Outcome::Failed;
    ApiError error; // why, unless Completed
    ErrorCatalogue::Operation operation = ErrorCatalogue::Operation::ListDepartments; // the call that failed
    int people = 0;
    int departments = 0; // the root not counted
    int skippedDepartments = 0; // outside the app's scope (50004, 50002) or gone meanwhile (60003)
    QDateTime syncedAt;

    bool isCompleted() const { return outcome == Outcome::Completed; }
    /** DingTalk's name of the permission the app lacks (qyapi_get_department_list, …), or empty. */
    QString missingPermission() const;
    /** The explanation for the user of a sync that did not complete, in the current language. */
    ErrorExplanation explanation() const;
};
