#include "BatchSheet.h"

#include "BatchSheetReader.h"

QString BatchSheet::errorCode() const
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::Import:
        return importError.codeName();
    case Error::NoNameColumn:
        return QStringLiteral("no-name-column");
    case Error::NoPeopleColumn:
        return QStringLiteral("no-people-column");
    case Error::NoRows:
        return QStringLiteral("no-rows");
    }
    return QString();
}

QString BatchSheet::errorMessage() const
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::Import:
        return importError.message();
    case Error::NoNameColumn:
        return BatchSheetReader::tr("The sheet has no group name column: give the first row a title such as 群名称 "
                                    "or \"group name\".");
    case Error::NoPeopleColumn:
        return BatchSheetReader::tr("The sheet has no column of people: give one a title such as 成员, 姓名, 工号, "
                                    "手机号, userid or 部门.");
    case Error::NoRows:
        return BatchSheetReader::tr("The sheet has titles but no group below them.");
    }
    return QString();
}
