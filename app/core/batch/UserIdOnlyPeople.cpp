#include "UserIdOnlyPeople.h"

#include "members/MobileNumber.h"

BatchPersonMatch UserIdOnlyPeople::findPerson(const QString& text, PersonKind kind) const
{
    BatchPersonMatch match;
    switch (kind) {
    case PersonKind::Name:
    case PersonKind::JobNumber:
        match.kind = BatchPersonMatch::Kind::NeedsDirectory;
        return match;
    case PersonKind::Mobile:
        match.kind = BatchPersonMatch::Kind::Mobile;
        match.mobile = text;
        return match;
    case PersonKind::Any:
        if (MobileNumber::looksLikeMobile(text)) {
            match.kind = BatchPersonMatch::Kind::Mobile;
            match.mobile = text;
            return match;
        }
        break;
    case PersonKind::UserId:
        break;
    }
    // Checked as any userid is, by GroupSpec::validate().
    match.kind = BatchPersonMatch::Kind::UserId;
    match.userid = text;
    return match;
}

BatchDepartmentMatch UserIdOnlyPeople::findDepartment(const QString&) const
{
    BatchDepartmentMatch match;
    match.kind = BatchDepartmentMatch::Kind::NeedsDirectory;
    return match;
}
