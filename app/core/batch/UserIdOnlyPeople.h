#pragma once

#include "BatchPeople.h"

/**
 * No directory (none synced, and the sync refused): a value is a mobile number when it looks like one, else a userid,
 * as the form reads members; names, job numbers and departments cannot be read and are errors of their rows.
 */
class UserIdOnlyPeople : public BatchPeople
{
public:
    BatchPersonMatch findPerson(const QString& text, PersonKind kind) const override;
    BatchDepartmentMatch findDepartment(const QString& path) const override;
};
