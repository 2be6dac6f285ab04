#pragma once

#include "BatchIssue.h"
#include "BatchRow.h"
#include "group/GroupSpec.h"

/** One group of a batch once its people are read: what would be sent, and every problem that stops it. */
struct BatchItem
{
    BatchRow row;
    GroupSpec spec; // members: userids, and mobile numbers still to look up (MemberState::Unresolved)
    QString ownerMobile; // an owner given as a mobile number, looked up with the members
    BatchIssues issues; // errors only: the row is sent when there is none
    GroupValidation validation; // GroupSpec::validate() of `spec`, once the numbers are looked up

    bool isValid() const { return issues.isEmpty(); }
};
